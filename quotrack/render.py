"""Views of a :class:`~quotrack.model.Result`: an HTML page and a plain-text table.

:func:`render` gives a standalone HTML page in the spirit of spaCy's displaCy:
each claim is highlighted in its speaker's colour, cues and speaker mentions
are marked, a tooltip tells who said it, how and through which outlet, and a
side table lists the speakers.  Everything from the text is HTML-escaped.

>>> from quotrack.model import Attribution, Kind, Result, Speaker, TextSpan
>>> text = 'Ann Lee said "costs <will> rise".'
>>> claim = Attribution(kind=Kind.DIRECT, content=TextSpan.of(text, 14, 31), detector="quotes",
...                     cue=TextSpan.of(text, 8, 12),
...                     speaker=Speaker("Ann Lee", TextSpan.of(text, 0, 7), "person"))
>>> page = render(Result(text=text, attributions=[claim]))
>>> page.startswith("<!DOCTYPE html>"), "costs &lt;will&gt; rise" in page
(True, True)
>>> print(render_table(Result(text=text, attributions=[claim]), width=72))
speaker            kind      act       conf cue            claim                outlet
Ann Lee            direct    speech    1    said           costs <will> rise
"""

from __future__ import annotations

import bisect
import functools
import itertools
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

import attrs
import jinja2
from markupsafe import Markup, escape

from .model import Act, Attribution, Kind, Result, SpeakerEntry, SpeakerKind
from .quotemarks import paragraphs
from .terminal import one_line

__all__ = ["NO_SPEAKER", "PALETTE", "Colour", "render", "render_documents", "render_table", "speaker_colours"]


@attrs.frozen
class Colour:
    """A speaker's colour: ``ink`` for text and underlines, ``wash`` for highlights."""

    ink: str
    wash: str


PALETTE: tuple[Colour, ...] = (
    Colour("#1f5fa8", "#dce9f8"),  # blue
    Colour("#b35400", "#fde4c8"),  # orange
    Colour("#2e7d32", "#dcefd8"),  # green
    Colour("#ad1457", "#f9d9e7"),  # magenta
    Colour("#00796b", "#d0eeea"),  # teal
    Colour("#6a3d9a", "#ebe0f5"),  # purple
    Colour("#8d6300", "#fbeec2"),  # gold
    Colour("#c0392b", "#f9dcd9"),  # red
    Colour("#6b7a00", "#ebf0c6"),  # olive
    Colour("#7b4a2d", "#efe1d6"),  # brown
)
"""The speaker colours, dark enough for text on white and light enough to highlight."""
NO_SPEAKER = Colour("#5f6368", "#e8eaed")
"""The colour of a claim whose speaker was not found."""

_KIND_LABELS = {Kind.DIRECT: "direct quote", Kind.MIXED: "partial quote", Kind.INDIRECT: "paraphrase"}
_SPEAKER_KIND_LABELS = {
    SpeakerKind.PERSON: "person",
    SpeakerKind.ORGANIZATION: "organisation",
    SpeakerKind.OUTLET: "news outlet",
    SpeakerKind.UNNAMED: "unnamed source",
    SpeakerKind.GROUP: "group",
    SpeakerKind.UNKNOWN: "",
}
# nesting order of marks in one place of the text: claims outermost, cues innermost
_CLAIM, _OUTLET, _SPEAKER, _CUE = range(4)


def speaker_colours(names: Iterable[str]) -> dict[str, Colour]:
    """A :data:`PALETTE` colour for each speaker name, keyed by the name casefolded.

    The colour comes from a CRC-32 of the name, so a speaker keeps it from
    page to page; when two speakers of one page would share a colour the
    later one (in CRC order) takes the next free one, until the palette runs out.

    >>> colours = speaker_colours(["Ann Lee", "Bob Roe", "ann lee"])
    >>> sorted(colours), colours["ann lee"] != colours["bob roe"]
    (['ann lee', 'bob roe'], True)
    >>> speaker_colours(["Ann Lee"])["ann lee"] == colours["ann lee"]
    True
    """
    keys = sorted({name.casefold() for name in names}, key=lambda key: (_crc(key), key))
    size = len(PALETTE)
    used: set[int] = set()
    out: dict[str, Colour] = {}
    for key in keys:
        preferred = _crc(key) % size
        slot = next((s % size for s in range(preferred, preferred + size) if s % size not in used), preferred)
        used.add(slot)
        out[key] = PALETTE[slot]
    return out


def _crc(key: str) -> int:
    return zlib.crc32(key.encode("utf-8"))


# -- marks and markup ---------------------------------------------------------


