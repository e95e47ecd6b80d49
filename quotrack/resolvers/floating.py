"""Floating quotations: a paragraph that is only a quotation, with no cue.

News often lets a quotation stand alone in its paragraph after the
paragraph that named its speaker.  A quotation with no cue and no speaker
of its own takes, in this order: the person who signs it on the line after it
(``"…"`` then ``- Ann Roe.``); the reporter a newsletter's clip names
in the byline right before it (``"…," by The Harwick Times' Ann Roe:
"…"``); the named subject of the narration that
introduces it in its own sentence (``Lee, on Twitter, defended it, "…"``);
the subject of a speech cue heading the sentence right before it (``Lee
also criticised the decision on Twitter. "…"``); the one person that
sentence names when it is no claim itself (``… leaving Ann Lee
unimpressed. "…"``); else the speaker of the last attribution in this
paragraph or the ``lookback`` ones before, or the last person named there,
but only when the narration right before the quotation (in its own
sentence, else the sentence before) is not about someone or something
else: ``The doors opened. "…"`` after a paragraph quoting Lee gives no
speaker, and the explanation says why.

A quotation of the headline whose words the text quotes again, from someone it
names, is that speaker's (``'We will not close the pier': A town holds its
breath``), unless the headline gives it a person of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs
from spacy.tokens import Span, Token

from ..context import DocContext
from ..model import Attribution, Kind, Speaker, SpeakerKind
from ..people import HEADLINE_CHARS, TITLE_WORDS, People, name_words
from ..syntax import governing_subject, outside_brackets, speaker_mention
from ..wordlists import words
from .base import Resolver
from .names import NameResolver
from .roles import RoleResolver

_ROLES = RoleResolver()
_NAMES = NameResolver()
"""Names the speakers found here as the ``roles`` resolver, which ran before, names the others."""

_CITED_NOUNS = words("cited_words_nouns")
"""Cues of words cited from an author (``citing the Lee quote that "…"``): no speaker of the story."""

_PEOPLE_PRONOUNS = frozenset({"he", "she", "they"})

_SENTENCE_BREAK = re.compile(r"[.!?…][\"'”’)]*\s+(?=\S)")


class FloatingQuoteResolver(Resolver):
    """Gives a speakerless quotation the speaker the text around it names (see the module).

    ``lookback`` is how many paragraphs back the last speaker may be.
    """

    name = "floating"

    def __init__(self, lookback: int = 2) -> None:
        self.lookback = lookback

    def resolve(self, ctx: DocContext, attributions: Sequence[Attribution]) -> list[Attribution]:
        out: list[Attribution] = []
        last_by_paragraph: dict[int, Attribution] = {}
        people = _Lazy(ctx, attributions)
        echoes = _headline_echoes(ctx, attributions)
        for attribution in attributions:
            start = attribution.content.start
            if attribution.speaker is None and attribution.cue is None:
                signer = _signer(ctx, attribution, people)
                speaker, why = (
                    (signer, "")  # (the explanation names the signer)
                    if signer is not None
                    else self._speaker(ctx, attributions, start, people, last_by_paragraph)
                )
                if speaker is not None and _spoken_of(ctx, attribution, speaker):
                    why = f"the quotation speaks of '{speaker.name}' in the third person"
                    speaker = None
                if speaker is not None:
                    attribution = attrs.evolve(attribution, speaker=speaker)
                elif why:
                    note = f"floating: no speaker: {why}"
                    attribution = attrs.evolve(attribution, explanation=(*attribution.explanation, note))
            echo = echoes.get(start)
            if echo is not None and not _named_person(attribution.speaker):
                # "'We are in shock': A town mourns": the words of whom the text quotes
                attribution = attrs.evolve(attribution, speaker=echo)
            if attribution.speaker is not None and not _cited(attribution):
                last_by_paragraph[ctx.paragraph_index(attribution.content.end)] = attribution
            out.append(attribution)
        return out

    def _speaker(
        self,
        ctx: DocContext,
        attributions: Sequence[Attribution],
        start: int,
        people: _Lazy,
        last_by_paragraph: dict[int, Attribution],
    ) -> tuple[Speaker | None, str]:
        """The quotation's speaker, or None and why."""
        byline = _clip_byline(ctx, start)
        if byline is not None:  # '"Museum gets a director," by the Times' Ann Roe: "…"': hers
            return byline, ""
        narrator = _narrator(ctx, attributions, start)
        narrated = _narrated(ctx, start)
        if narrated and narrator is not None and narrator.pos_ == "PROPN":
            found = speaker_mention(ctx, narrator)  # "Lee, on Twitter, defended it, “…”"
            return (_in_full(ctx, people, found) if found is not None else None), ""
        named = _cue_before(ctx, attributions, start) or _named_before(ctx, attributions, start, people)
        if named is not None:
            return _in_full(ctx, people, named), ""
        paragraph = ctx.paragraph_index(start)
        guess = self._previous_speaker(last_by_paragraph, paragraph) or _last_person(ctx, start)
        if guess is None:
            return None, ""
        if narrator is not None and narrator.pos_ in ("PROPN", "NOUN") and not _same(narrator, guess):
            where = "its own sentence" if narrated else "the sentence before"
            return None, f"{where} is narration about '{narrator.text}', not '{guess.name}'"
        return guess, ""

    def _previous_speaker(self, last_by_paragraph: dict[int, Attribution], paragraph: int) -> Speaker | None:
        for back in range(self.lookback + 1):
            previous = last_by_paragraph.get(paragraph - back)
            if previous is not None:
                return previous.speaker
        return None


