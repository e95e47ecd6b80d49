"""``According to X, CLAIM`` and ``CLAIM, according to X``.

Read from the surface (commas and relative pronouns), which is sturdier
than a small model's parse of these long sentences.  A source that cites
another (``According to AFP, which cited an unnamed official, …``) gives
the inner source as speaker and the chain ``(AFP, the official)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from ..acts import ActLexicon, source_head
from ..context import DocContext
from ..model import Attribution, Speaker, SpeakerKind, TextSpan
from ..people import DOCUMENT_NOUNS, ROLE_NOUNS, joint_name
from ..syntax import (
    FINITE_TAGS,
    RELATIVE_PRONOUNS,
    SOURCE_ENTITIES,
    can_speak,
    has_subject,
    is_dash,
    make,
    relative_clause_end,
    speaker_kind,
    without_trailing_aside,
    writing_owner,
)
from ..wordlists import words
from .base import Detector

_CUE = re.compile(r"a(?<!\w.)(?:ccording to|s (?:reported|stated) by)\b", re.IGNORECASE)
"""``according to``, ``as reported by``, ``as stated by``, whole words in any case.  The word boundary
before them is tested after the literal "a" (``\\b`` first would keep ``re`` from skipping fast to
each "a"), which halves the scan of a text."""
_IN = get_string_id("in")
_CITING = frozenset({"cite", "quote"})
_JOINABLE = frozenset({SpeakerKind.ORGANIZATION, SpeakerKind.PERSON, SpeakerKind.OUTLET, SpeakerKind.GROUP})
_CLAUSE_END = frozenset({",", ";", ":", ".", "!", "?", "—", "–", "(", ")"})


class AccordingToDetector(Detector):
    """Claims attributed with "according to" (and "citing"/"as reported by")."""

    name = "according"
    nests_sources = True

    def detect(self, ctx: DocContext) -> Iterator[Attribution]:
        for match in _CUE.finditer(ctx.text):
            cue = ctx.doc.char_span(match.start(), match.end())
            if cue is None or ctx.token_quoted(cue[0]):
                continue
            if _aside_to_a_report(ctx, cue):
                continue
            sent = ctx.sentences[ctx.sentence_index(cue.start)]
            yield from self._attribution(ctx, sent, cue)
        for sent in ctx.sentences_opening_with(_IN):
            cue = _in_a_document(ctx, sent)
            if cue is not None:
                yield from self._attribution(ctx, sent, cue)

    def _attribution(self, ctx: DocContext, sent: Span, cue: Span) -> Iterator[Attribution]:
        tokens = list(sent)
        offset = sent.start
        first = cue.start - offset
        after = cue.end - offset
        # the source runs to the next clause boundary
        stop = after
        while stop < len(tokens) and tokens[stop].text not in _CLAUSE_END and not is_dash(tokens[stop]):
            stop += 1  # (a spaced hyphen too: "according to X - half a point of …" ends X)
        stop = _past_date_comma(tokens, stop)
        amount = _amount_start(tokens, after, stop)
        clause = _clause_start(tokens, after, stop)
        if clause is not None and (amount is None or clause[0] < amount):
            amount = clause[0]
        if amount is not None:
            stop = amount
        if stop == after:
            return
        source_tokens = _without_trailing_date(tokens[after:stop])
        # a clause of its own before a semicolon is the writer's: "A; according to X, B"
        lead_start = first if first and tokens[first - 1].text == ";" else 0
        if not lead_start:  # "A; B according to X": B only, unless B goes on from A ("A; and B", "A; it B")
            semicolon = next((i for i in range(first - 1, 0, -1) if tokens[i].text == ";"), None)
            if semicolon is not None and tokens[semicolon + 1].pos_ not in ("CCONJ", "PRON"):
                lead_start = semicolon + 1
        lead = [
            t for t in tokens[lead_start:first] if not (t.is_punct or t.pos_ in ("CCONJ", "ADV", "SCONJ"))
        ]
        if clause is not None and clause[0] == amount:
            resume = clause[1]  # "according to the ministry he died …", "… to CNN who reported that …"
        elif amount is not None:
            resume = stop  # "according to the Times about 100 miles from …": no comma ends the source
        elif (aside := _dash_aside_end(tokens, stop)) is not None:
            resume = aside  # "according to X — a think tank in Ohio — A": the aside describes X
        else:
            stop = _past_brackets(tokens, stop)
            resume = _source_end(tokens, relative_clause_end(tokens, stop), cue[0] if not lead else None)
        relative = tokens[stop:resume]
        source_tokens = _named(tokens, stop, resume, source_tokens)
        tail = tokens[resume:]
        pieces: list[tuple[int, int]] = []
        if lead and tail and _new_clause_after_conjunction(tokens, first, tail):
            lead = []  # "A specified no cause, but, according to X, B had surgery": A is the writer's
        elif lead and tail and _last_conjunct(tokens, first, tail):
            lead = []  # "The militia is largely rural and, according to Ardania, supportive of the rebels"
            if (subject := _conjunct_subject(tokens, first)) is not None:
                pieces.append(subject)  # "The militia is … supportive of the rebels": whom it is said of
        elif lead and tail and (shared := _verb_conjunct(tokens, first, tail)) is not None:
            lead = []  # "The firm cut its prices and, according to analysts, won back customers"
            if (subject := _conjunct_subject(tokens, first, shared)) is not None:
                pieces.append(subject)  # "The firm … won back customers"
        subordinate = False
        if lead and tail and _closed_subordinate(tokens, lead_start, first, tail):
            lead = []  # "While A, according to X B": the tag opens the main clause, B
        if lead:
            while tokens[lead_start].dep_ == "mark" and tokens[lead_start].pos_ == "SCONJ":
                lead_start += 1  # "Although prices rose according to X, sales held": the clause
                subordinate = True  # and the main clause after it is the writer's
            pieces.append((tokens[lead_start].idx, tokens[first].idx))
        if lead and tail and stop < len(tokens) and is_dash(tokens[stop]):
            tail = []  # "A, according to X - half a point of B": what the dash goes on with is the writer's
        if lead and tail and tail[0].text == ";":
            tail = []  # "A, according to X; B": the semicolon ends the tagged clause, B is the writer's
        if lead and tail and _rest_of_the_sources_clause(relative, tail):
            tail = []  # "A according to X's report, which counted 21 hurt in B, 36 in C": the report's list
        if lead and tail and _closes_a_relative(tokens, lead_start, first, tail):
            tail = []  # "Women, who make up 16%, according to X, have served since 2015": X's is the 16%
        if tail and cue.start == sent.start and (issuer := _issuer_verb(cue, tail)) is not None:
            words = [t for t in tail if t.i > issuer.i]
            if ActLexicon.default().of_lemma(issuer.lemma_) is not None:
                tail, resume = words, words[0].i - offset  # "In the letter, the writer supposes A": A
            elif any(ctx.token_quoted(t) for t in words):
                return  # "In a statement, X affirmed …, writing, "A"": the quotation is X's claim
            elif _own_writing(cue):
                return  # "In his letters, Lee made no effort to mend it": what the writer did, narration
        if tail and (hedged := _separately_hedged(tail)) is not None:
            tail = tail[:hedged]  # "A according to X, and reportedly B": B is hedged as another report
        if lead and tail and _but_clause_after_tag(tail):
            tail = []  # "A, according to X, but the man was found dead": the tag closes A, B is the writer's
        if tail and cue.start == sent.start and (contrast := _contrasting_clause(tail)) is not None:
            tail = tail[:contrast]  # "According to X, A would normally B, but that office stands vacant"
        if tail and (semicolon := _semicolon_before_own_source(ctx, tail)) is not None:
            tail = tail[:semicolon]  # "According to X, A; which they note is B": B is theirs, by its own tag
        if tail and not subordinate and not (lead and (_source_apposition(tail) or _own_source(ctx, tail))):
            tail_start = tokens[resume].idx + (len(tokens[resume].text) if tokens[resume].text == "," else 0)
            # "According to X, A, meaning B": B is the writer's gloss
            kept = without_trailing_aside(tail, gloss_only=True)
            whole = len(kept) == len(tail) and tail[-1].i == sent.end - 1
            tail_end = sent.end_char if whole else kept[-1].idx + len(kept[-1].text)
            pieces.append((tail_start, tail_end))
        if not pieces:
            return
        source = _mention(ctx, source_tokens)
        if source is None:
            return
        cited = _cited_source(ctx, relative)
        chain: tuple[Speaker, ...] = (source, cited) if cited is not None else ()
        speaker = cited if cited is not None else source
        if cited is None and (joint := _joint_source(ctx, source, source_tokens, relative)) is not None:
            speaker = joint  # "according to reports from the ministry, and Pravo, a rights centre, A"
        cue_span = ctx.span(cue.start_char, cue.end_char)
        act = ActLexicon.default().of_source(source_head(ctx, cited or source))  # "according to the poll"
        rule = f"'{cue.text}' source, citing another" if cited is not None else f"'{cue.text}' source"
        yield from make(
            ctx,
            self.name,
            pieces,
            cue_span,
            speaker,
            chain,
            ctx.paragraph_span(cue.start_char),
            rule=rule,
            act=act,
        )


def _aside_to_a_report(ctx: DocContext, cue: Span) -> bool:
    """``Lee said — as reported by the Post — "…"``: an "as reported by" hung on a reporting verb
    with its own subject, or on its words before them, names the channel of those words, not a
    source of a claim of its own (the outlet resolver credits the channel)."""
    verb = cue[1] if len(cue) > 1 else cue[0]
    if cue[0].lower_ != "as" or verb.dep_ != "advcl":
        return False
    report = verb.head
    if report.dep_ == "ccomp" and verb.i < report.i:
        report = report.head  # hung on the words said, before them
    return (
        report.i < verb.i
        and "speech" in ctx.lexicons.cues.token_frames(report)
        and any(c.dep_ == "nsubj" for c in report.children)
    )


_TIME_ENTITIES = frozenset({"DATE", "TIME"})


def _without_trailing_date(tokens: list[Token]) -> list[Token]:
    """``according to the county attorney on Saturday``: when, not who, ends the source."""
    end = len(tokens)
    while end > 1 and tokens[end - 1].ent_type_ in _TIME_ENTITIES:
        end -= 1
    if end == len(tokens):
        return tokens
    if tokens[end - 1].pos_ == "ADP" and end > 1:
        return tokens[: end - 1]  # "… on Saturday"
    return tokens[:end] if tokens[end - 1].pos_ in ("NOUN", "PROPN") else tokens  # "… police Saturday"


_NOMINALS = frozenset({"PROPN", "NOUN", "DET"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_AMOUNT_ENTITIES = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})


def _past_date_comma(tokens: list[Token], stop: int) -> int:
    """``according to a March 14, 2019 report``: a date's own comma does not end the source."""
    if not (0 < stop < len(tokens) - 1 and tokens[stop].text == ","):
        return stop
    before, following = tokens[stop - 1], tokens[stop + 1]
    if not (before.ent_type_ == "DATE" and following.ent_type_ == "DATE" and following.like_num):
        return stop
    stop += 1
    while stop < len(tokens) and tokens[stop].text not in _CLAUSE_END:
        stop += 1
    return stop