@attrs.frozen
class _Mark:
    """One highlighted stretch of text and the opening tag that marks it."""

    start: int
    end: int
    layer: int
    lane: int
    tag: Markup
    close: str

    @property
    def order(self) -> tuple[int, int, int, int]:
        """Outer marks first: by layer, then outer lanes first, then text order."""
        return (self.layer, -self.lane, self.start, -self.end)


def _lanes(attributions: Sequence[Attribution]) -> list[int]:
    """A lane per claim: 0 for most; a claim overlapping a shorter one sits a lane further out.

    Claims are grouped into clusters that overlap; within a cluster the
    shortest claims take the lowest free lane.
    """
    lanes = [0] * len(attributions)
    clusters: list[list[int]] = []
    cluster_end = -1
    for index in sorted(range(len(attributions)), key=lambda i: attributions[i].content.start):
        content = attributions[index].content
        if clusters and content.start < cluster_end:
            clusters[-1].append(index)
            cluster_end = max(cluster_end, content.end)
        else:
            clusters.append([index])
            cluster_end = content.end
    for cluster in clusters:
        placed: list[int] = []
        for index in sorted(
            cluster, key=lambda i: (len(attributions[i].content), attributions[i].content.start)
        ):
            content = attributions[index].content
            taken = {lanes[j] for j in placed if attributions[j].content.overlaps(content)}
            lanes[index] = min(set(range(len(placed) + 1)) - taken)
            placed.append(index)
    return lanes


UNSURE = 0.5
"""A claim whose confidence is under this is drawn faint (class ``q-unsure``)."""
_NOT_CLAIMS = {Act.TOPIC: " q-topic", Act.REQUEST: " q-request"}
"""The class that marks a record that is no claim, drawn faint: a topic, or a request or question."""


def _tooltip(attribution: Attribution, entry: SpeakerEntry | None) -> str:
    lines = [
        f"{_KIND_LABELS[attribution.kind].capitalize()}",
        f"Confidence: {attribution.confidence:.2f}",
        f"Act: {attribution.act.value}",
    ]
    speaker = attribution.speaker
    if entry is not None:
        lines.append(f"Speaker: {entry.name}")
        role = _role(entry)
        if role:
            lines.append(f"Role: {role}")
    elif speaker is not None:
        lines.append(f"Speaker: {speaker.name}")
    else:
        lines.append("Speaker: not found")
    if attribution.cue is not None:
        lines.append(f"Cue: {attribution.cue.text}")
    if attribution.outlet is not None:
        lines.append(f"Outlet: {attribution.outlet.name}")
    if attribution.chain:
        lines.append("Via: " + " → ".join(source.name for source in attribution.chain))
    lines.extend(f"Why: {reason}" for reason in attribution.explanation)
    return "\n".join(lines)


def _role(entry: SpeakerEntry) -> str:
    """What the text says the speaker is: the description, and an affiliation it does not already name."""
    name = entry.name.casefold()
    parts: list[str] = []
    for part in (entry.description, entry.affiliation):
        if part and part.casefold() != name and not any(part.casefold() in p.casefold() for p in parts):
            parts.append(part)
    return "; ".join(parts)


def _style(colour: Colour, lane: int | None = None) -> str:
    style = f"--ink:{colour.ink};--wash:{colour.wash}"
    return style if lane is None else f"{style};--lane:{lane}"