class _Lazy:
    """The document's people, built on first use (most documents have no floating quote)."""

    def __init__(self, ctx: DocContext, attributions: Sequence[Attribution]) -> None:
        self._args = (ctx, attributions)
        self._people: People | None = None

    def get(self) -> People:
        if self._people is None:
            self._people = People.build(*self._args)
        return self._people


_BYLINE = re.compile(r"\bby\s+[^:\n\"“”]{2,80}:[\s\"“‘']*$")
"""A clip's byline right before its quotation: ``by The Harwick Times' Ann Roe: "``."""


def _in_full(ctx: DocContext, people: _Lazy, speaker: Speaker) -> Speaker:
    """A speaker found in the narration, by the name alone (``Mick Jagger of The Rolling Stones``)
    and in full (``Price``: ``Marcia Price``)."""
    return _NAMES.named(ctx, people.get(), _ROLES.refined(ctx, speaker))


def _clip_byline(ctx: DocContext, start: int) -> Speaker | None:
    """The reporter a newsletter's clip quotes, named in the byline right before the quotation
    at ``start`` (``"Museum gets a director," by The Harwick Times' Ann Roe: "…"``): the person
    the byline ends with, else the two or three capitalised words it ends with after the outlet's
    possessive (a name the parser read as no person's); None with no such byline, or one that ends
    with no name."""
    paragraph = ctx.paragraphs[ctx.paragraph_index(start)]
    before = ctx.text[max(paragraph[0], start - 100) : start]
    match = _BYLINE.search(before)
    if match is None:
        return None
    colon = start - len(before) + before.rindex(":")
    named = ctx.entities_between(colon - 80, colon)
    entity = next((e for e in named if e.label_ == "PERSON" and e.end_char == colon), None)
    if entity is not None:
        mention = ctx.span(entity.start_char, entity.end_char)
        return Speaker(name=entity.text, mention=mention, kind=SpeakerKind.PERSON)
    byline = before[match.start() + 3 : before.rindex(":")]  # "DNAinfo's Eddie Small", read as no entity
    name = re.split(r"['’]s? ", byline)[-1].strip()
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[0].isupper() and w.isalpha() for w in words):
        return None
    first = colon - len(name)
    return Speaker(name=name, mention=ctx.span(first, colon), kind=SpeakerKind.PERSON)


