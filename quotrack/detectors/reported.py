"""Reported speech, from the dependency parse: a cue whose complement is the content.

Layouts: ``X said (that) …``, ``X told Y that …``, ``X urged Y to …``,
``X expressed concern over …``, the passive ``… was described as … by X``,
the inverted ``…, X said.`` and the parenthetical ``The plan, he said, is
dead.``  The speaker is the subject, or the agent of a passive.  Actions
("agreed to hold talks"), hearsay without a source ("is said to be"),
questions and page furniture give nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..acts import ActLexicon, names_a_topic, rejects, source_head
from ..context import DocContext
from ..cues import CueLexicon
from ..model import Act, Attribution, Speaker, SpeakerKind
from ..syntax import (
    FINITE_TAGS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    called_on,
    content_pieces,
    content_range,
    cue_speaker,
    governing_subject,
    make,
    speaker_mention,
)
from .base import Detector
from .claim_clauses import (
    PURPOSE,
    asks_a_question,
    before_tagged_participle,
    checked_with,
    clause_in_writing,
    degree_result,
    gerund_subject_clause,
    indirect_question,
    inner_report,
    is_infinitive,
    listener_clause,
    nearest_complement,
    object_clause,
    opens_with,
    own_clause,
    owned_claim,
    put_by_questioner,
    relative_antecedent,
    relayed_by_tag,
    reporting_cue,
    second_clause,
    short_answer,
    tag_read_as_conjunct,
    that_clause,
    with_reduced_relative,
    without_relative_tags,
)
from .claim_extent import (
    MIN_CONTENT_WORDS,
    WH_TAGS,
    after_semicolon,
    as_pieces,
    before_tag,
    continuation,
    cue_topic,
    degree_scope,
    extraposed_it,
    from_relative,
    gapped_predicate,
    infinitive,
    infinitive_words,
    name_given,
    named_words,
    nominal_content,
    object_after,
    object_words,
    own_object_past_colon,
    passive_content,
    past_closed_quotation,
    past_colon,
    past_semicolon,
    relative_pronoun,
    tag_past_semicolon,
    tag_words,
    through_cue_adjunct,
    through_dangling_but,
    through_open_quotation,
    through_that_series,
    to_quotation_end,
    with_as,
    with_but_half,
    with_detail,
    with_gapped_pair,
    with_hyphened_rest,
    with_infinitive,
    with_judgement,
    with_lost_subject,
    with_place,
    with_result_clause,
    with_split_subject,
    with_subject_after_outlet,
    without_audience,
    without_framing,
    without_leading_only,
    without_leading_participle,
    without_leading_time,
    without_participle_tail,
)
from .report_filters import (
    adjective_participle,
    adverbial_complement,
    cites_a_source,
    declined,
    gapped_infinitive,
    goes_on_doing,
    hypothetical,
    hypothetical_manner,
    impersonal,
    in_a_title,
    is_question,
    named_object,
    named_then_clause,
    names_a_thing,
    negated_conjunct,
    owed_act,
    purpose_of_passive,
    question_put,
    reduced_passive,
    showing_aside,
    speech_nouns,
    telephoned,
    thing_intends,
    to_demonstrate,
    unlisted_reporters,
)

_THAT = frozenset({"that"})


_CLAIM_RULES = ("clausal complement", "intention", "that-clause", "naming")
"""Rules whose content is what was said, vowed or called (not a topic or an object)."""


def _listed_infinitives(cue: Token, infinitive: Token) -> list[Token]:
    """The bare verbs listed after a directive's infinitive that the parser hung on the cue: ``urged
    residents to boil water, avoid the river and report any symptoms`` (``avoid`` read as the cue's
    clause, ``report`` as its conjunct): their words, when the list goes on from the infinitive
    after a comma."""
    doc = cue.doc
    end = infinitive.right_edge.i
    for child in cue.rights:
        if child.i <= end or child.tag_ != "VB" or child.dep_ not in ("advcl", "conj"):
            continue
        between = doc[end + 1 : child.left_edge.i]
        if [t.text for t in between] != [","] or any(c.dep_ in ("aux", "nsubj") for c in child.children):
            break
        return list(doc[end + 1 : child.right_edge.i + 1])
    return []


def _asked_for(cues: CueLexicon, verb: Token) -> bool:
    """Whether the bare verb ``verb`` is one of the acts a directive lists after its infinitive
    (:func:`_listed_infinitives`), which the parser hung on the directive cue."""
    listed = verb
    while listed.dep_ == "conj" and listed.head.i != listed.i:
        listed = listed.head
    directive = listed.head
    infinitive = next((c for c in directive.children if c.dep_ == "xcomp"), None)
    if listed.dep_ != "advcl" or infinitive is None or "directive" not in cues.token_frames(directive):
        return False
    return any(t.i == listed.i for t in _listed_infinitives(directive, infinitive))


def _called_on(cue: Token, infinitive: Token) -> Token | None:
    """Whom a directive cue addresses through ``on`` or ``upon`` before its infinitive (``called on
    the government to raise pay``, ``called upon members to vote``): that preposition's object."""
    if not is_infinitive(infinitive) or infinitive.i < cue.i:
        return None
    return called_on(cue, infinitive.i)


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
    joins_gapped_antecedent = False
    """Whether a relative clause's infinitive that lacks its object is joined to the noun it qualifies
    (an attitude's 'the ferry the mayor wants to sell'); if not, it is no claim at all."""

    def __init__(self, cues: CueLexicon | None = None, act_lexicon: ActLexicon | None = None) -> None:
        self.cues = cues
        self.act_lexicon = act_lexicon if act_lexicon is not None else ActLexicon.default()

    def _cues(self, ctx: DocContext) -> CueLexicon:
        """The detector's own cue lexicon, else the run's (``ctx.lexicons.cues``)."""
        return self.cues if self.cues is not None else ctx.lexicons.cues

    def detect(self, ctx: DocContext) -> Iterator[Attribution]:
        furniture = ctx.furniture
        cues = self._cues(ctx)
        for token in ctx.verbs_with_lemma(cues.lemma_ids):
            sent = ctx.sentences[ctx.sentence_index(token.i)]
            if ctx.paragraph_index(sent.start_char) in furniture or is_question(ctx, sent):
                continue
            frames = cues.token_frames(token)
            if frames:
                yield from self._from_cue(ctx, token, frames)
        for verb in unlisted_reporters(ctx, cues):
            sent = ctx.sentences[ctx.sentence_index(verb.i)]
            if ctx.paragraph_index(sent.start_char) in furniture or is_question(ctx, sent):
                continue
            for found in self._from_cue(ctx, verb, frozenset({"speech"})):
                if found.speaker is not None:  # an unlisted verb needs someone who can speak
                    yield found
        for noun in speech_nouns(ctx):
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
                and ((c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark") or is_infinitive(c))
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
        rejected = False  # "the mayor dismissed claims that A": others' A, which she named
        if speaker is None and holder is None and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            speaker = cue_speaker(ctx, noun.head)  # "the mayor made the claim that …"
            rejected = rejects(noun.head)
        pieces = as_pieces(content_range(clause.subtree))
        if speaker is None or not pieces or ctx.fewer_words(pieces, MIN_CONTENT_WORDS):
            return
        act = Act.TOPIC if rejected else self.act_lexicon.of_source(source_head(ctx, speaker))
        if act not in self.acts:
            return
        yield from make(
            ctx,
            self.name,
            pieces,
            ctx.span(noun.idx, noun.idx + len(noun.text)),
            speaker,
            within=ctx.paragraph_span(noun.idx),
            rule=f"clause of the noun '{noun.lemma_}'"
            + (f", which '{noun.head.lemma_}' rejects" if rejected else ""),
            act=act,
        )

    def _from_cue(self, ctx: DocContext, cue: Token, frames: frozenset[str]) -> Iterator[Attribution]:
        cues = self._cues(ctx)
        children = list(cue.children)
        deps = {child.dep_: child for child in children}  # (each child's dependency read once)
        if (
            "neg" in deps
            or (cue.dep_ == "pcomp" and cue.head.lower_ == "without")
            or negated_conjunct(cue, deps)
        ):
            return  # "did not find that A", "without specifying how A": A is what was not said
        if hypothetical(cue, children):
            return  # "said the courts should decide who …": an act that may come, inside another's claim
        if cue.tag_ == "VB" and _asked_for(cues, cue):
            return  # "urged them to boil water, avoid the river and report any symptoms": an act asked for
        if purpose_of_passive(cue):
            return  # "tests will be carried out to confirm if A": what the act is for, no one's claim
        if owed_act(cue):
            return  # "are expected to report the incident to the authorities": a duty, not a report
        if impersonal(cue):
            return  # "it would be rash to say whether A": speech weighed, not given
        if not self.joins_gapped_antecedent and gapped_infinitive(cue, deps):
            return  # "the rift he promised to mend": the rift is what "to mend" takes, no claim
        if goes_on_doing(ctx, cue, children):
            return  # "outsiders continue to shock the establishment": an act that goes on, no words
        if adjective_participle(cue):
            return  # "60 pledged delegates were at stake": an adjective the parser read as a verb
        if hypothetical_manner(cue):
            return  # "could appeal the fine by claiming that A": a course open to someone, no words given
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
        relay: Token | None = None  # "A, the paper reported the governor said": the governor's A
        listener: Token | None = None  # "told supporters he had …": whom the claim was said to
        if passive and agent is not None and "speech" in frames:
            pieces, rule = passive_content(cue, deps), f"passive {verb} with agent"
        elif "speech" in frames and (written := clause_in_writing(cue, children)) is not None:
            # "said in a letter that the pier must close", the clause hung on "letter" as a relative one
            that = written.left_edge.i
            pieces = as_pieces(content_range([t for t in written.subtree if t.i != that]))
            rule = f"clause of {verb} in a writing"
        elif "speech" in frames and (gerund := gerund_subject_clause(cue, deps)) is not None:
            # "said naming the virus after the city would place …": the parser made the clause's
            # gerund subject the cue's complement and hung the clause's verb on the gerund
            pieces, rule = (
                as_pieces(content_range(gerund.subtree)),
                f"clause of {verb} with a gerund subject",
            )
        elif (
            "ccomp" in deps
            and ("speech" in frames or "belief" in frames)
            and not tag_past_semicolon(ctx, cue, children)
        ):
            complement = inner_report(cues, nearest_complement(cues, cue, children))
            if named_then_clause(cue, complement):
                return  # "a network called Our Ledger is hiring": a name given, the clause is the writer's
            if complement.i > cue.i and opens_with(complement, PURPOSE):
                return  # "declared an emergency so he could fund a wall": why it was done, not what was said
            if complement.i < cue.i and any(
                c.dep_ == "dobj" and c.i < cue.i and c.lower_ in RELATIVE_PRONOUNS for c in children
            ):
                return  # "A is made of B, that Lee described as C": the cue's object is B, a relative
            if complement.i > cue.i and (adverbial_complement(complement) or degree_result(complement)):
                return  # '"…," he said as the crowd booed', 'a feud so bitter that A': the writer's clause
            if complement.i > cue.i and in_a_title(ctx, complement):
                return  # 'replied with a piece entitled "Lee is wrong"': a title, no words of the cue's
            if complement.i > cue.i and _coordinate_clause(cue, complement, children):
                return  # "showed support at 1% and a poll by X rounded it to zero": the writer's next clause
            if complement.i > cue.i and past_closed_quotation(ctx, cue, complement):
                return  # 'told the press, "A." B': B is the writer's next sentence
            if complement.i > cue.i and past_semicolon(ctx, cue, complement):
                return  # "found a knife, which …; inside the house was a bag": the writer's next sentence
            own = own_clause(cues, complement)
            if complement.i < cue.i and object_after(cue, deps):
                return  # "If A, they reasoned, the specimens would have shown little diversity": no tag
            if complement.i < cue.i and own_object_past_colon(cue, complement, deps):
                return  # "X can live there: the researchers found large amounts …": X is the writer's
            if complement.i < cue.i:
                own = before_tag(cue, own)
                relay = relayed_by_tag(cues, cue, complement)
            else:
                own = with_hyphened_rest(cue, own)  # ("was co-operating fully": "co" alone was the clause)
                own = without_leading_time(complement, with_judgement(cue, complement, own))
                own = without_leading_only(own)
                own = without_leading_participle(cue, complement, own)
                own = with_result_clause(cue, with_reduced_relative(cue, complement, own))
                own = without_audience(ctx, cue, complement, own)
                if "directive" not in frames:
                    own = with_lost_subject(cue, complement, with_split_subject(cue, complement, own))
                else:
                    own = with_subject_after_outlet(ctx, cue, complement, own)
            if (
                complement.i > cue.i
                and complement.left_edge.i < cue.i
                and complement.left_edge.tag_ in WH_TAGS
            ):
                own = [t for t in own if t.i > cue.i]  # "rules, which officials said will start in May"
            pieces = as_pieces(content_range(own))
            if (
                pieces
                and complement.i > cue.i
                and complement.left_edge.lower_ == "that"
                and (it := extraposed_it(cue)) is not None
            ):  # "It is no surprise, X said, that Y"
                pieces = [*(as_pieces(content_range(it.subtree)) or []), *pieces]
            if (
                pieces
                and not ctx.token_quoted(next((t for t in complement.subtree if not t.is_punct), complement))
                and (antecedent := relative_antecedent(cues, cue, complement)) is not None
            ):
                pieces = [antecedent, *pieces]  # "the 38 countries they said were involved"
            if pieces and complement.i < cue.i:
                pieces += as_pieces(content_range(continuation(cues, cue))) or []
            elif pieces and complement.i > cue.i and (more := second_clause(ctx, cues, cue, complement)):
                pieces = as_pieces(content_range([*own, *more]))  # (own: with its lost subject)
            if pieces and complement.i > cue.i:
                pieces[-1] = past_colon(ctx, cues, pieces[-1])
                if opens_with(complement, _THAT):
                    pieces[-1] = through_that_series(ctx, pieces[-1])
            rule = f"clausal complement of {verb}"
        elif "speech" in frames and (clause := object_clause(cue, deps)) is not None:
            # "reported Hurricane Ana had strengthened": the parser made the clause's subject the
            # cue's object and its verb an adverbial clause
            own = with_lost_subject(cue, clause, own_clause(cues, clause))
            pieces = as_pieces(content_range(own))
            if pieces:
                pieces[-1] = past_colon(ctx, cues, pieces[-1])
            rule = f"clause of {verb} whose subject the parser made its object"
        elif "speech" in frames and (clause := listener_clause(cue, deps)) is not None:
            # "told supporters he had called his rival": the clause said, hung on the listener
            listener = clause.head
            pieces = as_pieces(content_range(own_clause(cues, clause)))
            if pieces:
                pieces[-1] = past_colon(ctx, cues, pieces[-1])
            rule = f"clause of {verb} after its listener"
        elif (cue.dep_ == "parataxis" or tag_read_as_conjunct(cue, deps)) and "speech" in frames:
            words = after_semicolon(ctx, cue, cue.head.subtree, after=True)
            if words and relative_pronoun(words[0]) and words[0].i < cue.i:
                words = words[1:]  # "fighters which, the statement said, nations refused to take back"
            elif words:
                words = from_relative(cue, words)  # "A, a step whose rarity, the paper noted, showed B"
            if (question := question_put(cue)) is not None:  # "Asked what …, Roe said, “A”": A
                words = [t for t in words if not question.left_edge.i <= t.i <= question.right_edge.i]
            pieces = without_framing(ctx, cue, content_pieces(words, exclude=tag_words(cue)))
            rule = f"parenthetical {verb}"
            if pieces and cue.head.i < cue.i:
                pieces += as_pieces(content_range(continuation(cues, cue))) or []
        elif "speech" in frames and (answer := short_answer(cue, children)) is not None:
            pieces, rule = [(answer.idx, answer.idx + len(answer.text))], f"short answer with {verb}"
        elif "speech" in frames and (question := indirect_question(cue, frames, children)) is not None:
            pieces, rule, asks = as_pieces(content_range(question.subtree)), f"question of {verb}", True
        elif "speech" in frames and (clause := that_clause(ctx, cue)) is not None:
            pieces, rule = as_pieces(content_range(with_judgement(cue, clause))), f"that-clause of {verb}"
        elif "directive" in frames and "dobj" in deps and "xcomp" in deps:
            obj, comp = deps["dobj"], deps["xcomp"]
            if obj.i < comp.i:
                words = [*obj.subtree, *infinitive_words(comp), *_listed_infinitives(cue, comp)]
                pieces = as_pieces(content_range(words))
                rule, asks = f"directive {verb}: object and infinitive", True
        elif (
            "directive" in frames
            and "xcomp" in deps
            and (addressee := _called_on(cue, deps["xcomp"])) is not None
        ):
            # "called on the government to raise pay": the one addressed is a preposition's object
            pieces = as_pieces(content_range([*addressee.subtree, *infinitive_words(deps["xcomp"])]))
            rule, asks = f"directive {verb}: addressee and infinitive", True
        elif "nominal" in frames and "dobj" in deps:
            pieces, rule, nominal = nominal_content(cue, deps["dobj"]), f"noun of {verb}", True
        elif "naming" in frames and "dobj" in deps and (name := name_given(cue, deps)) is not None:
            named = named_words(deps["dobj"], name, degree_scope(cue, name))
            pieces = as_pieces(content_range(without_participle_tail(with_gapped_pair(cue, name, named))))
            rule = f"naming {verb}"
        elif (
            "naming" in frames
            and "oprd" in deps
            and deps["oprd"].i > cue.i
            and not names_a_thing(cue, deps["oprd"])
            and not telephoned(cue, deps["oprd"])
        ):
            # 'called her "third-rate"': the parser hangs "her" on the name
            name = deps["oprd"]
            pieces = as_pieces(content_range([*name.subtree, *degree_scope(cue, name)]))
            rule = f"naming {verb}"
        elif (
            "object" in frames
            and "dobj" in deps
            and deps["dobj"].i > cue.i
            and not cites_a_source(cue, deps["dobj"])
        ):
            words = with_detail(cue, object_words(cue, deps["dobj"]))
            words = before_tagged_participle(cues, words, deps["dobj"])
            pieces, rule = as_pieces(content_range(words)), f"object of {verb}"
        elif (
            "object" in frames
            and "dobj" not in deps
            and "xcomp" in deps
            and deps["xcomp"].tag_ == "VBG"
            and deps["xcomp"].i == cue.i + 1
        ):  # "denied taking the money", "proposed raising the fee": a gerund is the object
            pieces, rule = as_pieces(content_range(deps["xcomp"].subtree)), f"gerund object of {verb}"
        elif "topic" in frames and (topic := cue_topic(cues, cue)) is not None:
            if owned_claim(topic):
                return  # "responded to Roe's claim that A": Roe's claim, which the noun reports
            words = with_infinitive(cue, with_as(cue, list(topic.subtree)))
            pieces, rule = as_pieces(content_range(with_detail(cue, words))), f"topic of {verb}"
            about = True
        elif "intent" in frames and "xcomp" in deps and deps["xcomp"].i > cue.i:
            if thing_intends(cue, deps):
                return  # "the ruling threatens to split the party": what a thing may bring about
            pieces, rule = (
                as_pieces(content_range(without_participle_tail(infinitive(cue, deps)))),
                f"intention {verb} with infinitive",
            )
        elif (
            "intent" in frames
            and "ccomp" in deps
            and is_infinitive(deps["ccomp"])
            and deps["ccomp"].i > cue.i
        ):
            # "wants the board to resign": the parser makes "the board to resign" a clause
            pieces, rule = (
                as_pieces(content_range(deps["ccomp"].subtree)),
                f"intention {verb} with infinitive",
            )
        if not pieces:
            return
        pieces[-1] = to_quotation_end(ctx, through_open_quotation(ctx, cue, with_but_half(ctx, pieces[-1])))
        pieces[-1] = through_dangling_but(ctx, cue, pieces[-1])  # "… but, over the lake, they did not …"
        if rule.startswith(_CLAIM_RULES):
            # "vowed to stay, and perhaps until June"; not a topic's: "discussed it … because …"
            pieces[-1] = through_cue_adjunct(ctx, cues, cue, pieces[-1])
        pieces = without_relative_tags(ctx, cues, pieces)  # "the levy, which she said would be …"
        if any(c.i < cue.i and c.tag_ == "WRB" for c in children) and gapped_predicate(ctx, pieces):
            return  # "far from where the records predicted it would be": the predicate is elsewhere
        few_words = ctx.fewer_words(pieces, MIN_CONTENT_WORDS)  # (read once)
        if few_words and not rule.startswith("short") and not named_object(rule, deps):
            return
        speaker = cue_speaker(ctx, reporting_cue(cues, cue))
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
        elif "directive" in frames and "naming" not in frames and reduced_passive(cue, deps):
            # "X, when asked whether …": the question is an unnamed interviewer's; "Asked by Ann Roe
            # why …": hers
            asker = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            speaker = speaker_mention(ctx, asker) if asker is not None else None
            if speaker is None:
                rule += "; no speaker: the subject it borrows was asked, not asking"
            else:
                rule += "; the asker named after 'by'"
        elif (
            listener is not None
            and speaker.mention is not None
            and speaker.mention.start <= listener.idx < speaker.mention.end
        ):
            speaker = None  # "a chance to tell the crowd she had won": the one told does not speak
            rule += "; no speaker: the one named is the listener"
        chain: tuple[Speaker, ...] = ()
        if relay is not None and speaker is not None and (relayed := cue_speaker(ctx, relay)) is not None:
            chain, speaker, cue = (speaker, relayed), relayed, relay  # the tag's inner speaker, relayed
            rule += f"; relayed: '{relay.text}'"
        elif speaker is not None and (asked := checked_with(ctx, cue)) is not None:
            chain, speaker = (speaker, asked), asked  # "the paper confirmed with the firm that A"
            rule += "; the source it checked with"
        content = ctx.char_span(*pieces[0]) if len(pieces) == 1 else None
        act = self.act_lexicon.of_content(ctx, cue, source_head(ctx, speaker), content)
        if asks and act is Act.SPEECH:
            act = Act.REQUEST
        elif (
            act is Act.SPEECH
            and declined(cue)
            # not "refused to commit to a vote": an infinitive, a pledge
            and ("ccomp" in deps or self.act_lexicon.of_token(cue) is Act.TOPIC)
            and not _quotes_words(ctx, pieces)
        ):
            act = Act.TOPIC  # "refused to say that A": what was not said, only what it was about
        elif nominal and act is Act.SPEECH and content is not None and names_a_topic(ctx, content):
            act = Act.TOPIC  # "expressed interest in the event": no words, what they were about
        if (
            to_demonstrate(cue)
            and self.act_lexicon.of_source(source_head(ctx, speaker)) is not Act.EVIDENCE
            and not _quotes_words(ctx, pieces)
        ):
            return  # "has to show that A", "held up a rifle to show that A": a purpose or a task
        if (
            act is not Act.TOPIC
            and showing_aside(cue, children)
            and self.act_lexicon.of_source(source_head(ctx, speaker)) is not Act.EVIDENCE
            and not any(
                c.dep_ == "dobj" and self.act_lexicon.is_document(c.lemma_) for c in cue.head.children
            )
        ):  # (not "released new figures, showing that A": the figures show it)
            return  # "won applause, highlighting the anger of A": the writer's reading of the act
        if act not in self.acts:
            return
        if (
            act is Act.REQUEST
            and asks_a_question(ctx, cue, pieces)
            and put_by_questioner(speaker)
            and (speaker is None or speaker.kind is not SpeakerKind.PERSON)
            and not _quotes_words(ctx, pieces)
        ):  # "Asked whether A, Roe said B", "A reporter asked Roe whether A": a question put to Roe
            return  # (a question that quotes words keeps them, which are no answer's)
        if act is Act.EVIDENCE:
            pieces = with_place(ctx, cue, pieces)  # "found in 36 states most of …"
        if act is not Act.STANCE and not rule.startswith("short") and few_words:
            return  # only a stance takes a bare name: "endorsed Lee", not "denied Lee"
        cue_end = cue  # the cue's last word: "expressed concern", "called for", "pointed out"
        if "nominal" in frames and "dobj" in deps:
            cue_end = deps["dobj"]
        else:
            for child in cue.rights:
                if child.dep_ in ("prt", "prep") and cues.frames(f"{cue.lemma_} {child.lower_}"):
                    cue_end = child
                    break
        cue_span = ctx.span(cue.idx, cue_end.idx + len(cue_end.text))
        yield from make(
            ctx, self.name, pieces, cue_span, speaker, chain, ctx.paragraph_span(cue.idx), rule=rule, act=act
        )


def _quotes_words(ctx: DocContext, pieces: list[tuple[int, int]]) -> bool:
    """Whether a word of the content ``pieces`` is in quotation marks."""
    return any(any(ctx.quoted_tokens[t.i] for t in ctx.char_span(*piece) or ()) for piece in pieces)


def _coordinate_clause(cue: Token, complement: Token, children: list[Token]) -> bool:
    """``X showed support at 1% and a poll by Y rounded it to zero``: a clause after the cue's own
    object, opened by "and"/"but", that the parser hung on the cue as its complement; it is a
    clause of the sentence of its own (with its own source), not what the cue reports."""
    start = complement.left_edge.i
    if start == 0 or cue.doc[start - 1].dep_ != "cc":
        return False
    return any(c.dep_ == "dobj" and cue.i < c.i < start for c in children)
