"""Direct quotations and the cue and speaker that introduce them.

Layouts: ``X said, "…"``, ``"…," X said``, ``"…," said X``, ``X said: "…"``,
``X was quoted as saying, "…"``, a quotation split by its cue
(``"…," she said, "…"``), the speaker in the sentence before (``X said:``)
or just after, and a paragraph that is only a quotation (its speaker is
left for the ``floating`` resolver).  Scare quotes and titles inside a
sentence are not quotations of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.attrs import DEP, POS
from spacy.strings import get_string_id
from spacy.symbols import AUX, VERB
from spacy.tokens import Span, Token

from ..acts import ActLexicon, source_head
from ..context import DocContext
from ..cues import CueLexicon
from ..model import Act, Attribution, Speaker, SpeakerKind, TextSpan
from ..outlets import as_reported_by
from ..people import DOCUMENT_NOUNS, ORG_NOUNS, headline_paragraphs, is_person_noun, role_word
from ..quotemarks import Quotation
from ..syntax import (
    FINITE_TAGS,
    NOT_SPEAKERS,
    QUESTION_VERBS,
    can_speak,
    cue_speaker,
    governing_subject,
    make,
    mute_subject,
    speaker_kind,
    speaker_mention,
)
from ..wordlists import words
from .base import Detector
from .claim_clauses import put_by_questioner
from .transcript import SPEAKER_LINE

_QUOTE_FRAMES = frozenset({"speech", "belief", "directive"})
_MAX_GAP_WORDS = 30
_MAX_CUE_GAP = 25
_CONDITIONAL = frozenset({"if", "unless", "whether"})
_NAME_WORD = r"[A-Z][\w.'’-]*"
_HEADLINE_MAX_WORDS = 25
_TAG_WORDS = 5
"""How far after a short quotation its cue may be: ``"No," the young man shouted``."""
_TAG_SPEAKER_POS = frozenset({"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM"})
"""The words of the speaker in a tag before its cue: ``the young man shouted``."""
_TITLE_BEFORE = re.compile(r"(?:['’]s?|\b(?:[Oo]n|[Ii]n|[Oo]f|[Ff]rom|[Aa]t))[ \t\u00a0]*\Z")
"""What puts a title before its quotation marks: a possessive or "on", "in", "of", "from", "at"."""
_THING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "oprd", "compound", "conj"})
"""How a quoted name hangs on the sentence when it names a thing there."""
_QUOTE_LINK = re.compile(r"[\s,]*(?:(?:and|or)\s+)?")
"""Between two quotations a topic cue takes: ``of "A" and "B"``."""
_NAMING_VERBS = words("naming_verbs")
_LABEL_BEFORE = re.compile(r"\b([A-Za-z]+)[ \t\u00a0]*\Z")
"""The word right before a quotation's opening mark."""
_LABEL_NOUNS = words("label_nouns")
"""Nouns a quotation is a name or label after (``lexicons/label_nouns.txt``): ``the hashtag "#…#"``."""
_WORK_WORDS = words("work_titles")
"""Words a quotation right after is the title of a work (``lexicons/work_titles.txt``): ``the book "…"``,
``a memo titled "…"``."""
_BYLINE_AFTER = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*by[ \t\u00a0]+(?:the[ \t\u00a0]+)?[A-Z]")
"""A byline right after a quotation's closing mark: ``"…," by the Herald's Ann Lee``."""
_EMBEDDED_BEFORE = re.compile(r"\b(?:to|of|as|about|for|with)[ \t\u00a0]*\Z")
"""A word right before a quotation whose complement it is: ``vowing to "…"``, ``spoke of "…"``."""
_CITED_NOUNS = words("cited_words_nouns")
"""Nouns a quotation is cited words after (``lexicons/cited_words_nouns.txt``): ``the Lee quote that "…"``."""
_THANKING_VERBS = words("thanking_verbs")
"""Verbs whose object is whom thanks or praise went to (``lexicons/thanking_verbs.txt``)."""
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
"""Verbs that give a thing its name (``lexicons/naming_verbs.txt``): ``named the virus "…"``."""
_NAME_REACH = 10
"""How many words before a quotation its naming verb may be: the thing named lies between."""
_CUE_GAP = re.compile(r"[,:]?[ \t]*")
"""Between a cue and the short quotation it takes: ``asked, "Why?"``."""
_SIGNATURE = re.compile(rf"[^\S\n]*([―—–])[^\S\n]*({_NAME_WORD}(?:[ ,]+[\w.'’-]+){{0,5}})(?:[^\S\n]|\.)*$")
_HEADLINE = re.compile(rf"({_NAME_WORD}(?: {_NAME_WORD}){{0,4}}?)(?: [Oo]n [^:\n]{{1,40}})?(:)\s*$")


