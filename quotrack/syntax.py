"""Dependency-parse helpers and word lists the built-in detectors and resolvers share.

A detector finds what was said and the words pointing at who said it; these
helpers read a speaker mention (:func:`speaker_mention`), the subject of a
reporting verb (:func:`cue_speaker`), the noun phrase a word heads
(:func:`noun_phrase`) and the content left when a cue is cut out
(:func:`content_pieces`), and :func:`make` turns char ranges into one
candidate :class:`~quotrack.model.Attribution`, its ``kind`` read from the
quotation marks.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterable, Iterator

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from .context import DocContext
from .model import Act, Attribution, Speaker, SpeakerKind, TextSpan
from .outlets import audience
from .wordlists import table, words

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_NP_RIGHT_DEPS = frozenset({"compound", "flat", "prep", "pobj", "nummod", "amod", "poss", "case", "nmod"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "whose", "that"})
FINITE_TAGS = frozenset({"VBD", "VBP", "VBZ", "MD"})
"""Tags of a finite verb (past, present, modal): a clause with one has a subject of its own."""
NOT_SPEAKERS = frozenset(
    {
        "update",
        "breaking",
        "watch",
        "exclusive",
        "video",
        "photo",
        "photos",
        "live",
        "opinion",
        "editorial",
        "analysis",
        "note",
        "editor's note",
        "editor’s note",
        "correction",
        "clarification",
        "transcript",
        "related",
        "share",
        "source",
        "sources",
        "spoiler",
        "warning",
        "advertisement",
        "listen",
        "read more",
        "top stories",
        "q",
        "a",
    }
)
"""Labels that open a line before a colon like a name does ("Update: …"), compared casefolded."""
PRONOUN_HEADS = frozenset(
    [
        "i",
        "me",
        "we",
        "us",
        "you",
        "he",
        "him",
        "she",
        "her",
        "it",
        "they",
        "them",
        "this",
        "that",
        "one",
        "someone",
        "somebody",
    ]
)
"""Pronouns and indefinites ("this", "someone") that, heading a speaker mention, name no one."""
ENTITY_KINDS = {
    "PERSON": SpeakerKind.PERSON,
    "ORG": SpeakerKind.ORGANIZATION,
    "NORP": SpeakerKind.GROUP,
    "GPE": SpeakerKind.ORGANIZATION,
}


_RELATIVES = frozenset({"who", "whom", "whose", "which"})
"""Relative pronouns that open a clause set off by a comma."""


def noun_phrase(token: Token) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by ``token``.

    Keeps determiners, modifiers, compounds, "of"/"from" phrases and
    co-ordinated names ("Smith and Jones"); drops relative clauses,
    appositions and anything after a comma.
    """
    start = token.left_edge.i
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in _NP_RIGHT_DEPS or (child.dep_ in ("cc", "conj") and _is_nominal(child)):
            end = max(end, child.right_edge.i + 1)
        elif child.dep_ == "appos" and child.pos_ == "PROPN" and _listing(token):
            end = max(end, child.right_edge.i + 1)  # "Ann Roe, Bo Lee and Tom Hale", the second read apposed
        elif child.dep_ == "appos" and (named := _person_right_after(token, child)) is not None:
            end = max(end, named)  # "manager Shigeo “Big Shig” Tanabe", the name read apposed
        elif child.dep_ == "appos" and child.i == token.i + 1 and _one_entity(token, child):
            end = max(end, child.i + 1)  # "Lemalu Sione Fa'aui", its last word read apposed
        elif child.text == "," and child.dep_ == "punct" and _listing(token):
            continue  # "Friends, aides and former rivals": a list of three, its first comma
        elif token.lower_ in _PEOPLE_POINTED_AT and child.dep_ == "acl" and child.tag_ == "VBN":
            end = max(end, child.right_edge.i + 1)  # "those surveyed in the Acme poll"
        else:
            break
    doc = token.doc
    end = _before_time(doc, token.i, end)
    # a relative clause set off after a word of the phrase is none of it either ("a former aide to
    # both Roes, who asked not to be named")
    end = next(
        (i for i in range(token.i + 1, end - 1) if doc[i].text == "," and doc[i + 1].lower_ in _RELATIVES),
        end,
    )
    # so does a phrase with a preposition before it, hung on it by a parser that read the sentence
    # as a noun phrase ("At one point a protester interrupted": the protester)
    opening = max((c.right_edge.i for c in token.lefts if c.dep_ == "prep"), default=None)
    if opening is not None and token.dep_ == "ROOT":
        start = max(start, opening + 1)
    # a left edge reaching back over a comma or a dash belongs to something else
    for i in range(token.i - 1, start - 1, -1):
        if doc[i].is_punct and (doc[i].text in ',;:()"“”' or is_dash(doc[i])):
            start = i + 1
            break
    # so does a right edge reaching on past a dash: "the Tax Center - half a point of …"
    end = next((i for i in range(token.i + 1, end) if is_dash(doc[i])), end)
    # a name the parser broke at "and": "of the Bill and Melinda Gates Foundation"
    if doc[end - 1].dep_ == "cc" and end < len(doc) and doc[end].pos_ == "PROPN":
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
    # an opening mark or a trailing comma is no part of the phrase
    while end - 1 > token.i and (doc[end - 1].is_punct or doc[end - 1].dep_ in ("case", "cc")):
        end -= 1  # nor a possessive "'s": "the mayor's claim" is the mayor's
    # "the Federal Security Service (FSB)": a bracket opened inside is closed
    if end < len(doc) and doc[end].text == ")" and _opens_a_bracket(doc[start:end]):
        end += 1
    return start, end


def _one_entity(token: Token, after: Token) -> bool:
    """Whether ``after``, the word right after ``token``, goes on the name entity ``token`` is in."""
    return (
        token.ent_type_ in ("PERSON", "ORG") and after.ent_iob_ == "I" and after.ent_type_ == token.ent_type_
    )


def _person_right_after(token: Token, child: Token) -> int | None:
    """The end of the person's name that opens right after ``token`` and holds its apposed
    ``child`` (a name with a nickname in it, which the parser breaks at the quotation marks), else
    None."""
    doc = token.doc
    if (
        child.ent_type_ != "PERSON"
        or doc[token.i + 1].ent_iob_ != "B"
        or doc[token.i + 1].ent_type_ != "PERSON"
    ):
        return None
    end = token.i + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    quoted = any(t.is_quote for t in doc[token.i + 1 : end])  # (a name without one is apposed whole)
    return end if quoted and child.i < end else None


def _listing(token: Token) -> bool:
    """Whether a noun heads a list of three or more common nouns that the parser joined to it, the
    last joined by ``and`` or ``or``: ``Friends, aides and former rivals`` (the comma after the
    first is none of a phrase's end; not ``the biographers, Ann and Tom Roe``: names apposed); or
    a name heads a list of three names of its kind: ``Ann Roe, Bo Lee and Carl Maddox`` (the
    second joined to it or, as the parser may read it, apposed)."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != ",":
        return False
    if token.pos_ == "NOUN":
        following = doc[token.i + 2]  # the next item, right after the comma: a common noun
        return (
            following.dep_ == "conj"
            and following.head.i == token.i
            and following.pos_ == "NOUN"
            and any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in following.children)
        )
    if token.pos_ != "PROPN" or token.ent_type_ not in ("PERSON", "ORG"):
        return False
    name = next((c for c in token.rights if c.dep_ in ("conj", "appos")), None)  # the next name's head
    return (
        name is not None
        and name.left_edge.i == token.i + 2
        and name.pos_ == "PROPN"
        and name.ent_type_ == token.ent_type_
        and any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in name.children)
        and any(c.dep_ == "conj" and c.ent_type_ == token.ent_type_ for c in name.children)
    )


DASH_IDS = frozenset(get_string_id(dash) for dash in ("—", "--", "-", "–"))
"""The words :func:`is_dash` may take for a dash (as LOWER hashes)."""


def is_dash(token: Token) -> bool:
    """A dash between two parts of a sentence: ``—``, ``--``, a spaced ``–`` or a hyphen with a
    space on each side (``the Center - half a point``); not a hyphen or en dash inside a name
    (``ABC News-Washington Post``, ``Export–Import Bank``)."""
    if token.text in ("—", "--"):
        return True
    if token.text not in ("-", "–") or token.i == 0:
        return False
    before, after = bool(token.doc[token.i - 1].whitespace_), bool(token.whitespace_)
    return before and after if token.text == "-" else before or after


def based_in(token: Token) -> bool:
    """Whether ``token`` is the place a body is said to be based in: ``Pune`` of ``Pune-based``."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].lower_ == "based"


_TIME_PREPOSITIONS = frozenset({"on", "during", "over", "at", "in", "since", "throughout", "as"})