def _marks(result: Result, colours: dict[str, Colour]) -> list[_Mark]:
    """Every mark of ``result``: claim pieces, speaker mentions, outlet mentions, cues."""
    owner = {index: row for row, entry in enumerate(result.speakers) for index in entry.attributions}
    lanes = _lanes(result.attributions)
    marks: list[_Mark] = []
    seen: set[tuple[int, int, int]] = set()

    def add(layer: int, start: int, end: int, tag: Markup, close: str, lane: int = 0) -> None:
        if end > start and (layer == _CLAIM or (layer, start, end) not in seen):
            seen.add((layer, start, end))
            marks.append(_Mark(start, end, layer, lane, tag, close))

    for index, attribution in enumerate(result.attributions):
        row = owner.get(index)
        entry = result.speakers[row] if row is not None else None
        colour = colours[entry.name.casefold()] if entry is not None else NO_SPEAKER
        speaker_attr = Markup(' data-s="{}"').format(row) if row is not None else Markup("")
        tag = (
            '<mark class="q-claim q-{}{}{}" data-a="{}"{} style="{}" title="{}" data-act="{}"'
            ' data-confidence="{}">'
        )
        claim = Markup(tag).format(
            attribution.kind.value,
            " q-unsure" if attribution.confidence < UNSURE else "",
            _NOT_CLAIMS.get(attribution.act, ""),
            index,
            speaker_attr,
            _style(colour, lanes[index]),
            _tooltip(attribution, entry),
            attribution.act.value,
            f"{attribution.confidence:.2f}",
        )
        for piece in attribution.pieces:
            add(_CLAIM, piece.start, piece.end, claim, "</mark>", lanes[index])
        speaker = attribution.speaker
        if speaker is not None and speaker.mention is not None:
            label = entry.name if entry is not None else speaker.name
            count = len(entry.attributions) if entry is not None else 1
            tag = Markup('<span class="q-speaker"{} style="{}" title="{}">').format(
                speaker_attr, _style(colour), f"{label}: {count} claim{'s' if count != 1 else ''}"
            )
            add(_SPEAKER, speaker.mention.start, speaker.mention.end, tag, "</span>")
        outlet = attribution.outlet
        if outlet is not None and outlet.mention is not None:
            tag = Markup('<span class="q-outlet" title="{}">').format(f"Outlet: {outlet.name}")
            add(_OUTLET, outlet.mention.start, outlet.mention.end, tag, "</span>")
        if attribution.cue is not None:
            tag = Markup('<span class="q-cue" data-a="{}" style="{}" title="{}">').format(
                index, _style(colour), f"Cue of a {_KIND_LABELS[attribution.kind]}"
            )
            add(_CUE, attribution.cue.start, attribution.cue.end, tag, "</span>")
    return marks


def _paragraph_markup(text: str, start: int, end: int, marks: Sequence[_Mark]) -> Markup:
    """``text[start:end]`` as HTML, each mark opened and closed at its boundaries.

    The boundaries of every mark (clipped to the paragraph) cut the text into
    stretches; each stretch is wrapped in the marks that cover it, outer ones
    first.  A mark stays open while the marks outside it stay the same, and
    is closed and reopened only where marks cross.
    """
    clipped = [attrs.evolve(m, start=max(m.start, start), end=min(m.end, end)) for m in marks]
    clipped = [m for m in clipped if m.end > m.start]
    bounds = sorted({start, end, *(m.start for m in clipped), *(m.end for m in clipped)})
    starting: dict[int, list[_Mark]] = {}
    for mark in clipped:
        starting.setdefault(mark.start, []).append(mark)
    out: list[str] = []
    stack: list[_Mark] = []
    live: list[_Mark] = []
    for left, right in itertools.pairwise(bounds):
        live = [m for m in live if m.end > left] + starting.get(left, [])
        active = sorted(live, key=lambda m: m.order)
        keep = 0
        while keep < min(len(stack), len(active)) and stack[keep] is active[keep]:
            keep += 1
        out.extend(m.close for m in reversed(stack[keep:]))
        out.extend(m.tag for m in active[keep:])
        stack = active
        out.append(escape(text[left:right]))
    out.extend(m.close for m in reversed(stack))
    return Markup("".join(out))


def _paragraphs(result: Result, marks: Sequence[_Mark]) -> list[Markup]:
    spans = paragraphs(result.text)
    starts = [s for s, _ in spans]
    buckets: list[list[_Mark]] = [[] for _ in spans]
    for mark in marks:
        first = max(bisect.bisect_right(starts, mark.start) - 1, 0)
        last = bisect.bisect_left(starts, mark.end)
        for index in range(first, last):
            buckets[index].append(mark)
    return [
        _paragraph_markup(result.text, s, e, bucket) for (s, e), bucket in zip(spans, buckets, strict=True)
    ]


# -- pages --------------------------------------------------------------------


@attrs.frozen
class _SpeakerRow:
    index: int
    name: str
    kind: str
    role: str
    claims: int
    acts: str
    outlets: str
    style: str