class QuoteDetector(Detector):
    """Quoted speech: every quotation that reads as speech, with its cue and speaker.

    ``min_words`` is the shortest quotation taken as speech when it neither
    ends in punctuation nor fills its sentence: shorter ones are scare
    quotes or titles.
    """

    name = "quotes"

    def __init__(self, cues: CueLexicon | None = None, min_words: int = 5) -> None:
        self.cues = cues
        self.min_words = min_words
        self.act_lexicon = ActLexicon.default()

    def _cues(self, ctx: DocContext) -> CueLexicon:
        """The detector's own cue lexicon, else the run's (``ctx.lexicons.cues``)."""
        return self.cues if self.cues is not None else ctx.lexicons.cues

    def detect(self, ctx: DocContext) -> Iterator[Attribution]:
        found: list[tuple[Quotation, Token | None, Speaker | None]] = []
        openers: list[Quotation] = []  # too short on their own: kept only when the next piece joins them
        lists = ctx.story_lists
        for index, quotation in enumerate(ctx.quotations):
            paras = range(ctx.paragraph_index(quotation.start), ctx.paragraph_index(quotation.end) + 1)
            if any(p in lists for p in paras):
                continue  # other stories' headlines, or a quotation running into them
            if SPEAKER_LINE.match(ctx.text, quotation.start):
                continue  # “LEE: …: a turn of a quoted transcript, the transcript detector's
            headline = _headline(ctx, quotation)
            signed = headline or _signature(ctx, quotation)
            if signed is not None:
                rule = "headline 'Name: quote'" if headline else "signed quotation"
                yield from make(ctx, self.name, *signed, rule=rule)
                continue
            if not self._is_speech(ctx, quotation):
                if len(quotation.pieces) == 1 and _labelled(ctx, quotation):
                    continue  # a label or a title is no piece of a split quote either
                # '"We are ready" tweeted Lee "to help …"': a piece too short alone, joined by the next
                following = ctx.quotations[index + 1] if index + 1 < len(ctx.quotations) else None
                if _opens_a_split_quote(ctx, quotation, following):
                    found.append((quotation, *self._cue_and_speaker(ctx, quotation)))
                    openers.append(quotation)
                continue
            if self._scare_quote(ctx, quotation) and not self._cue_takes(ctx, quotation):
                continue  # (tested first: neither test needs the cue, which is slower to find)
            if self._work_title(ctx, quotation):
                continue
            cited = _cited_author(ctx, quotation)
            cue, speaker = cited if cited is not None else self._cue_and_speaker(ctx, quotation)
            found.append((quotation, cue, speaker))
        topics: list[Quotation] = []
        for group in self._join_split_quotes(ctx, found):
            quotations = [q for q, _, _ in group]
            if len(quotations) == 1 and quotations[0] in openers:
                continue
            cue = next((c for _, c, _ in group if c is not None), None)
            speaker = next((s for _, _, s in group if s is not None), None)
            pieces = [piece for q in quotations for piece in q.pieces]
            if len(pieces) == 1 and (tail := _phrase_tail(ctx, quotations[0])) is not None:
                pieces = [(pieces[0][0], tail)]  # 'to "work … under the umbrella" of the inquiry'
            elif (tail := self._sentence_tail(ctx, quotations[-1], cue, speaker)) is not None:
                pieces[-1] = (pieces[-1][0], tail)  # '"We will fight for those who built" this town.'
            if (head := _sentence_subject(ctx, quotations[0])) is not None:
                pieces[0] = (head, pieces[0][1])  # 'The plan "puts the banks first," Lee wrote. "…"'
                if (
                    len(quotations) > 1
                    and len(quotations[0].pieces) == 1
                    and (tail := self._sentence_tail(ctx, quotations[0], cue, speaker, True)) is not None
                ):
                    pieces[0] = (head, tail)  # 'The plan "does little about" rents, Lee wrote. "…"'
            elif (
                len(quotations) == 1
                and (head := _infinitive_start(ctx, self._cues(ctx), quotations[0])) is not None
            ):
                pieces[0] = (head, pieces[0][1])  # 'vowed to block "bad port deals"'
            elif (
                len(quotations) == 1
                and cue is not None
                and (head := _subject_after_cue(ctx, cue, quotations[0])) is not None
            ):
                pieces[0] = (head, pieces[0][1])  # 'urged rich donors "pay their fair share"'
            act = self.act_lexicon.of_source(source_head(ctx, speaker))  # quoted words are speech
            if act is Act.SPEECH and self._topic_quoted(ctx, quotations[0], topics):
                act = Act.TOPIC  # 'talked of Munk's "countless discoveries …"': what was spoken of
                topics.append(quotations[-1])
            elif act is Act.SPEECH and len(quotations) == 1:
                act = self._phrase_act(ctx, quotations[0], cue) or act
            if act is Act.SPEECH and _question_put(ctx, cue, speaker, pieces):
                act = Act.REQUEST  # '"Was he fired?" one reporter asked': a question, no claim
            yield from make(
                ctx,
                self.name,
                pieces,
                _cue_span(ctx, cue),
                speaker,
                rule=_rule(quotations, cue, speaker),
                act=act,
            )

    def _topic_quoted(self, ctx: DocContext, quotation: Quotation, topics: list[Quotation]) -> bool:
        """Whether the quoted words are a noun phrase a topic cue's preposition takes (``talked of
        Munk's "countless discoveries …"``, ``spoke about "the hardest year of my life"``: the
        speaker's words, but only what they spoke of, no claim), or follow such a one with only
        "and", "or" or a comma between (``… and "his global leadership …"``)."""
        if topics and _QUOTE_LINK.fullmatch(ctx.text[topics[-1].outer_end : quotation.outer_start]):
            return True
        inside = ctx.char_span(quotation.start, quotation.end)
        if inside is None or len(quotation.pieces) > 1:
            return False
        root = inside.root
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head
        if root.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") or root.dep_ != "pobj":
            return False
        prep, verb = root.head, root.head.head
        return (
            prep.dep_ == "prep"
            and prep.i < inside.start
            and verb.pos_ == "VERB"
            and self.act_lexicon.of_lemma(f"{verb.lemma_} {prep.lower_}") is Act.TOPIC
        )

    def _phrase_act(self, ctx: DocContext, quotation: Quotation, cue: Token | None) -> Act | None:
        """The act of quoted words that are a phrase of the sentence's own clause, not a clause of
        their own, when that act is no claim: the ones a directive cue addresses before its
        infinitive (``called on "parents and teachers" to act``: a request), the object
        of a verb of thanks no cue governs (``thanked "the volunteers for their long hours"``:
        whom the act went to; ``lexicons/thanking_verbs.txt``), or a prepositional phrase on a
        cue that has its own object (``announced the closure "with deep regret to our customers"``:
        the manner of the act).  None otherwise."""
        inside = ctx.char_span(quotation.start, quotation.end)
        if inside is None or len(quotation.pieces) > 1:
            return None
        words = [token for token in inside if not token.is_punct]
        if not words:
            return None
        phrase = ctx.doc[words[0].i : words[-1].i + 1]
        root = phrase.root
        if any(token.tag_ in FINITE_TAGS and not _in_relative(token, root) for token in words):
            return None  # a clause of its own says something; 'everyone who helped' is a phrase
        head = root.head
        if head.i == root.i or phrase.start <= head.i < phrase.end:
            return None
        verb = head.head if root.dep_ == "pobj" and head.dep_ == "prep" else head
        if verb.pos_ != "VERB" or phrase.start <= verb.i < phrase.end:
            return None
        cues = self._cues(ctx)
        after = [child for child in verb.children if not phrase.start <= child.i < phrase.end]
        if (
            root.dep_ in ("dobj", "pobj")
            and "directive" in cues.token_frames(verb)
            and any(child.dep_ == "xcomp" and child.i >= phrase.end for child in after)
        ):
            return Act.REQUEST
        if (
            root.dep_ == "dobj"
            and cue is None
            and verb.lemma_.lower() in _THANKING_VERBS
            and not any(self._is_cue(ctx, token) for token in verb.ancestors)
        ):
            return Act.TOPIC
        if (
            root.dep_ == "prep"
            and root.lower_ != "as"
            and self._is_cue(ctx, verb)
            and "naming" not in cues.token_frames(verb)
            and verb.lemma_.lower() not in _NAMING_VERBS
            and any(child.dep_ == "dobj" for child in after)
        ):
            return Act.TOPIC
        return None

    # -- what counts as a quotation of speech ---------------------------------
    def _is_speech(self, ctx: DocContext, quotation: Quotation) -> bool:
        if len(quotation.pieces) > 1:
            return True
        inner = ctx.text[quotation.start : quotation.end].rstrip()
        before = ctx.text[max(0, quotation.outer_start - 8) : quotation.outer_start]
        if _is_title(inner.rstrip(",."), _TITLE_SMALL_WORDS) and _TITLE_BEFORE.search(before):
            return False  # on Fox News's "Sunday Talk," the senator said
        if _is_title(inner, _TITLE_SMALL_WORDS) and self._named_thing(ctx, quotation):
            return False  # he received the "Hero of the Nation": a name, not words said
        if _name_given(ctx, quotation):
            return False  # 'named the virus that causes it "severe acute … 2"': a name given
        if _labelled(ctx, quotation):
            return False
        words = len(inner.split())
        if words >= self.min_words:
            return True
        if words >= 2 and inner[-1:] in ".!?,…":
            return True
        if inner[-1:] in ",!?" and _tag_follows(ctx, quotation):
            return True  # "Okay," I said.
        if self._cue_takes(ctx, quotation):
            return True  # "Never," Ortiz shouted. / She said "no way".
        # a short quotation that fills its whole paragraph is still speech
        para = ctx.paragraphs[ctx.paragraph_index(quotation.start)]
        return words >= 2 and quotation.outer_start <= para[0] and quotation.outer_end >= para[1] - 1

    def _named_thing(self, ctx: DocContext, quotation: Quotation) -> bool:
        """Whether the quotation is a noun phrase the sentence around it uses as a thing.

        A subject, object or complement of a verb that is no speech cue, or
        an apposition: ``received the "Hero of the Nation"``, ``a "Lakeside
        Summer Experience" was under way``, or the object of a topic cue
        (``mentioned "Lakeside Day"``).  Not what a speech cue takes: ``said
        "Never Again"``.
        """
        inside = ctx.char_span(quotation.start, quotation.end)
        if inside is None:
            return False
        root = inside.root
        if root.head.i == root.i or inside.start <= root.head.i < inside.end:
            return False
        if root.dep_ not in _THING_DEPS:
            return False
        head = root.head
        if root.dep_ == "dobj" and self.act_lexicon.of_lemma(head.lemma_) is Act.TOPIC:
            return True  # 'banners which mentioned "Harvest Fair"': a name a topic cue takes
        return not self._is_cue(ctx, head)

    def _scare_quote(self, ctx: DocContext, quotation: Quotation) -> bool:
        """A short quotation inside a sentence: a title or a scare quote, unless a cue takes it.

        ``the star of the show "Night Court."`` and ``a city of "straight
        talk."`` are no quotations of their own.
        """
        if len(quotation.pieces) > 1 or not ctx.fewer_words(quotation.pieces, self.min_words):
            return False
        outer = ctx.char_span(quotation.outer_start, quotation.outer_end)
        if outer is None:
            return False
        sent = ctx.sentences[ctx.sentence_index(outer.start)]
        start = max(sent.start_char, ctx.paragraph_span(quotation.outer_start)[0])
        before = ctx.text[start : quotation.outer_start]
        # the parser may run a short tag into the next sentence: '"A," she said. "No way."'
        ends = list(_SENTENCE_END.finditer(before))
        if ends:
            before = before[ends[-1].end() :]
        return any(c.isalnum() for c in before)

    def _work_title(self, ctx: DocContext, quotation: Quotation) -> bool:
        """Whether the quotation is the title of a work or a thing's name inside a sentence in
        ordinary case: two or more words, each capitalised but a title's small words, and no cue
        right before its opening mark.

        ``starred in "Harbour Lights" and "Sons of the Valley," posted the clip``, ``as
        in the film "The Long Ferry," which recounts …``, ``wore "Vote Early" hats``: no one's
        words, though a cue may follow.  ``said "Never Again"`` (a cue takes it) and a headline in
        title case (its quotation no different from the words around it) stay quotations.
        """
        if len(quotation.pieces) > 1:
            return False
        inner = ctx.text[quotation.start : quotation.end].strip().rstrip(",")
        if len(inner.split()) < 2 or not _is_title(inner, _TITLE_SMALL_WORDS):
            return False
        outer = ctx.char_span(quotation.outer_start, quotation.outer_end)
        if outer is None or outer.start == 0:
            return False
        sent = ctx.sentences[ctx.sentence_index(outer.start)]
        before = ctx.doc[sent.start : outer.start]
        words = [t for t in (*before, *ctx.doc[outer.end : sent.end]) if t.is_alpha]
        if not any(t.is_lower and t.lower_ not in _TITLE_SMALL_WORDS for t in words):
            return False  # a headline: every word capitalised
        if not any(t.is_alpha for t in before):
            return False  # '"Good Night Moon," she said'
        cue = ctx.doc[outer.start - 1]
        if cue.text in ",:" and outer.start - 1 > sent.start:
            cue = ctx.doc[outer.start - 2]
        return not self._speech_cue(ctx, cue)

    def _cue_takes(self, ctx: DocContext, quotation: Quotation) -> bool:
        """Whether a speech cue takes a short quotation as what was said.

        ``"Never," Ortiz shouted.`` (the cue in the tag right after a
        quotation that ends in ``,``, ``!`` or ``?``) and ``She asked,
        "Why?"`` or ``She said "no way"`` (the cue right before the opening
        mark).  A title (``told the "Today" show``), a scare quote, or a
        word after a naming verb (``called it "crazy"``) is not speech.
        """
        outer = ctx.char_span(quotation.outer_start, quotation.outer_end)
        if outer is None:
            return False
        doc = ctx.doc
        inner = ctx.text[quotation.start : quotation.end].rstrip()
        if inner[-1:] in ",!?":
            for token in doc[outer.end : outer.end + _TAG_WORDS]:
                if (token.is_sent_start and token.i > outer.end) or token.is_punct or token.tag_ == "VBN":
                    break
                if self._speech_cue(ctx, token):
                    return True
                if token.pos_ not in _TAG_SPEAKER_POS:
                    break  # "…," when asked: no tag of a speaker and cue
        if outer.start == 0 or _is_title(inner):
            return False
        cue = doc[outer.start - 1]
        if cue.text in ",:" and outer.start > 1:
            cue = doc[outer.start - 2]
        gap = ctx.text[cue.idx + len(cue.text) : quotation.outer_start]
        if cue.pos_ == "ADV" and cue.i > 0 and cue.head.i == cue.i - 1 and not _quoted_before(ctx, cue):
            cue = cue.head  # 'said only: "Enough."', 'said simply, "No."': the cue before its adverb
        if _CUE_GAP.fullmatch(gap) is None or not self._speech_cue(ctx, cue):
            return False
        if gap.strip():
            return True  # "asked, “Why?”"
        # "said “no way” and left", not "showing “respect” to the FBI"
        after = doc[outer.end] if outer.end < len(doc) else None
        if after is None:
            return True
        if after.is_punct or after.is_space or after.is_sent_start or after.pos_ == "CCONJ":
            return True
        # a clause of its own is what was said: 'said “we are closed” on Monday'
        return any(token.tag_ in FINITE_TAGS for token in outer)

    def _speech_cue(self, ctx: DocContext, token: Token) -> bool:
        frames = self._cues(ctx).token_frames(token)
        return "speech" in frames and "naming" not in frames and self._is_cue(ctx, token)

    def _sentence_tail(
        self,
        ctx: DocContext,
        quotation: Quotation,
        cue: Token | None,
        speaker: Speaker | None,
        subject_given: bool = False,
    ) -> int | None:
        """Where a quoted sentence that its closing mark cut short goes on in the writer's words:
        ``"We will fight for the workers who built" this town.``, ``"This will be hard" for the
        port, said Lee.``, ``"It would help us" because rents are high, she said.`` (a quotation
        that opens its sentence, or follows a comma or colon, in capitals and ends on a word, no
        punctuation, then words up to the sentence's next mark, none of them the tag, a time or a
        verb the quotation is the subject of); None otherwise. With ``subject_given`` (the writer
        gave the quoted predicate's subject before the opening mark) it may open in lower case:
        ``The plan "does little about" rents, Lee wrote.``"""
        text = ctx.text
        if (
            not quotation.closed
            or not (subject_given or text[quotation.start : quotation.start + 1].isupper())
            or not text[quotation.end - 1 : quotation.end].isalnum()
            or text[quotation.outer_end : quotation.outer_end + 1] != " "
        ):
            return None
        if not subject_given and text[: quotation.outer_start].rstrip()[-1:] not in _QUOTE_OPENERS:
            return None  # 'his line was "…" during the campaign': a quoted phrase the writer uses
        first = ctx.tokens_starting_by(quotation.outer_end + 1) - 1
        doc = ctx.doc
        if first >= len(doc) or doc[first].idx != quotation.outer_end + 1 or not doc[first].is_alpha:
            return None
        sentence_end = doc[first].sent.end
        mention = speaker.mention if speaker is not None else None
        last = None
        subordinate = False  # '"…" because rents are high': a finite verb of the speaker's clause
        for token in doc[first : min(sentence_end, first + _TAIL_WORDS + 1)]:
            if token.is_punct or token.is_quote or token.is_space:
                break
            if (
                (cue is not None and token.i == cue.i)
                or (mention is not None and mention.start <= token.idx < mention.end)
                or self._speech_cue(ctx, token)
                or token.lower_ in _SOURCE_WORDS
            ):
                return None  # '"…" Lee said.', '"…" according to Lee.': the tag, with no comma before it
            if (
                token.ent_type_ in _TIMES
                or token.dep_ == "npadvmod"
                or (token.is_title and token.pos_ != "PROPN")
            ):
                return None  # '"…" moments after the polls closed', a title's '"…" About Him'
            if token.tag_ in _FINITE_TAGS and not subordinate:
                return None  # '"…" sounds great to voters': the quotation is the writer's subject
            subordinate = subordinate or token.dep_ == "mark" or token.pos_ == "SCONJ"
            last = token
        else:
            return None  # a long run of words: the writer's own sentence, not the quote's end
        if last is None or doc[last.i + 1 : last.i + 2].text[:1] not in _TAIL_ENDS:
            return None
        return last.idx + len(last.text)

    # -- cue and speaker ------------------------------------------------------
    def _cue_and_speaker(self, ctx: DocContext, quotation: Quotation) -> tuple[Token | None, Speaker | None]:
        span = ctx.char_span(quotation.outer_start, quotation.outer_end)
        if span is None:
            return None, None
        first = ctx.sentence_index(span.start)
        last = ctx.sentence_index(span.end - 1)
        paras = range(ctx.paragraph_index(quotation.start), ctx.paragraph_index(quotation.end) + 1)
        para = paras[0]
        sentences = ctx.sentences
        tag = self._tag_after(ctx, sentences[last], quotation)
        if tag is not None:  # '…: "A. B," said X': the quote's own tag, not the clause that led to it
            return tag, cue_speaker(ctx, tag)
        read = self._writing_after(ctx, sentences[last], quotation)
        if read is not None:
            return read
        inverted = self._inverted_tag(ctx, quotation)
        if inverted is not None:
            return inverted
        # the sentence(s) of the quote itself, then the sentence before and after
        order = [*range(first, last + 1), first - 1, last + 1]
        for index in order:
            if not 0 <= index < len(sentences):
                continue
            sent = sentences[index]
            if index == first - 1 and not _introduces(ctx, sent, para):
                continue
            if index == last + 1 and not (
                _tags_quote(ctx, sent, quotation) and ctx.paragraph_index(sent.start_char) == paras[-1]
            ):
                continue
            cue = self._nearest_cue(ctx, sent, quotation)
            if cue is None:
                if index == first - 1:  # "X released the following statement:"
                    subject = governing_subject(sent.root)
                    if subject is not None and not ctx.token_quoted(subject):
                        return None, speaker_mention(ctx, subject)
                continue
            return cue, cue_speaker(ctx, cue)
        named = _name_at_colon(ctx, quotation)
        return None, named or _host_subject(ctx, quotation) or _colon_subject(ctx, quotation)

    def _tag_after(self, ctx: DocContext, sent: Span, quotation: Quotation) -> Token | None:
        """A cue right after the closing mark with its own subject there: ``"…," said X``, ``"…," X said``."""
        if sent.end_char <= quotation.outer_end:
            return None
        for token in ctx.verbs_between(self._cues(ctx).lemma_ids, sent.start, sent.end):
            if token.idx < quotation.outer_end or _gap_words(ctx, token, quotation) > _TAG_GAP:
                continue
            if not self._speech_cue(ctx, token):
                continue
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.idx < quotation.outer_end:
                continue
            start = min(token.idx, subject.left_edge.idx)
            if not ctx.text[quotation.outer_end : start].strip(" ,"):  # nothing but the comma between
                return token
        return None

    def _writing_after(
        self, ctx: DocContext, sent: Span, quotation: Quotation
    ) -> tuple[Token, Speaker] | None:
        """``"…", read the warning``: a cue right after the closing mark and its comma, with no
        subject, whose object right after it is a writing (the parser took the inverted subject
        for an object when the comma stands outside the marks); the writing is the speaker."""
        if sent.end_char <= quotation.outer_end:
            return None
        for token in ctx.verbs_between(self._cues(ctx).lemma_ids, sent.start, sent.end):
            if token.idx < quotation.outer_end or ctx.text[quotation.outer_end : token.idx].strip(" ,"):
                continue
            if not self._speech_cue(ctx, token) or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in token.children
            ):
                return None
            writing = next((c for c in token.children if c.dep_ == "dobj"), None)
            if writing is None or writing.left_edge.i != token.i + 1 or writing.lower_ not in DOCUMENT_NOUNS:
                return None
            speaker = speaker_mention(ctx, writing)
            return (token, speaker) if speaker is not None else None
        return None

    def _inverted_tag(self, ctx: DocContext, quotation: Quotation) -> tuple[Token, Speaker] | None:
        """``"…" tweeted Mayor of London Sadiq Khan``: a cue right after the closing mark, with no
        comma, and a name after it, which the parser may read as one noun phrase ("tweeted" an
        adjective of "Mayor"); the name is the speaker as written (the roles resolver names it).
        """
        doc = ctx.doc
        after = ctx.text[quotation.outer_end : quotation.outer_end + 2]
        if after[:1] != " " or not after[1:2].isalpha():
            return None  # one space, then a word: no comma between
        word = ctx.char_span(quotation.outer_end + 1, quotation.outer_end + 2)
        cue_token = doc[word.start] if word is not None else None
        if cue_token is None or cue_token.tag_ not in ("VBD", "VBN") or ctx.token_quoted(cue_token):
            return None
        if "speech" not in self._cues(ctx).token_frames(cue_token):
            return None
        end = cue_token.i + 1
        while end < len(doc) and (doc[end].pos_ == "PROPN" or doc[end].lower_ in ("of", "the")):
            end += 1
        while end > cue_token.i + 1 and doc[end - 1].pos_ != "PROPN":
            end -= 1
        if end - cue_token.i < 3 or not any(t.ent_type_ == "PERSON" for t in doc[cue_token.i + 1 : end]):
            return None  # two names at least, one of them a person's: "tweeted Mayor Ann Lee"
        mention = ctx.span(doc[cue_token.i + 1].idx, doc[end - 1].idx + len(doc[end - 1].text))
        return cue_token, Speaker(name=mention.text, mention=mention, kind=SpeakerKind.PERSON)

    def _nearest_cue(self, ctx: DocContext, sent: Span, quotation: Quotation) -> Token | None:
        """The cue that governs the quotation, else the nearest one in ``sent``.

        Of the cues above the quotation in the parse, the topmost wins:
        in ``X said he would advise Y to "…"`` the quote is X's, not "he"'s
        (see :func:`_own_cue` for a cue the parser hung on another).
        """
        cues = [
            t
            for t in ctx.verbs_between(self._cues(ctx).lemma_ids, sent.start, sent.end)
            if self._is_cue(ctx, t) and not _sentence_between(ctx, t, quotation)
        ]
        if not cues:
            return None
        inside = ctx.char_span(quotation.start, quotation.end)
        if inside is not None and sent.start <= inside.start and inside.end <= sent.end:
            governing = [a for a in _clause_ancestors(inside.root) if a in cues]
            if governing:
                return _own_cue(governing)
        # no cue governs it (a misparse): the nearest cue close to the quotation, not one
        # describing a writing ("a statement agreeing it should be decided by X: '…'")
        near = [
            t
            for t in cues
            if _gap_words(ctx, t, quotation) <= _MAX_CUE_GAP and not _describes_writing(self._cues(ctx), t)
        ]
        if not near:
            return None
        return min(near, key=lambda t: _gap_words(ctx, t, quotation))

    def _is_cue(self, ctx: DocContext, token: Token) -> bool:
        if token.pos_ != "VERB" or ctx.token_quoted(token):
            return False
        if token.dep_ == "amod" or (token.tag_ == "VBN" and token.dep_ == "acl"):
            return False  # "the so-called ...", "the said ..."
        if token.tag_ == "VBN" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL for c in token.children):
            return False  # "the manifesto, if written by him, could help the case: '…'": a supposition
        if as_reported_by(token):
            return False  # "X said — as reported by the Post — '…'": the channel, not the speaker
        if any(child.dep_ == "dobj" and child.tag_ == "WDT" for child in token.children):
            return False  # "X commented — which the BBC noted as unusual — '…'": says what of another's act
        return bool(self._cues(ctx).token_frames(token) & _QUOTE_FRAMES)

    @staticmethod
    def _join_split_quotes(
        ctx: DocContext, found: list[tuple[Quotation, Token | None, Speaker | None]]
    ) -> Iterator[list[tuple[Quotation, Token | None, Speaker | None]]]:
        group: list[tuple[Quotation, Token | None, Speaker | None]] = []
        for item in found:
            if group and (_continues(ctx, group[-1], item) or _goes_on(ctx, group, item)):
                group.append(item)
                continue
            if group and _after_tag(ctx, group[-1], item):
                group.append((item[0], None, None))  # a cue after it opens the next quotation's tag
                continue
            if group:
                yield group
            group = [item]
        if group:
            yield group