def _before_time(doc: Doc, head: int, end: int) -> int:
    """``Another report from the government during the weekend``, ``Reports as of Wednesday``: a
    closing "when" is no part of a name."""
    for i in range(head + 1, end - 1):
        prep = doc[i]
        if prep.dep_ != "prep" or prep.lower_ not in _TIME_PREPOSITIONS or prep.right_edge.i != end - 1:
            continue
        of = (
            [c for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"] if prep.lower_ == "as" else []
        )
        objects = [c for c in (of[0] if of else prep).children if c.dep_ == "pobj"]
        if objects and all(o.ent_type_ in ("DATE", "TIME") or o.lower_ in _MUTE_NOUNS for o in objects):
            return i
    return end


def _opens_a_bracket(span: Span) -> bool:
    depth = 0
    for token in span:
        depth += (token.text == "(") - (token.text == ")")
    return depth > 0


def _is_nominal(token: Token) -> bool:
    return token.pos_ in ("PROPN", "NOUN", "PRON") or token.dep_ == "cc"


def speaker_mention(ctx: DocContext, token: Token) -> Speaker | None:
    """The speaker as written, headed by ``token`` (None inside a quotation).

    Read once per token and document (several detectors ask for the same).
    """
    return ctx.memo(_speaker_mention, token.i)


def _speaker_mention(ctx: DocContext, i: int) -> Speaker | None:
    token = ctx.doc[i]
    if ctx.token_quoted(token):
        return None
    if any(c.dep_ == "amod" and c.lower_ in PREPOSITIONS and c.is_sent_start for c in token.lefts) and (
        apposed := next((c for c in token.rights if c.dep_ in ("appos", "conj") and _set_off(c)), None)
    ):  # "Outside parliament, the Teachers Union (TU) urged …": a place read as the subject, the
        return _speaker_mention(ctx, apposed.i)  # speaker set off after it as its apposition
    start, end = noun_phrase(token)
    doc = ctx.doc
    if (rest := _name_after_particle(token)) is not None:
        end = rest.i + 1  # "Ann dela Cruz said": the parser made the particle the head
    name = _closing_name(token) if end - start > 12 else None
    if name is not None:  # "The then-manager of A and director of B, Ann Lee, said": Ann Lee
        token = name
        start, end = noun_phrase(name)
    elif end - start > 12 and (named := _person_closing_title(doc, start, end)) is not None:
        token, end = named  # "said board of education superintendent Ann Roe at a news conference in …"
    elif end - start > 12:  # a long clause is no name: keep the head and its compounds
        start = token.i
        while start > 0 and doc[start - 1].dep_ in ("compound", "flat") and doc[start - 1].head == token:
            start -= 1
        end = token.i + 1
    dash = None
    if not DASH_IDS.isdisjoint(ctx.column(LOWER)[start + 1 : end].tolist()):  # (else no Token is read)
        dash = next((t.i for t in doc[start + 1 : end] if is_dash(t)), None)
    if dash is not None:  # "Acme - half of all voters": a dash, no name
        start, end = (start, dash) if token.i < dash else (dash + 1, end)
        token = token if token.i < dash else Span(doc, start, end).root
    start = _past_age(doc, start, token.i)
    while start < token.i and doc[start].dep_ == "advmod" and doc[start].lower_ in _FOCUS_ADVERBS:
        start += 1  # "Even Lee, a loyal ally, said": Lee
    span = Span(doc, start, end)  # start <= token.i < end (doc[start:end] checks the slice in Python)
    if not can_speak(span, token):
        return None
    first = max(span.start_char, ctx.text.rfind("\n", span.start_char, span.end_char) + 1)
    mention = ctx.trimmed(first, span.end_char)
    if mention is None:
        return None
    kind = speaker_kind(span, token)
    if dash is not None and dash < span.start and doc[span.start].ent_iob_ == "I":
        kind = SpeakerKind.UNKNOWN  # "Lee - 60 percent" read as one name, cut at the dash: no name's kind
    written = mention.text if kind is not SpeakerKind.ORGANIZATION else body_name(mention.text)
    if kind in _NAMED_KINDS and (owned := _owned_body(span)) is not None:
        written = owned.text  # "Brazil's National Institute for Space Research": the institute's name
    return Speaker(written, mention, kind)  # (positional: faster)


def _set_off(token: Token) -> bool:
    """Whether the phrase ``token`` heads is set off by a comma right before it (an apposition,
    also one the parser read as a conjunct with no "and")."""
    edge = token.left_edge.i
    return edge > 0 and token.doc[edge - 1].text == ","


_NAMED_KINDS = frozenset({SpeakerKind.ORGANIZATION, SpeakerKind.PERSON})


def _owned_body(span: Span) -> Span | None:
    """The body's own name after a place's or body's possessive in ``span``: a name tagged apart
    from its owner that is a full proper name (four words or more, or words joined by
    :data:`NAME_CONNECTORS`): ``Brazil's National Institute for Space Research``.  None for a
    short name, which needs its owner (``Taiwan's Constitutional Court``, ``Russia's Foreign
    Ministry``), and for a name the tagger read whole (``Children's Hospital of Elm``): the body's
    name starts a tagged organisation's name of its own."""
    mark = next((t for t in span if t.tag_ == "POS" and t.i > span.start), None)
    if mark is None or mark.i + 1 >= span.end:
        return None
    owner, body = span.doc[mark.i - 1], span.doc[mark.i + 1 : span.end]
    if owner.ent_type_ not in ("GPE", "ORG") or body[0].ent_iob_ != "B":
        return None
    if body[0].ent_type_ != "ORG" or not all(t.is_title or t.lower_ in NAME_CONNECTORS for t in body):
        return None
    if len(body) < 4 and not any(t.lower_ in NAME_CONNECTORS for t in body[1:-1]):
        return None
    return body


_DEFINED_ACRONYM = re.compile(r" \([A-Z][A-Z.&]+\)$")


def body_name(name: str) -> str:
    """An organisation's name without the article it is written with (``The Velanda Red Cross``,
    ``the FBI``); a description keeps it (``the company``), and so does one capitalised word that
    is no acronym (``the Department``, ``the Senate``: a body the text may name in full).

    >>> body_name("The Velanda Red Cross"), body_name("the FBI"), body_name("the company")
    ('Velanda Red Cross', 'FBI', 'the company')
    >>> body_name("The Department"), body_name("the U.N.")
    ('The Department', 'U.N.')

    An acronym the text gives in brackets after the name is no part of it either:

    >>> body_name("the Harbour Safety Board (HSB)")
    'Harbour Safety Board'
    """
    defined = _DEFINED_ACRONYM.search(name)
    if defined is not None and defined.start() > 0:
        name = name[: defined.start()]
    rest = name[4:]
    if name[:4] not in ("the ", "The ") or not rest[:1].isupper():
        return name
    if " " in rest or rest.replace(".", "").isupper():
        return rest
    return name


NAMING_LEMMAS = frozenset({"call", "name", "dub"})
"""Verbs whose participle gives a name (``a group called Open Docks``, ``a man named Ed Roe``)."""
_FOCUS_ADVERBS = frozenset({"even", "only", "also", "especially", "particularly", "notably", "just", "too"})
"""Adverbs that single out a speaker without naming anyone: ``Even Lee said``."""


def _person_closing_title(doc: Doc, start: int, end: int) -> tuple[Token, int] | None:
    """The head and end of a person's name right after a title word in lower case, in a long phrase
    before any comma or verb (``board of education superintendent Ann Roe`` of ``board of
    education superintendent Ann Roe at a news conference in Elm, the capital``), or None."""
    for i in range(start, end):
        t = doc[i]
        if t.is_punct or t.pos_ in ("VERB", "AUX") or t.lower_ in ("and", "&", "by"):
            return None  # (not "a study by Ann Roe and Professor Lee", nor "a slip by Senator Roe")
        if t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and i > start and doc[i - 1].lower_ in _TITLES:
            last = i
            while last + 1 < end and doc[last + 1].ent_iob_ == "I":
                last += 1
            if last + 1 < end and doc[last + 1].lower_ in (",", "and", "&"):
                return None  # "minister Ann Roe and his counterparts …": more than one person
            return doc[last], last + 1
    return None


def _closing_name(token: Token) -> Token | None:
    """A person's name in commas closing ``token``'s long phrase (its appositive, however deep)."""
    last = token.right_edge
    if last.is_punct and last.i > token.i:
        last = last.nbor(-1)
    if last.i <= token.i or last.dep_ != "appos" or last.ent_type_ != "PERSON":
        return None
    first = last
    while first.i > token.i and (first.ent_iob_ == "I" or _proper_noun_before(first)):
        first = first.nbor(-1)  # (with a given name the recognizer left out: "Héctor Cortés Vidal")
    return last if first.i > token.i and first.nbor(-1).text == "," else None


def _proper_noun_before(token: Token) -> bool:
    """Whether the word before ``token`` is a capitalised proper noun hung on the name's head."""
    before = token.nbor(-1)
    return (
        before.pos_ == "PROPN" and before.is_title and before.dep_ == "compound" and before.head.i > before.i
    )


_SPEAKING_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_MUTE_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "ORDINAL"})
_MUTE_WORDS = frozenset(
    {"what", "whatever", "that", "this", "these", "those", "which", "whichever"}
    | {"few", "little", "much", "nothing", "everything", "something", "anything", "none"}
    | {"there"}
)
"""Pronouns and quantifiers that head no speaker: ``what he said``, ``few``; nor does the expletive
``there`` (``There is a case that …``)."""
NAME_PARTICLES = words("name_particles")
"""Lower-case words inside a name ("Bill de Blasio", "Ann dela Cruz")."""
NAME_CONNECTORS = frozenset({"of", "for", "and", "the", "on", "in", "de", "du", "des", "la", "le", "&"})
"""Lower-case words inside a body's name that join its capitalised words and give no letter to its
acronym ("Institute for Space Research", "Bank of England")."""
_MUTE_NOUNS = words("mute_nouns")
"""Times, events and words that head no speaker: ``local time``, ``the attack``, ``the word`` (in lower
case: not *Time*)."""
PREPOSITIONS = words("prepositions")
"""Prepositions the parser may take for a noun: ``Amongst reported incidents …``."""
PLATFORMS = words("platforms")
_ACCOUNT_NOUNS = words("account_nouns")
"""``account``, ``page``: what someone posts through on a platform (``her Twitter account``)."""

_CONNECTIVES = words("connectives")
_LEADING_CONNECTIVE = re.compile(r"\W*(?:[Ff]or\s+(?=example|instance))?([A-Za-z]+)([,:]\s*|\s*$)")
"""Social media platforms: ``on Twitter`` is where, not who."""


def can_speak(span: Span, head: Token) -> bool:
    """Whether the phrase ``span`` headed by ``head`` names someone or something that can speak.

    A person, an organisation, a group, a document, poll or dataset, or a
    description of one can; a date, a time, an event (``the attack``), a
    platform something was posted on (``on Twitter``), an amount of money,
    ``what`` or ``few`` cannot.
    """
    if head.ent_type_ in _SPEAKING_ENTITIES or is_age_description(head):
        return True  # ("The 31-year-old said": a person, though the tagger reads an age as a date)
    if head.ent_type_ in _MUTE_ENTITIES or (head.is_lower and head.lower_ in _MUTE_NOUNS):
        return False
    if head.lower_ in PREPOSITIONS:  # "Amongst reported incidents …": no subject at all
        return False
    if head.tag_ == "VBG" and _participle(head):
        return False  # "Reacting, a resident … noted": a participle the parser made the subject
    if head.lower_ in PLATFORMS and head.dep_ == "pobj":  # "wrote on Twitter": the writer speaks
        return False
    # "those who said" and "those surveyed" speak; "what he said", "few" do not
    return (
        head.lower_ not in _MUTE_WORDS
        or any(c.dep_ in ("relcl", "prep") for c in head.children)
        or (
            head.lower_ in _PEOPLE_POINTED_AT
            and any(c.dep_ == "acl" and c.tag_ == "VBN" for c in head.children)
        )
    )


_AGE_UNITS = frozenset({"year", "years", "month", "months"})


def is_age_description(head: Token) -> bool:
    """Whether ``head`` is the ``old`` of an age that stands for a person: ``The 31-year-old said``."""
    return head.lower_ == "old" and any(
        c.lower_ in _AGE_UNITS and any(n.like_num for n in c.children) for c in head.lefts
    )


def _participle(head: Token) -> bool:
    """Whether a word tagged a verb's ``-ing`` form is one, not a gerund with its article or owner
    (``the hearing``, ``his going``) nor a capitalised name that ends so (``Schilling describes``):
    in lower case, or capitalised with a comma after it (``Reacting, a resident …``)."""
    if any(c.dep_ in ("det", "poss") for c in head.children):
        return False
    following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    return head.is_lower or (following is not None and following.text == ",")


def _person_joined_before(span: Span, head: Token) -> bool:
    """Whether a person named before the head's name is joined to it by ``and``, however the
    parser hung the two: ``US President Ann Lee and Dover Mayor Tom Roe`` (``Lee`` a modifier of
    ``Roe``, its ``and`` and the second title hung on ``Lee``)."""
    if head.ent_type_ != "PERSON":
        return False
    return any(
        token.dep_ == "cc"
        and token.lower_ == "and"
        and token.i < head.i
        and token.head.i < token.i
        and token.head.ent_type_ == "PERSON"
        and token.head.dep_ in ("nmod", "compound")
        for token in span
    )


_PEOPLE_POINTED_AT = frozenset({"those", "these"})
"""Pronouns that with a participle describe people: ``those surveyed``, ``those polled``."""

GROUP_NOUNS = words("group_nouns")
"""Singular nouns for several people: ``staff``, ``crew``, ``family``."""


_ROLES = words("role_nouns")
_SEVERAL_PEOPLE = GROUP_NOUNS | {word for word in _ROLES if word.endswith("s") and word[:-1] in _ROLES}
"""Nouns for several people: :data:`GROUP_NOUNS`, and the role nouns' plurals (``farmers``)."""


def capitalised_group_noun(head: Token) -> bool:
    """Whether ``head`` is a noun for several people capitalised only as a sentence's first word,
    which the tagger may take for a name (``Staff for the committee said``, ``Farmers said``, read
    as a body), in no entity or one of its own."""
    if not head.is_sent_start or not head.is_title or head.lower_ not in _SEVERAL_PEOPLE:
        return False
    return not head.ent_type_ or (head.ent_iob_ == "B" and not _entity_goes_on(head))


def _entity_goes_on(token: Token) -> bool:
    after = token.i + 1
    return after < len(token.doc) and token.doc[after].ent_iob_ == "I"


def speaker_kind(span: Span, head: Token) -> SpeakerKind:
    """A first guess at the speaker's kind from entities and the head word."""
    if head.pos_ == "PROPN" and (
        any(child.dep_ == "conj" for child in head.children)
        or _person_joined_before(span, head)
        or (span.end > head.i + 2 and _listing(head))  # "Ann Roe, Bo Lee and Tom Hale"
    ):
        return SpeakerKind.GROUP
    if head.ent_type_ == "NORP" and head.ent_iob_ == "I" and acronym_word(head):
        return SpeakerKind.ORGANIZATION  # "Belarusian KGB": a body's short name after a nationality
    if capitalised_group_noun(head):
        return SpeakerKind.GROUP  # "Staff said", "Farmers said": no one named Staff, no body
    if head.ent_type_ in ENTITY_KINDS:
        return ENTITY_KINDS[head.ent_type_]
    if _partitive(head):  # "one of the children": an unnamed member of a group
        return SpeakerKind.GROUP
    if head.lower_ in _PEOPLE_POINTED_AT and any(c.dep_ == "acl" and c.tag_ == "VBN" for c in head.children):
        return SpeakerKind.UNNAMED  # "those surveyed": people described, not named
    if head.lower_ in PRONOUN_HEADS:
        return SpeakerKind.UNKNOWN
    if is_age_description(head):
        return SpeakerKind.UNNAMED  # "The 31-year-old": someone described by their age
    if head.pos_ == "PROPN" and head.tag_ != "NNPS":  # ("Two House Committees": a headline's capitals)
        return SpeakerKind.PERSON
    return SpeakerKind.UNKNOWN


def _past_age(doc: Doc, start: int, head: int) -> int:
    """The start of a phrase past an age it opens with (``47-year-old Roe's office``: the office
    of Roe, who is 47), an entity of its own that ends ``old`` before the head."""
    if doc[start].ent_iob_ != "B" or doc[start].ent_type_ != "DATE":
        return start
    end = start + 1
    while end < head and doc[end].ent_iob_ == "I":
        end += 1
    return end if end < head and doc[end - 1].lower_ == "old" else start


def acronym_word(token: Token) -> bool:
    """An upper-case short name of two letters or more (``KGB``, ``FSB``, ``WHO``)."""
    return token.is_upper and token.is_alpha and len(token.text) >= 2


_CLIMB_DEPS = frozenset({"xcomp", "pcomp", "conj", "prep", "advcl", "acomp"})