def _headline_echoes(ctx: DocContext, attributions: Sequence[Attribution]) -> dict[int, Speaker]:
    """The speaker of each quotation of the headline (the first paragraph, a short one) whose words,
    three or more, the text quotes again in a quotation it gives a speaker (``'We are in shock': A
    town mourns`` and later ``"… We are in shock," said Ann Roe``), by where the quotation starts;
    the headline's own grammar ('A town mourns') names no speaker of it."""
    if not ctx.paragraphs or ctx.paragraphs[0][1] - ctx.paragraphs[0][0] > HEADLINE_CHARS:
        return {}
    end = ctx.paragraphs[0][1]
    heads = [a for a in attributions if a.content.start < end and a.kind is Kind.DIRECT]
    out: dict[int, Speaker] = {}
    for head in heads:
        words = " ".join(_WORDS.findall(head.content.text.lower()))
        if words.count(" ") < 2:
            continue
        for quotation in ctx.quotations:
            if quotation.start < end or words not in " ".join(
                _WORDS.findall(ctx.text[quotation.start : quotation.end].lower())
            ):
                continue
            speaker = next(
                (
                    a.speaker
                    for a in attributions
                    if a.speaker is not None
                    and a.content.start < quotation.end
                    and quotation.start < a.content.end
                ),
                None,
            )
            if speaker is not None:
                out[head.content.start] = speaker
                break
    return out


def _named_person(speaker: Speaker | None) -> bool:
    """Whether the headline gives its quotation a person (``Ann Roe says: '…'``), not none or a
    thing (``'…': A town mourns``)."""
    return speaker is not None and speaker.kind is SpeakerKind.PERSON


_WORDS = re.compile(r"[^\W_]+")


_SIGNATURE = re.compile(r"[\"”’']?\s*\n\s*[-–—]\s*(?=[A-Z])")
"""A quotation's paragraph closing and the next opening with a dash before a capital: ``"…"`` then
``- Ann Roe.`` on a line of its own."""


def _signer(ctx: DocContext, attribution: Attribution, people: _Lazy) -> Speaker | None:
    """The person who signs a quotation that stands alone in its paragraph, named on the next line
    after a dash (``"We will win."`` then ``- Ann Roe.`` or ``—Senator Ann Roe, on Twitter.``): the
    person named right after the dash, by the full name the document gives that person;
    None with no such line, or one that names no one right after its dash (``– Old hands –.``, a
    subheading)."""
    start, end = ctx.paragraph_span(attribution.content.start)
    before = ctx.text[start : attribution.content.start]
    if before.strip(" \"“‘'") or ctx.text[attribution.content.end : end].strip(" .,!?…)\"”’'"):
        return None  # narration or a tag in the quotation's paragraph
    match = _SIGNATURE.match(ctx.text, end)
    if match is None:
        return None
    _, line_end = ctx.paragraph_span(match.end())
    if ctx.text[line_end - 1 : line_end] in "-–—" or line_end - match.end() > 120:
        return None
    signature = _SIGNED_NAME.match(ctx.text, match.end(), line_end)
    if signature is None:
        return None
    signed = signature.group().rstrip(".")
    name_end = signature.start() + len(signed)
    parts = signed.split()
    for first in range(len(parts)):  # "President Ann Roe": a title before the name
        person = people.get().resolve(parts[first:], signature.start(), fuzzy=False)
        if person is not None:
            at = name_end - len(" ".join(parts[first:]))
            return Speaker(name=person.name, mention=ctx.span(at, name_end), kind=SpeakerKind.PERSON)
    while parts and parts[0].lower().rstrip(".") in TITLE_WORDS:
        parts = parts[1:]  # "President Ann Roe": the name alone
    if (
        not 1 <= len(parts) <= 3
        or (len(parts) == 1 and len(signed.split()) == 1)
        or any(
            e.label_ != "PERSON" and e.start_char < name_end
            for e in ctx.entities_between(match.end(), line_end)
        )
    ):
        return None  # a name the document knows, else two or three words no other kind of name
    name = " ".join(parts)
    return Speaker(name=name, mention=ctx.span(name_end - len(name), name_end), kind=SpeakerKind.PERSON)


_SIGNED_NAME = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}(?=[,.]?\s*(?:,|$))", re.M)
"""The capitalised words a signature line opens with, up to its comma or its end."""