_SPLIT_TAG_WORDS = 10
_TAIL_WORDS = 12
_TAIL_ENDS = frozenset({".", ",", "!", "?", ";"})
_SOURCE_WORDS = frozenset({"according", "per", "via"})
_TIMES = frozenset({"DATE", "TIME"})
_QUOTE_OPENERS = frozenset({"", ".", "!", "?", ",", ":", "\n", '"', "”", "’", "'"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _opens_a_split_quote(ctx: DocContext, quotation: Quotation, following: Quotation | None) -> bool:
    """Whether a quotation too short to be speech on its own opens a quote its tag splits with no
    commas around it: ``"Our team" study co-author Lee said "has developed …"`` (``following``,
    the next quotation, a few words on in the same paragraph with no punctuation between, opens
    in lower case and this one in capitals)."""
    inner = ctx.text[quotation.start : quotation.end]
    if not quotation.closed or not inner[:1].isupper() or _is_title(inner, _TITLE_SMALL_WORDS):
        return False  # (not a name: '"Harbour Plan" led to what X called "…"')
    if following is None:
        return False
    if ctx.paragraph_index(following.start) != ctx.paragraph_index(quotation.end):
        return False
    between = ctx.text[quotation.outer_end : following.outer_start]
    if any(mark in between for mark in ",.;:!?()") or not 0 < len(between.split()) <= _SPLIT_TAG_WORDS:
        return False
    return ctx.text[following.start : following.start + 1].islower()


def _infinitive_start(ctx: DocContext, cues: CueLexicon, quotation: Quotation) -> int | None:
    """Where the infinitive starts whose object a quoted phrase is, when the infinitive is a
    cue's: ``vowed to block "bad port deals and unfair quotas"`` (the claim is the promise,
    not the noun phrase); None otherwise."""
    if not ctx.text[quotation.start : quotation.start + 1].islower():
        return None
    inside = ctx.char_span(quotation.start, quotation.end)
    if inside is None:
        return None
    heads = [t for t in inside if not t.is_punct and not inside.start <= t.head.i < inside.end]
    if len(heads) != 1 or heads[0].dep_ != "dobj":
        return None
    verb = heads[0].head
    cue = verb.head
    if verb.dep_ != "xcomp" or verb.i > inside.start or not cues.token_frames(cue):
        return None
    to = next((c for c in verb.lefts if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i <= cue.i or any(t.is_punct for t in ctx.doc[to.i : inside.start - 1]):
        return None
    return to.idx


_NOUN_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM"})
_PREDICATE_POS = frozenset({"VERB", "AUX"})


def _subject_after_cue(ctx: DocContext, cue: Token, quotation: Quotation) -> int | None:
    """Where the writer's noun phrase starts that is the subject of a quoted predicate, set between
    ``cue`` (or a "that" whose clause is the cue's) and the opening mark: ``urged rich donors "pay
    their fair share"``, ``claimed that sailors leaving the port "cannot come back"`` (a quotation
    that opens in lower case on a verb, after a noun phrase of a few words with no punctuation in
    it); None otherwise."""
    if not ctx.text[quotation.start : quotation.start + 1].islower():
        return None
    inside = ctx.char_span(quotation.start, quotation.end)
    if inside is None or inside.start < 2 or inside[0].pos_ not in _PREDICATE_POS:
        return None
    doc = ctx.doc
    if not doc[inside.start - 1].is_quote:
        return None
    i = inside.start - 2
    while (
        i >= 0
        and inside.start - 2 - i < _SUBJECT_WORDS
        and (doc[i].pos_ in _NOUN_PHRASE_POS or (doc[i].tag_ == "VBG" and i < inside.start - 2))
    ):
        i -= 1
    phrase = doc[i + 1 : inside.start - 1]
    if i < 0 or not phrase or not any(t.pos_ in ("NOUN", "PROPN") for t in phrase):
        return None
    before = doc[i]
    if before.lower_ == "that" and before.dep_ == "mark" and before.head.head.i == cue.i:
        return phrase[0].idx
    return phrase[0].idx if before.i == cue.i else None


def _sentence_subject(ctx: DocContext, quotation: Quotation) -> int | None:
    """Where a quoted sentence starts whose subject the writer gave before the opening mark: ``The
    plan "puts the banks first," Lee wrote.`` (a quotation that opens in lower case after a few
    words that open the sentence, no verb or punctuation among them, one the subject of a verb
    inside the quotation); None otherwise."""
    if not ctx.text[quotation.start : quotation.start + 1].islower():
        return None
    inside = ctx.char_span(quotation.start, quotation.end)
    if inside is None:
        return None
    before = ctx.doc[ctx.parse_sentence(inside.start)[0] : inside.start]
    words = [t for t in before if not t.is_quote]
    if not 0 < len(words) <= _SUBJECT_WORDS:
        return None
    if any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in words):
        return None
    if not any(t.dep_ in _SUBJECT_DEPS and inside.start <= t.head.i < inside.end for t in words):
        return None
    return words[0].idx


_SUBJECT_WORDS = 6


def _phrase_tail(ctx: DocContext, quotation: Quotation) -> int | None:
    """Where a quoted phrase's own words go on past its closing mark: ``to "work under the
    umbrella" of the inquiry`` (an "of" phrase after the mark hangs on a noun inside the quote). A
    quoted fragment only (it opens in lower case), one phrase of one sentence; None otherwise."""
    if not quotation.closed or not ctx.text[quotation.start : quotation.start + 1].islower():
        return None
    inside = ctx.char_span(quotation.start, quotation.end)
    if inside is None:
        return None
    roots = [t for t in inside if not inside.start <= t.head.i < inside.end or t.head.i == t.i]
    if len(roots) != 1:
        return None
    last = roots[0].right_edge
    after = ctx.doc[inside.end : last.i + 1]
    if last.i < inside.end:
        return None
    sentence = ctx.parse_sentence(last.i)
    if any(t.i >= sentence[1] for t in after) or sentence != ctx.parse_sentence(inside.start):
        return None
    words = [t for t in after if not t.is_punct]
    if (
        not words
        or words[0].lower_ != "of"
        or words[0].head.pos_ not in ("NOUN", "PROPN")
        or not inside.start <= words[0].head.i < inside.end
        or any(t.pos_ in ("VERB", "AUX") for t in words)
    ):
        return None  # only the "of" phrase of a quoted noun: "in the city hall" may be the writer's
    return last.idx + len(last.text)


def _cited_author(ctx: DocContext, quotation: Quotation) -> tuple[Token, Speaker] | None:
    """A quotation cited as a named author's words: ``citing the Ann Lee quote that "…"``,
    ``repeated Mark Twain's line: "…"`` (``lexicons/cited_words_nouns.txt``).  The words are the
    author's, whoever cites them: the noun is the cue and the proper name before it the speaker."""
    outer = ctx.char_span(quotation.outer_start, quotation.outer_end)
    if outer is None or len(quotation.pieces) > 1:
        return None
    doc = ctx.doc
    i = outer.start - 1
    if i >= 0 and (doc[i].lower_ == "that" or doc[i].text in ",:"):
        i -= 1
    noun = doc[i]
    if i < 1 or noun.lower_ not in _CITED_NOUNS or noun.tag_ in ("VBG", "VBD", "VBN"):
        return None  # (not "… near the city saying, "…"": a verb)
    if any(child.dep_ in _SUBJECT_DEPS for child in noun.children):
        return None  # "the Lees quote "…"": the verb of a clause (the parser may tag the noun a verb)
    end = i - 1
    if doc[end].tag_ == "POS":
        end -= 1  # "Mark Twain's line"
    start = end
    while start >= 0 and doc[start].pos_ == "PROPN" and doc[start].text[:1].isupper():
        start -= 1
    start += 1
    if start > end or ctx.token_quoted(doc[end]):
        return None
    name = doc[start : end + 1]
    mention = ctx.trimmed(name.start_char, name.end_char)
    if mention is None:
        return None
    return noun, Speaker(mention.text, mention, speaker_kind(name, doc[end]))


def _in_relative(token: Token, root: Token) -> bool:
    """Whether ``token`` is in a relative clause on a noun below ``root``: ``everyone who helped``."""
    while token.i != root.i and token.head.i != token.i:
        if token.dep_ == "relcl":
            return True
        token = token.head
    return False


def _labelled(ctx: DocContext, quotation: Quotation) -> bool:
    """Whether the quotation is a label or a title, not words said: right after a noun of
    ``lexicons/label_nouns.txt`` ('the hashtag "#we want …#" reached …') or a word of
    ``lexicons/work_titles.txt`` in lower case ('the movie "…"', 'a memo titled "…"'; not 'Ann
    Song "…"'), or a headline with its byline after it ('"Harbour to close," by the Herald's Ann Lee')."""
    label = _LABEL_BEFORE.search(ctx.text, max(0, quotation.outer_start - 16), quotation.outer_start)
    if label is not None and (label.group(1).lower() in _LABEL_NOUNS or label.group(1) in _WORK_WORDS):
        return True
    return _BYLINE_AFTER.match(ctx.text, quotation.outer_end) is not None


def _quoted_before(ctx: DocContext, token: Token) -> bool:
    """Whether a quotation closes in ``token``'s sentence before it (``"A," Lee says to Roe, who
    responds enthusiastically: "Okay!"``: a reply in a split quotation's tag, left alone)."""
    sent = ctx.sentences[ctx.sentence_index(token.i)]
    return any(sent.start_char <= q.outer_end <= token.idx for q in ctx.quotations)


def _name_given(ctx: DocContext, quotation: Quotation) -> bool:
    """Whether the quotation is the name a naming verb gives (``named the strain "southern coastal
    variant B"``, ``was christened "…"``): a verb of
    ``lexicons/naming_verbs.txt`` a few words before the opening mark in the same clause, with only
    the thing named between (no comma, colon or other quotation), and quoted words headed by no
    verb (a name, not a sentence)."""
    outer = ctx.token_range(quotation.outer_start, quotation.outer_end)
    if outer is None:
        return False
    first = outer[0]
    sent_start = ctx.parse_sentence(first)[0]
    for token in reversed(ctx.doc[max(sent_start, first - _NAME_REACH) : first]):
        if (token.is_punct and token.text not in "-–'’") or ctx.token_quoted(token):
            return False
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in _NAMING_VERBS:
            inside = ctx.char_span(quotation.start, quotation.end)
            return inside is not None and inside.root.pos_ not in ("VERB", "AUX")
    return False


def _describes_writing(cues: CueLexicon, cue: Token) -> bool:
    """Whether ``cue`` is no speech verb but part of a clause on a writing (``a statement agreeing …``)."""
    if "speech" in cues.token_frames(cue):
        return False
    return any(a.pos_ == "NOUN" and a.lemma_ in DOCUMENT_NOUNS for a in cue.ancestors)


_ROOT = get_string_id("ROOT")
_VERBAL = frozenset({VERB, AUX})


def _continues(
    ctx: DocContext,
    previous: tuple[Quotation, Token | None, Speaker | None],
    current: tuple[Quotation, Token | None, Speaker | None],
) -> bool:
    """Whether ``current`` goes on ``previous`` across its cue: ``"A," she said, "B."``."""
    prev_q, prev_cue, _ = previous
    q, cue, _ = current
    if prev_cue is None or ctx.paragraph_index(prev_q.end) != ctx.paragraph_index(q.start):
        return False
    if not prev_q.outer_end <= prev_cue.idx < q.outer_start:
        return False
    if cue is not None and cue.i != prev_cue.i and cue.idx >= prev_q.outer_start:
        return False  # a cue of its own; one before both ("indicated …: "A," he said, "B"") is no bar
    if _report_in_tag(prev_cue, prev_q.outer_end, q.outer_start):
        return False
    if _EMBEDDED_BEFORE.search(ctx.text, max(0, q.outer_start - 8), q.outer_start):
        return False  # '"A," he says in the ad, vowing to "B"': B is the complement of the writer's clause
    if _new_sentence_tag(ctx, prev_q, prev_cue):
        return False  # '"A." He posted, "B."': a tag opening a sentence of its own introduces B only
    tag = ctx.sentences[ctx.sentence_index(prev_cue.i)]
    # the words after the tag that start before the quotation, read as numbers (no Token built)
    stop = min(tag.end + _MAX_GAP_WORDS, ctx.tokens_starting_by(q.outer_start - 1))
    deps, parts = ctx.column(DEP)[tag.end : stop].tolist(), ctx.column(POS)[tag.end : stop].tolist()
    if any(dep == _ROOT and pos in _VERBAL for dep, pos in zip(deps, parts, strict=True)):
        return False  # '"A," she said. Then she told them to "B"': narration of its own, not the tag
    return len(ctx.text[prev_q.outer_end : q.outer_start].split()) <= _MAX_GAP_WORDS


def _after_tag(
    ctx: DocContext,
    previous: tuple[Quotation, Token | None, Speaker | None],
    current: tuple[Quotation, Token | None, Speaker | None],
) -> bool:
    """Whether ``current`` goes on ``previous`` in the sentence after its tag: ``"A," he said after
    the run. "B."``, ``He wrote, "A", recalling their meeting. "B."``.

    The tag's sentence holds the first quotation, its cue and the cue's modifiers (no other verb
    with a subject, a tense or a clause of its own), and the next sentence of the same paragraph is
    the second quotation alone, with no cue of its own before its end.
    """
    prev_q, prev_cue, _ = previous
    q, cue, speaker = current
    if prev_cue is None or len(q.pieces) > 1 or (cue is not None and cue.idx < q.outer_end):
        return False
    if speaker is not None and speaker.mention is not None and speaker.mention.start < q.outer_end:
        return False  # a speaker of its own before or inside it
    para = ctx.paragraph_index(prev_q.end)
    if para != ctx.paragraph_index(q.start):
        return False
    gap = ctx.text[prev_q.outer_end : q.outer_start]
    if not gap.rstrip().endswith((".", "!", "?")) or len(gap.split()) > _MAX_GAP_WORDS:
        return False
    opening = ctx.char_span(q.start, q.end)
    closing = ctx.char_span(prev_q.start, prev_q.end)
    if opening is None or closing is None:
        return False
    tag_index = ctx.sentence_index(closing.end - 1)
    if ctx.sentence_index(prev_cue.i) != tag_index or ctx.sentence_index(opening.start) != tag_index + 1:
        return False
    tag = ctx.sentences[tag_index]
    for token in tag:
        if token.i == prev_cue.i or token.pos_ not in ("VERB", "AUX") or ctx.token_quoted(token):
            continue
        if token.tag_ in FINITE_TAGS or any(
            c.dep_ in ("nsubj", "nsubjpass", "ccomp", "mark") for c in token.children
        ):
            return False  # '"A," she said, as the crowd cheered. "B."': narration of its own
    after = ctx.text[q.outer_end : ctx.paragraphs[para][1]]
    ends = ctx.text[q.start : q.end].rstrip().endswith((".", "!", "?", "…"))
    return bool(re.match(r"[.!?]?(\s|$)", after)) and (ends or after[:1] in (".", "!", "?"))


def _new_sentence_tag(ctx: DocContext, quotation: Quotation, cue: Token) -> bool:
    """Whether the tag after ``quotation`` is a sentence of its own opened by a pronoun:
    ``"… together." He posted on Twitter, "…"``. (A tag opened by a name, ``"…?" Obama
    asked, "…"``, is as often the tag of both.)"""
    if not ctx.text[quotation.start : quotation.end].rstrip().endswith((".", "!", "?")):
        return False
    sent = ctx.sentences[ctx.sentence_index(cue.i)]
    opener = sent[0]
    while opener.i < sent.end - 1 and (opener.is_punct or opener.is_space):
        opener = opener.nbor()
    return opener.idx >= quotation.outer_end and opener.pos_ in ("PRON", "DET") and opener.text[:1].isupper()


def _report_in_tag(cue: Token, start: int, end: int) -> bool:
    """Whether the tag says more of its own: ``"A," he said, adding that C. "B."``.

    A participle of the cue with a clause of its own between the two
    quotations reports a third thing; the quotations stay apart.
    """
    return any(
        child.tag_ == "VBG" and start <= child.idx < end and any(c.dep_ == "ccomp" for c in child.children)
        for child in cue.children
        if child.dep_ in ("advcl", "xcomp", "conj")
    )


def _goes_on(
    ctx: DocContext,
    group: list[tuple[Quotation, Token | None, Speaker | None]],
    current: tuple[Quotation, Token | None, Speaker | None],
) -> bool:
    """Whether ``current`` goes on the quotation of the paragraph before: ``"A," she said.`` then ``"B."``.

    A paragraph that is only a quotation, with no cue and no speaker of its
    own, right after a paragraph that ends with a quotation and its cue, is
    the same speaker going on (the news convention for a long quotation).
    """
    q, cue, speaker = current
    if cue is not None or speaker is not None or len(q.pieces) > 1:
        return False
    para = ctx.paragraph_index(q.start)
    start, end = ctx.paragraphs[para]
    if q.outer_start > start or ctx.text[q.outer_end : end].strip(" .,;:!?…"):
        return False  # not the whole paragraph
    prev_q = group[-1][0]
    if not any(c is not None for _, c, _ in group) or ctx.paragraph_index(prev_q.end) != para - 1:
        return False
    prev_end = ctx.paragraphs[para - 1][1]
    # the quotation (and its tag) end that paragraph: no other sentence after it
    tag = ctx.text[prev_q.outer_end : prev_end].rstrip().rstrip(".!?")
    return not _SENTENCE_BREAK.search(tag + " ")


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+")
_SENTENCE_BREAK = re.compile(r"(\w*)[.!?][\"'”’)]*\s")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "capt",
        "sgt",
        "prof",
        "st",
        "jr",
        "sr",
        "rev",
        "hon",
        "pres",
        "vs",
        "no",
        "u.s",
        "ft",
        "mt",
    ]
)


_TAG_GAP = 3
"""Words a tag's cue may sit after the closing mark: ``," said``, ``," the minister said``."""


def _gap_words(ctx: DocContext, cue: Token, quotation: Quotation) -> int:
    """Words between ``cue`` and the quotation."""
    if cue.idx < quotation.outer_start:
        return len(ctx.text[cue.idx + len(cue.text) : quotation.outer_start].split())
    return len(ctx.text[quotation.outer_end : cue.idx].split())


def _sentence_between(ctx: DocContext, cue: Token, quotation: Quotation) -> bool:
    """Whether a sentence ends between ``cue`` and the quotation (outside it).

    The parser does not always see that ``''`` opens a new sentence.
    """
    if cue.idx < quotation.outer_start:
        gap = ctx.text[cue.idx : quotation.outer_start]
    else:
        gap = ctx.text[quotation.outer_end : cue.idx]
    if "." not in gap and "!" not in gap and "?" not in gap:
        return False  # the usual gap: no mark, no search (the pattern tries every word at each letter)
    for m in _SENTENCE_BREAK.finditer(gap):  # one pass for both tests
        word = m.group(1)
        if (len(word) > 1 and word.casefold() not in _ABBREVIATIONS) or m.group(0)[-2:-1] in "!?":
            return True
    return False


_BESIDE = frozenset({"conj", "advcl"})
"""How a clause hangs beside another rather than inside what it says."""


def _own_cue(governing: list[Token]) -> Token:
    """Of the cues above a quotation (nearest first), the one it belongs to.

    The topmost, unless a lower cue has a named subject of its own and
    hangs on the upper one only as a conjunct or adverbial clause: in ``with A calling X "…" and B calling Y
    "…"`` the parser may hang B's "calling" on A's, yet the second quote is
    B's.  In ``X said he would advise Y to "…"`` "advise" is said by X.
    """
    chosen = governing[-1]
    for lower in reversed(governing[:-1]):
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in lower.children):
            continue
        path = lower
        while path.i != chosen.i and path.dep_ in _BESIDE:
            path = path.head
        if path.i == chosen.i:
            chosen = lower
    return chosen