def has_subject(verb: Token) -> bool:
    """Whether ``verb`` has a subject of its own (active or passive)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


SOURCE_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})
"""Entity labels of a name that can be a source: a person, a body, a people."""


def is_finite(verb: Token) -> bool:
    """A verb in a finite form, or with a finite auxiliary (``has been found``)."""
    return verb.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children
    )


def governing_subject(token: Token) -> Token | None:
    """The subject of ``token``'s clause, climbing xcomp/conj/pcomp chains.

    For a passive, the object of the "by" agent.  "Yang was quoted as
    saying" gives Yang for "saying", and so does "Politico quoted Yang as
    saying": the one quoted speaks, the one quoting only carries it.
    """
    absolute = _absolute_subject(token)
    if absolute is not None:  # "…, with the next country, Ostrana, reporting 900 deaths": Ostrana's
        return absolute
    current = token
    joined = False  # reached through "and": "X cited the treaty and said" is X's
    for _ in range(6):
        if current is not token and current.lemma_ in _QUOTING and not joined:
            quoted = next((c for c in current.children if c.dep_ == "dobj"), None)
            if quoted is not None:
                return quoted
        children = list(current.children)  # read once: each pass over them builds every Token anew
        if current is not token and _caused(current):
            current = current.head  # "tried to have Lee released by saying": Lee is no agent
            continue
        subjects = [c for c in children if c.dep_ in ("nsubj", "csubj") and not c.is_punct]
        if len(subjects) > 1:  # "said study co-author Lee": "co" is only part of a word
            subjects = [c for c in subjects if not _before_hyphen(c)] or subjects
            subjects = [c for c in subjects if not _apposed_in_phrase(c, subjects, children)] or subjects
            subjects = [c for c in subjects if not _title_of_next(c, subjects)] or subjects
            subjects = [c for c in subjects if not _one_named_after(c, subjects)] or subjects
        if subjects:  # the nearest, should the parser have given the verb two
            subject = min(subjects, key=lambda c: abs(c.i - current.i))
            if (
                joined
                and current.dep_ == "relcl"
                and subject.tag_ == "WDT"
                and token.tag_ != current.tag_  # ("a contest that will end A and encourage B": one clause)
                and _mute(current.head)
            ):
                main = _main_verb(current.head)  # "X blamed Y for policies that have hurt Z and cast Y as …"
                if main is not None:
                    current, joined = main, False
                    continue
            return subject
        agent = next((c for c in children if c.dep_ == "agent"), None)
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if pobj is not None:
            return pobj
        for child in children:
            if child.dep_ == "nsubjpass":
                return child
        controller = _object_controller(current) if current.dep_ == "xcomp" and not joined else None
        if controller is not None:
            return controller  # "called on Dean to apologise for suggesting A": Dean suggested A
        if current.dep_ in _CLIMB_DEPS and current.head.i != current.i:
            joined = joined or current.dep_ == "conj"
            current = current.head
            continue
        return None
    return None


_OBJECT_CONTROL = words("object_control_verbs")


def _absolute_subject(verb: Token) -> Token | None:
    """The subject of a participle in an absolute clause after ``with``: the noun the participle
    follows, the object of ``with`` or a name set beside it (``with Ostrana reporting A``, ``with
    the next country, Ostrana, reporting A``, ``with 50 percent saying A``), when it names people
    or a body; None for any other participle, and for one after a
    comma that closes no such name (``met with Lee, saying A``: the one who met says it)."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    if verb.dep_ == "acl":
        noun = verb.head
    else:
        before = verb.i - 1
        while before > 0 and verb.doc[before].is_punct and verb.doc[before].text == ",":
            before -= 1
        noun = name_head(verb.doc[before])
    if verb.dep_ != "acl" and before < verb.i - 1 and noun.dep_ != "appos":
        return None  # "met with Lee, saying A": the one who met says it
    named = noun
    while named.dep_ == "appos":
        named = named.head
    if named.dep_ != "pobj" or named.head.lower_ != "with" or noun.i >= verb.i:
        return None
    if noun.pos_ in ("PROPN", "PRON") or _speaking_noun(noun) or is_share(noun):
        return noun
    return None  # "with an email blast urging A", "with graphics showing A": no one who speaks


def _speaking_noun(noun: Token) -> bool:
    """Whether a common noun names people or a body who may speak (``the governor``, ``staffers``,
    ``the bureau``), not a thing (``consent``)."""
    lemma = noun.lemma_.lower()
    return lemma in _PERSON_NOUNS or lemma in _TITLES or lemma in _ORG_WORDS or lemma in _PEOPLE_NOUNS


_PEOPLE_NOUNS = words("plural_people_nouns")


def _object_controller(infinitive: Token) -> Token | None:
    """The one an infinitive's act is asked of, when the verb it completes has them before it: its
    object (``urged Dean to apologise``) or whom it calls on (``called on Dean to apologise``);
    None for an infinitive with no such object (``vowed to apologise``: the subject's own act)."""
    verb = infinitive.head
    if verb.lemma_.lower() not in _OBJECT_CONTROL or infinitive.tag_ != "VB":
        return None  # "used a luncheon to complain", "requested anonymity to speak": the subject's act
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < infinitive.i), None)
    if obj is not None and verb.lemma_ != "call":  # ("called her to say": the caller says)
        speaks = obj.pos_ in ("PROPN", "PRON") or (obj.pos_ == "NOUN" and _speaking_noun(obj))
        return obj if speaks else None  # not "requires consent from both houses to confirm"
    return called_on(verb, infinitive.i)


def called_on(verb: Token, before: int) -> Token | None:
    """Whom ``verb`` calls on through ``on`` or ``upon`` before the token ``before`` (``called on
    the government to raise pay``: the government); None when it calls on no one (``called on
    Tuesday to …``: a day)."""
    for prep in (c for c in verb.rights if c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i < before):
        addressee = next((c for c in prep.children if c.dep_ == "pobj"), None)
        return addressee if addressee is not None and addressee.ent_type_ not in ("DATE", "TIME") else None
    return None  # (a phrase before the verb is no one it calls on: "On Sunday, Roe called on …")


def _mute(noun: Token) -> bool:
    """Whether a noun a relative clause hangs on names nothing that speaks: a common noun
    (``policies``) that is no person, body or writing and in no entity."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    lemma = noun.lemma_.lower()
    return lemma not in _PERSON_NOUNS and lemma not in _ORG_WORDS and lemma not in _WRITINGS


def _main_verb(noun: Token) -> Token | None:
    """The verb of the clause a noun phrase is part of (``blamed`` of ``blamed Y for policies``)."""
    current = noun
    for _ in range(6):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


_CAUSATIVES = frozenset({"have", "get"})


def _caused(verb: Token) -> bool:
    """A bare participle a causative verb governs, its subject the one acted on: ``released`` of
    ``have Lee released`` (the parser gives it a subject of its own)."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("ccomp", "xcomp")
        and verb.head.lemma_ in _CAUSATIVES
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


_QUOTING = frozenset({"quote", "cite"})
"""Verbs whose object is the one who speaks (``X quoted Y as saying``)."""


def _apposed_in_phrase(subject: Token, subjects: list[Token], children: list[Token]) -> bool:
    """Whether ``subject``, one of a verb's two subjects, is set after a comma beside the common
    noun that ends a phrase of the verb set off by commas right after the other subject:
    ``Darrow, in a statement through his publisher, Greyfriar Press, said``: the publisher's name,
    not who said it."""
    doc = subject.doc
    start = subject.left_edge.i
    if start < 2 or doc[start - 1].text != "," or doc[start - 2].lemma_ not in _SPEAKING_NOUNS:
        return False  # (a role or a body a name may be set beside: not "in the primary, Ann Lee")
    before = start - 2
    return any(
        other.i < subject.i
        and other.right_edge.i + 2 < start
        and doc[other.right_edge.i + 1].text == ","
        and any(
            c.dep_ == "prep" and c.i == other.right_edge.i + 2 and c.right_edge.i == before for c in children
        )
        for other in subjects
    )


def _title_of_next(subject: Token, subjects: list[Token]) -> bool:
    """Whether ``subject``, one of a verb's two subjects, is a title the other's name comes right
    after: ``said Navy Capt. Dale Wren`` with ``Capt.`` and ``Wren`` both made subjects."""
    title = subject.lower_.rstrip(".")
    return (title in _TITLES or title in _SHORT_TITLES) and any(
        other.left_edge.i == subject.i + 1 for other in subjects if other is not subject
    )


_SHORT_TITLES = frozenset(table("abbreviations"))
_ONE_OF_THEM = frozenset({"one", "another"})


def _one_named_after(subject: Token, subjects: list[Token]) -> bool:
    """Whether ``subject``, one of a verb's two subjects, is ``one`` or ``another`` whose name the
    other gives right after a comma: ``wrote one, Kevin Marsh``, ``Another, Donna Pike, wrote``."""
    return subject.lower_ in _ONE_OF_THEM and any(
        other.pos_ == "PROPN" and other.left_edge.i == subject.i + 2 and subject.nbor(1).text == ","
        for other in subjects
        if other is not subject
    )