def _named_before(
    ctx: DocContext, attributions: Sequence[Attribution], before: int, people: _Lazy
) -> Speaker | None:
    """The one person the sentence right before the quotation at ``before`` names, when that
    sentence is narration and the quotation opens its own sentence.

    Narration: no claim found overlaps it.  None when it names no one, more
    than one person, or only an owner (``Lee's plan``).
    """
    quote = ctx.char_span(before, before + 1)
    if quote is None:
        return None
    index = ctx.sentence_index(quote.start)
    if index < 1 or ctx.text[ctx.sentences[index].start_char : before].strip(" \"“‘'"):
        return None  # "As Ann Lee put it, “…”": the quotation's own sentence names its speaker
    sentence = ctx.sentences[index - 1]
    start, end = sentence.start_char, sentence.end_char
    if ctx.paragraph_index(start) < ctx.paragraph_index(before) - 1:
        return None
    if any(a.content.start < end and start < a.content.end for a in attributions):
        return None
    names: dict[str, Span] = {}
    for entity in ctx.entities_between(start, end):
        if entity.label_ not in ("PERSON", "ORG", "GPE") or ctx.in_quote(entity.start_char):
            continue
        person = people.get().resolve(name_words(entity.text), entity.start_char, fuzzy=False)
        if person is not None:
            names.setdefault(person.name, entity)
        elif entity.label_ == "PERSON":
            names.setdefault(entity.text, entity)
    if len(names) != 1:
        return None
    ((name, entity),) = names.items()
    if entity.root.dep_ == "poss":
        return None
    if entity.root.dep_ not in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _PEOPLE_PRONOUNS for c in sentence.root.children
    ):
        return None  # "… she will back Ann Lee. “…”": the sentence is about her, not Ann Lee
    return Speaker(name=name, mention=ctx.span(entity.start_char, entity.end_char), kind=SpeakerKind.PERSON)


def _cited(attribution: Attribution) -> bool:
    """Whether the attribution is words cited from an author by a noun cue (``the Lee quote that
    "…"``): the author speaks in no later quotation of the paragraph, whoever cited them."""
    cue = attribution.cue
    return cue is not None and attribution.detector == "quotes" and cue.text.lower() in _CITED_NOUNS


def _spoken_of(ctx: DocContext, attribution: Attribution, speaker: Speaker) -> bool:
    """Whether the quotation names the person ``speaker`` as a proper noun (``"Don loved his
    ranch"``): it speaks of them, so they are not who speaks. (A body may name itself: "This
    Court has concluded".)"""
    if speaker.kind is not SpeakerKind.PERSON:
        return False
    words = {w for w in name_words(speaker.name) if len(w) > 2 and w[:1].isupper()}
    if not words:
        return False
    span = ctx.char_span(attribution.content.start, attribution.content.end)
    return span is not None and any(t.pos_ == "PROPN" and t.text in words for t in span)


def _last_person(ctx: DocContext, before: int) -> Speaker | None:
    """The last person named between the start of the paragraph before and ``before``."""
    paragraph = ctx.paragraph_index(before)
    start = ctx.paragraphs[max(paragraph - 1, 0)][0] if paragraph >= 0 else 0
    people = [
        e for e in ctx.entities if e.label_ == "PERSON" and start <= e.start_char and e.end_char <= before
    ]
    people = [e for e in people if not ctx.in_quote(e.start_char)]
    if not people:
        return None
    mention = ctx.span(people[-1].start_char, people[-1].end_char)
    return Speaker(name=mention.text, mention=mention, kind=SpeakerKind.PERSON)


def _opening(ctx: DocContext, start: int) -> int:
    """Where the quotation whose words start at ``start`` opens (its opening mark)."""
    while start > 0 and ctx.text[start - 1] in "\"“‘'":
        start -= 1
    return start