def _clause_ancestors(token: Token) -> Iterator[Token]:
    """Heads above ``token``, not climbing out of a co-ordinated clause.

    In ``a woman asked for a photo and Clinton said, "…"`` the quote's
    ancestors stop at "said": "asked" heads it only as a conjunct.
    """
    while token.head.i != token.i:
        if token.dep_ == "conj":
            return
        token = token.head
        yield token


def _host_subject(ctx: DocContext, quotation: Quotation) -> Speaker | None:
    """With no cue, the subject of the verb the quotation hangs on.

    ``Moore thanked him for "stepping up"``: Moore; ``The ad targets a
    "rigged economy"``: the ad.  A quotation that is its own sentence has no
    host verb and is left to the floating resolver.  A quotation that
    describes the subject of "be" (``They're "like an oven"``) is not that
    subject's words: no speaker here.
    """
    inside = ctx.char_span(quotation.start, quotation.end)
    if inside is None:
        return None
    start = inside.root
    opening = inside.start - 1
    first, end = inside.start, inside.end  # (read once: each read of a Span's bounds is a call)
    outside = {head for head in (t.head.i for t in inside) if not first <= head < end}
    mark = ctx.doc[opening] if opening >= 0 else None
    if len(outside) > 1 and mark is not None and mark.is_quote and mark.head.i in outside:
        start = mark  # a parse that breaks the quotation up: where its opening mark hangs
    for ancestor in start.ancestors:
        if ctx.token_quoted(ancestor):
            continue
        if ancestor.pos_ in ("VERB", "AUX"):
            if ancestor.lemma_ == "be" and (start.dep_ in _COMPLEMENTS or start.head.i != ancestor.i):
                return None  # 'They're "like an oven."': what is described, not who says it
            if ancestor.lemma_ == "have" and ancestor.pos_ == "VERB":
                return None  # 'makers would have "more options"': what they have, in another's words
            subject = governing_subject(ancestor)
            return speaker_mention(ctx, subject) if subject is not None else None
    return None