def _before_hyphen(token: Token) -> bool:
    """Whether ``token`` is the first part of a hyphenated word ("co" of "co-author")."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return not token.whitespace_ and nxt is not None and nxt.text in ("-", "‐")


_IMPLAUSIBLE_ENTITIES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
_EXPLETIVES = frozenset({"it", "there"})


def cue_speaker(ctx: DocContext, cue: Token) -> Speaker | None:
    """Who the cue's clause names as speaker: its subject, or its passive agent.

    A relative pronoun ("who said") stands for the noun it hangs on; an
    expletive ("it is said") or a date ("Saturday ... said") is no speaker,
    and then a name next to the cue ("said Ann Lee", "Ann Lee, 58, said")
    is taken instead.  Read once per cue and document (several detectors ask).
    """
    return ctx.memo(_cue_speaker, cue.i)


_WRITINGS = words("document_nouns")


def _noun_read_as_the_sentence(cue: Token) -> Token | None:
    """The subject of a past-tense cue the parser hung on it as a participle, the sentence read as
    a noun phrase: ``The regional health board announced in March that births would move …`` (the
    board the root, ``announced`` its modifier), when the cue takes a clause with ``that`` or a
    subject of its own; None otherwise (``the plan announced in March``).  So is the subject of a
    present participle hung on it (``At one point a protester interrupted, shouting that …``: the
    protester the root, ``shouting`` its adverbial clause)."""
    head = cue.head
    participle = cue.dep_ == "advcl" and cue.tag_ == "VBG"
    if not (participle or (cue.dep_ == "acl" and cue.tag_ in ("VBD", "VBN"))):
        return None
    if head.dep_ != "ROOT" or head.i > cue.i:
        return None
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    takes_clause = any(
        c.dep_ == "ccomp" and (c.left_edge.lower_ == "that" or has_subject(c)) for c in cue.children
    )
    return head if takes_clause else None


def _name_before_cue(cue: Token) -> Token | None:
    """The last word of a person's name set right before the cue between commas, an age or a
    number after it aside (``…, Stuart Pennington, 52, said``); None otherwise."""
    doc = cue.doc
    i = cue.i - 1
    if i < 0 or doc[i].text != ",":
        return None
    i -= 1
    if i > 1 and doc[i].like_num and doc[i - 1].text == ",":
        i -= 2  # ", 52,"
    token = doc[i] if i >= 0 else None
    if token is None or token.ent_type_ != "PERSON" or token.pos_ != "PROPN":
        return None
    return token


def _cue_speaker(ctx: DocContext, i: int) -> Speaker | None:
    cue = ctx.doc[i]
    subject = object_of_report(ctx, cue) or governing_subject(
        _past_reported_passive(ctx, _past_participle_head(_past_subordinate_state(cue)))
    )
    if subject is None and (writing := _writing_with_participle(cue)) is not None:
        # "she sent a statement calling on A": the statement calls, and so she who sent it
        verb = writing.head.head if writing.dep_ == "pobj" else writing.head  # "shot back in a post saying"
        owner = governing_subject(verb) if writing.dep_ in ("dobj", "pobj") and verb.pos_ == "VERB" else None
        subject = owner if owner is not None else writing
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        relative, subject = subject, subject.head.head
        if relative.lower_ == "who":  # "one aide familiar with the talks, who added A": the aide
            subject = _person_before_thing(subject) or _person_before_place(subject) or subject
        subject = _described_subject(subject) or subject
        if (
            subject.dep_ == "dobj"
            and subject.lower_ in _WRITINGS
            and not subject.ent_type_
            and (subject.head.lemma_ in _ISSUING_VERBS or subject.head.lemma_ in _SENDING_VERBS)
        ):
            # "X released a statement which read …": the writing is X's (not "X asked them to hold
            # the report, which found …": the report's)
            subject = governing_subject(subject.head) or subject
    elif subject is not None and subject.lower_ in _WH_RELATIVES and subject.i > 1:
        # "according to police, who said …" parsed as a clause of its own: the noun before the comma
        before = subject.doc[subject.i - 1]
        before = subject.doc[subject.i - 2] if before.text == "," else before
        if before.pos_ in ("NOUN", "PROPN") and not ctx.token_quoted(before):
            subject = before
    if subject is not None and subject.dep_ == "csubj" and subject.tag_ == "VBG":
        # "Giving evidence at the court, Stuart Pennington, 52, said": the parser made the opening
        # participle the subject and the speaker an apposition inside it
        subject = _name_before_cue(cue) or subject
    if subject is not None:
        subject = outside_brackets(ctx, subject)
        subject = _contracted_subject(subject)
    if subject is not None and (
        (
            subject.ent_type_ in _IMPLAUSIBLE_ENTITIES
            and not is_share(subject)
            and not _partitive(subject)
            and not is_age_description(subject)
        )
        or (subject.lower_ in _EXPLETIVES and subject.dep_ in ("nsubjpass", "expl"))
        or ctx.paragraph_index(subject.idx) != ctx.paragraph_index(cue.idx)
        or _quoted_before_tag(ctx, cue, subject)
    ):
        subject = None
    if subject is not None and (apposed := _apposed_past_quotation(ctx, cue, subject)) is not None:
        subject = apposed  # '"… attacks," the group's director, Ann Roe, said': not "attacks"
    if subject is None:
        subject = (
            _noun_read_as_the_sentence(cue)
            or _name_in_opening_clause(ctx, cue)
            or _qualified_before(cue)
            or _adjacent_name(cue)
        )
    elif (tagged := _name_apposed_to_quotation(ctx, cue, subject)) is not None:
        subject = tagged  # '"Our team" co-author Ann Roe said "has built …"': Ann Roe
    elif (stranded := _stranded_name(cue, subject)) is not None:
        subject = stranded  # "the company invested …, but the Daily Clarion reports A": the newspaper
    elif (writing := _writing_of_part(subject)) is not None:
        subject = writing  # "Part of the judge's statement reads": the statement, and so the judge
    elif _partitive(subject):  # "One of the authors, Jane Roe, said": Jane Roe
        subject = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), subject)
    elif _named_by_according(subject):
        # "According to agency X, the prosecutor, Ann Lee, said": the parser made the source
        # the subject, and the speaker its apposition
        subject = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), None)
        subject = subject if subject is not None else _adjacent_name(cue)
    elif (holder := _possessed_role_holder(subject)) is not None:
        subject = holder  # "the Institute of A and B's director, Dr. Ann Lee, said": Ann Lee
    elif (titled := _titled_apposition(subject)) is not None:
        subject = titled  # "A–B Bank president Ann Lee said": Ann Lee
    elif (person := _person_before_campus(subject)) is not None:
        subject = person  # "Ann Lee of the University of California, Los Angeles disagreed": Ann Lee
    joint = _joint_subject(ctx, cue, subject) if subject is not None else None
    if joint is not None:
        return joint  # "Acme, which makes soap, and Brill, which makes paper, said": both
    speaker = speaker_mention(ctx, subject) if subject is not None else None
    if speaker is None and subject is not None:
        # the parse climbed into the quotation, or its subject cannot speak ("posting at
        # 12:54 local time"): take the main clause's subject
        root = cue.sent.root
        main = governing_subject(root) if root.i < cue.i and not ctx.token_quoted(root) else None
        if main is None:
            main = _subject_read_as_noun(cue)  # "An eyewitness described how A unfolded, stating, '…'"
        speaker = speaker_mention(ctx, main) if main is not None else None
    return speaker


def _writing_with_participle(cue: Token) -> Token | None:
    """The writing an -ing cue with a clause of its own qualifies (``a statement calling on Lee to
    resign``, ``a memo stating that A``, a noun of lexicons/document_nouns.txt); None for a cue of
    any other kind."""
    if cue.dep_ != "acl" or cue.tag_ != "VBG":
        return None
    writing = cue.head
    if writing.i >= cue.i or writing.ent_type_ or not {writing.lower_, writing.lemma_.lower()} & _WRITINGS:
        return None
    if not any(c.dep_ in _CLAUSE_DEPS for c in cue.children):
        return None  # "a statement expressing regret", "a post speaking of a deal": a topic, no claim
    return writing


_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "oprd", "parataxis"})


def _contracted_subject(subject: Token) -> Token:
    """The subject of a contracted auxiliary the parser made the subject itself: ``While he’s
    said A`` (``’s`` the subject of ``said``, ``he`` its own): ``he``, not ``he’s``."""
    if subject.pos_ not in ("AUX", "VERB") or not subject.text.startswith(("'", "’")):
        return subject
    return next(
        (c for c in subject.lefts if c.dep_ in ("nsubj", "nsubjpass") and c.i == subject.i - 1), subject
    )


def _joint_subject(ctx: DocContext, cue: Token, subject: Token) -> Speaker | None:
    """Two organisations or people joined by ``and`` as one subject with a relative clause or an
    apposition between them: ``Acme, which makes soap, and Brill Paper, which makes paper,
    said`` (the head's conjunct), or the same split by the parser into two subjects of the verb
    (the nearer one taken alone: ``Brill Paper``); the group of the two, named by the two names
    alone.  None for anything else, for ``Acme and Brill said`` (named as written), and for a cue
    in the clause between them (``Acme, which said A, and Brill``: Acme's alone)."""
    first = second = None
    if subject.ent_type_ not in ("PERSON", "ORG"):
        return None
    conj = [c for c in subject.children if c.dep_ == "conj"]
    if len(conj) == 1 and conj[0].i > subject.i:
        first, second = subject, conj[0]
    elif not conj and subject.dep_ == "nsubj":
        others = [c for c in subject.head.children if c.dep_ == "nsubj" and c.i < subject.i]
        if len(others) == 1 and not any(c.dep_ == "conj" for c in others[0].children):
            first, second = others[0], subject
    if first is None or second is None or second.ent_type_ not in ("PERSON", "ORG"):
        return None
    if first.i < cue.i < second.i:
        return None
    between = ctx.doc[first.i + 1 : second.i]
    ands = [t for t in between if t.dep_ == "cc" and t.lower_ == "and" and t.head == first]
    if len(ands) != 1 or not any(t.dep_ in ("relcl", "appos") and t.head == first for t in between):
        return None
    names = []
    end = 0
    for token in (first, second):  # each name ends with its head: no "Acme's", no "Ann Roe (D"
        ent = ctx.entity_at(token.i)
        if ent is None or ent.end != token.i + 1:
            return None
        names.append(ctx.text[ent.start_char : ent.end_char])
        end = ent.end_char
    mention = ctx.trimmed(first.left_edge.idx, end)
    if mention is None:
        return None
    return Speaker(" and ".join(names), mention, SpeakerKind.GROUP, members=tuple(names))


_TENSED = FINITE_TAGS - {"MD"}


_PART_NOUNS = words("part_nouns")


def _writing_of_part(subject: Token) -> Token | None:
    """The writing a part of it stands for: ``statement`` of ``Part of the judge's statement``,
    ``letter`` of ``An excerpt from the letter``; None for a part of anything else."""
    if subject.lower_ not in _PART_NOUNS:
        return None
    for prep in subject.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
            writing = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if writing is not None and writing.lemma_.lower() in WRITING_NOUNS:
                return writing
    return None


def _past_participle_head(cue: Token) -> Token:
    """``The team analyzed the data using their software and confirmed A``: a tensed verb the
    parser co-ordinated with a participle ("using") is the main verb's conjunct and shares its
    subject, not one the parser gave the participle ("data"); else the cue itself."""
    head = cue.head
    if cue.tag_ not in _TENSED or cue.dep_ != "conj" or head.tag_ != "VBG" or head.head.i == head.i:
        return cue
    if head.dep_ not in ("ccomp", "advcl", "xcomp", "acl") or head.head.tag_ not in _TENSED:
        return cue
    return head.head


_SPEAKING_NOUNS = words("role_nouns") | words("org_nouns")


def object_of_report(ctx: DocContext, cue: Token) -> Token | None:
    """``KTV later reported officials, following an investigation, stated A``: the parser made
    the one reported the object of the reporting verb and the inner cue its conjunct, with no
    conjunction or subject of its own; the object is the inner cue's speaker (the reporter is
    only the channel).  None for anything else (``reported the fire and said``)."""
    head = cue.head
    if cue.dep_ not in ("conj", "advcl") or head.i >= cue.i or cue.tag_ not in _TENSED or has_subject(cue):
        return None
    children = list(head.children)
    # (the object first: the cheapest test, and the one that fails most)
    obj = next((c for c in children if c.dep_ == "dobj" and head.i < c.i < cue.i), None)
    if obj is None or not (obj.ent_type_ in SOURCE_ENTITIES or obj.lemma_.lower() in _SPEAKING_NOUNS):
        return None
    frames = ctx.lexicons.cues.token_frames(head)
    if "speech" not in frames or "directive" in frames:
        return None  # "urges her husband to come out and says": an act on the object
    if any(c.dep_ in ("ccomp", "xcomp") and c.i > head.i for c in children):
        return None
    if any(t.dep_ == "cc" for t in head.doc[head.i + 1 : cue.i]):
        return None  # "reported the fire and said": the reporter's two acts
    return obj


def _past_reported_passive(ctx: DocContext, cue: Token) -> Token:
    """``announced the debate has been cancelled, citing safety concerns``: a participle on a
    passive with no agent, in what another verb reports, is the reporter's act (the debate cites
    nothing); else the cue itself."""
    head = cue.head
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or head.i > cue.i or head.dep_ != "ccomp":
        return cue
    if has_subject(cue):
        return cue
    children = list(head.children)
    if not any(c.dep_ == "nsubjpass" for c in children) or any(c.dep_ == "agent" for c in children):
        return cue
    return head.head if ctx.lexicons.cues.token_frames(head.head) else cue


def _past_subordinate_state(cue: Token) -> Token:
    """``called it dubious, as the market is saturated and margins are thin, while noting A``:
    a participle the parser hung on a state in a subordinate clause ("margins are thin") is
    the main clause's, and so is its subject; else the cue itself."""
    head = cue.head
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or head.lemma_ != "be" or head.i > cue.i:
        return cue
    clause = head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" for c in clause.children):
        return cue
    return clause.head


def _named_by_according(subject: Token) -> bool:
    """Whether ``subject`` opens right after an "according to" phrase: the parser made the
    phrase's last name the subject ("According to agency TNA, the prosecutor … said")."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False  # "according to police, who said": the source, and the relative's antecedent
    first = subject.left_edge.i
    if first < 2:
        return False
    before = subject.doc[first - 1]  # the last word of "according to (the agency)", whatever its parse
    if before.is_punct or before.is_space:
        return False  # "According to X, the first lady had said": a comma closed the phrase
    according = next(
        (t for t in (before, *before.ancestors) if t.i < first and t.lower_ == "according"), None
    )
    # not a verb inside the phrase ("according to a report in which they said")
    return according is not None and not according.left_edge.i <= subject.head.i <= according.right_edge.i


def _possessed_role_holder(subject: Token) -> Token | None:
    """The person named beside a role the parser co-ordinated with a body's name:
    ``University of X, San Diego's chancellor, Ann Lee`` (a conjunct "chancellor" owned by a
    name, with the person's name in apposition), when no "and" outside a name joins them."""
    if subject.ent_type_ not in ("ORG", "GPE", "FAC"):
        return None
    if any(c.dep_ == "cc" and not c.ent_type_ for c in subject.children):
        return None  # "The firm and its lawyer, Ann Lee": two speakers
    for role in subject.children:
        if role.dep_ != "conj" or role.pos_ != "NOUN" or not any(c.dep_ == "poss" for c in role.children):
            continue
        names = (c for c in role.children if c.dep_ == "appos" and c.pos_ == "PROPN")
        return next((c for c in names if c.ent_type_ in ("PERSON", "")), None)
    return None


_TITLES = words("title_words") | words("role_nouns")


def _name_after_particle(subject: Token) -> Token | None:
    """The rest of a name whose lower-case particle the parser made the head ("Cruz" of "Ann dela
    Cruz", with "Cruz" an apposition of "dela"), or None."""
    if subject.lower_ not in NAME_PARTICLES or subject.is_title or subject.i + 1 >= len(subject.doc):
        return None
    after = subject.doc[subject.i + 1]
    return after if after.head == subject and after.dep_ == "appos" and after.pos_ == "PROPN" else None


def _person_before_campus(subject: Token) -> Token | None:
    """The person whose body's name the cue's subject, a place, closes ("Ann Lee of the
    University of California, Los Angeles disagreed": the parser made "Los Angeles" the
    subject), or None."""
    start = subject.left_edge.i
    if subject.ent_type_ != "GPE" or start < 2 or subject.doc[start - 1].text != ",":
        return None
    body = subject.doc[start - 2]
    if body.ent_type_ != "ORG":
        return None
    of = next((a for a in body.ancestors if a.head.ent_type_ == "PERSON"), None)
    return of.head if of is not None and of.dep_ == "prep" and of.lower_ == "of" else None


def _titled_apposition(subject: Token) -> Token | None:
    """The titled person the parser hung on a word of a body's name: in ``Northern Trade–Finance
    Bank president Ann Lee said`` the dash made "Trade" the subject and "Lee", whose title
    ("president") heads the rest of the phrase, its apposition; the person speaks (so too after a
    dateline: ``WASHINGTON -- President Ann Lee, opening …, said``)."""
    if subject.ent_type_ not in ("ORG", "GPE", "FAC") and not (
        subject.pos_ == "PROPN" and not subject.ent_type_
    ):
        return None
    for child in subject.rights:
        if (
            child.dep_ == "appos"
            and child.ent_type_ == "PERSON"
            and any(c.dep_ == "compound" and c.lower_ in _TITLES for c in child.children)
        ):
            return child
    return None


def mute_subject(cue: Token) -> Token | None:
    """The subject of ``cue``'s clause when it cannot speak (``the attack``, ``local time``), else None.

    For the explanation of a record left without a speaker.
    """
    subject = governing_subject(cue)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    start, end = noun_phrase(subject)
    return None if can_speak(subject.doc[start:end], subject) else subject


_OWNER_ENTITIES = {
    "PERSON": SpeakerKind.PERSON,
    "ORG": SpeakerKind.ORGANIZATION,
    "GPE": SpeakerKind.ORGANIZATION,
}
_ORG_WORDS = words("org_nouns")
WRITING_NOUNS = _WRITINGS | words("documents")
"""Nouns of writings, polls and data (lexicons document_nouns.txt and documents.txt)."""
_OWNED_WRITINGS = WRITING_NOUNS | words("rulings")
"""Writings that speak for their owner, and what a court decides (``the Supreme Court decision``)."""
_ISSUING_VERBS = words("issuing_verbs")
"""Verbs whose agent made a writing (``figures released by the ministry``)."""
_SENDING_VERBS = words("sending_verbs")
"""Verbs whose subject sends, puts out or cites a writing as its own (``sent a letter``)."""


def writing_owner(span: Span) -> tuple[Span, SpeakerKind] | None:
    """Who a writing that speaks is by: ``the WHO's website``, ``a fire service statement``,
    ``the report by Tasnim News Agency``, ``a situation report of the NDRRMC``.

    ``span`` is a speaker's mention headed by a writing noun (``statement``,
    ``report``, ``website``, ``schedule`` ...); the owner is its possessive,
    a name or organisation noun compounded before it, or the name after
    ``by``, ``from`` or ``of``.  None when the writing names no one (``the
    report``, ``his statement``, ``a review of the data``).
    """
    head = span.root
    if head.lower_ in _ACCOUNT_NOUNS and any(
        c.dep_ == "compound" and c.lower_ in PLATFORMS for c in head.lefts
    ):
        return _holder(head)  # "her Twitter account", "Ann Roe's Facebook page": theirs, not the platform's
    lemma = head.lemma_.lower()
    # "data": a mass noun the lexicon lists as written (spaCy's lemma is "datum")
    mass = lemma not in _OWNED_WRITINGS and head.lower_ in _OWNED_WRITINGS
    if not (mass or lemma in _OWNED_WRITINGS) or any(t.text == "/" for t in span) or head.is_upper:
        return None  # "a Reuters/Ipsos poll" is two; "IOWA POLLS" a headline
    plural = head.tag_ != "NN" and not mass
    for child in head.children:
        if child.dep_ == "acl" or (child.dep_ == "relcl" and _passive(child)):
            if plural and child.lemma_ not in _ISSUING_VERBS:
                continue  # "documents reported by The Post": whoever wrote them, not who reported them
            sender = _sender(child)  # "a court document filed by Ann Lee", "…, which was issued by"
            if sender is not None:  # (and "figures released by the ministry": one issuer of many)
                return sender
    if plural and not _one_named_owner(head):
        return None  # "reports" are many hands', unless one name owns them ("CNN's projections")
    named = [
        owner
        for prep in head.rights
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "of")
        for owner in prep.children
        if owner.dep_ == "pobj" and (_named(owner) or (prep.lower_ != "of" and _body(owner)))
    ]
    if named and named[0].head.lower_ == "by":  # its author
        return _owner(named[0], compound=False)
    for child in head.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return _owner(child, compound=False)
    compounds = [c for c in head.lefts if c.dep_ == "compound" or _named_modifier(c)]
    if compounds and (compounds[-1].pos_ == "PROPN" or compounds[-1].lemma_.lower() in _ORG_WORDS):
        return _owner(compounds[-1], compound=True)
    if len(compounds) > 1 and compounds[-1].pos_ == "NOUN":  # "a NATO press release": NATO's
        named_compound = [c for c in compounds[:-1] if c.ent_type_ in ("ORG", "PERSON") and c.pos_ == "PROPN"]
        if named_compound and named_compound[-1].lower_ not in PLATFORMS:
            return _owner(named_compound[-1], compound=True)
    return _owner(named[0], compound=False) if named else None


def _holder(account: Token) -> tuple[Span, SpeakerKind] | None:
    """Who holds the platform account ``account``: its owner by name (``Ann Roe's Facebook page``), or
    the possessive pronoun before it, for the pronouns resolver (``her Twitter account``); None
    when it names no holder (``a Twitter account``: the platform itself never speaks)."""
    owner = next((c for c in account.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if owner is not None:
        return _owner(owner, compound=False)
    mine = account.left_edge  # (the parse may hang "her" on "official" in "her official Twitter account")
    if mine.lower_ in _POSSESSIVE_PRONOUNS:
        return account.doc[mine.i : mine.i + 1], SpeakerKind.UNKNOWN
    return None


def _named_modifier(token: Token) -> bool:
    """``Johns Hopkins University (JHU) data``: an organisation's name the parser set as a
    modifier of the writing right after it (its acronym in brackets between), counted as a
    compound; not the acronym itself, nor one of two names (``the Post-ABC News national poll``)."""
    if token.dep_ != "nmod" or token.ent_type_ != "ORG" or token.nbor(-1).text == "(":
        return False
    doc = token.doc
    between = doc[token.i + 1 : token.head.i]
    if between and not (between[0].text == "(" and between[-1].text == ")"):
        return False
    first = token.i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    return first == 0 or doc[first - 1].text not in ("-", "/", "–")


def _sender(verb: Token) -> tuple[Span, SpeakerKind] | None:
    """Who sent a writing, as the participle ``verb`` after it says: ``filed by Ann Lee``,
    ``released by Erdogan's office``, ``attributed to Lee``, ``sent from Biden's Twitter account`` (Biden),
    ``posted on the mayor's Facebook page``; not whoever it was sent to."""
    for prep in verb.children:
        if prep.dep_ not in ("agent", "prep") or prep.lower_ not in ("by", "from", "on", "to"):
            continue
        place = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if place is None:
            continue
        owner = next((c for c in place.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        account = place.lower_ == "account" or any(
            c.dep_ == "compound" and c.lower_ in PLATFORMS for c in place.children
        )
        if prep.lower_ == "by" and (place.pos_ == "PROPN" or place.ent_type_):
            return _owner(place, compound=False)  # "filed by Ann Lee"
        if prep.lower_ == "to" and verb.lemma_ == "attribute" and (place.pos_ == "PROPN" or place.ent_type_):
            return _owner(place, compound=False)  # "a statement attributed to Lee"
        if (
            prep.lower_ == "by"
            and place.lemma_.lower() in _ORG_WORDS
            and (owner is not None or any(c.dep_ == "det" and c.lower_ == "the" for c in place.children))
        ):
            return _owner(place, compound=False)  # "released by Erdogan's office", "by the statistics office"
        if owner is not None and (account or prep.lower_ == "from"):
            return _owner(owner, compound=False)  # "sent from Biden's Twitter account"
        mine = place.left_edge  # "his official Twitter account" (the parse may hang "his" on "official")
        if mine.lower_ in _POSSESSIVE_PRONOUNS and (account or prep.lower_ in ("by", "from")):
            # "posted to her Twitter account": her; "released by her family": her family
            # (the pronoun is resolved later, with the others)
            last = mine.i + 1 if account else place.i + 1
            return verb.doc[mine.i : last], SpeakerKind.UNKNOWN
    return None


_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})


def _passive(verb: Token) -> bool:
    """Whether ``verb`` is a passive participle with its auxiliary (``was issued``)."""
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)


def speaks_for_owner(head: Token) -> bool:
    """Whether the noun ``head`` is a writing that speaks for whoever owns it (``statement``,
    ``website``, ``press release``, ``data``, a court's ``decision``), whatever its number: what
    one owner wrote (``its website``, ``his remarks``) is theirs."""
    return (head.lemma_.lower() in _OWNED_WRITINGS or head.lower_ in _OWNED_WRITINGS) and not head.is_upper


def _one_named_owner(head: Token) -> bool:
    """Whether a plural writing is one owner's: ``CNN's projections``, ``NEOC data``,
    ``reports from the ministry``, ``reports from Omsk hospital``."""
    return any(
        (c.dep_ == "poss" and c.pos_ == "PROPN")
        or (c.dep_ == "compound" and c.ent_type_ == "ORG" and c.i == head.i - 1)
        for c in head.lefts
    ) or any(
        (_named(owner) or _body(owner)) and not owner.conjuncts
        for prep in head.rights
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from")
        for owner in prep.children
        if owner.dep_ == "pobj"
    )


def _named(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in _OWNER_ENTITIES


def _body(token: Token) -> bool:
    """``the Mexican government``, ``the ministry``: one organisation the text points at."""
    return (
        token.tag_ == "NN"
        and token.lemma_.lower() in _ORG_WORDS
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children)
    )


def _owner(token: Token, compound: bool) -> tuple[Span, SpeakerKind] | None:
    doc = token.doc
    start, end = noun_phrase(token)
    if compound:  # a compound owner: its own compounds only ("fire service" of "a fire service report")
        start = min([token.i, *(c.i for c in token.lefts if c.dep_ in ("compound", "amod", "det"))])
        first = token.i  # and the whole name the token ends ("Johns Hopkins University")
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        if doc[first].lower_ == "the" and first < token.i:
            first += 1  # "The Internal Revenue Service website": the name, not its article
        start = min(start, first)
        end = token.i + 1
    while end > start + 1 and doc[end - 1].lower_ in ("'s", "’s", "'"):
        end -= 1
    owner = doc[start:end]
    if not owner or owner.root.ent_type_ in _IMPLAUSIBLE_ENTITIES or owner.root.lower_ in PRONOUN_HEADS:
        return None
    if any(c.dep_ == "conj" for c in token.children):
        return _joint_owner(token)  # "a study by Harvard and Yale": both
    kind = _OWNER_ENTITIES.get(owner.root.ent_type_)
    if kind is None:
        organisation = owner.root.pos_ == "PROPN" or owner.root.lemma_.lower() in _ORG_WORDS
        kind = SpeakerKind.ORGANIZATION if organisation else None
    return (owner, kind) if kind is not None else None


def _joint_owner(token: Token) -> tuple[Span, SpeakerKind] | None:
    """``Harvard and Yale`` of ``a study by Harvard and Yale``: owners named together, as a group;
    None unless each is a name (``Harvard and its partners``)."""
    conjuncts = [token, *token.conjuncts]
    if not all(c.pos_ == "PROPN" and c.ent_type_ in _OWNER_ENTITIES for c in conjuncts):
        return None
    start = noun_phrase(token)[0]
    end = max(noun_phrase(c)[1] for c in conjuncts)
    return token.doc[start:end], SpeakerKind.GROUP


_SHARE_WORDS = frozenset(
    {"percent", "%", "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths"}
)


def is_share(token: Token) -> bool:
    """Whether ``token`` heads a share of people, as polls report them: "47 percent", "half", "six in 10"."""
    if token.lower_ in _SHARE_WORDS:
        return True
    # "six in 10": the parser hangs "in" on either number
    return token.like_num and any(c.dep_ in ("quantmod", "prep") and c.lower_ == "in" for c in token.children)


_RESPONDENTS = frozenset({"respondents"})
_MOST = frozenset({"most"})


def is_counted_share(token: Token) -> bool:
    """Whether ``token`` heads a share of people, as polls report them, or people a share counts:
    :func:`is_share`, or a plural noun a share or ``most`` counts (``Six in 10 independents``,
    ``Most respondents``), or ``respondents``."""
    if is_share(token):
        return True
    if token.tag_ not in ("NNS", "NNPS"):
        return False
    return token.lower_ in _RESPONDENTS or any(
        c.dep_ in ("nummod", "amod") and (is_share(c) or c.lower_ in _MOST) for c in token.children
    )


def _partitive(token: Token) -> bool:
    """``One of the study's authors``, ``two of the officers``, ``one of them``: some of a group,
    who can speak."""
    groups = (g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
    return token.like_num and any(
        g.dep_ == "pobj" and (g.tag_ in ("NNS", "NNPS") or g.lower_ in _PLURAL_PRONOUNS) for g in groups
    )


_PLURAL_PRONOUNS = frozenset({"them", "us", "those", "these"})


def _subject_read_as_noun(cue: Token) -> Token | None:
    """``An eyewitness described how the attack unfolded, stating, '…'``: the parser made the verb
    after the subject a clause of the noun (``eyewitness`` with ``described`` its ``acl``) and hung
    the cue on a clause inside it; the noun is the subject of that verb, and so of the cue."""
    clause = cue
    for _ in range(4):
        if clause.dep_ not in ("advcl", "conj", "xcomp", "relcl", "ccomp") or clause.head.i == clause.i:
            return None
        if clause.dep_ in ("relcl", "ccomp") and clause.head.pos_ in ("NOUN", "PROPN"):
            break
        clause = clause.head
    else:
        return None
    noun = clause.head
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is None or after.dep_ != "acl" or after.head.i != noun.i or after.pos_ != "VERB":
        return None
    if after.tag_ not in ("VBD", "VBN") or any(c.dep_ == "agent" for c in after.children):
        return None  # "the man described by police as …": a reduced relative, the man did nothing
    return noun


def _stranded_name(cue: Token, subject: Token) -> Token | None:
    """``the company invested in A, but the Daily Clarion reports B``: the parser made the name right
    before the cue a conjunct of the first clause's subject, joined by "but" (no joint source:
    "but" opens a clause of its own), and the first clause's verb a conjunct of the cue's; the
    name is the cue's subject."""
    if subject.i >= cue.i - 1:
        return None
    name = cue.doc[cue.i - 1]
    if name.pos_ != "PROPN" or name.dep_ != "conj" or name.head.i != subject.i:
        return None
    if not any(c.dep_ == "cc" and c.lower_ == "but" and subject.i < c.i < name.i for c in subject.children):
        return None
    return name


def _described_subject(noun: Token) -> Token | None:
    """``Lee is a lawyer and author who has argued that …``: the named subject a "who" clause
    describes through the common noun it hangs on, the complement of "be" (or a noun listed
    with it); None for anything else (``It was Lee who said``: the name itself)."""
    attr = noun
    for _ in range(12):  # "a lawyer, a writer and a teacher who …": up the list to its first noun
        if attr.dep_ not in ("conj", "appos") or attr.head.i >= attr.i:
            break
        attr = attr.head
    if attr.dep_ != "attr" or not noun.is_lower or noun.ent_type_:  # a common noun, however tagged
        return None
    verb = attr.head
    if verb.lemma_ != "be":
        return None
    subject = governing_subject(verb)  # "… and is a liar who …": the subject of the clause it joins
    if subject is None or not (subject.ent_type_ in ("PERSON", "ORG") or subject.lower_ in ("he", "she")):
        return None
    return subject


def _name_in_opening_clause(ctx: DocContext, cue: Token) -> Token | None:
    """``Calling it "a stunt", Ann Roe of Safe Homes told Reuters "…"``: the parser hung the
    subject of a cue that has none on the sentence's opening participle clause, as an apposition
    of its object; the person or body so apposed (the first) is the cue's subject.  None for a
    cue with no such clause."""
    clause = next((c for c in cue.children if c.dep_ == "advcl" and c.i < cue.i), None)
    if clause is None or clause.tag_ != "VBG" or clause.left_edge.i != cue.sent.start:
        return None
    for token in cue.doc[clause.i + 1 : cue.i]:
        if token.dep_ == "appos" and token.ent_type_ in ("PERSON", "ORG") and not ctx.token_quoted(token):
            return token if clause.i < token.head.i < token.i else None
    return None


_PERSON_RELATIVES = frozenset({"who", "that"})
_PERSON_NOUNS = words("role_nouns") | words("unnamed_person_nouns") | words("partisan_nouns")


def _person_before_thing(noun: Token) -> Token | None:
    """``a lawmaker familiar with the talks, who added A``: a "who" clause the parser hung on a noun
    for no person (no name, no word for a person) that a preposition joins to a word for a person
    or a person's name before it (the noun itself, or through the adjective that takes the
    preposition): that person.  None for anything else."""
    if noun.ent_type_ or noun.pos_ != "NOUN" or noun.dep_ != "pobj" or _person_noun(noun):
        return None
    if any(c.dep_ == "conj" for c in noun.children):
        return None  # "angry about fees and unions who said": the clause may be the last conjunct's
    owner = noun.head.head
    if owner.dep_ == "amod" and owner.pos_ == "ADJ":
        owner = owner.head
    if owner.i >= noun.i or owner.pos_ not in ("NOUN", "PROPN"):
        return None
    if owner.ent_type_ in ("PERSON", "NORP") or _person_noun(owner):
        return owner
    return None


def _person_before_place(noun: Token) -> Token | None:
    """``said Budi, 31, from Tegal in Central Java, who asked …``: a "who" clause the parser hung on
    a name that is where a person is from or lives (the object of ``from``, ``in``, ``near`` …,
    however the tagger read it) before which the phrase describes a person (a name or a word for
    a person): that person.  None for anything else."""
    if noun.pos_ != "PROPN" or noun.dep_ != "pobj" or noun.head.lower_ not in _WHERE_FROM:
        return None
    owner = noun
    for _ in range(4):  # (through "from Tegal in Central Java" to Budi)
        if owner.dep_ == "pobj" and owner.head.lower_ in _WHERE_FROM:
            owner = owner.head.head
        elif owner.dep_ == "prep" and owner.lower_ in _WHERE_FROM:
            owner = owner.head
        else:
            break
    if owner.i >= noun.i or owner.pos_ not in ("NOUN", "PROPN"):
        return None
    return owner if owner.ent_type_ == "PERSON" or _person_noun(owner) else None


PLACE_PREPOSITIONS = frozenset({"in", "near", "outside"})
"""Prepositions of where, after which a name the tagger read as a person's may be a place's
(``in Debrecen``)."""
_WHERE_FROM = PLACE_PREPOSITIONS | {"from"}


def _person_noun(noun: Token) -> bool:
    return noun.lower_ in _PERSON_NOUNS or noun.lemma_.lower() in _PERSON_NOUNS


def _qualified_before(cue: Token) -> Token | None:
    """``Though the firm made no comment, an engineer who worked on the bridge said Monday, "…"``:
    the parser hung the noun a relative clause qualifies elsewhere and left the tensed cue right
    after that clause with no subject; the noun (whose clause has "who" or "that" for its subject
    and ends right before the cue) is the cue's subject.  None for anything else."""
    if cue.i < 3 or cue.tag_ not in _TENSED:
        return None
    clause = cue.doc[cue.i - 1]
    for _ in range(8):
        if clause.dep_ == "relcl" or clause.head.i == clause.i or clause.head.i > cue.i:
            break
        clause = clause.head
    if clause.dep_ != "relcl" or clause.right_edge.i != cue.i - 1:
        return None
    noun = clause.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i > clause.i or noun.sent.start != cue.sent.start:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in _PERSON_RELATIVES for c in clause.children):
        return None
    return noun


def _name_apposed_to_quotation(ctx: DocContext, cue: Token, subject: Token) -> Token | None:
    """``"Our team," co-author Ann Roe said, "has built …"``: the parser made the words of the
    quotation's first piece the cue's subject and the tag's name, between the piece and the cue,
    their apposition; that person or body.  None for a subject outside a quotation."""
    if not ctx.token_quoted(subject):
        return None
    for child in subject.children:
        if (
            child.dep_ == "appos"
            and subject.i < child.i < cue.i
            and child.ent_type_ in ("PERSON", "ORG")
            and not ctx.token_quoted(child)
        ):
            return child
    return None


TELLING_SETTINGS = words("telling_settings")
"""Nouns for where or how something was told (``in an interview``, ``in an email``)."""


def _telling_setting(preposition: Token) -> bool:
    """Whether the object of ``preposition`` is where or how something was told or a writing."""
    return any(
        c.dep_ == "pobj" and (c.lower_ in TELLING_SETTINGS or c.lower_ in WRITING_NOUNS)
        for c in preposition.children
    )


def _adjacent_name(cue: Token) -> Token | None:
    """The noun phrase right after the cue ("said the 46-year-old") or between
    a closing quotation mark and the cue ("Ramos, 58, told"), within the cue's
    sentence (the last one's object is not this one's speaker).

    The audience of the cue ("told Reuters") is never its speaker."""
    doc = cue.doc
    addressed = {t.i for t in audience(cue)}
    for token in doc[cue.i + 1 : cue.i + 6]:
        if (token.is_punct and token.text not in "-–") or token.is_sent_start:
            break
        if (
            token.pos_ == "ADP"
            and token.dep_ == "prep"
            and doc[cue.i - 1].text == ","
            and _telling_setting(token)
        ):
            break  # "…, Bradley Stiles, said in an email": how it was said, not who said it
        if token.pos_ in ("PROPN", "NOUN"):
            head = _phrase_head(token)
            if head.i in addressed:
                return None  # "told Reuters", "reminded the audience": who was told, not who spoke
            if head.dep_ in SUBJECT_DEPS and head.head.i != cue.i and not _reduced_clause(head):
                break  # "said Lee was right": the subject of what was said
            if head.dep_ == "poss" and head.head.i > head.i and _speaking_possessed(head.head):
                return _phrase_head(head.head)  # "exhorted Roe's introducer, Ann Lee": not Roe
            return head
    start = cue.i
    while start > 0 and cue.i - start < 25 and not doc[start].is_sent_start:
        previous = doc[start - 1]
        if previous.text in '"“”’' or "\n" in previous.text or (previous.is_sent_start and previous.is_punct):
            break
        start -= 1
    window = doc[start : cue.i]
    people = [t for t in window if t.ent_type_ == "PERSON"]
    if people:  # "In a statement, her adviser, Jake Sullivan, said:"
        return _phrase_head(people[-1])
    apposed = _apposed_before(cue, start)
    if apposed is not None:  # "In findings published in a journal, a team of scientists report"
        return apposed
    named = [t for t in window if t.dep_ == "appos" and t.pos_ == "PROPN" and start <= t.head.i < t.i]
    if named:  # "…," the company's general counsel, Bradley Stiles, said: the name beside the role
        return named[-1]
    for token in window:
        if token.pos_ in ("PROPN", "NOUN", "PRON") and not token.is_punct:
            return _phrase_head(token)
    return None


def _quoted_before_tag(ctx: DocContext, cue: Token, subject: Token) -> bool:
    """``"… #Cologne," tweeted a user from Hanover``: the parser took a word of the quotation that
    ends right before the cue for the cue's subject; it is the quotation's own word."""
    if subject.i >= cue.i or not ctx.token_quoted(subject) or ctx.token_quoted(cue):
        return False
    between = cue.doc[subject.i + 1 : cue.i]
    return len(between) <= 3 and all(t.is_punct for t in between)


def _apposed_past_quotation(ctx: DocContext, cue: Token, subject: Token) -> Token | None:
    """``"… a wolf that attacks," the foundation's director, Ann Roe, said``: the parser took a word
    of the quotation before the cue for its subject, and the noun phrase between the quotation and
    the cue for that word's apposition; the apposition is the subject."""
    if subject.i >= cue.i or not ctx.token_quoted(subject) or ctx.token_quoted(cue):
        return None
    return next(
        (
            child
            for child in subject.children
            if child.dep_ == "appos"
            and subject.i < child.i < cue.i
            and child.pos_ in ("NOUN", "PROPN")
            and not ctx.token_quoted(child)
        ),
        None,
    )


def _speaking_possessed(noun: Token) -> bool:
    """Whether a noun a name owns (``Roe's introducer, Ann Lee``, ``Roe's aide``, ``the city's
    Daily Clarion``) may be the one who speaks: a name, a word for a person, or a noun with a name
    set beside it; not ``Roe's accusations``."""
    return (
        noun.pos_ == "PROPN"
        or _person_noun(noun)
        or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children)
    )


def _reduced_clause(subject: Token) -> bool:
    """``said Ann Lee, asked about the plan``: the parser made the name after the cue the subject of
    the participle after its comma (one with no auxiliary, right after the comma that closes the
    name); the clause only says how the cue came about, and the name is the cue's."""
    verb = subject.head
    if verb.i != subject.i + 2 or subject.doc[subject.i + 1].text != "," or verb.tag_ not in _PARTICIPLES:
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


_PARTICIPLES = frozenset({"VBN", "VBG", "VBD"})


def _apposed_before(cue: Token, start: int) -> Token | None:
    """The noun phrase right before a cue with no subject that the parser hung on an opening phrase
    as its apposition (``In findings published in the journal X, a team of scientists report``:
    ``team``, an apposition of ``X``), after token ``start``; None for any other word there."""
    if cue.i == 0:
        return None
    last = cue.doc[cue.i - 1]
    if last.pos_ not in ("NOUN", "PROPN"):
        return None
    head = _phrase_head(last)
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head.head  # "a team of scientists"
    if head.dep_ != "appos" or head.i <= start or head.head.i >= head.i:
        return None
    return head


def outside_brackets(ctx: DocContext, token: Token) -> Token:
    """``Gov. Ann Lee (R-OH) said``: the parser's subject "OH" stands for Ann Lee."""
    doc = token.doc
    first = max(token.i - 5, 0)
    # the brackets found by hash, not token by token (a list: a numpy scalar is slow to compare)
    words = ctx.column(LOWER)[first : token.i].tolist()
    for i in range(token.i - 1, first - 1, -1):
        if words[i - first] == _CLOSING:
            return token
        if words[i - first] == _OPENING:
            return _phrase_head(doc[i - 1]) if i > 0 and not doc[i - 1].is_punct else token
    return token


_OPENING, _CLOSING = get_string_id("("), get_string_id(")")


def _phrase_head(token: Token) -> Token:
    """From a compound or modifier, climb to the noun it belongs to."""
    while token.dep_ in ("compound", "flat", "amod", "nummod") and token.head.i > token.i:
        token = token.head
    return token


def content_range(tokens: Iterable[Token], exclude: Iterable[Token] = ()) -> tuple[int, int] | None:
    """Char range covering ``tokens`` minus a leading "that" and edge punctuation."""
    kept = without_leading_dateline(without_trailing_aside(list(tokens)))
    pieces = content_pieces(without_withheld(kept), exclude)
    return (pieces[0][0], pieces[-1][1]) if pieces else None


_DISCLOSING_VERBS = words("disclosing_verbs")
_REFUSAL_VERBS = words("refusal_verbs")
_CONTRAST_OR_AND = frozenset({"but", "and", "yet"})


def without_leading_dateline(tokens: list[Token]) -> list[Token]:
    """``tokens`` from the opening quotation mark on, when only a dateline, a wire's credit or a
    symbol comes before it (``WASHINGTON (AP) — "Rates will rise," said Ann Lee``, ``★ "…"``):
    words in capitals or a bracket, no word in lower case and no verb, ending in a dash or a
    closing bracket (or symbols alone).  The parser hangs them on the quotation's clause; they
    are no part of what was said."""
    opening = next((k for k, t in enumerate(tokens[:8]) if t.is_quote and t.is_left_punct), None)
    if not opening:
        return tokens
    before = tokens[:opening]
    lettered = [t for t in before if any(c.isalpha() for c in t.text)]  # ("D'Souza" is no is_alpha)
    if any(t.is_lower or t.pos_ in ("VERB", "AUX") for t in lettered):
        return tokens  # (a symbol the tagger calls a verb is still a symbol)
    last = before[-1]
    closed = last.is_punct and (last.is_right_punct or is_dash(last))  # "(AP)", "LONDON —"
    return tokens[opening:] if closed or not lettered else tokens


def without_withheld(tokens: list[Token]) -> list[Token]:
    """``tokens`` without a last conjunct that tells what the source would not say: ``confirmed
    the mayor would meet the builders but would not give details of the plan``, ``said the cafe
    had made money but declined to release its accounts`` (a verb with no subject of its own, after
    "but" or "and", that refuses (lexicons/refusal_verbs.txt) to, or with "not" does not, disclose
    (lexicons/disclosing_verbs.txt)): the parser hung it on the claim's verb; it is the writer's
    account of the source, no part of the claim."""
    if len(tokens) < 6:
        return tokens
    inside = {t.i for t in tokens}
    last = max(inside)
    for verb in tokens:
        if (
            verb.dep_ != "conj"
            or verb.head.i not in inside
            or verb.head.i > verb.i
            or verb.right_edge.i < last - 1
            or verb.pos_ not in ("VERB", "AUX")
        ):
            continue
        children = list(verb.children)
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children):
            continue
        cc = next((c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i), None)
        if cc is None or cc.lower_ not in _CONTRAST_OR_AND or verb.left_edge.i < cc.i:
            continue
        if not _withholds(verb, children):
            continue
        cut = cc.i - 1 if cc.nbor(-1).text == "," else cc.i
        return [t for t in tokens if t.i < cut]
    return tokens


