"""Merge the candidates of several detectors into one deterministic list.

* The same attribution seen twice (a quotation and the reported clause that
  holds it, or the two halves of ``"A," she said, "B."``) is kept once: the
  longer candidate wins and takes the other's speaker and cue if it lacks
  them; its kind follows the quotation marks, so a quotation inside a
  reported clause gives one MIXED attribution.
* A quotation that opens a reported clause which runs on only a few words
  past its closing mark (``said “we are closed” on Monday``) is kept as the
  quotation: the words after it are the reporter's, not the speaker's.
* An attribution nested in another's content (its own cue lies inside the
  outer content: ``According to the report, Yang said that …``) is kept; it
  inherits the outer source as the start of its ``chain``.  When the outer
  one says nothing the inner one does not, only one stays: the inner one
  when the outer one's detector nests sources (``nests_sources = True``, as
  "according to" does, or its source is a listed news outlet: the report
  carries what Yang said), the outer one otherwise (``X says she thinks Y``
  is X's claim).  Such a carrier also gives way when its content is only
  the nested claims, their cues and the subject naming their source
  (``According to the agency, the prosecutor of the city, Ann Roe, said A,
  adding B``: Ann Roe's A and B, carried by the agency).
* A belief or stance reported inside what someone says or a document shows
  (``X said Y wants Z``) is part of that claim: it is not kept on its own;
  nor is a topic inside a claim whose source carries none (``X said Y
  announced the steps``: what Y spoke of is part of X's claim).  A carrier
  gives way to a topic as to a claim (``the agency reports that the minister
  voiced concern over the drills``: the minister's, relayed by the agency).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterable, Mapping

import attrs

from .context import DocContext
from .model import Act, Attribution, Kind, Speaker, TextSpan

_WORD = re.compile(r"\w+")
_OPENING = re.compile(r"\W*")
_CLOSING = re.compile(r"[.,!?…]?[”\"’']")
_LEFTOVER_WORDS = 3
_ATTITUDES = frozenset({Act.BELIEF, Act.STANCE})


def merge(
    ctx: DocContext,
    candidates: Iterable[Attribution],
    order: Mapping[str, int],
    nesting: Collection[str] = frozenset(),
) -> list[Attribution]:
    """One attribution per claim, in text order.

    ``order`` ranks detectors by name (lower wins a tie between equal spans);
    ``nesting`` names the detectors whose claims carry a nested one (the
    inner claim stays, under the outer source).
    """
    kept: list[Attribution] = []
    for cluster in _clusters(list(candidates)):
        ranked = sorted(
            cluster,
            key=lambda a: (-(a.content.end - a.content.start), order.get(a.detector, 99), a.content.start),
        )
        placed: list[Attribution] = []
        for candidate in ranked:
            _place(ctx, placed, candidate, nesting)
        kept.extend(a for a in placed if not (_carrier(ctx, a, nesting) and _only_carries(ctx, a, placed)))
    kept.sort(key=lambda a: a.sort_key)
    return kept


def _clusters(candidates: list[Attribution]) -> list[list[Attribution]]:
    """The candidates in groups whose contents overlap, each group in input order.

    Candidates in different groups never meet in :func:`_place`, so merging
    group by group gives the same list as merging all at once, in time
    linear in the number of groups rather than quadratic in the document.
    """
    by_start = sorted(range(len(candidates)), key=lambda i: candidates[i].content.start)
    group_of = [0] * len(candidates)
    group, reach = -1, -1
    for i in by_start:
        content = candidates[i].content
        if content.start >= reach:
            group += 1
        reach = max(reach, content.end)
        group_of[i] = group
    groups: list[list[Attribution]] = [[] for _ in range(group + 1)]
    for i, candidate in enumerate(candidates):
        groups[group_of[i]].append(candidate)
    return groups


def _place(
    ctx: DocContext, kept: list[Attribution], candidate: Attribution, nesting: Collection[str]
) -> None:
    for index, other in enumerate(kept):
        if other.content == candidate.content and other.pieces == candidate.pieces:
            kept[index] = _filled(other, candidate)  # the same claim found twice: one record
            return
    for index, other in enumerate(kept):
        if not other.content.overlaps(candidate.content):
            continue
        if _nested(other, candidate):
            if candidate.act in _ATTITUDES and other.act not in _ATTITUDES:
                return  # "X said Y wants Z": X's claim, not Y's belief on its own
            if (
                candidate.act is Act.TOPIC
                and other.act is not Act.TOPIC
                and not _carrier(ctx, other, nesting)
            ):
                return  # "X said Y announced the steps": what Y spoke of is part of X's claim
            if other.act is Act.TOPIC and _same_source(other, candidate):
                return  # "X announced a law to mandate reporting abuses": all of it is X's topic
            if _says_more(other, candidate):
                sibling = _sibling(kept, index, candidate)
                if sibling is None:
                    kept.append(_inherit(other, candidate))
                else:  # the same nested claim found twice (a quotation and its reported clause)
                    kept[sibling] = _merged(kept[sibling], candidate)
            elif _carrier(ctx, other, nesting):
                kept[index] = _inherit(other, candidate)
            # else: "X says she thinks Y" is X's claim; the inner cue adds nothing
            return
        kept[index] = _merged(other, candidate)
        return
    kept.append(candidate)


def _merged(other: Attribution, candidate: Attribution) -> Attribution:
    """One record of two overlapping ones: the longer (``other``, placed first) with what the
    shorter adds, or the quotation when the longer is only it and a short tail."""
    if _quotation_with_a_tail(other, candidate):
        return _filled(candidate, other)
    return _filled(other, candidate)


def _sibling(kept: list[Attribution], outer: int, candidate: Attribution) -> int | None:
    """The index of an attribution already kept, other than the ``outer`` one, that ``candidate``
    overlaps without nesting in it or holding it: a claim nested in the same outer one."""
    return next(
        (
            i
            for i, other in enumerate(kept)
            if i != outer
            and other.content.overlaps(candidate.content)
            and not _nested(other, candidate)
            and not _nested(candidate, other)
        ),
        None,
    )


def _quotation_with_a_tail(longer: Attribution, quotation: Attribution) -> bool:
    """Whether ``longer`` is ``quotation`` plus a few of the reporter's words after it.

    ``said “we are closed” on Monday``: the reported clause begins at the
    opening mark and adds no more than a short adverbial after the closing one.
    """
    if quotation.kind is not Kind.DIRECT or longer.kind is Kind.DIRECT:
        return False
    if len(quotation.pieces) != 1 or len(longer.pieces) != 1:
        return False
    inner, outer = quotation.content, longer.content
    if not outer.start <= inner.start < inner.end <= outer.end:
        return False
    head = outer.text[: inner.start - outer.start]
    tail = outer.text[inner.end - outer.start :]
    return (
        _OPENING.fullmatch(head) is not None
        and _CLOSING.match(tail) is not None
        and 0 < len(_WORD.findall(tail)) <= _LEFTOVER_WORDS
    )


def _nested(outer: Attribution, inner: Attribution) -> bool:
    """Whether ``inner`` is an attribution reported inside ``outer``'s content."""
    if inner.cue is None or not (
        outer.content.start <= inner.content.start and inner.content.end <= outer.content.end
    ):
        return False
    if any(inner.cue in piece for piece in outer.pieces):
        return True
    # "the levy, which … would be the highest ever": the tag ("she said") cut out of a claim about
    # the levy is a claim of its own, reported inside it; a split quote's own tag is no other claim
    cue = inner.cue
    return any(
        first.end <= cue.start
        and cue.end <= second.start
        and (outer.cue is None or not first.end <= outer.cue.start < second.start)
        for first, second in itertools.pairwise(outer.pieces)
    )