_COMPLEMENTS = frozenset({"attr", "acomp", "prep"})


def _colon_subject(ctx: DocContext, quotation: Quotation) -> Speaker | None:
    """``She then addressed the crowd: "…"``: the subject of the clause before the colon.

    Also a comma ending the main clause that hands over to a quotation of
    sentences: ``Lee, also on Twitter, defended his decision, "I did. …"``.
    """
    before = ctx.text[: quotation.outer_start].rstrip()
    if not before.endswith((":", ",")):
        return None
    colon = ctx.char_span(len(before) - 1, len(before))
    if colon is None:
        return None
    verb = colon[0]
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if before.endswith(":") and colon.start > 0 and ctx.token_quoted(verb):
        # "The campaign worded it carefully: “Her practice was …”": the parser hung the colon
        # on the quotation's verb; the clause before the colon is the one that hands over
        verb = ctx.doc[colon.start - 1]
        while verb.head.i != verb.i and verb.head.i < colon.start:
            verb = verb.head  # up to the clause's own verb: "she is sure that A will be so: “…”"
    if before.endswith(",") and not (verb.dep_ == "ROOT" and _sentences_inside(ctx, quotation)):
        return None
    if before.endswith(":") and colon.start > 0:
        named = _who_before_colon(ctx.doc[colon.start - 1])
        if named is not None and not ctx.token_quoted(named):
            return speaker_mention(ctx, named)
    subject = governing_subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    if subject is None or ctx.token_quoted(subject) or subject.idx >= len(before):
        return None
    return speaker_mention(ctx, subject)