def _amount_start(tokens: list[Token], after: int, stop: int) -> int | None:
    """Where an amount after the source's noun opens the claim again, with no comma between.

    ``placing it according to the Times about 100 miles from the coast``: the
    source is ``the Times``, and ``about 100 miles from the coast`` is the claim's.
    """
    for k in range(after + 1, stop):
        token = tokens[k]
        if token.ent_type_ not in _AMOUNT_ENTITIES or not (token.like_num or token.ent_iob_ == "B"):
            continue
        start = k
        while start > after + 1 and tokens[start - 1].ent_type_ in _AMOUNT_ENTITIES:
            start -= 1
        if tokens[start - 1].pos_ in ("ADV", "ADP") and start - 1 > after + 1:
            start -= 1  # "about", "over", "nearly"
        if tokens[start - 1].pos_ in ("NOUN", "PROPN"):
            return start
        return None
    return None


_VERB_LEFT = frozenset({"advmod", "aux", "auxpass", "neg"})


def _clause_start(tokens: list[Token], after: int, stop: int) -> tuple[int, int] | None:
    """Where the source ends and the claim resumes when a clause follows it with no comma.

    ``according to the ministry he died in hospital``: the finite verb's subject
    opens the claim (the verb itself when its subject came before the tag);
    ``according to CNN who reported that …``: the claim is what follows "that".
    """
    first = tokens[0].i
    for k in range(after + 1, stop):
        token = tokens[k]
        if token.lower_ in ("who", "which", "that"):
            verb = k + 1
            if verb + 1 < stop and tokens[verb].pos_ == "VERB" and tokens[verb + 1].lower_ == "that":
                return k, verb + 2
            return None
        if token.tag_ not in FINITE_TAGS or token.pos_ not in ("VERB", "AUX"):
            continue
        verb_head = token.head if token.dep_ in ("aux", "auxpass") else token
        if verb_head.dep_ in ("relcl", "acl"):
            continue  # "according to documents he filed": the source's own clause
        subjects = [c for c in verb_head.children if c.dep_ in _SUBJECTS]
        split = _name_before_subject(tokens, after, k, subjects[0] if subjects else None)
        if split is not None:
            return split, split  # "according to Okafor archaeologists have found …": Okafor's
        start = subjects[0].left_edge.i - first if subjects else k
        if start < after:
            start = k  # "Rescuers, …, according to the ministry recovered ten survivors"
            while start - 1 > after and _before_verb(tokens[start - 1], verb_head):
                start -= 1  # "still believe", "did not"
        elif not _opens_a_subject(tokens[start]):
            return None  # "according to an interview his brother gave": the source's own clause
        return (start, start) if after < start <= k else None
    return None


