"""Where a reported claim starts and ends, once its clause is found.

How far the words go: on after a parenthetical tag up to a semicolon or a
colon, through a quotation left open or the ``but`` half of ``not only``,
with a subject the parser lost (``the council said the plan, cheaper than
the last, would pass``), a ``, with …`` detail, an infinitive or a
judgement; and what is left out: the audience told, a leading time word
(``told reporters yesterday the pier would reopen``), the tag itself.  The
contents of objects, topics, nominal cues (``voiced concern over the
delays``) and passives with an agent are cut here too.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable

from spacy.tokens import Span, Token

from ..context import DocContext
from ..cues import CueLexicon
from ..outlets import OUTLET_NOUNS
from ..people import DOCUMENT_NOUNS
from ..syntax import (
    PLATFORMS,
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    TELLING_SETTINGS,
    content_range,
    has_subject,
    is_finite,
)
from ..wordlists import words

_NOMINAL_OBJECTS = words("expressed_nouns")
"""``concern``, ``hope``: a noun voiced by a nominal cue (``lexicons/expressed_nouns.txt``)."""

_NOMINAL_PREPS = frozenset({"over", "about", "at", "for", "that", "in", "regarding", "on", "with"})

MIN_CONTENT_WORDS = 2

EVIDENTIAL_ADJECTIVES = words("evidential_adjectives")
"""``clear``, ``known``: an adjective that says a claim is evident, not whether it holds."""


def continuation(cues: CueLexicon, cue: Token) -> list[Token]:
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
    elif first.dep_ == "ccomp":
        # "It is no surprise, X said, that Y": the extraposed subject of "it" before the tag
        goes_on = first.left_edge.lower_ == "that" and extraposed_it(cue) is not None
    elif first.dep_ in ("xcomp", "appos"):
        # "would be examined, X said, to determine if …" (an infinitive of purpose);
        # "house six thousand lions, X report, a population larger than …" (a noun phrase on the content)
        goes_on = first.dep_ == "appos" or (first.left_edge.lower_ == "to" and first.left_edge.dep_ == "aux")
    else:
        # "including", "excluding"; "according to" names a source
        goes_on = first.dep_ == "prep" and (
            (first.tag_ == "VBG" and first.lower_ != "according") or _claims_place(first)
        )
    if not goes_on or "speech" in cues.token_frames(first):
        return []
    return [t for c in after if c.i >= first.left_edge.i for t in c.subtree]  # no leading "and"


def extraposed_it(cue: Token) -> Token | None:
    """The clause before a tag whose ``it`` a that-clause after the tag stands for (``It is no
    surprise``, ``It was clear``, in ``It is no surprise, X said, that Y``): a complement of the
    cue before it whose subject is ``it``, that opens the sentence and ends at the comma before the
    tag; None otherwise (``It was no secret: soon X declared that …`` is the writer's)."""
    subject = next((c for c in cue.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    doc = cue.doc
    for clause in cue.lefts:
        if clause.dep_ != "ccomp" or not any(
            g.dep_ in ("nsubj", "expl") and g.lower_ == "it" for g in clause.children
        ):
            continue
        start = clause.left_edge.i
        between = doc[clause.right_edge.i + 1 : subject.left_edge.i]
        opens = start == clause.sent.start or all(t.is_punct for t in doc[clause.sent.start : start])
        if (
            opens
            and all(t.is_punct for t in between)
            and any(t.text == "," for t in doc[start : subject.left_edge.i])
        ):
            return clause
    return None


_PLACE_PREPOSITIONS = frozenset(
    {"in", "on", "at", "near", "inside", "outside", "across", "along", "off", "into", "between", "within"}
)
_NOT_PLACES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL"})
_SPECIFYING = frozenset({"det", "nummod", "amod", "poss", "compound"})


def with_place(ctx: DocContext, cue: Token, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pieces`` with a place phrase the parser hung on an evidence cue right before or after the
    content: ``found in 36 states most of the people …``, ``showed the ship underway a few miles off
    the port``.  What a finding or a record shows holds there; a place is where it was found only
    for speech ("said in Paris"), which this is not called for."""
    text = ctx.text
    first, last = pieces[0], pieces[-1]
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.i < cue.i or not _claims_place(prep):
            continue
        start, end = prep.left_edge.idx, prep.right_edge.idx + len(prep.right_edge.text)
        if end <= first[0] and not text[end : first[0]].strip():
            first = (start, first[1])  # "found in 36 states most of …"
        elif start >= last[1] and not text[last[1] : start].strip():
            last = (last[0], end)  # "showed the ship underway a few miles off …"
    if len(pieces) == 1:
        return [(first[0], last[1])]
    return [first, *pieces[1:-1], last]


def _claims_place(prep: Token) -> bool:
    """Whether a phrase after a tag's closing comma says where the claim's event was (``The fire
    started, police said, in a kitchen on the third floor``): a place preposition with an object
    that is no date, time or amount (``, on Monday``: when it was told, maybe), no bare singular
    noun (``in detail``), no writing, outlet or
    platform and no setting of a telling (``, in an interview``: ``lexicons/telling_settings.txt``)."""
    if prep.lower_ not in _PLACE_PREPOSITIONS:
        return False
    thing = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if thing is None or thing.ent_type_ in _NOT_PLACES:
        return False
    if thing.tag_ == "NN" and not any(c.dep_ in _SPECIFYING for c in thing.children):
        return False  # "showed in detail how …": a bare singular noun is a manner, no place
    lemma = thing.lemma_.lower()
    return not (
        lemma in TELLING_SETTINGS
        or lemma in DOCUMENT_NOUNS
        or lemma in OUTLET_NOUNS
        or lemma in PLATFORMS
        or thing.ent_type_ == "ORG"
    )


_GAP_VERBS = frozenset({"be", "do", "have"})


def gapped_predicate(ctx: DocContext, pieces: list[tuple[int, int]]) -> bool:
    """Whether the claim ends on a verb whose predicate moved away (``far from where the records
    predicted it would be``, ``what he said it was``): a claim whose own verb, last, is an auxiliary,
    "be", "do" or "have" with nothing after it says nothing of its own."""
    span = ctx.char_span(*pieces[-1])
    if span is None:
        return False
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if not words:
        return False
    last = words[-1]
    if not (last.lemma_ in _GAP_VERBS or last.tag_ == "MD") or last.pos_ not in ("AUX", "VERB"):
        return False
    if last.i != span.root.i:
        return False  # "… as the great whites have had": a clause of its own that ends so, not the claim
    return not any(c.i > last.i and not c.is_punct for c in last.children)


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


def to_quotation_end(ctx: DocContext, piece: tuple[int, int]) -> tuple[int, int]:
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


def through_open_quotation(ctx: DocContext, cue: Token, piece: tuple[int, int]) -> tuple[int, int]:
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


def with_but_half(ctx: DocContext, piece: tuple[int, int]) -> tuple[int, int]:
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


def through_dangling_but(ctx: DocContext, cue: Token, piece: tuple[int, int]) -> tuple[int, int]:
    """``Results showed the birds circled at the same height but, over the lake, they did not slow
    down``: the parser made the half after "but" the sentence's verb and the cue its complement, so
    the content stopped at a "but" that joins nothing inside it.  The content goes on to the end of
    the sentence, whose verb the cue hangs on (not when it stops before the "but": ``denied A, but
    later he claimed B`` is two claims)."""
    if cue.dep_ != "ccomp":
        return piece
    span = ctx.char_span(*piece)
    if span is None:
        return piece
    verb = cue.head
    if (
        verb.i < span.end
        or verb.dep_ != "ROOT"
        or ctx.parse_sentence(verb.i)[0] != ctx.parse_sentence(span.start)[0]
    ):
        return piece
    dangling = any(
        t.dep_ == "cc"
        and t.lower_ in _CONTRASTS
        and span.start <= t.head.i < span.end
        and not any(c.dep_ == "conj" and c.i > t.i for c in t.head.children)
        for t in span
    )
    if not dangling:
        return piece
    last = verb.sent.end - 1
    while last > verb.i and verb.doc[last].is_punct and verb.doc[last].text not in _CLOSING:
        last -= 1
    end = verb.doc[last]
    return (piece[0], end.idx + len(end.text))


_CONTRASTS = frozenset({"but", "yet"})
_ADDING = frozenset({"and", "or"})
_CONDITIONS = frozenset({"because", "unless"})


def through_cue_adjunct(
    ctx: DocContext, cues: CueLexicon, cue: Token, piece: tuple[int, int]
) -> tuple[int, int]:
    """The content goes on through what ends the sentence that the parser hung on the cue but
    belongs to the claim: a phrase joined by "and"/"or" with no verb (``vowed to stay through
    May, and perhaps until June``), or a reason or condition (``said he was willing to "forgive a
    lot" - because he liked the work``, ``say they will strike - unless wages rise``): what the
    speaker vowed or said, not why or when they said it. Only right after the content, with only
    punctuation after it in the sentence."""
    span = ctx.char_span(*piece)
    if span is None or span.start <= cue.i:
        return piece
    rights = [c for c in cue.rights if c.i >= span.end and not (c.is_punct and c.text in ".!?")]
    if not rights:
        return piece
    last = rights[-1]
    sent_end = ctx.parse_sentence(cue.i)[1]
    if last.right_edge.i + 1 < sent_end and not all(
        t.is_punct or t.is_space for t in cue.doc[last.right_edge.i + 1 : sent_end]
    ):
        return piece
    between = cue.doc[span.end : last.left_edge.i]
    if any(not (t.is_quote or t.text in ",-–—") and t.lower_ not in _ADDING for t in between):
        return piece
    joined = any(t.lower_ in _ADDING for t in between) or last.left_edge.lower_ in _ADDING
    if joined and (
        last.dep_ == "prep" or (last.dep_ == "advmod" and any(c.dep_ == "prep" for c in last.children))
    ):
        if any(t.pos_ in ("VERB", "AUX") for t in last.subtree):
            return piece
    elif last.dep_ == "advcl" and not joined:
        mark = next((c for c in last.children if c.dep_ == "mark"), None)
        if (
            mark is None
            or mark.lower_ not in _CONDITIONS
            or any("speech" in cues.token_frames(t) for t in last.subtree)
        ):
            return piece
    else:
        return piece
    end = last.right_edge
    return (piece[0], end.idx + len(end.text))


def _quotation_starts(ctx: DocContext) -> list[int]:
    """Where the words of each of ``ctx.quotations`` start (they are in that order)."""
    return [quotation.start for quotation in ctx.quotations]


def past_colon(ctx: DocContext, cues: CueLexicon, piece: tuple[int, int]) -> tuple[int, int]:
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


_SERIES_MARK = re.compile(r"\s*;\s*(?:(?:and|or)\s+)?that\s", re.IGNORECASE)


def through_that_series(ctx: DocContext, piece: tuple[int, int]) -> tuple[int, int]:
    """``reported that A; that B; and that C``: reported clauses each opened by "that" and set
    off by semicolons are one series the cue reports (the parser ends the first at the
    semicolon).  The piece of a that-clause runs on over each such clause to the end of the
    sentence or the first semicolon that opens no "that"."""
    start, end = piece
    if not _SERIES_MARK.match(ctx.text, end):
        return piece
    words = ctx.doc.char_span(start, end, alignment_mode="expand")
    if words is None:
        return piece
    limit = ctx.sentences[ctx.sentence_index(words.start)].end_char
    while (series := _SERIES_MARK.match(ctx.text, end)) is not None and series.end() < limit:
        that = ctx.doc.char_span(series.end() - 5, series.end() - 1)
        if that is None or that[0].dep_ == "nsubj" or that[0].nbor().pos_ in ("VERB", "AUX"):
            break  # "said A; that was never going to happen": the writer's "that"
        semicolon = ctx.text.find(";", series.end(), limit)
        end = semicolon if semicolon >= 0 else limit
    while end > start and ctx.text[end - 1] in ".!? ":
        end -= 1
    return (start, end)


_TAG_WORDS = 3
"""At most this many words of description before a tag's speaker: ``…, newspaper The Hindu reported``."""


def own_object_past_colon(cue: Token, complement: Token, deps: dict[str, Token]) -> bool:
    """Whether a clause the parser hung on a later cue as its complement stands before a colon
    or semicolon that opens the cue's own sentence, and the cue has an object of its own."""
    if "dobj" not in deps or deps["dobj"].i < cue.i:
        return False
    doc = cue.doc
    return any(doc[i].text in (":", ";") for i in range(complement.right_edge.i + 1, cue.i))


def object_after(cue: Token, deps: dict[str, Token]) -> bool:
    """A cue with an object after it (``would have shown little diversity``) is no tag on the
    clause before it: a tag takes no object, bar its audience (``…, he told reporters``)."""
    obj = deps.get("dobj")
    return obj is not None and obj.left_edge.i == cue.i + 1 and cue.lemma_ != "tell"


def relative_pronoun(token: Token) -> bool:
    """``which``, ``who``, ``that`` opening a relative clause (not "what", which opens a claim)."""
    return token.lower_ in RELATIVE_PRONOUNS and token.tag_ in WH_TAGS


def after_semicolon(ctx: DocContext, cue: Token, tokens: Iterable[Token], after: bool = False) -> list[Token]:
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


def from_relative(cue: Token, words: list[Token]) -> list[Token]:
    """``A, a step whose rarity, the paper noted, showed B``: a tag set inside a relative clause
    speaks for that clause alone, even where the parser hung the tag on the
    sentence's verb; the words before the relative word go (a subject "which" or "who" too, as
    when the parser nests the tag).  Only when the relative word follows its antecedent noun and
    is the clause's subject, or "whose" and its noun are, right before the tag (its verb comes
    after the tag)."""
    doc = cue.doc
    relative = next((t for t in reversed(words) if t.i < cue.i and _relative_word(t)), None)
    if relative is None or relative.i == words[0].i or relative.i > cue.left_edge.i:
        return words
    if doc[relative.i - 1].pos_ not in ("NOUN", "PROPN"):
        return words  # "All of which, he said, would …": no antecedent noun right before it
    between = [t for t in doc[relative.i + 1 : cue.left_edge.i] if not t.is_punct]
    if relative.tag_ != "WP$" and between:
        return words  # "the thing that Lee most needs, aides said, is …": a whole clause before the tag
    if any(t.pos_ not in ("NOUN", "ADJ") for t in between):
        return words
    start = relative.i + (0 if relative.tag_ == "WP$" else 1)
    return [t for t in words if t.i >= start]


def _relative_word(token: Token) -> bool:
    return relative_pronoun(token) or (token.tag_ == "WP$" and token.lower_ == "whose")


def tag_past_semicolon(ctx: DocContext, cue: Token, children: list[Token]) -> bool:
    """``A; B, officials said, C``: a tag set inside the clause after a semicolon, which the parser
    made that clause's aside while taking the clause before the semicolon for the cue's complement.
    The tag speaks for the clause it interrupts (read as a parenthetical), not the writer's A."""
    if cue.dep_ != "parataxis" or cue.head.i < cue.i:
        return False
    clauses = [c for c in children if c.dep_ == "ccomp" and c.i < cue.i]
    if not clauses or ";" not in ctx.text[clauses[0].idx : cue.idx]:
        return False
    end = max(c.right_edge.i for c in clauses)
    return any(t.text == ";" and not ctx.token_quoted(t) for t in cue.doc[end + 1 : cue.i])


def past_closed_quotation(ctx: DocContext, cue: Token, clause: Token) -> bool:
    """``X told the press, "A[.]" B``: a quotation the cue introduced ends its sentence between
    the cue and the clause after it, which is the writer's next sentence run into the tag's by the
    parser, not the cue's complement."""
    first = clause.left_edge.idx
    if not ctx.quotations:
        return False
    at = bisect.bisect_left(ctx.memo(_quotation_starts), cue.idx)
    for quotation in ctx.quotations[at:]:
        if quotation.outer_start < cue.idx:
            continue
        if quotation.outer_end > first:
            return False
        inner = ctx.text[quotation.start : quotation.end].rstrip().rstrip("]")
        if inner[-1:] in ".!?" and not ctx.text[quotation.outer_end : first].strip():
            return True
    return False


def past_semicolon(ctx: DocContext, cue: Token, clause: Token) -> bool:
    """Whether a semicolon outside quotation marks stands between the cue and the clause after it."""
    first = clause.left_edge
    if ";" not in ctx.text[cue.idx : first.idx]:
        return False  # the usual case, read off the text: no Token built for each word between
    return any(t.text == ";" and not ctx.token_quoted(t) for t in cue.doc[cue.i + 1 : first.i])


def tag_words(cue: Token) -> list[Token]:
    """The words of a parenthetical tag (``, says the study,``): the cue's phrase, less a clause
    the parser hung on it from before (``Because A, says the study, B``: A is the claim's) and
    whatever it hung on it before the tag's subject (``…; B, officials said, C``: B is)."""
    before = {t.i for c in cue.lefts if c.dep_ == "advcl" for t in c.subtree}
    subject = next((c for c in cue.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None:  # "A; B, officials said, C": what the parser hung on it before its subject is B
        start = subject.left_edge.i
        before |= {
            t.i for c in cue.lefts if c.i < start for t in c.subtree if t.i < start - 1 or not t.is_punct
        }
    return [t for t in cue.subtree if t.i not in before]


_TOPIC_PREPOSITIONS = frozenset({"of", "on", "about", "regarding", "concerning"})
_SETTING_PREPOSITIONS = frozenset({"in", "at", "during"})


def without_framing(ctx: DocContext, cue: Token, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pieces`` without a phrase the writer opens the sentence with before a parenthetical tag
    that a quotation follows: its topic (``Of the fuss over the parade, she said, "It is a little
    much."``) or where it was said (``In a statement, the firm said, "…"``; lexicons/
    telling_settings.txt, document_nouns.txt), a prepositional phrase outside quotation marks. Other
    phrases stay (``In most cases, it said, "…"``: the speaker's restriction)."""
    if len(pieces) < 2 or pieces[0][1] > cue.idx or not ctx.in_quote(pieces[1][0]):
        return pieces
    start, end = pieces[0]
    if ctx.in_quote(start) or _QUOTE_MARKS.search(ctx.text, start, end):
        return pieces
    words = ctx.char_span(start, end)
    if words is None:
        return pieces
    roots = [t for t in words if not words.start <= t.head.i < words.end]
    if len(roots) != 1 or roots[0].dep_ != "prep":
        return pieces
    preposition = roots[0].lower_
    if preposition in _TOPIC_PREPOSITIONS:
        return pieces[1:]
    if preposition in _SETTING_PREPOSITIONS and any(
        c.dep_ == "pobj" and (c.lemma_ in TELLING_SETTINGS or c.lemma_ in DOCUMENT_NOUNS)
        for c in roots[0].children
    ):
        return pieces[1:]
    return pieces


def before_tag(cue: Token, tokens: list[Token]) -> list[Token]:
    """A content before its tag (``A, newspaper X reported``) ends at the comma that opens the tag,
    even when the parser ran a word of the tag into the content."""
    subject = next((c for c in cue.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return tokens
    doc = cue.doc
    start = subject.left_edge.i
    i = start - 1
    while (
        i >= 0
        and start - i <= _TAG_WORDS
        and (doc[i].pos_ in ("NOUN", "PROPN", "ADJ", "DET") or _gerund_modifier(doc[i]))
    ):
        i -= 1
    if i < 0 or i == start - 1 or doc[i].text != ",":
        return tokens
    return [t for t in tokens if t.i < i]


def _gerund_modifier(word: Token) -> bool:
    """``wrestling promotion X announced``, ``polling firm X found``: a bare -ing word right before a
    noun of the tag modifies that noun, however the parser hung it."""
    return (
        word.tag_ == "VBG"
        and word.n_lefts + word.n_rights == 0
        and word.i + 1 < len(word.doc)
        and word.nbor().pos_ in ("NOUN", "PROPN")
    )


def with_split_subject(cue: Token, complement: Token, tokens: list[Token]) -> list[Token]:
    """``said hundreds of ABC (Acme Brigade) fighters escaped``: a parenthesis inside the subject's
    phrase made the parser take its first half for the cue's object; a bare subject right after the
    closing bracket gets that half back."""
    subject = next((c for c in complement.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i != subject.i:
        return tokens
    obj = next((c for c in cue.rights if c.dep_ == "dobj" and c.i < subject.i), None)
    if obj is None or obj.left_edge.i != cue.i + 1:
        return tokens
    between = cue.doc[obj.right_edge.i + 1 : subject.i]
    if not between or any(t.text not in (")", "]") for t in between):
        return tokens
    if not tokens or tokens[0].i < between.start or tokens[0].i > subject.i:
        return tokens
    return [*obj.subtree, *between, *(t for t in tokens if t.i >= subject.i)]


_SO = frozenset({"so"})

_RESULT_MARKS = frozenset({"so", "because"})


def with_result_clause(cue: Token, tokens: list[Token]) -> list[Token]:
    """``said it would be "a condition of travel" so the public should use "…"``: a clause marked
    "so" that the parser hung on the cue, or "so" or "because" on the verb whose infinitive the
    cue is (``went on to say A because B``), right after the content (no comma between, a
    closing quotation mark aside) goes on with the claim."""
    if not tokens:
        return tokens
    end = max(t.i for t in tokens)
    doc = cue.doc
    hosts = [(cue, _SO)]
    if cue.dep_ in ("xcomp", "advcl") and cue.head.i < cue.i and any(c.dep_ == "aux" for c in cue.lefts):
        hosts.append((cue.head, _RESULT_MARKS))  # "went on to say A because B": B hung on "went"
    marked = (
        (c, c.left_edge.i + (1 if c.left_edge.is_quote else 0), marks)
        for host, marks in hosts
        for c in host.rights
        if c.i > end and c.dep_ in ("ccomp", "advcl") and c.left_edge.i > end
    )
    # the first clause so marked; clauses before it the parser split off the quotation
    child, start = next(
        ((c, i) for c, i, marks in marked if doc[i].lower_ in marks and doc[i].dep_ == "mark"), (None, 0)
    )
    if child is None:
        return tokens
    gap = doc[end + 1 : start]
    if any(t.is_punct and not (t.is_quote or t.is_bracket or t.text in ("...", "…")) for t in gap):
        return tokens  # "said A, so B": the writer's own consequence
    return [*tokens, *gap, *child.subtree]


def with_lost_subject(cue: Token, complement: Token, tokens: list[Token]) -> list[Token]:
    """``reported three malls were damaged``: when the complement has no subject and the parser
    made the noun before it the cue's object (or an adverb of it), that noun is the complement's
    subject, with any phrase the parser hung on the cue between them (``reported the studio, due
    to the storm, has …``)."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in complement.children):
        return tokens
    if not is_finite(complement):
        return tokens
    obj = next((c for c in cue.rights if _lost_subject(c) and c.i < complement.i), None)
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


def _lost_subject(child: Token) -> bool:
    """A noun the parser hung on the cue that may be its complement's subject: its object, or a
    noun it took for an adverb, no bare time or date (``said the days when … are gone``)."""
    if child.dep_ == "dobj":
        return True
    return (
        child.dep_ == "npadvmod"
        and child.pos_ in ("NOUN", "PROPN")
        and (
            any(c.dep_ == "relcl" for c in child.children)  # "the days when …": more than a date
            or not any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree)
        )
    )


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


def with_subject_after_outlet(
    ctx: DocContext, cue: Token, complement: Token, tokens: list[Token]
) -> list[Token]:
    """``told MSNBC Lee "was a great man"``: the parser ran the outlet told and the clause's
    subject into one name, the cue's object, and left the clause without a subject; the words
    after the outlet's name are the subject.  Only for "tell", an object right before the clause
    and an outlet's name (``lexicons/outlets.txt``) that opens it with a name after; or, when the
    object's head is a common noun, a named entity that opens it with lower-case words after
    (``told The Daily Post ferry crews were …``: "ferry crews" is the subject)."""
    if cue.lemma_ != "tell" or complement.i < cue.i or not is_finite(complement):
        return tokens
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in complement.children):
        return tokens
    told = next((c for c in cue.rights if c.dep_ == "dobj" and c.i < complement.i), None)
    if told is None or told.pos_ not in ("PROPN", "NOUN") or told.right_edge.i + 1 != complement.left_edge.i:
        return tokens
    words = list(told.subtree)
    for cut in range(len(words) - 1, 0, -1):
        name = " ".join(t.text for t in words[:cut])
        if name in ctx.lexicons.outlets and all(t.pos_ == "PROPN" for t in words[cut:]):
            return [*words[cut:], *tokens]
    if told.pos_ == "NOUN" and (after := _after_addressee(words)) is not None:
        return [*words[after:], *tokens]  # "told The Daily Post ferry crews were …"
    return tokens


def _after_addressee(words: list[Token]) -> int | None:
    """Where the lower-case words after a name that opens ``words`` start (``ferry crews``
    after ``The Daily Post``), when the name is one the entity recogniser closed there; else None."""
    at = 1 if words[0].lower_ == "the" else 0
    cut = at
    while cut < len(words) and words[cut].pos_ == "PROPN":
        cut += 1
    if cut == at or cut == len(words) or not all(t.is_lower for t in words[cut:]):
        return None
    named = words[cut - 1]
    if named.ent_type_ not in _AUDIENCE_ENTITIES or words[cut].ent_iob_ == "I":
        return None
    return cut


WH_TAGS = frozenset({"WDT", "WP"})
"""A relative or wh-pronoun the parser makes the subject of what was said: "which officials said will …"."""


_REFLEXIVES = frozenset({"himself", "herself", "themselves", "myself", "ourselves", "itself"})


def name_given(cue: Token, deps: dict[str, Token]) -> Token | None:
    """What the object was called: ``called the plan a disaster``, ``described the plan as a disaster``,
    ``called the plan "reckless and unfair"`` (a quoted adjective the parser made the noun's)."""
    if "oprd" in deps:
        return deps["oprd"]
    obj = deps["dobj"]
    as_ = next((c for c in cue.rights if c.i > obj.i and c.dep_ == "prep" and c.lower_ == "as"), None)
    named = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None
    if named is not None and obj.lower_ in _REFLEXIVES and named.pos_ == "PROPN" and not named.n_lefts:
        return None  # "identified himself only as Ali": the name someone goes by, no claim
    if as_ is not None or cue.lemma_ != "call":
        return as_
    # 'calling the deals "fair and lawful"', 'called the bill "a disaster"', 'called the plan
    # "rushed"': the parser hung the quoted words on the noun (an adjective, an apposition, a participle)
    return next(
        (
            c
            for c in obj.rights
            if c.dep_ in ("amod", "appos", "acl")
            and c.left_edge.i <= obj.i + 2
            and obj.nbor(1).is_quote
            and obj.nbor(1).is_left_punct
        ),
        None,
    )


def named_words(obj: Token, name: Token, scope: list[Token]) -> list[Token]:
    """The object and what it was called (``described the plan as a disaster``); when the one
    named is the speaker (a reflexive object) and the tag's own words come between
    (``describes himself on his blog as a lifelong sailor``), what the speaker was called only:
    the claim is the description, and the content no longer opens inside the tag."""
    words = [*obj.subtree, *name.subtree, *scope]
    if not obj.lower_.endswith(("self", "selves")) or not any(
        t.dep_ == "prep" for t in obj.doc[obj.right_edge.i + 1 : name.left_edge.i]
    ):
        return words
    return [t for t in [*name.subtree, *scope] if not (t.i == name.i and name.dep_ == "prep")]


def with_gapped_pair(cue: Token, name: Token, words: list[Token]) -> list[Token]:
    """``words`` with a second object and what it was called after "and", the verb left out
    (``cast herself as a reformer and Lee as a keeper of the old ways``: the parser joins "Lee"
    to "reformer" and hangs the second "as" on the cue, right after it)."""
    if name.dep_ != "prep" or not words:
        return words
    end = max(t.i for t in words)
    second = next(
        (c for c in cue.rights if c.i > name.i and c.dep_ == "prep" and c.lower_ == name.lower_), None
    )
    if second is None or second.left_edge.i != end + 1 or cue.doc[end].dep_ != "conj":
        return words
    return [*words, *second.subtree]


def without_participle_tail(tokens: list[Token]) -> list[Token]:
    """``tokens`` of a name or an intention without a present participle after a comma that ends
    them outside quotation marks, with no subject of its own (``called Lee the "ultimate fraud,"
    linking to an article about …``, ``vowed to build "a big stadium," leaving the town excited …``):
    what the speaker did or brought about besides, the writer's account, no part of the claim (not
    a list: ``to charge him with two crimes, including fraud, lying and …``)."""
    if len(tokens) < 4:
        return tokens
    inside = {t.i for t in tokens}
    last = max(inside)
    doc = tokens[0].doc
    for comma in tokens:
        if comma.text != "," or comma.i + 2 > last:
            continue
        if doc[comma.i - 1].lower_ == "including" or doc[comma.i - 2].lower_ == "including":
            break  # "three crimes, including fraud, violating a code …": a list goes on
        word = doc[comma.i + 1]
        if word.is_quote:
            word = doc[comma.i + 2]  # '"the ultimate fraud," linking …': past the closing mark
        if (
            word.i in inside
            and word.tag_ == "VBG"
            and word.dep_ in ("acl", "advcl")
            and word.right_edge.i >= last - 1
            and not any(c.dep_ in ("nsubj", "nsubjpass", "conj", "cc") for c in word.children)
            and not any(t.is_quote or (t.dep_ == "conj" and t.tag_ == "VBG") for t in doc[word.i : last + 1])
        ):
            return [t for t in tokens if t.i < comma.i]
    return tokens


def degree_scope(cue: Token, name: Token) -> list[Token]:
    """``called the drought the worst in a century``, ``called the law “much better” than the
    last``: the phrase right after a superlative or a comparative the object was called (past a
    closing quotation mark) says among what it is the worst, or than what it is better; the
    parser hangs it on the cue."""
    if name.tag_ in ("JJS", "RBS") or any(c.tag_ in ("JJS", "RBS") for c in name.children):
        scopes = _SCOPES
    elif name.tag_ in ("JJR", "RBR") or any(c.tag_ in ("JJR", "RBR") for c in name.children):
        scopes = _THAN
    else:
        return []
    end = name.right_edge.i + 1
    doc = cue.doc
    while end < len(doc) and doc[end].is_quote and doc[end].is_punct:
        end += 1
    scope = next(
        (
            c
            for c in cue.rights
            if c.left_edge.i == end
            and c.left_edge.lower_ in scopes
            and (c.dep_ == "prep" or (c.dep_ == "advcl" and c.left_edge.dep_ == "mark"))
        ),
        None,
    )  # ("than Keep Streets Clean" may be read as a clause, "than" its mark)
    return list(scope.subtree) if scope is not None else []


_THAN = frozenset({"than"})
_SCOPES = frozenset({"in", "of", "among", "since"})


def as_pieces(span: tuple[int, int] | None) -> list[tuple[int, int]] | None:
    return [span] if span is not None else None


def cue_topic(cues: CueLexicon, cue: Token) -> Token | None:
    """``called for a recount``: the object of the cue's own preposition.  Not that of a verb that
    sends its direct object on (``referred them to the full council``; ``lexicons/referral_verbs.txt``)."""
    for child in cue.rights:
        if child.dep_ == "prep" and "topic" in cues.frames(f"{cue.lemma_} {child.lower_}"):
            if cue.lemma_.lower() in _REFERRAL_VERBS and any(
                c.dep_ == "dobj" and c.i < child.i for c in cue.children
            ):
                return None
            return next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
    return None


_REFERRAL_VERBS = words("referral_verbs")


_OBJECT_PREPS = frozenset({"of", "for", "as", "against", "over"})


def object_words(cue: Token, obj: Token) -> list[Token]:
    """``criticised the council for its charges``: the object and the phrase that says why or as what.

    Phrases the parser hangs on the cue right after an object of two words or
    more are the object's too (``cited his endorsements from 88 generals``),
    up to a date or time or a phrase that holds a clause (``after reading it``); a "since" phrase
    after a counted object is the span of the count (``reports sixteen deaths since 2015``).
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
            if child.lower_ == "since" and any(c.dep_ == "nummod" for c in obj.children):
                tokens += child.subtree  # "reports sixteen deaths since 2015": the span of the count
                end = child.right_edge.i
                continue
            if any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree) or (
                child.dep_ == "prep" and circumstance(child)
            ):
                break
            tokens += child.subtree
            end = child.right_edge.i
    return with_infinitive(cue, tokens)


def with_detail(cue: Token, tokens: list[Token]) -> list[Token]:
    """``warned of flash floods, with up to 30 inches of rain in the north``: a "with" phrase
    the parser hung on the cue after a comma that closes the object, with no verb in it, ends
    the sentence with a detail of that object (not "…, with officials reporting …", a clause)."""
    if not tokens:
        return tokens
    end = max(t.i for t in tokens)
    doc = cue.doc
    rights = [c for c in cue.rights if not (c.dep_ == "punct" and c.text in ".!?")]
    including = next(
        (c for c in rights if c.i == end + 2 and c.dep_ == "prep" and c.lower_ == "including"), None
    )
    if including is not None and doc[end + 1].text == ",":
        # "reported more cases, including 165 in the day before the shutdown began": the rest of the
        # sentence, whatever the parser hung it on, details the object
        rest = [t for c in rights if c.i >= including.i for t in c.subtree]
        if not any(t.i > including.i and t.text in ";:" for t in rest):
            return [*tokens, *rest]
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


def with_as(cue: Token, tokens: list[Token]) -> list[Token]:
    """``referred to the plan as "a disaster"``: what the topic was called goes with it."""
    end = max(t.i for t in tokens)
    for child in cue.rights:
        if child.i > end and child.dep_ == "prep" and child.lower_ == "as":
            return [*tokens, *child.subtree]
    return tokens


def with_infinitive(cue: Token, tokens: list[Token]) -> list[Token]:
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


def infinitive(cue: Token, deps: dict[str, Token]) -> list[Token]:
    """``vowed to cut taxes`` / ``wants voters to stay home``: object and infinitive."""
    tokens = infinitive_words(deps["xcomp"])
    obj = deps.get("dobj")
    if obj is not None and obj.i < deps["xcomp"].i:
        tokens = [*obj.subtree, *tokens]
    return tokens


_TENSED = frozenset({"VBD", "VBZ"})


def infinitive_words(verb: Token) -> list[Token]:
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


_AUDIENCE_ENTITIES = frozenset({"ORG", "PERSON", "NORP", "GPE"})


def without_audience(ctx: DocContext, cue: Token, clause: Token, tokens: list[Token]) -> list[Token]:
    """``told news agency AFP safety rules had been followed``: the one told, whose name the
    parser ran into the reported clause's subject, is no part of the content.

    Only for "tell", when the subject's phrase opens right after the cue (or after its object)
    with an outlet's name (after "agency", "network" ...) that a lower-case word of the subject
    follows; "told reporters Microsoft shares would fall" keeps "Microsoft".  With no object, an
    outlet's name (``lexicons/outlets.txt``) that opens the subject's phrase with a name after it is
    the one told (``told NPR Jane Roe had resigned …``, ``told Agence France-Presse prices have
    risen …``), and so is a named entity that opens a common noun's phrase with lower-case words
    after it (``told The Daily Post ferry crews were …``).
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
    if (
        told is None
        and (outlet := _outlet_opening(ctx, doc[subject.left_edge.i : subject.i + 1])) is not None
    ):
        return [t for t in tokens if t.i > outlet]  # "told NPR Jane Roe had resigned …"
    if told is None and subject.pos_ == "NOUN":
        words = list(doc[subject.left_edge.i : subject.i + 1])
        if (cut := _after_addressee(words)) is not None:
            return [t for t in tokens if t.i >= words[cut].i]  # "told The Daily Post radio broadcasts …"
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


def _outlet_opening(ctx: DocContext, words: Span) -> int | None:
    """The last index of an outlet's name that opens ``words`` (``NPR`` in ``NPR Jane Roe``) when a
    proper name or a lower-case word follows it (``Agence France-Presse prices``), or None."""
    for cut in range(len(words) - 1, 0, -1):
        head = words[:cut]
        after = words[cut]
        if not (after.pos_ == "PROPN" or (after.is_lower and after.is_alpha)) or head[-1].pos_ != "PROPN":
            continue
        name = head.text[4:] if head[0].lower_ == "the" else head.text
        if name in ctx.lexicons.outlets:
            return head[-1].i
    return None


_TIME_WORDS = frozenset({"earlier", "later", "yesterday", "today", "tonight", "previously", "recently"})


def _dating(word: Token) -> bool:
    """``on`` in ``said on Monday they …``: a preposition whose object is a named date or a time
    (not ``on a bad day``, which may be the claim's own)."""
    return (
        word.dep_ == "prep"
        and word.lower_ in _DATING_PREPOSITIONS
        and any(
            c.dep_ == "pobj" and c.pos_ in ("PROPN", "NUM") and c.ent_type_ in ("DATE", "TIME")
            for c in word.children
        )
    )


_DATING_PREPOSITIONS = frozenset({"on", "at"})


def without_leading_time(clause: Token, tokens: list[Token]) -> list[Token]:
    """``said earlier he might go``, ``said at a press conference yesterday morning the laws …``,
    ``said on Monday they believe …``: a time right after the cue, before the clause's subject and
    with no "that" before it, tells when the cue was said; the parser hung it on the clause."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None or not tokens or tokens[0].i >= subject.left_edge.i:
        return tokens
    lead = [t for t in tokens if t.i < subject.left_edge.i]
    timely = all(
        t.ent_type_ in ("DATE", "TIME") or t.lower_ in _TIME_WORDS or t.is_punct or _dating(t) for t in lead
    )
    if not timely or not any(t.lower_ in _TIME_WORDS or t.ent_type_ for t in lead):
        return tokens
    return [t for t in tokens if t.i >= subject.left_edge.i]


def with_hyphened_rest(cue: Token, tokens: list[Token]) -> list[Token]:
    """``said her client was co-operating fully``: the parser split a hyphened word of the clause
    into clauses of the cue's own (``co``, ``-``, ``operating``), and the clause stopped at its first
    piece; it goes on through the word's other pieces and what hangs on them.

    Only pieces written with no space between them, each hung on the cue (or on a word after the
    clause that is); anything else ends the clause where it ended.
    """
    if not tokens:
        return tokens
    doc = cue.doc
    end = max(t.i for t in tokens)
    more: list[Token] = []
    while end + 1 < len(doc) and not doc[end].whitespace_ and "-" in (doc[end].text, doc[end + 1].text):
        piece = doc[end + 1]
        while piece.head.i != cue.i and piece.head.i > end and piece.head.i != piece.i:
            piece = piece.head  # ("the re-sit would be costly": "sit" is the subject of "be")
        if piece.head.i != cue.i or piece.i < end + 1 or piece.left_edge.i != end + 1:
            break
        more.extend(piece.subtree)
        end = piece.right_edge.i
    return [*tokens, *more] if more else tokens


def without_leading_only(tokens: list[Token]) -> list[Token]:
    """``said only that talks were continuing``, ``said only it would appeal``: "only" after the cue
    says how little was said, the writer's word; the claim starts after it (and its "that")."""
    first = tokens[0] if tokens else None
    if len(tokens) < 3 or first is None or first.lower_ != "only" or first.dep_ != "advmod":
        return tokens
    if first.head.pos_ not in ("VERB", "AUX"):
        return tokens  # "said only one thing mattered": "only" of the claim's own words
    rest = tokens[1:]
    if rest[0].lower_ == "that" and rest[0].dep_ == "mark":
        rest = rest[1:]
    return rest


def without_leading_participle(cue: Token, clause: Token, tokens: list[Token]) -> list[Token]:
    """``reported, citing university data, there were …``: a participle clause set between
    commas right after the cue, before the clause's subject, tells how the cue was said (the
    parser hung it on the clause); the claim starts after it."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None or not tokens or tokens[0].i >= subject.left_edge.i:
        return tokens
    doc = clause.doc
    aside = next(
        (
            c
            for c in clause.lefts
            if c.dep_ == "advcl" and c.tag_ == "VBG" and c.left_edge.i < subject.left_edge.i
        ),
        None,
    )
    if aside is None or aside.left_edge.i != aside.i or not (cue.i < aside.i <= cue.i + 2):
        return tokens
    if any(not doc[i].is_punct for i in range(cue.i + 1, aside.i)) or has_subject(aside):
        return tokens
    comma = aside.right_edge.i + 1
    if comma >= subject.left_edge.i or doc[comma].text != "," or comma + 1 != subject.left_edge.i:
        return tokens
    return [t for t in tokens if t.i > comma]


def with_judgement(cue: Token, clause: Token, tokens: list[Token] | None = None) -> list[Token]:
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


def passive_content(cue: Token, deps: dict[str, Token]) -> list[tuple[int, int]] | None:
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


def nominal_content(cue: Token, obj: Token) -> list[tuple[int, int]] | None:
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
                return as_pieces(span)
    return None