_DASHES = frozenset("-–—―")
_NAMED_SOURCES = frozenset({"PERSON", "ORG"})
_SOURCE_PREPOSITIONS = frozenset({"from", "by"})


def _name_at_colon(ctx: DocContext, quotation: Quotation) -> Speaker | None:
    """The person or body whose name ends right at the colon before the quotation, when it and not
    the clause's subject hands the quotation over.

    ``The size of the swing does not surprise pollster Ann Roe: "…"``: a subject that names no one
    (a common noun that is no person or body word) leaves the quotation to the name before the colon;
    so does a dash right before the name, which labels what follows as the name's (``Turnout fell in
    the north - Ann Roe: "…"``).  ``Lee attacked Roe: "…"`` stays Lee's, and so does ``The campaign
    answered Roe: "…"``.
    """
    before = ctx.text[: quotation.outer_start].rstrip()
    if not before.endswith(":"):
        return None
    colon = ctx.char_span(len(before) - 1, len(before))
    if colon is None or colon.start == 0:
        return None
    last = ctx.doc[colon.start - 1]
    if last.ent_type_ not in _NAMED_SOURCES or ctx.token_quoted(last):
        return None
    head = last
    while head.dep_ == "conj" and head.head.i < head.i and head.head.ent_type_ in _NAMED_SOURCES:
        head = head.head  # "- Ann Roe and Bo Li:": the pair, from the first name on
    first = head
    while first.ent_iob_ == "I" and first.i > 0:
        first = first.nbor(-1)
    name = ctx.doc[first.i : last.i + 1]
    if not can_speak(name, last):
        return None
    if first.i == 0 or first.nbor(-1).text not in _DASHES:
        if head.dep_ == "pobj" and head.head.lower_ not in _SOURCE_PREPOSITIONS:
            return None  # "… the attacks on Twitter:", "… told reporters in Ohio:": where or to whom
        verbs = (t for t in last.ancestors if t.pos_ in ("VERB", "AUX") and not ctx.token_quoted(t))
        verb = next(verbs, None)
        subject = governing_subject(verb) if verb is not None else None
        if subject is None or subject.i >= first.i or subject.ent_type_ or subject.pos_ != "NOUN":
            return None
        word = role_word(subject)
        if is_person_noun(word) or word in ORG_NOUNS:
            return None
    mention = ctx.trimmed(name.start_char, name.end_char)
    if mention is None:
        return None
    return Speaker(mention.text, mention, SpeakerKind.GROUP if head is not last else speaker_kind(name, last))