@functools.lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("quotrack", "templates"),
        autoescape=jinja2.select_autoescape(default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _summary(result: Result) -> str:
    counts = Counter(a.kind for a in result.attributions)
    claims = len(result.attributions)
    sources = len(result.speakers)
    head = f"{claims} claim{'s' if claims != 1 else ''} from {sources} source{'s' if sources != 1 else ''}"
    kinds = [f"{counts[kind]} {_KIND_LABELS[kind]}{'s' if counts[kind] != 1 else ''}" for kind in Kind]
    return f"{head}: {', '.join(kinds)}" if claims else head


def _acts(acts: Iterable[Act]) -> str:
    """What a speaker's claims report, most frequent first: "2 speech, 1 belief".

    >>> _acts([Act.SPEECH, Act.BELIEF, Act.SPEECH])
    '2 speech, 1 belief'
    """
    return ", ".join(f"{count} {act.value}" for act, count in Counter(acts).most_common())


def _article(result: Result, title: str | None) -> Markup:
    colours = speaker_colours(entry.name for entry in result.speakers)
    rows = sorted(
        (
            _SpeakerRow(
                index=index,
                name=entry.name,
                kind=_SPEAKER_KIND_LABELS[entry.kind],
                role=_role(entry),
                claims=len(entry.attributions),
                acts=_acts(result.attributions[i].act for i in entry.attributions),
                outlets=", ".join(entry.outlets),
                style=_style(colours[entry.name.casefold()]),
            )
            for index, entry in enumerate(result.speakers)
        ),
        key=lambda row: -row.claims,
    )
    owned = {i for entry in result.speakers for i in entry.attributions}
    unattributed = sum(1 for i in range(len(result.attributions)) if i not in owned)
    template = _environment().get_template("article.html")
    return Markup(
        template.render(
            title=title,
            summary=_summary(result),
            paragraphs=_paragraphs(result, _marks(result, colours)),
            speakers=rows,
            unattributed=unattributed,
            no_speaker=_style(NO_SPEAKER),
        )
    )


def render_documents(
    documents: Iterable[tuple[Result, str | None]], *, title: str | None = None
) -> Iterator[str]:
    """One standalone HTML page for several ``(result, title)`` pairs, in pieces.

    The page streams: each document is rendered when the pieces reach it.

    >>> pieces = render_documents([(Result(text="One."), "a.txt"), (Result(text="Two."), "b.txt")])
    >>> page = "".join(pieces)
    >>> page.count('<article class="quotrack"'), "<title>quotrack</title>" in page
    (2, True)
    """
    template = _environment().get_template("page.html")
    articles = (_article(result, name) for result, name in documents)
    yield from template.generate(title=title or "quotrack", articles=articles)


def render(result: Result, *, title: str | None = None, standalone: bool = True) -> str:
    """``result`` as HTML: a whole page, or (``standalone=False``) a fragment to embed.

    The fragment carries its own (scoped) style and script, so it displays
    alike in a notebook, an e-mail or another page.

    >>> fragment = render(Result(text="Nothing & nobody."), standalone=False)
    >>> fragment.startswith('<div class="quotrack-view">'), "Nothing &amp; nobody." in fragment
    (True, True)
    """
    if standalone:
        return "".join(render_documents([(result, title)], title=title))
    template = _environment().get_template("fragment.html")
    return template.render(article=_article(result, title))


# -- plain text ---------------------------------------------------------------

_COLUMNS = (("speaker", 18), ("kind", 9), ("act", 9), ("conf", 4), ("cue", 14), ("claim", 0), ("outlet", 14))
_MIN_CLAIM = 20


def _cell(text: str, width: int) -> str:
    """``text`` on one line (:func:`~quotrack.terminal.one_line`), cut with an ellipsis to fit ``width``."""
    flat = one_line(text)
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def render_table(result: Result, *, width: int = 100, wide: bool = False) -> str:
    """The attributions as a fixed-width table: speaker, kind, act, confidence, cue, claim, outlet.

    The claim column takes what ``width`` leaves (at least 20 characters);
    a claim in several pieces shows them joined by ``…``.  ``wide=True`` cuts
    no cell: each column is as wide as its longest cell.

    >>> print(render_table(Result(text="Nothing here.")))
    (no attributions)
    """
    if not result.attributions:
        return "(no attributions)"
    rows = [
        [
            attribution.speaker.name if attribution.speaker is not None else "—",
            attribution.kind.value,
            attribution.act.value,
            f"{attribution.confidence:.2f}"[1:] if attribution.confidence < 1 else "1",
            attribution.cue.text if attribution.cue is not None else "",
            " … ".join(piece.text for piece in attribution.pieces),
            attribution.outlet.name if attribution.outlet is not None else "",
        ]
        for attribution in result.attributions
    ]
    if wide:
        rows = [[one_line(cell) for cell in cells] for cells in rows]
        widths = [max(len(name), *(len(cells[i]) for cells in rows)) for i, (name, _) in enumerate(_COLUMNS)]
    else:
        fixed = sum(size + 1 for _, size in _COLUMNS)
        claim_width = max(width - fixed, _MIN_CLAIM)
        widths = [size or claim_width for _, size in _COLUMNS]
    lines = [_row([name for name, _ in _COLUMNS], widths)]
    lines += [_row(cells, widths) for cells in rows]
    return "\n".join(lines)


def _row(cells: Sequence[str], widths: Sequence[int]) -> str:
    return " ".join(_cell(cell, size).ljust(size) for cell, size in zip(cells, widths, strict=True)).rstrip()