def _closed_subordinate(tokens: list[Token], lead_start: int, first: int, tail: list[Token]) -> bool:
    """``While A, according to X B``: a subordinate clause the comma before the tag closes, and a
    main clause of its own after the source (its verb among the words after it)."""
    mark = tokens[lead_start]
    if mark.dep_ != "mark" or mark.pos_ != "SCONJ" or tokens[first - 1].text != ",":
        return False
    clause = mark.head
    if not tokens[lead_start].i < clause.i < tokens[first - 1].i or clause.head.i == clause.i:
        return False
    main = clause.head
    return any(t.i == main.i for t in tail)


def _name_before_subject(tokens: list[Token], after: int, verb: int, subject: Token | None) -> int | None:
    """``according to Okafor archaeologists have not found A``: with no comma after the source, the
    parser made a name and the claim's subject one phrase (the source's, leaving the verb without a
    subject, or the verb's).  Where that phrase is a name and then a common noun, the name is the
    source and the claim opens at the noun."""
    first = tokens[0].i
    if subject is None:
        noun = tokens[verb - 1] if verb - 1 > after else None
        if noun is None or noun.dep_ != "pobj" or noun.head.i - first != after - 1:
            return None
    else:
        noun = subject
        if noun.left_edge.i - first != after:
            return None
    if noun.pos_ != "NOUN" or noun.i - first <= after:
        return None
    names = tokens[after : noun.i - first]
    if not all(t.pos_ == "PROPN" and t.dep_ == "compound" and names[0].i < t.head.i <= noun.i for t in names):
        return None
    return noun.i - first