def _withholds(verb: Token, children: list[Token]) -> bool:
    """Whether ``verb`` refuses to disclose (``declined to comment``) or would not disclose
    (``would not say``, ``would not give details``); not what someone does not give of their own
    (``would not give his name``: the one the claim is about may be meant); or how the source met
    a question (``… and had a curt reply when asked who she would back``, ``but paused when
    pressed on the cost``): the writer's account of the interview."""
    if (
        verb.tag_ in ("VBD", "VBN")
        and not any(c.dep_ in ("aux", "auxpass") for c in children)
        and any(_when_asked(c) for c in children)
    ):
        return True  # (not "… and would be raised when asked to": what the claim foresees)
    if verb.lemma_ in _REFUSAL_VERBS:
        disclosed = next((c for c in children if c.dep_ == "xcomp" and c.lemma_ in _DISCLOSING_VERBS), None)
        return disclosed is not None and _discloses(disclosed)
    return (
        verb.lemma_ in _DISCLOSING_VERBS
        and any(c.dep_ == "neg" for c in children)
        and any(c.dep_ == "aux" and c.lower_ in _CONDITIONAL_MODALS for c in children)
        and _discloses(verb)
    )


_CONDITIONAL_MODALS = frozenset({"would", "wo"})
ASKING_VERBS = frozenset({"ask", "press", "question"})
"""Verbs of putting a question to someone: ``when asked …``, ``Asked whether …, X said``."""

