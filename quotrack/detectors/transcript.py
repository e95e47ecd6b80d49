"""Transcripts: a paragraph that opens with its speaker's name in capitals and a colon.

``TAPPER: Do you think the race is over?`` — the interview and debate
transcripts that news sites print.  Only names in capitals count, so
``Note: …`` or ``Photo: …`` lines give nothing.  An interview printed as
``Q.`` and ``A.`` paragraphs gives each answer to the interviewee the text
names before its first question.

>>> import quotrack
>>> tracker = quotrack.Tracker(detectors=["transcript"], resolvers=[])
>>> [(a.speaker.name, a.content.text) for a in tracker("SMITH: We will not raise taxes.")]
[('SMITH', 'We will not raise taxes.')]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from ..context import DocContext
from ..model import Act, Attribution, Speaker, SpeakerKind
from ..people import body_words, entity_name_words, looks_like_name, person_entities
from ..syntax import NOT_SPEAKERS, in_byline, make
from ..wordlists import words
from .base import Detector

SPEAKER_LINE = re.compile(r"[\"“]?([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(:)[ \t]+(?=\S)")
"""A paragraph that opens with a name in capitals and a colon, inside a quoted transcript or not."""
_MIN_WORDS = 3
DATELINE_PARAGRAPH = 1
"""The last paragraph (0-based: a headline may come first) whose ``NAME:`` opening may be a
dateline (``NEW DELHI: …``), not a turn, when no other paragraph of the text opens so."""
_CLOSING = " \t\"'”’)"
_HEADING_WORDS = words("heading_words")
"""Small words no speaker's name holds, a section heading's (``STAT OF THE DAY:``, ``WHAT IS NEXT:``)."""


class TranscriptDetector(Detector):
    """``NAME: what they said`` lines of transcripts, and the answers of a ``Q.``/``A.`` interview."""

    name = "transcript"

    def detect(self, ctx: DocContext) -> Iterator[Attribution]:
        turns = []
        for index, (start, end) in enumerate(ctx.paragraphs):
            match = SPEAKER_LINE.match(ctx.text, start, end)
            if match is None or match.group(1).rstrip(".").casefold() in NOT_SPEAKERS:
                continue
            if any(word.casefold() in _HEADING_WORDS for word in match.group(1).split()):
                continue  # "QUOTE OF THE DAY: …": a newsletter's section heading, no one's name
            if len(ctx.text[match.end() : end].split()) < _MIN_WORDS:
                continue
            turns.append((index, end, match))
        yield from _interview_answers(ctx, self.name)
        if len(turns) == 1 and _dateline(ctx, *turns[0]):
            return  # "NEW DELHI: The government will …, officials said": a story's dateline
        for _index, end, match in turns:
            mention = ctx.span(match.start(1), match.end(1))
            speaker = Speaker(name=mention.text, mention=mention, kind=SpeakerKind.UNKNOWN)
            colon = ctx.span(match.start(2), match.end(2))
            asked = ctx.text[match.end() : end].rstrip(_CLOSING).endswith("?")
            yield from make(  # a turn that ends in a question asks (an interviewer's): a request
                ctx,
                self.name,
                [(match.end(), end)],
                colon,
                speaker,
                rule="NAME: line",
                act=Act.REQUEST if asked else Act.SPEECH,
            )


_REPORTING = frozenset({"say", "tell", "report", "announce", "state"})


def _dateline(ctx: DocContext, paragraph: int, end: int, match: re.Match[str]) -> bool:
    """Whether the one ``NAME:`` opening of a text (in paragraph ``paragraph``, ending at ``end``)
    is its dateline: in its first paragraphs (a headline may come first), naming a place the
    tagger knows, or opening a sentence that tells its own source (``NEW DELHI: The government
    will cut taxes, officials said``)."""
    if paragraph > DATELINE_PARAGRAPH:
        return False
    label = ctx.char_span(match.start(1), match.end(1))
    if label is not None and all(t.ent_type_ in _PLACES for t in label if t.is_alpha):
        return True
    content = ctx.char_span(match.end(), end)
    return content is not None and any(
        t.lemma_ in _REPORTING
        and t.pos_ == "VERB"
        and any(c.dep_ == "nsubj" and c.lower_ not in _SPEAKING_PERSONS for c in t.children)
        and not ctx.token_quoted(t)
        for t in content
    )


_PLACES = frozenset({"GPE", "LOC", "FAC"})
_SPEAKING_PERSONS = frozenset({"i", "we", "you"})
"""Subjects a turn's speaker tells of themselves or those addressed with (``I said so``)."""