def _before_verb(token: Token, verb: Token) -> bool:
    return token.dep_ in _VERB_LEFT and token.head == verb


def _opens_a_subject(token: Token) -> bool:
    """``he`` or ``the``/``a`` opening a subject right after a source with no comma between."""
    return (token.pos_ == "PRON" and token.dep_ in _SUBJECTS) or (token.pos_ == "DET" and token.dep_ == "det")


def _dash_aside_end(tokens: list[Token], stop: int) -> int | None:
    """Past the second dash of an aside the source ends at (``X — a think tank in Ohio — A``): a
    phrase with no verb between two dashes, then more of the sentence; None otherwise."""
    if stop >= len(tokens) or not is_dash(tokens[stop]):
        return None
    for j in range(stop + 1, len(tokens) - 1):
        if is_dash(tokens[j]):
            return j + 1 if j > stop + 1 else None
        if tokens[j].pos_ in ("VERB", "AUX") or tokens[j].text in _CLAUSE_END:
            return None
    return None


def _source_end(tokens: list[Token], start: int, cue: Token | None) -> int:
    """The end of what still belongs to the source after its first comma.

    A description (:func:`_apposition_end`), when it spoke (``, on Thursday,``),
    where it is (``police in Baytown, Texas,``) and a second source joined by
    "and" (``reports from the ministry, and Pravo, a rights centre,``) are the
    source's, each between commas; the claim starts after the last of them.
    A description follows a source only.  A claim with nothing before the tag
    (the ``cue`` given) keeps its subject: nothing is skipped when a verb would
    open the claim or the subject of the verb the cue hangs on would be skipped.
    """
    first = end = start
    after_source = True
    while True:
        step = _apposition_end(tokens, end) if after_source else end
        after_source = False
        if step == end:
            step = _source_segment_end(tokens, end, place=end == first)
            after_source = step != end and tokens[end + 1].lower_ in ("and", "or")
        if step == end:
            break
        end = step
    claim = end + 1 if end < len(tokens) and tokens[end].text == "," else end
    if cue is None or end == first:
        return end
    if claim >= len(tokens) or tokens[claim].pos_ in ("AUX", "VERB"):
        return first  # "According to the ruling, a host, such as X, must …": the claim's own subject
    subjects = [c.i for c in cue.head.children if c.dep_ in _SUBJECTS]
    if subjects and all(i < tokens[claim].i for i in subjects):
        return first
    return end


def _source_segment_end(tokens: list[Token], start: int, place: bool) -> int:
    """The comma closing ``, on Thursday,`` / ``, Texas,`` / ``, and Pravo,`` at ``start``.

    A place counts only right after the source (``place``) and not as one of a list.
    """
    if start + 1 >= len(tokens) or tokens[start].text != ",":
        return start
    end = start + 1
    while end < len(tokens) and tokens[end].text not in _CLAUSE_END:
        end += 1
    segment = tokens[start + 1 : end]
    if end >= len(tokens) - 1 or tokens[end].text != "," or not segment:
        return start
    if any(t.pos_ in ("VERB", "AUX") for t in segment):
        return start
    words = [t for t in segment if t.pos_ not in ("ADP", "DET", "PUNCT")]
    if words and all(t.ent_type_ in _TIME_ENTITIES for t in words):
        return end  # when
    if place and _apposed_name(segment):
        return end  # "the mayor, Dee Margo,"
    if place and _parsed_apposition(tokens, segment, end):
        return end  # "his wife, Ann,", "Sadie Roe, Lee's former aide,"
    if (
        place
        and all(t.ent_type_ in ("GPE", "LOC") for t in segment)
        and tokens[start - 1].ent_type_ in ("GPE", "LOC")
        and tokens[end + 1].ent_type_ not in ("GPE", "LOC")
    ):
        return end  # where: a place after a place
    if segment[0].lower_ in ("and", "or") and len(segment) > 1 and segment[1].pos_ in _NOMINALS:
        return end  # a second source
    return start


def _named(tokens: list[Token], stop: int, resume: int, source: list[Token]) -> list[Token]:
    """``according to the El Paso mayor, Dee Margo,``: the person named, not the description."""
    if not source or stop >= resume or tokens[stop].text != "," or not source[-1].is_lower:
        return source
    end = stop + 1
    while end < resume and tokens[end].text not in _CLAUSE_END:
        end += 1
    name = tokens[stop + 1 : end]
    return name if name and _apposed_name(name) else source