def _carrier(ctx: DocContext, outer: Attribution, nesting: Collection[str]) -> bool:
    """Whether ``outer``'s source carries the words of those it names: its detector nests
    sources (``according to``) or it is a listed news outlet (``Reuters reported …``)."""
    speaker = outer.speaker
    return outer.detector in nesting or (speaker is not None and speaker.name in ctx.lexicons.outlets)


def _only_carries(ctx: DocContext, outer: Attribution, placed: list[Attribution]) -> bool:
    """Whether ``outer`` says nothing but what the attributions nested in it say: the main verb
    of its content is the cue of one of them that names its own source, and no more than a few
    of its words lie outside that source's subject (``the prosecutor of the city, Ann Roe,``)
    and the nested cues and contents.  ``According to the agency, the prosecutor of the city,
    Ann Roe, said A, adding B`` is Ann Roe's A and B; the agency only carries them."""
    if len(outer.pieces) != 1:
        return False
    inner = [a for a in placed if a is not outer and _nested(outer, a)]
    span = ctx.char_span(outer.content.start, outer.content.end)
    if span is None or not any(
        a.cue and a.speaker and span.root.idx in range(a.cue.start, a.cue.end) for a in inner
    ):
        return False
    subjects = [c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return False
    first, last = subjects[0].left_edge.idx, subjects[0].right_edge.idx + len(subjects[0].right_edge)
    covered = [(first, last), *((s.start, s.end) for a in inner for s in (a.content, a.cue) if s)]
    words = 0
    for match in _WORD.finditer(outer.content.text):
        at = outer.content.start + match.start()
        if not any(start <= at < end for start, end in covered):
            words += 1
    return words <= _LEFTOVER_WORDS


def _same_source(one: Attribution, other: Attribution) -> bool:
    """Whether two attributions name their source with the same words, or neither names one."""
    first, second = one.speaker, other.speaker
    if first is None or second is None:
        return first is None and second is None
    return first.mention is not None and first.mention == second.mention


def _says_more(outer: Attribution, inner: Attribution) -> bool:
    """Whether ``outer``'s content has words beyond ``inner``'s speaker, cue and content."""
    covered = [inner.content, *(s for s in (inner.cue, inner.speaker and inner.speaker.mention) if s)]
    words = 0
    for piece in outer.pieces:
        for match in _WORD.finditer(piece.text):
            at = piece.start + match.start()
            if not any(span.start <= at < span.end for span in covered):
                words += 1
    return words > _LEFTOVER_WORDS


def _inherit(outer: Attribution, inner: Attribution) -> Attribution:
    """``inner`` with ``outer``'s source at the head of its chain."""
    outer_chain = outer.chain or ((outer.speaker,) if outer.speaker is not None else ())
    if not outer_chain:
        return inner
    inner_chain = inner.chain or ((inner.speaker,) if inner.speaker is not None else ())
    chain: tuple[Speaker, ...] = tuple(outer_chain) + tuple(inner_chain)
    why = (*inner.explanation, f"merge: reported inside a claim found by {outer.detector}")
    return attrs.evolve(inner, chain=chain, outlet=inner.outlet or outer.outlet, explanation=why)


def _filled(keep: Attribution, other: Attribution) -> Attribution:
    """``keep`` with the speaker, cue and outlet it lacks taken from ``other``.

    The act goes with the cue: a quotation that takes the cue of the
    reported clause around it ("the poll found ...") takes its act too.
    """
    cue, act = keep.cue, keep.act
    if cue is None and other.cue is not None and not _inside(other.cue, keep):
        cue, act = other.cue, other.act
    speaker = keep.speaker or other.speaker
    outlet = keep.outlet or other.outlet
    if (cue, speaker, outlet, act) == (keep.cue, keep.speaker, keep.outlet, keep.act):
        return keep
    why = (*keep.explanation, *(e for e in other.explanation if e not in keep.explanation))
    return attrs.evolve(keep, cue=cue, speaker=speaker, outlet=outlet, act=act, explanation=why)


def _inside(span: TextSpan, attribution: Attribution) -> bool:
    return any(span in piece for piece in attribution.pieces)