def _who_before_colon(last: Token) -> Token | None:
    """``Another was stage manager Ann Roe, who cited her years on tour: "…"``: the person a "who" clause
    that runs up to the colon describes (not the subject of the sentence it hangs in)."""
    for ancestor in (last, *last.ancestors):
        if ancestor.dep_ == "relcl":
            who = any(c.dep_ == "nsubj" and c.lower_ == "who" for c in ancestor.children)
            return ancestor.head if who and ancestor.head.ent_type_ == "PERSON" else None
        if ancestor.dep_ == "ROOT":
            return None
    return None


def _sentences_inside(ctx: DocContext, quotation: Quotation) -> bool:
    """Whether the quotation is a sentence or more of its own: a capital first and an end mark last."""
    inner = ctx.text[quotation.start : quotation.end].rstrip()
    return inner[:1].isupper() and inner.rstrip("\"'”’)")[-1:] in ".!?"


def _headline(
    ctx: DocContext, quotation: Quotation
) -> tuple[list[tuple[int, int]], TextSpan, Speaker] | None:
    """``Smith: Rivals 'Waving The Flag Of Surrender'`` (a headline convention).

    A short line whose quotation follows ``Name:`` is Name's claim; the
    content is the rest of the line.  In a title-case headline the name is
    the longest run of its first words that the prose names (``Ann Lee Backs
    Tom Roe: …`` is Ann Lee's line).
    """
    para_start, para_end = ctx.paragraph_span(quotation.start)
    colon = ctx.text.find(":", para_start, quotation.outer_start)
    if colon < 0 or len(ctx.text[para_start:para_end].split()) > _HEADLINE_MAX_WORDS:
        return None
    match = _HEADLINE.match(ctx.text, para_start, colon + 1)
    if match is None or match.group(1).casefold() in NOT_SPEAKERS:
        return None
    words = ctx.char_span(match.start(1), match.end(1))
    if words is None or words[0].like_num:
        return None  # "Ten Things: ...", "5 Takeaways: ...": a story's title, no speaker
    mention = ctx.span(match.start(1), match.end(1))
    if len(words) > 2 and ctx.paragraph_index(para_start) in ctx.memo(headline_paragraphs):
        # a title-case line joins the name to the words after it: "Ann Lee Backs Tom Roe: …" is
        # Ann Lee's: the longest first words, two or more, that the prose names as an entity (not
        # "Lee" of "Lee Rival Ann Roe: …")
        prose = ctx.memo(_prose_entity_texts)
        named = next((k for k in range(len(words) - 1, 1, -1) if words[:k].text in prose), None)
        if named is not None:
            mention = ctx.span(match.start(1), words[named - 1].idx + len(words[named - 1]))
    cue = ctx.span(match.start(2), match.end(2))
    speaker = Speaker(name=mention.text, mention=mention, kind=SpeakerKind.UNKNOWN)
    return [(colon + 1, para_end)], cue, speaker