def _parsed_apposition(tokens: list[Token], segment: list[Token], end: int) -> bool:
    """``his wife, Ann,`` / ``Sadie Roe, Lee's former aide,``: a segment right after the source
    that the parser hangs on the source as its apposition, with no relative after its comma (``the
    G7, of which …`` stays the claim's)."""
    inside = {t.i for t in segment}
    heads = [t for t in segment if t.head.i not in inside]
    follows = tokens[end + 1]
    if any(t.ent_type_ in _AMOUNTS or t.like_num for t in segment[:2]):
        return False  # "according to X, $4 million from A, $1 million from B": a list's first amount
    return (
        len(heads) == 1
        and heads[0].dep_ == "appos"
        and heads[0].head.i < segment[0].i
        and follows.pos_ not in ("ADP", "VERB", "AUX")
        and follows.lower_ not in RELATIVE_PRONOUNS
    )


_AMOUNTS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def _apposed_name(segment: list[Token]) -> bool:
    """``Dee Margo`` in ``the El Paso mayor, Dee Margo,``: a person's name alone."""
    return all(t.pos_ == "PROPN" for t in segment) and any(t.ent_type_ == "PERSON" for t in segment)


def _new_clause_after_conjunction(tokens: list[Token], first: int, tail: list[Token]) -> bool:
    """Whether "according to" follows a conjunction ("…, but, according to X, …") and the rest is
    a clause with its own subject: the conjunction joined the writer's clause to the source's.  A
    pronoun subject too ("The boat sank and according to X it was carrying …": X's claim is what it
    carried, the sinking is the writer's)."""
    before = next((t for t in reversed(tokens[:first]) if not t.is_punct), None)
    if before is None or before.pos_ != "CCONJ":
        return False
    inside = {t.i for t in tail}
    return any(
        t.dep_ in ("nsubj", "nsubjpass") and t.head.i in inside and t.head.pos_ in ("VERB", "AUX")
        for t in tail
    )


def _rest_of_the_sources_clause(relative: list[Token], tail: list[Token]) -> bool:
    """``A according to the council's report, which counted 21 injured in B, 36 in C and seven in
    D``: after a relative clause on the source, a rest with no verb goes on with that clause (a
    list it began), not with the claim before the tag."""
    words = [t for t in tail if not t.is_punct]
    return (
        len(relative) > 1
        and relative[0].text == ","
        and relative[1].lower_ in RELATIVE_PRONOUNS
        and bool(words)
        and not any(t.pos_ in ("VERB", "AUX") for t in words)
    )


def _closes_a_relative(tokens: list[Token], lead_start: int, first: int, tail: list[Token]) -> bool:
    """``Women, who make up 16% of the ranks, according to X, have served in combat since 2015``:
    a tag that closes a relative clause (opened by a comma and "who" or "which", with no comma
    after it before the tag) speaks for that clause; the verb that opens the rest is the main
    clause's, the writer's."""
    words = [t for t in tail if not t.is_punct]
    if not words or words[0].pos_ not in ("AUX", "VERB") or words[0].tag_ == "VBG":
        return False
    relative = next(
        (
            i
            for i in range(first - 1, lead_start, -1)
            if tokens[i].lower_ in _WH_RELATIVES and tokens[i - 1].text == ","
        ),
        None,
    )
    return relative is not None and not any(t.text in _CLAUSE_END for t in tokens[relative + 1 : first - 1])


_WH_RELATIVES = frozenset({"who", "which"})


def _last_conjunct(tokens: list[Token], first: int, tail: list[Token]) -> bool:
    """Whether "according to" follows a conjunction and the rest has no verb (``largely Kurdish and,
    according to Ardania, supportive of the rebels``): the tag speaks for the last conjunct alone, an
    adjective or noun phrase, not for what the writer said before the conjunction."""
    before = next((t for t in reversed(tokens[:first]) if not t.is_punct), None)
    if before is None or before.pos_ != "CCONJ":
        return False
    words = [t for t in tail if not t.is_punct]
    return bool(words) and not any(t.pos_ in ("VERB", "AUX") for t in words)


def _verb_conjunct(tokens: list[Token], first: int, tail: list[Token]) -> Token | None:
    """The verb before "according to" whose subject the rest shares, when the tag follows a conjunction
    and the rest is a verb phrase with no subject of its own (``The town had a harbour and, according to
    one historian, was called the jewel of the coast``): the tag speaks for the last conjunct, not for
    the writer's clause before it.  None otherwise."""
    before = next((t for t in reversed(tokens[:first]) if not t.is_punct), None)
    if before is None or before.pos_ != "CCONJ":
        return None
    words = [t for t in tail if not t.is_punct]
    while words and words[0].pos_ == "ADV" and words[0].dep_ == "advmod" and words[0].head.i > words[0].i:
        words = words[1:]  # "…; but, according to her memoir, also had …": the verb after the adverb
    if not words or words[0].pos_ not in ("VERB", "AUX") or words[0].tag_ == "VBG":
        return None
    verb = words[0] if words[0].dep_ == "conj" else words[0].head
    if verb.dep_ != "conj" or verb.i < words[0].i or any(c.dep_ == "expl" for c in verb.children):
        return None
    if has_subject(verb):
        return None
    # the nearest verb before the tag in the same coordination ("A employed X, and B had Y and, according
    # to Z, was called W": B's, whichever verb the parser hung the conjunct on)
    joined = [v for v in verb.conjuncts if v.i < tokens[first].i and has_subject(v)]
    return max(joined, key=lambda v: v.i) if joined else None