QUESTION_VERBS = frozenset({"ask", "inquire", "enquire"})
"""Verbs whose content is a question (their lemmas): ``asked whether …``, ``"Why?" she inquired``."""

QUESTION_WORDS = frozenset({"whether", "if", "why", "how", "what", "when", "who", "where", "which"})
"""The words that open an indirect question (``asked whether …``, ``asked why …``)."""


def questions_asked(ctx: DocContext) -> list[tuple[int, int]]:
    """The character spans of the indirect questions a verb of asking puts (``Asked whether Acme
    could lose its licence, he said …``), in text order: words someone was asked about, which say
    nothing of who speaks next (read once per document)."""
    return ctx.memo(_questions_asked)


_ASKING_IDS = np.array(sorted(get_string_id(verb) for verb in ASKING_VERBS), dtype=np.uint64)


def _questions_asked(ctx: DocContext) -> list[tuple[int, int]]:
    found = []
    for i in np.flatnonzero(np.isin(ctx.column(LEMMA), _ASKING_IDS)).tolist():
        for clause in ctx.doc[i].rights:
            if clause.dep_ in ("ccomp", "advcl", "xcomp") and clause.left_edge.lower_ in QUESTION_WORDS:
                last = clause.right_edge
                found.append((clause.left_edge.idx, last.idx + len(last.text)))
    return found