QA_LINE = re.compile(r"([QA])(?:[.:]|[ \t]+[-–—])[ \t]+(?=\S)")
"""A paragraph of an interview printed as questions and answers: ``Q. …`` or ``A: …``."""
_MIN_TURNS = 2
"""How many questions and answers a text prints, each at least, to be an interview."""


def _interview_answers(ctx: DocContext, detector: str) -> Iterator[Attribution]:
    """The answers of an interview printed as ``Q.`` and ``A.`` paragraphs: each the words of the
    one person the paragraphs before the first question name (the interviewee; the writer of a
    byline is not counted), or of no one named when they name none or several.  The questions
    are the interviewer's, unnamed, and give nothing."""
    labels = []
    for start, end in ctx.paragraphs:
        match = QA_LINE.match(ctx.text, start, end)
        if match is not None:
            labels.append((match, end))
    questions = [m for m, _ in labels if m.group(1) == "Q"]
    answers = [(m, end) for m, end in labels if m.group(1) == "A"]
    if (
        len(questions) < _MIN_TURNS
        or len(answers) < _MIN_TURNS
        or answers[0][0].start() < questions[0].start()
    ):
        return
    interviewee = _interviewee(ctx, questions[0].start())
    for match, end in answers:
        if len(ctx.text[match.end() : end].split()) < _MIN_WORDS:
            continue
        label = ctx.span(match.start(), match.start() + len(match.group(0).rstrip()))  # "Q.", no space
        yield from make(
            ctx,
            detector,
            [(match.end(), end)],
            label,
            interviewee,
            rule="interview answer (Q. and A. paragraphs)",
        )


def _interviewee(ctx: DocContext, first_question: int) -> Speaker | None:
    """The person the text names before its first question, outside a byline (a person's entity,
    :func:`~quotrack.people.is_person_entity`): the one named, or, of several, the one named most
    (``Q&A with Ann Roe. Ann Roe spoke to our reporter Tom Lee …``), by their first full mention;
    None when it names no one, or several as often."""
    named: dict[str, Speaker] = {}
    counts: Counter[str] = Counter()
    # a person's name the tagger read as a body's counts ("Helena Varga" tagged ORG), and so does
    # the surname alone of one named before, whatever its tag; so does a name shaped like a
    # person's that the tagger read as a body's ("Imogen Fairweather-Lowe"), but not an owner
    # ("Marquee Weekly's Tom Lee")
    entities = zip(ctx.entities, person_entities(ctx), entity_name_words(ctx), strict=True)
    for ent, person, name_words in entities:
        if ent.start_char >= first_question:
            break
        if ent[-1].text.lower().endswith(("'s", "’s")):
            continue
        shaped = (  # a person's name read as a body's, no body's words in it ("Harbour Trust")
            ent.label_ in ("ORG", "GPE")
            and len(name_words) > 1
            and looks_like_name(name_words)
            and not body_words(name_words)
        )
        if not (person or shaped or (len(ent) == 1 and ent[0].text in named)) or ctx.in_quote(ent.start_char):
            continue
        if in_byline(ctx, ent.start_char):
            continue  # the writer's
        surname = ent[-1].text
        counts[surname] += 1
        if surname not in named or (len(ent) > 1 and " " not in named[surname].name):
            mention = ctx.span(ent.start_char, ent.end_char)
            named[surname] = Speaker(name=mention.text, mention=mention, kind=SpeakerKind.PERSON)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return named[ranked[0][0]]