def _conjunct_subject(tokens: list[Token], first: int, given: Token | None = None) -> tuple[int, int] | None:
    """The subject of the clause a last conjunct (:func:`_last_conjunct`) completes, with the forms
    of "be" after it (``The militia is`` in ``The militia is the main force of the alliance, largely rural
    and, according to Ardania, supportive of the rebels``): the conjunct alone says nothing of whom.  None
    when the tag's verb has no subject before the tag.  ``given`` is the verb a verb conjunct
    (:func:`_verb_conjunct`) is joined to: its subject alone."""
    verb = given or tokens[first].head  # a verb conjunct's: the verb it is joined to (its own "be" follows)
    while verb.dep_ == "conj" and verb.i > verb.head.i and not has_subject(verb):
        verb = verb.head  # "old and, according to its owners, profitable": the parser's tag on the conjunct
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.right_edge.i >= tokens[first].i or subject.left_edge.i < tokens[0].i:
        return None
    end = subject.right_edge
    while (
        given is None
        and end.i + 1 < tokens[first].i
        and end.nbor().lemma_ == "be"
        and end.nbor().pos_ == "AUX"
    ):
        end = end.nbor()
    return (subject.left_edge.idx, end.idx + len(end.text))


_REPORT_ADVERBS = words("report_adverbs")


def _separately_hedged(tail: list[Token]) -> int | None:
    """Where in ``tail`` a conjunct opens (``, and``) that a hedge of its own marks as a report of
    its own (``killing at least 20 according to officials, and leaving reportedly 15,000
    stranded``): the tagged claim ends there.  None when no such conjunct follows the tag."""
    where = {t.i: at for at, t in enumerate(tail)}
    for token in tail:
        conjunct = token.head
        if token.lower_ not in _REPORT_ADVERBS or conjunct.dep_ != "conj":
            continue
        cc = next((c for c in conjunct.head.children if c.dep_ == "cc" and c.i < conjunct.i), None)
        if cc is not None and where.get(cc.i, 0) > 0 and cc.nbor(-1).text == ",":
            return where[cc.i] - 1
    return None


def _but_clause_after_tag(tail: list[Token]) -> bool:
    """Whether ``tail`` opens with "but" or "and" and a clause with a noun subject of its own (``A,
    according to X, but the man was found dead``, ``A, according to X, and the corridor is the
    country's lifeline``): the tag closes the claim before it."""
    first = next((t for t in tail if not t.is_punct), None)
    if first is None or first.lower_ not in ("but", "and") or first.dep_ != "cc":
        return False
    inside = {t.i for t in tail}
    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.pos_ in ("NOUN", "PROPN")
        and t.head.i in inside
        and t.head.dep_ == "conj"
        and (first.lower_ == "but" or t.head.lemma_ != t.head.head.lemma_)
        for t in tail
    )  # (not "A paid 25 percent, according to X, and B paid 69 percent": one list of X's, its verb again)