def _when_asked(clause: Token) -> bool:
    """``when asked …``, ``when pressed on …``: an adverbial clause of a verb of asking with no subject."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ == "VBN"
        and clause.lemma_ in ASKING_VERBS
        and any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in clause.children)
    )


def _discloses(verb: Token) -> bool:
    """``give details``, ``comment``: not ``give up`` nor ``give his name``."""
    for child in verb.children:
        if child.dep_ == "prt":
            return False
        if child.dep_ == "dobj" and any(c.dep_ == "poss" for c in child.children):
            return False
    return True


_COMMA = get_string_id(",")
_WH_RELATIVES = frozenset({"which", "who", "whom", "whose"})
_CONTRASTS = frozenset({"while", "whereas"})
_SEQUELS = frozenset({"before"})
_GLOSSES = frozenset({"meaning"})


def _own_tag(token: Token) -> bool:
    """``said`` of ``which he said were …``: a tag of its own inside a claim."""
    return token.lemma_ in _TAG_LEMMAS and any(c.dep_ == "nsubj" for c in token.children)


_TAG_LEMMAS = frozenset({"say", "tell", "add"})


def without_trailing_aside(tokens: list[Token], gloss_only: bool = False) -> list[Token]:
    """``tokens`` without a ", which/who …", ", while X …", ", before doing …" or ", meaning …"
    clause that ends them: the writer's aside.

    ``said the ferry would stop at Dunmore, which lost its bridge`` ends at
    "Dunmore", and ``said talks had failed, meaning no deal by May`` at "failed"
    (the writer's gloss); an aside inside the content stays. With ``gloss_only``
    only a ", meaning …" goes: after "according to X," a relative or "while"
    clause is as often X's as the writer's.  Nothing goes from a claim that its tag follows (``A,
    while B, Ms. Lee said``).
    """
    if len(tokens) < 4:
        return tokens
    commas = [t for t in tokens if t.orth == _COMMA]  # the text's hash: no string read a token
    if not commas:
        return tokens
    last = max(t.i for t in tokens)
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside]
    if roots and all(t.head.i > last for t in roots) and not any(_own_tag(t) for t in tokens):
        return tokens  # "A, while B, Ms. Lee said": all before the tag is what she said
    doc = tokens[0].doc
    for comma in commas:
        if comma.i + 1 > last:
            continue
        first = doc[comma.i + 1]
        if first.is_quote and comma.i + 2 <= last and doc[comma.i + 2].lower_ == "as":
            first = doc[comma.i + 2]  # '"… the owners," as she put it': past the closing mark
        clause = first.head
        if gloss_only and first.lower_ not in _GLOSSES:
            continue
        if first.lower_ in _WH_RELATIVES:
            while clause.dep_ != "relcl" and clause.head.i != clause.i and clause.i - first.i < 4:
                clause = clause.head  # "whose plan would …": from the pronoun up to its clause
            aside = clause.dep_ == "relcl" and clause.left_edge.i == first.i
        elif first.lower_ in _CONTRASTS:
            aside = (
                clause.dep_ == "advcl"
                and any(c.dep_ == "nsubj" for c in clause.children)
                # "was forcing the nose down, while the pilots tried to correct it": what went on at
                # the same time as a claim in the progressive is the claim's
                and not _progressive(clause.head)
            )
        elif first.lower_ in _SEQUELS:
            # ", before reversing course the next day": what the speaker did next, the writer's
            clause = first
            aside = first.dep_ == "prep" and _gerund_object(first)
        elif first.lower_ == "as" and first.dep_ == "mark":
            # ", as she put it on Monday in Dunmore, where …": the tag, and what the writer adds to it
            # (a pronoun's: the speaker's own tag; "as Lee, then the mayor, put it in her memoir" is
            # another's words the claim quotes)
            aside = (
                clause.lemma_ == "put"
                and any(c.dep_ == "dobj" and c.lower_ == "it" for c in clause.children)
                and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in clause.children)
            )
        elif first.lower_ == "prior":
            # ", prior to setting the bond": as ", before setting the bond"
            clause = first
            aside = any(c.lower_ == "to" and c.dep_ == "prep" and _gerund_object(c) for c in first.children)
        elif first.lower_ in _GLOSSES:
            # ", meaning the UK would leave without a deal": the writer explains what was said
            clause = first
            aside = first.tag_ == "VBG" and first.head.i != first.i
        else:
            continue
        if aside and clause.head.i in inside and clause.right_edge.i >= last - 1:
            return [t for t in tokens if t.i < comma.i]
    return tokens


def _progressive(verb: Token) -> bool:
    """``was forcing``, ``are rising``: a present participle after a form of "be"."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


def _gerund_object(preposition: Token) -> bool:
    """Whether ``preposition`` takes a gerund (``before reversing``, ``to setting``)."""
    return any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in preposition.children)


_INDEX = operator.attrgetter("i")
"""A token's index, as a sort key (read in C, not by a lambda a token)."""


def content_pieces(tokens: Iterable[Token], exclude: Iterable[Token] = ()) -> list[tuple[int, int]]:
    """Char ranges of the runs of ``tokens`` left when ``exclude`` is cut out.

    A leading "that", edge punctuation and the commas around a cut go too:
    ``The plan, he said, is dead`` minus ``, he said,`` gives two pieces.
    """
    skip = {t.i for t in exclude}
    listed = list(tokens)
    if not listed:
        return []
    doc = listed[0].doc
    # runs of consecutive token indexes, as (first, last): a token is read only at a run's edges
    runs: list[list[int]] = []
    previous = None
    for i in sorted([t.i for t in listed]):
        if i in skip:
            continue
        if previous is None or i != previous + 1:
            runs.append([i, i])
        runs[-1][1] = i
        previous = i
    pieces = []
    for first, last in runs:
        while first <= last and (
            (token := doc[first]).is_punct or (token.lower_ == "that" and token.dep_ == "mark")
        ):
            first += 1
        while first <= last and (
            ((token := doc[last]).is_punct and token.text not in '.!?"”’»')
            or (token.pos_ == "CCONJ" and last > first)
        ):
            last -= 1  # "…, and" ends no content
        if first <= last:
            end = doc[last]
            pieces.append((doc[first].idx, end.idx + len(end.text)))
    return pieces


def relative_clause_end(tokens: list[Token], start: int) -> int:
    """Skip ", which/who ... ," clauses from index ``start`` of ``tokens``."""
    i = start
    while i + 1 < len(tokens) and tokens[i].text == "," and tokens[i + 1].lower_ in RELATIVE_PRONOUNS:
        j = i + 1
        while j < len(tokens) and tokens[j].text != ",":
            j += 1
        i = j
    return i


def make(
    ctx: DocContext,
    detector: str,
    pieces: list[tuple[int, int]],
    cue: TextSpan | None,
    speaker: Speaker | None,
    chain: tuple[Speaker, ...] = (),
    within: tuple[int, int] | None = None,
    rule: str = "",
    act: Act = Act.SPEECH,
) -> Iterator[Attribution]:
    """One candidate from char-range pieces (nothing when they trim to nothing).

    ``within`` clips the pieces to a range of the text (a paragraph);
    ``rule`` names the rule that found it, for its ``explanation``;
    ``act`` is what the cue reports.
    """
    if within is not None:
        lo, hi = within
        pieces = [(max(a, lo), min(b, hi)) for a, b in pieces if a < hi and b > lo]
    pieces = sorted(pieces)
    if pieces:  # a content that stops inside a quotation takes its closing punctuation
        start, end = pieces[-1]
        quoted = ctx.quote_piece_at(end - 1)
        if quoted is not None and (
            (start < quoted[0] and quoted[1] - end <= end - start)
            or not ctx.text[end : quoted[1]].strip(" .,;:!?…")
        ):
            # the rest of a quotation it opened (the parser's sentence ended inside) unless that is
            # the longer part: a long quotation after a colon is the quote detector's
            pieces[-1] = (start, quoted[1])
        pieces[-1] = (pieces[-1][0], past_abbreviation_break(ctx, pieces[-1][1]))
        pieces = _without_dateline(ctx, _without_connective(ctx, pieces))
        pieces = _without_closing_aside(ctx, pieces, detector)
        pieces = _before_next_sentence(ctx, pieces)
    spans = [s for s in (ctx.trimmed(a, b) for a, b in pieces) if s is not None and _has_word(s.text)]
    if not spans:
        return
    spans[-1] = _balanced(ctx, spans[-1])
    content = ctx.span(spans[0].start, spans[-1].end)
    kind = ctx.kind_of([(s.start, s.end) for s in spans])
    explanation = (f"{detector}: {rule}",) if rule else ()
    # the fields in order, as attrs generates the parameters (positional: a faster call)
    yield Attribution(kind, content, detector, cue, speaker, None, tuple(spans), chain, act, explanation)


def candidate(
    ctx: DocContext,
    detector: str,
    pieces: list[tuple[int, int]],
    cue: TextSpan | None = None,
    speaker: Speaker | None = None,
    *,
    chain: tuple[Speaker, ...] = (),
    within: tuple[int, int] | None = None,
    rule: str = "",
) -> Attribution | None:
    """The candidate :func:`make` builds from char-range ``pieces``, or None when they trim to nothing.

    Its ``kind`` follows the quotation marks; ``rule`` says, in a few words,
    what found it (the engine prefixes the detector's name).

    >>> import spacy
    >>> ctx = DocContext(spacy.blank("en")('Lee: "We won." And more.'))
    >>> found = candidate(ctx, "mine", [(6, 13)], rule="a test")
    >>> found.kind.value, found.content.text, found.explanation
    ('direct', 'We won.', ('mine: a test',))
    >>> candidate(ctx, "mine", [(4, 5)]) is None
    True
    """
    return next(make(ctx, detector, pieces, cue, speaker, chain, within, rule), None)


_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}")
"""An abbreviation written with dots: ``a.m.``, ``b.c.e.``, ``U.S.``."""


def past_abbreviation_break(ctx: DocContext, end: int) -> int:
    """``end`` moved past the sentence breaks the parser put after a dotted abbreviation when the
    next "sentence" opens in lower case (``from 300 b.c.e. to 100 c.e.``): one sentence goes on."""
    text = ctx.text
    while end > 1 and text[end - 1] == ".":
        index = ctx.tokens_starting_by(end - 1) - 1
        if index < 0:
            return end
        word = ctx.doc[index].text
        if word == "." and index > 0 and not ctx.doc[index - 1].whitespace_:
            word = ctx.doc[index - 1].text + word  # "b.c.e" "."
        if not _DOTTED.fullmatch(word):
            return end
        sentences = ctx.sentences
        at = ctx.sentence_index(index)
        if at + 1 >= len(sentences) or sentences[at].end != index + 1:
            return end
        following = sentences[at + 1]
        first = ctx.doc[following.start]
        if following.start != index + 1 or not first.text[:1].islower() or not first.is_alpha:
            return end
        last = ctx.doc[following.end - 1]
        end = last.idx + len(last.text)
    return end


_SENTENCE_CLOSE = re.compile(r"(?:[.!?]|\[\.\])\W{0,2}\s+[A-Z]")
"""A quotation that ends its sentence (``… self-cleaning[.]"``) and the capital after it."""