def _prose_entity_texts(ctx: DocContext) -> frozenset[str]:
    """The texts of the entities outside headlines and page furniture."""
    headlines = ctx.memo(headline_paragraphs)
    return frozenset(
        text
        for ent, text in zip(ctx.entities, ctx.entity_texts, strict=True)
        if ctx.paragraph_index(ent.start_char) not in headlines
    )


_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"}
)
"""Words a title keeps in lower case between its capitalised ones: ``"The Show with Lee Ames"``."""


def _is_title(inner: str, small: frozenset[str] = frozenset()) -> bool:
    """Words that all start with a capital (or are ``small`` words inside) and no end punctuation.

    >>> _is_title("Good Morning America"), _is_title("Never!"), _is_title("no way")
    (True, False, False)
    >>> _is_title("Live with Ann Lee"), _is_title("Live with Ann Lee", _TITLE_SMALL_WORDS)
    (False, True)
    """
    if inner[-1:] in ".!?,…":
        return False  # the usual quotation ends a sentence or clause: its words need no reading
    words = [w for w in inner.split() if w[:1].isalpha()]
    if not words or not (words[0][0].isupper() and words[-1][0].isupper()):
        return False
    return all(w[0].isupper() or w in small for w in words)


def _tag_follows(ctx: DocContext, quotation: Quotation) -> bool:
    """Whether a lower-case word or a name follows the closing mark: ``"No!" he said``."""
    rest = ctx.text[quotation.outer_end : quotation.outer_end + 40].lstrip(" ,")
    return bool(rest) and (rest[0].islower() or (rest[:1].isupper() and " said" in rest))


def _signature(
    ctx: DocContext, quotation: Quotation
) -> tuple[list[tuple[int, int]], TextSpan, Speaker] | None:
    """``"…" ― Jane Doe``: a quotation signed after a dash at the end of its paragraph."""
    para_end = ctx.paragraph_span(quotation.end)[1]
    match = _SIGNATURE.match(ctx.text, quotation.outer_end, para_end)
    if match is None or not quotation.closed:
        return None
    mention = ctx.span(match.start(2), match.end(2))
    dash = ctx.span(match.start(1), match.end(1))
    speaker = Speaker(name=mention.text, mention=mention, kind=SpeakerKind.UNKNOWN)
    return list(quotation.pieces), dash, speaker


def _introduces(ctx: DocContext, sent: Span, para: int) -> bool:
    """A sentence before the quote that hands over to it: ``X said:``."""
    tail = ctx.text[sent.start_char : sent.end_char].rstrip()  # sent.text would walk its tokens
    return tail.endswith(":") and ctx.paragraph_index(sent.start_char) in (para, para - 1)


def _tags_quote(ctx: DocContext, sent: Span, quotation: Quotation) -> bool:
    """A sentence after the quote that opens with its speaker and cue.

    ``"Who are they?" Trump said of Apple.`` (the question mark ended the
    sentence) or a short ``He said.``
    """
    if len(sent) <= 8 and not any(t.dep_ in ("ccomp", "xcomp") for t in sent):
        return True
    return not ctx.text[quotation.outer_end : sent.start_char].strip() and any(
        t.pos_ == "VERB" for t in sent[:5]
    )


def _cue_span(ctx: DocContext, cue: Token | None) -> TextSpan | None:
    """The cue's words: the verb, or ``quoted as saying`` and the like."""
    if cue is None:
        return None
    start, end = cue.idx, cue.idx + len(cue.text)
    head = cue.head
    if cue.dep_ == "pcomp" and head.dep_ == "prep" and head.head.lemma_ in ("quote", "cite"):
        start = head.head.idx
    return ctx.span(start, end)


def _rule(quotations: list[Quotation], cue: Token | None, speaker: Speaker | None) -> str:
    """The words for how a quotation (or a split one) was attributed, for its explanation."""
    layout = "split quote" if len(quotations) > 1 or len(quotations[0].pieces) > 1 else "quotation"
    if cue is not None:
        mute = mute_subject(cue) if speaker is None else None
        if mute is not None:  # "how the attack unfolded, stating": an event says nothing
            return f"{layout} with cue '{cue.text}', no speaker ('{mute.text}' cannot speak)"
        return f"{layout} with cue '{cue.text}'"
    return f"{layout}, speaker from the text around it" if speaker is not None else f"{layout}, no speaker"


def _question_put(
    ctx: DocContext, cue: Token | None, speaker: Speaker | None, pieces: list[tuple[int, int]]
) -> bool:
    """Whether quoted words a verb of asking introduces are a question put to someone, which states
    nothing: questions alone, every sentence of them ending with a question mark, asked by one whose
    part is to ask (``"Was he fired?" one reporter asked``: lexicons/questioner_nouns.txt) or
    answered right after (``… Ward asked. "I did not," Mary Chen replied``).  Not a statement the
    speaker ends with a question (``"… a very general debate. Well, what does that mean?" she
    asked``), nor a question a speaker asks to make a point (``"Why are you still backing him?" the
    mayor asked``)."""
    if cue is None or cue.lemma_.lower() not in QUESTION_VERBS:
        return False
    words = " ".join(ctx.text[start:end] for start, end in pieces).rstrip(" \"”’'")
    if not words.endswith("?") or _STATEMENT_END.search(words):
        return False
    if speaker is not None and put_by_questioner(speaker):
        return True
    end = pieces[-1][1]
    return _ANSWERED.search(ctx.text, end, min(len(ctx.text), end + _ANSWER_WINDOW)) is not None


_ANSWERED = re.compile(r"\b(?:replied|answered|responded)\b")
_ANSWER_WINDOW = 160
"""How far after a question, in characters, a reply verb shows it was answered (the next sentence)."""


_STATEMENT_END = re.compile(r"[.!][\"”’']?\s")
"""A sentence that ends with a full stop or an exclamation mark inside quoted words."""