def _contrasting_clause(tail: list[Token]) -> int | None:
    """Where in ``tail`` a ", but" opens a clause with a subject of its own that is no pronoun after
    a clause with a modal (``the deputy would normally succeed, but that office stands vacant``):
    what the source says should or would be, then what is, the writer's contrast; the claim ends
    there.  None when there is none ("sales rose, but profits fell" is the source's both)."""
    where = {t.i: at for at, t in enumerate(tail)}
    for token in tail:
        if token.lower_ != "but" or token.dep_ != "cc" or where[token.i] == 0 or token.nbor(-1).text != ",":
            continue
        conjunct = next((c for c in token.head.children if c.dep_ == "conj" and c.i > token.i), None)
        if conjunct is None or conjunct.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.head.children):
            continue
        subject = next((c for c in conjunct.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.i > token.i:
            return where[token.i] - 1
    return None


def _semicolon_before_own_source(ctx: DocContext, tail: list[Token]) -> int | None:
    """Where in ``tail`` a semicolon opens a clause that names its own source (``A; which they
    note is B``, ``A; officials reported B``, ``A; the police referred to him as B``, any cue
    with its subject there): the claim ends there.  None when there is none."""
    cues = ctx.lexicons.cues
    for at, token in enumerate(tail):
        if token.text != ";" or not at or ctx.token_quoted(token):
            continue
        rest = tail[at + 1 :]
        inside = {t.i for t in rest}
        if any(
            t.pos_ == "VERB"
            and cues.token_frames(t)
            and any(c.dep_ == "nsubj" and c.i in inside for c in t.children)
            for t in rest
        ):
            return at
    return None


def _own_source(ctx: DocContext, tail: list[Token]) -> bool:
    """``A according to a study, organisers reported B``: the rest names its own source.

    A verb of saying or finding in the rest, with its (active) subject there
    too, makes the rest another claim, not the tagged one; "the man was found
    dead" is no source's.  So does a passive with its subject there and a
    named agent: "A according to X, it was recorded as B by the Survey".
    """
    inside = {t.i for t in tail}
    return any(
        token.pos_ == "VERB"
        and (
            (
                ctx.lexicons.cues.token_frames(token)
                and any(c.dep_ == "nsubj" and c.i in inside and c.pos_ != "PRON" for c in token.children)
            )
            or (
                any(c.dep_ == "nsubjpass" and c.i in inside for c in token.children)
                and any(c.dep_ == "agent" and c.i in inside and _names_a_source(c) for c in token.children)
            )
        )
        for token in tail
    )


def _names_a_source(agent: Token) -> bool:
    """``it was recorded as 6.4 by the US Geological Survey``: a passive's "by" names a body or person."""
    return any(
        c.dep_ == "pobj" and (c.ent_type_ in SOURCE_ENTITIES or c.tag_ in ("NNP", "NNPS"))
        for c in agent.children
    )


_DETERMINING = frozenset({"det", "poss", "compound", "amod", "nummod", "nmod"})
"""How a singular noun is made one particular document: "a CNN poll", "its report", "the 2019 study"."""


_TRANSITIONS = words("transition_words")
"""The only determiner of ``In other results``: the writer's turn to more outcomes (of games, of
votes), not a report of findings (``In other polls, Lee led`` stays the polls')."""


def _in_a_document(ctx: DocContext, sent: Span) -> Span | None:
    """``In a CNN poll, Lee led by 24 points``: a sentence opened by the document it reports.

    The "In" of a sentence whose first phrase is a poll, report, study or the
    like and whose own verb reports nothing (``In a statement, Lee said …``
    is Lee's claim, read by the ``reported`` detector).
    """
    first = sent[0]
    if first.lower_ != "in" or ctx.token_quoted(first):
        return None
    document = next((c for c in first.children if c.dep_ == "pobj"), None)
    if document is None or document.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    if document.tag_ == "NN" and not any(c.dep_ in _DETERMINING for c in document.children):
        return None  # "In order for the bill to pass, …": a bare singular noun names no document
    determiners = {c.lower_ for c in document.children if c.dep_ in _DETERMINING}
    if document.lemma_.lower() == "result" and determiners and determiners <= _TRANSITIONS:
        return None  # "In other results, Ash beat Roe": the writer lists more outcomes, no source's
    after = document.right_edge.i + 1
    if after >= sent.end or ctx.doc[after].text != ",":
        return None
    if ctx.lexicons.cues.token_frames(sent.root):
        return None
    return ctx.doc[first.i : first.i + 1]


def _issuer_verb(cue: Span, tail: list[Token]) -> Token | None:
    """``In the document, the writer supposes A``, ``In a statement, Lee affirmed …, writing, "A"``:
    the verb of a sentence opened by a writing, when its subject is a person or body who wrote it
    (a name, a person noun, a personal pronoun), not a poll's finding about them (``In a poll, she
    led by 24 points``), and words follow it.  With a verb of a belief, stance or request the claim
    is what follows it; with quoted words after it, the quotation is its subject's claim."""
    if cue[0].lower_ != "in":
        return None
    document = next((c for c in cue[0].children if c.dep_ == "pobj"), None)
    verb = cue.sent.root
    if document is None or document.lemma_.lower() in _EVIDENCE or verb.i <= tail[0].i:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > document.i), None)
    if subject is None or not subject.i >= tail[0].i:
        return None
    if not (
        subject.ent_type_ in ("PERSON", "ORG")
        or subject.lower_ in ("he", "she", "they")
        or (subject.pos_ == "NOUN" and subject.lemma_.lower() in ROLE_NOUNS)
    ):
        return None
    return verb if any(t.i > verb.i and not t.is_punct for t in tail) else None


def _own_writing(cue: Span) -> bool:
    """Whether the writing an "In" opens is one its issuer gave, named with "a" or a possessive
    ("In a statement", "In his letters"), not findings ("In the latest results, Roe led") nor a
    story a relative clause says someone told."""
    document = next((c for c in cue[0].children if c.dep_ == "pobj"), None)
    if document is None or any(c.dep_ == "relcl" for c in document.children):
        return False  # "In a story she often told, she had a habit of A": what the story tells
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("a", "an")) for c in document.children)


_EVIDENCE = words("documents") - {"document", "documents", "paper", "filing"}
"""Writings that report findings about their subject (a poll, a survey, data), not their author's words."""


def _past_brackets(tokens: list[Token], stop: int) -> int:
    """``according to the World Health Organization (WHO),``: the bracketed short name is the
    source's too, so the claim resumes after the closing bracket."""
    if stop >= len(tokens) or tokens[stop].text != "(":
        return stop
    for j in range(stop + 1, min(len(tokens), stop + 8)):
        if tokens[j].text == ")":
            return j + 1
    return stop