def _before_next_sentence(ctx: DocContext, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pieces`` cut at the closing mark of a quotation that ends a sentence, when the content
    runs on past it into the next one (``has built a coating[.]" Lee is …``: the parser did
    not end the sentence at the mark)."""
    text = ctx.text
    for index, (start, end) in enumerate(pieces):
        if '"' not in text[start:end] and "”" not in text[start:end]:
            continue
        for quotation in ctx.quotations:
            if quotation.close_mark is None or quotation.close_mark < start:
                continue
            if quotation.outer_end >= end:
                break
            inner_end = quotation.end
            back = 3 if text[inner_end - 3 : inner_end] == "[.]" else 1
            if quotation.start < inner_end and _SENTENCE_CLOSE.match(text, inner_end - back):
                return [*pieces[:index], (start, quotation.outer_end)]
    return pieces


def _without_connective(ctx: DocContext, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pieces`` without the writer's linking word opening them: ``However, she added, "A"``
    (a piece of its own), ``however, "A", he added`` (set off by a comma) and ``For example: "A"``
    keep A only; a quoted one (``"However," he said, "A"``) is the speaker's and stays."""
    start, end = pieces[0]
    found = _LEADING_CONNECTIVE.match(ctx.text, start, end)
    if found is None or found.group(1).lower() not in _CONNECTIVES or ctx.in_quote(found.start(1)):
        return pieces
    if found.end() >= end:
        return pieces[1:]
    return [(found.end(), end), *pieces[1:]]


_CLOSING_ASIDE = re.compile(r",[\"”’]?\s+(?:(according\s+to)\s[^\"“”,;]+|(for\s+)?([A-Za-z]+))[.!?]?$")
"""A comma (maybe with the quotation's closing mark) and what the writer adds after the claim:
"according to X", "for instance", "however"."""
_CLOSING_CONNECTIVES = words("closing_connectives")
_EARLIER_DEED = re.compile(r"\s*(?:—|–|--)\s*(having)\s+[a-z]+ed\b[^\"“”—–]*$")
"""A dash and a perfect participle that close a claim (``said she was qualified -- having
suggested in May that she was not``): the writer's account of what the speaker did before."""
_DASH_GLOSS = re.compile(r"(?:\s*[—–]\s*|\s+--?\s+)(an?)\s+[a-z](?:(?!\s--?\s)[^\"“”—–])*$")
"""A dash and a noun phrase with "a" that close a claim outside quotation marks (``said she was
pleased with the deal — a small win for the mayor``, ``said the fee would reach 4 percent --
a level last seen in 1990``): the writer's gloss on what was said, no part of it."""
_COMMA_GLOSS = re.compile(r",\s+(?:an?|another)\s+((?:[\w-]+\s+){0,3}[\w-]+)[^\"“”—–;]*$")
"""A comma and a noun phrase with "a" whose noun sums up a claim (lexicons/gloss_nouns.txt), at
the claim's end outside quotation marks: ``said the vote was rigged, a charge the board denied``."""
_GLOSS_NOUNS = words("gloss_nouns")
_AS_REPORTED = re.compile(r",[\"”’]?\s+as\s+[^,;\"“”]{1,60}?\s([a-z]+)[.!?]?$")
"""A comma and an "as" clause that close a claim (``said it was a fault, as some posts had
suggested``): another source the writer sets the claim beside, if its verb is a speech cue's."""
_REACTION = re.compile(r",[\"”’]?\s+which\s+([a-z]+)[^\"“”]*$")
"""A comma and a "which" clause after a claim's closing quotation mark (``said she had "never
taken a dime," which drew applause``): how the words were met, if its verb is a reaction's."""
_REACTION_VERBS = words("reaction_verbs")
_CLOSING_MARKS = frozenset({'"', "”", "'", "’"})


def _without_closing_aside(
    ctx: DocContext, pieces: list[tuple[int, int]], detector: str
) -> list[tuple[int, int]]:
    """``pieces`` without the writer's words that end them after a comma or a dash (a perfect
    participle: ``said she was ready -- having said in May she was not``; a noun phrase with "a":
    ``said he would win -- a bold claim``), outside quotation marks:
    ``said he would "fight it," for instance``, ``said the club made money, however`` (a linking
    word, lexicons/closing_connectives.txt) and ``said he was "happy" with it, according to the
    Times`` (the source the writer had it from: no part of what was said; the "according to"
    detector's own claims leave their tag out already)."""
    start, end = pieces[-1]
    text = ctx.text
    earlier = None
    if any(text.find(dash, start, end) >= 0 for dash in "-—–"):  # (both need one: most contents have none)
        earlier = _EARLIER_DEED.search(text, start, end) or _DASH_GLOSS.search(text, start, end)
    if earlier is not None and not ctx.in_quote(earlier.start(1)) and earlier.start() > start:
        return [*pieces[:-1], (start, earlier.start())]
    glossed = _comma_gloss(ctx, start, end)
    if glossed is None:
        glossed = _closing_source_or_reaction(ctx, start, end)
    if glossed is not None:
        return [*pieces[:-1], (start, glossed)]
    # no comma can follow the aside's own: it opens at the last comma, if anywhere
    comma = text.rfind(",", start, end)
    found = _CLOSING_ASIDE.match(text, comma, end) if comma >= 0 else None
    if found is None or ctx.in_quote(found.start(found.lastindex or 0)):
        return pieces
    if (
        detector == "according"
        if found.group(1) is not None
        else found.group(3).lower() not in _CLOSING_CONNECTIVES
    ):
        return pieces
    return [*pieces[:-1], (start, found.start())]


def _closing_source_or_reaction(ctx: DocContext, start: int, end: int) -> int | None:
    """Where a comma opens the writer's words that end the claim ending at ``end``: another source
    the claim is set beside (``, as some posts had suggested``: a speech cue's past form) or how
    quoted words were met (``," which drew applause``: lexicons/reaction_verbs.txt), outside
    quotation marks; None for any other clause (``, as it had in May``)."""
    text = ctx.text
    comma = text.rfind(",", start, end)
    if comma <= start or ctx.in_quote(comma + 2):
        return None
    found = _AS_REPORTED.match(text, comma, end)
    if found is not None:
        verb = ctx.char_span(found.start(1), found.end(1))
        if verb is not None and len(verb) == 1 and verb[0].tag_ in ("VBD", "VBN"):
            return comma if "speech" in ctx.lexicons.cues.token_frames(verb[0]) else None
        return None
    found = _REACTION.match(text, comma, end)
    quoted = text[comma + 1 : comma + 2] in _CLOSING_MARKS or text[comma - 1] in _CLOSING_MARKS
    if found is None or not quoted:
        return None  # (only right after the quotation: ',” which drew' or '”, which drew')
    verb = ctx.char_span(found.start(1), found.end(1))
    return comma if verb is not None and len(verb) == 1 and verb[0].lemma_ in _REACTION_VERBS else None


def _comma_gloss(ctx: DocContext, start: int, end: int) -> int | None:
    """Where a comma opens the writer's noun phrase summing up the claim that ends at ``end``
    (``, a charge the board denied``, ``, an admission her rivals seized on``: its noun in
    lexicons/gloss_nouns.txt, among the phrase's first four words), or None."""
    text = ctx.text
    at = text.find(", a", start, end)
    while at != -1:
        found = _COMMA_GLOSS.match(text, at, end)
        if (
            found is not None
            and at > start
            and not _GLOSS_NOUNS.isdisjoint(found.group(1).split())
            and not ctx.in_quote(at + 2)
        ):
            return at
        at = text.find(", a", at + 1, end)
    return None


_LATIN = [chr(code) for code in range(0xC0, 0x250)]
_CAPITALS = "A-Z" + "".join(c for c in _LATIN if c.isupper())
"""Capital letters, with the accented ones of Latin-1 and Latin Extended (``UMEÅ``, ``SÃO PAULO``,
``GDAŃSK``), as a character class's contents."""
_LETTERS = "A-Za-z" + "".join(c for c in _LATIN if c.isalpha())
"""Letters, with the accented ones of Latin-1 and Latin Extended, as a character class's contents."""
DATELINE = re.compile(
    r"(?:By [A-Z][^|\n]{1,60}\|[ \t]*)?"
    rf"[{_CAPITALS}][{_CAPITALS}.'’-]*(?:[ ,]+(?:[{_CAPITALS}][{_LETTERS}.'’-]*|\d{{1,2}}\b)){{0,4}}"
    r"(?:[ \t]*\([A-Za-z][A-Za-z .&'’-]{0,39}\))?"
    r"(?:[ \t]*(?:—|–|--)[ \t]*|[ \t]+-[ \t]+)(?=[A-Z\"“])"
)
"""A dateline: the place in capitals, a wire's credit in brackets perhaps, and a dash that open a
story (``DUNMORE, N.Y. — The …``, ``UMEÅ, Sweden - The …``, ``DUNMORE, Texas (AP) - The …``,
a date after the place: ``ROME, May 2 (Reuters) - The …``; a
hyphen set off by spaces as a dash: ``DUNMORE - The …``), after the byline perhaps (``By Ann Roe |
DUNMORE — The …``).  Only a match whose place (:func:`dateline_place`) is in capitals is one."""


BYLINE = re.compile(
    r"(?:By|BY):?[ \t]+(?:[A-Z][\w.'’-]*|and|&)(?:[ \t,]+(?:[A-Z][\w.'’-]*|and|&))*[ \t,]*(?=[|—–]|\Z)"
)
"""A byline opening a paragraph: ``By Ann Roe`` alone, or before a bar or a dash (``By Ann Roe
and Tom Lee | DUNMORE —``): capitalised words and ``and`` only."""


def in_byline(ctx: DocContext, char: int) -> bool:
    """Whether ``text[char]`` is in a paragraph's byline, the writer's name (``By Ada Obi | IKORO
    — …``): no one the story quotes or a pronoun of it stands for."""
    end = ctx.memo(_byline_ends).get(ctx.paragraph_index(char))
    return end is not None and char < end


def _byline_ends(ctx: DocContext) -> dict[int, int]:
    """Where the byline that opens a paragraph ends, by the paragraph's index (read once a document)."""
    text = ctx.text
    found = ((index, BYLINE.match(text, start, end)) for index, (start, end) in enumerate(ctx.paragraphs))
    return {index: match.end() for index, match in found if match is not None}


def dateline_at(text: str, start: int, end: int | None = None) -> re.Match[str] | None:
    """The dateline that opens ``text`` at ``start`` (before ``end``): a :data:`DATELINE` match whose
    place is in capitals (:func:`dateline_place`), else None.

    >>> dateline_at("ROME, May 2 (Reuters) - Prices rose.", 0).end(), dateline_at("A — The board met.", 0)
    (24, None)
    """
    found = DATELINE.match(text, start) if end is None else DATELINE.match(text, start, end)
    return found if found is not None and dateline_place(found) else None


def dateline_place(found: re.Match[str]) -> str:
    """The place's first word of a :data:`DATELINE` match, or ``""`` when it is not in capitals
    (``Lakeside, Ore. —``: no dateline) or a letter alone.

    >>> dateline_place(DATELINE.match("By Ann Roe | DUNMORE, Ore. — The board met."))
    'DUNMORE'
    >>> dateline_place(DATELINE.match("A — The board met."))
    ''
    """
    text = found.group(0)
    if text.startswith("By ") and "|" in text:
        text = text[text.index("|") + 1 :]
    place = text.split()[0].rstrip(",")
    return place if place.isupper() and len(place) > 1 else ""


def name_head(token: Token) -> Token:
    """The head word of the name ``token`` is in, past the compounds before it (``Ann`` of ``Ann
    Roe``: ``Roe``)."""
    while token.dep_ in ("compound", "flat") and token.head.i > token.i:
        token = token.head
    return token


_TIME_STAMP = re.compile(
    r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|[AP]M)?(?:\s+[A-Z]{2,4})?[ \t]*(?:—|–|--|-)[ \t]*(?=[A-Z\"“])"
)
"""A live blog's time stamp and a dash that open an update (``10:42 p.m. - Turnout reached …``)."""


def _without_dateline(ctx: DocContext, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pieces`` without the dateline that opens a story's first paragraph, when the content
    starts at the paragraph's start (``DUNMORE — Port traffic fell by half, according to …``),
    or the time stamp that opens a live blog's update (``10:42 p.m. - Turnout reached …``):
    where and when the writer filed it, no part of the claim."""
    start, end = pieces[0]
    if start > 0 and ctx.text[start - 1] != "\n":
        return pieces
    found = dateline_at(ctx.text, start, end) or _TIME_STAMP.match(ctx.text, start, end)
    if found is None:
        return pieces
    return [(found.end(), end), *pieces[1:]]


def _has_word(text: str) -> bool:
    return any(c.isalnum() for c in text)


def _balanced(ctx: DocContext, span: TextSpan) -> TextSpan:
    """A content that opened a quotation keeps its closing mark: ``the plan was "dead"``; one that
    opened a parenthesis keeps its closing one: ``winds of 30 mph (45 km/h)``."""
    end = span.end
    text = span.text
    if text.count("(") > text.count(")") and ctx.text[end : end + 1] == ")":
        span = ctx.span(span.start, end + 1)  # the parser left the ")" with the punctuation after it
        end, text = span.end, span.text
    opened = text.count("“") + text.count("«") + text.count("„") - text.count("”") - text.count("»")
    opened += text.count('"') % 2
    while opened > 0 and end < len(ctx.text) and ctx.text[end] in ".,;:!?…":
        end += 1  # "dead and buried." then the closing mark
    if opened > 0 and end < len(ctx.text) and ctx.text[end] in '"”»“':
        return ctx.span(span.start, end + 1)
    return span