def _narrated(ctx: DocContext, start: int) -> bool:
    """Whether narration comes before the quotation at ``start`` in its own sentence and paragraph."""
    quote = ctx.char_span(start, start + 1)
    if quote is None:
        return False
    sentence = ctx.sentences[ctx.sentence_index(quote.start)]
    begin = max(sentence.start_char, ctx.paragraph_span(start)[0])
    before = ctx.text[begin : _opening(ctx, start)]
    tail = _SENTENCE_BREAK.split(before)[-1]  # the parser may run a sentence on into the quote
    return any(c.isalnum() for c in tail)


def _narrator(ctx: DocContext, attributions: Sequence[Attribution], start: int) -> Token | None:
    """The subject of the narration right before the quotation at ``start``, if a noun.

    The narration is the quotation's own sentence before its opening mark,
    else the sentence right before it in its paragraph when that is no claim.
    """
    quote = ctx.char_span(start, start + 1)
    opening = ctx.char_span(_opening(ctx, start), start + 1)
    if quote is None or opening is None:
        return None
    index = ctx.sentence_index(quote.start)
    if _narrated(ctx, start):
        verb = ctx.doc[opening.start - 1]
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head  # the clause the quotation hangs on: 'the crowd reprised the chant "…"'
    elif index >= 1:
        sentence = ctx.sentences[index - 1]
        if ctx.paragraph_index(sentence.start_char) != ctx.paragraph_index(start) or _claimed(
            attributions, sentence.start_char, sentence.end_char
        ):
            return None
        verb = sentence.root
    else:
        return None
    subject = governing_subject(verb)
    if subject is not None and subject.tag_ in ("WDT", "WP") and subject.head.dep_ == "relcl":
        subject = subject.head.head  # "the virus that causes it": the virus
    if subject is not None:
        subject = outside_brackets(ctx, subject)  # "Del. Ann Price (D-Harbor Point) waved": Price
    if subject is None or subject.i >= quote.start or ctx.token_quoted(subject):
        return None
    if subject.text.isupper() and len(subject.text) > 1:
        return None  # an all-capitals headline
    return subject if subject.pos_ in ("PROPN", "NOUN") else None


def _claimed(attributions: Sequence[Attribution], start: int, end: int) -> bool:
    """Whether an attribution's content overlaps ``start``–``end``."""
    return any(a.content.start < end and start < a.content.end for a in attributions)


def _same(subject: Token, speaker: Speaker) -> bool:
    """Whether ``subject`` is a word of the speaker's name or mention (``Lee`` for ``Ann Lee``)."""
    words = set(speaker.name.split())
    if speaker.mention is not None:
        words |= set(speaker.mention.text.split())
    return subject.text in words


_HANDING_OVER = frozenset({"speech", "object"})


def _cue_before(ctx: DocContext, attributions: Sequence[Attribution], start: int) -> Speaker | None:
    """The subject of a speech cue heading the sentence right before the quotation, in its paragraph.

    ``X, a former envoy, also criticised the decision on Twitter. "…"``, ``X
    wrote to the board.`` then the quotation: the sentence hands over to it.
    A sentence that is a claim itself (it holds an attribution) does not.
    """
    quote = ctx.char_span(start, start + 1)
    if quote is None:
        return None
    index = ctx.sentence_index(quote.start)
    if index < 1:
        return None
    sentence = ctx.sentences[index - 1]
    if ctx.paragraph_index(sentence.start_char) != ctx.paragraph_index(start):
        return None
    if _claimed(attributions, sentence.start_char, sentence.end_char):
        return None
    root = sentence.root
    cues = ctx.lexicons.cues
    verb: Token | None = root
    if "speech" not in cues.token_frames(root):
        # "Lee looked puzzled and mentioned that A. “…”": a cue joined to the main verb (or to
        # its complement) hands over too
        heads = [root, *(c for c in root.children if c.dep_ == "xcomp")]
        joined = [c for h in heads for c in h.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        verb = next((v for v in reversed(joined) if cues.token_frames(v) & _HANDING_OVER), None)
    if verb is None or ctx.token_quoted(verb):
        return None
    subject = governing_subject(verb)
    if subject is None or subject.pos_ == "PRON" or ctx.token_quoted(subject):
        return None
    return speaker_mention(ctx, outside_brackets(ctx, subject))