def _source_apposition(tail: list[Token]) -> bool:
    """``A, according to Lee, the county's attorney.``: a noun phrase with no verb after the
    source, to the sentence's end, describes the source; it is no part of the claim. So does one
    whose verbs are its own relative clause's or participle's (``, one of the guilds speaking for
    the staff``, ``, a pollster who ran the poll``): one noun heads all the words."""
    words = [t for t in tail if not t.is_punct]
    if not words or tail[0].text != "," or words[0].pos_ not in ("DET", "PROPN", "NOUN", "NUM"):
        return False
    if not any(t.pos_ in ("VERB", "AUX") for t in words):
        return words[0].pos_ != "NUM"
    inside = {t.i for t in tail}
    heads = [t for t in words if t.head.i not in inside or t.head.i == t.i]
    return (
        len(heads) == 1
        and heads[0].pos_ in ("NOUN", "PROPN", "NUM")
        and heads[0].dep_ in ("appos", "npadvmod")
    )


_NOT_DESCRIPTIONS = frozenset({"SCONJ", "CCONJ", "INTJ", "PART", "AUX", "ADP"})
"""What no description opens with: ``, because, …``, ``, of the 40 passengers, 22 were …``."""
_DESCRIBED = frozenset({"DET", "ADJ", "NOUN", "PROPN"})


def _apposition_end(tokens: list[Token], start: int) -> int:
    """Skip ``, a Japanese studies expert at X,``: a description between commas.

    It opens with "a"/"an" or a lower-case word ("spokesman for ...");
    ``, the G7, of which ...`` is the claim's own subject and stays.
    """
    if start + 1 >= len(tokens) or tokens[start].text != ",":
        return start
    first = tokens[start + 1]
    if not (first.lower_ in ("a", "an") or (first.is_lower and first.lower_ != "the" and first.is_alpha)):
        return start
    described = start + 2 < len(tokens) and tokens[start + 2].pos_ in _DESCRIBED
    if first.pos_ in _NOT_DESCRIPTIONS or (first.pos_ == "ADV" and not described):
        return start  # ", because, …", ", of the 40, …", ", nearly 2000 people"; not ", formerly the head"
    for j in range(start + 1, min(len(tokens), start + 20)):
        token = tokens[j]
        if token.pos_ == "AUX" or token.tag_ in ("VBD", "MD") or token.lower_ in RELATIVE_PRONOUNS:
            return start  # a clause, not a description
        if token.text == ",":
            follows = [t.lower_ for t in tokens[j + 1 : j + 3]]
            relative = bool(follows) and (
                follows[0] in RELATIVE_PRONOUNS or (len(follows) == 2 and follows[1] in RELATIVE_PRONOUNS)
            )
            return start if relative else j
    return start


def _mention(ctx: DocContext, tokens: list[Token]) -> Speaker | None:
    if not tokens:
        return None
    mention = ctx.trimmed(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
    if mention is None:
        return None
    inside = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[-1])
    span = ctx.doc[tokens[0].i : tokens[-1].i + 1]
    # "according to a March 14, 2019 release": a date cut off at its comma speaks not
    if not can_speak(span, head) or all(
        t.ent_type_ in _TIME_ENTITIES or t.pos_ in ("DET", "PUNCT") for t in tokens
    ):
        return None
    return Speaker(name=mention.text, mention=mention, kind=speaker_kind(span, head))


def _joint_source(
    ctx: DocContext, source: Speaker, source_tokens: list[Token], relative: list[Token]
) -> Speaker | None:
    """The source and a second one joined to it by "and" between commas after it (``according
    to reports from the ministry, on Friday, and Pravo, a rights centre, on Thursday, A``: the
    ministry and Pravo), as one group; a writing stands for its owner.  None without one."""
    for index, token in enumerate(relative[:-1]):
        if token.text != "," or relative[index + 1].lower_ not in ("and", "or"):
            continue
        second = []
        for follower in relative[index + 2 :]:
            if follower.text in _CLAUSE_END:
                break
            second.append(follower)
        other = _mention(ctx, second)
        if other is None or other.kind not in _JOINABLE or source.mention is None or other.mention is None:
            return None
        names = [_owner_name(ctx, source_tokens) or source.name, other.name]
        mention = TextSpan.of(ctx.text, source.mention.start, other.mention.end)
        return Speaker(name=joint_name(names), mention=mention, kind=SpeakerKind.GROUP, members=tuple(names))
    return None


def _owner_name(ctx: DocContext, tokens: list[Token]) -> str | None:
    """The owner's name of a writing that speaks (``reports from the ministry``: the ministry)."""
    owner = writing_owner(ctx.doc[tokens[0].i : tokens[-1].i + 1])
    return owner[0].text if owner is not None else None


def _cited_source(ctx: DocContext, relative: list[Token]) -> Speaker | None:
    """In ``, which cited an unnamed official from X,`` the official."""
    for index, token in enumerate(relative):
        if token.lemma_ in _CITING and token.pos_ == "VERB":
            rest = []
            for follower in relative[index + 1 :]:
                if follower.text == "," or follower.lower_ in ("which", "who", "that"):
                    break
                rest.append(follower)
            speaker = _mention(ctx, rest)
            if speaker is not None and speaker.kind is SpeakerKind.UNKNOWN:
                return Speaker(name=speaker.name, mention=speaker.mention, kind=SpeakerKind.UNNAMED)
            return speaker
    return None
