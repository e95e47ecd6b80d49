"""A ledger as one self-contained HTML page, for a journalist to read.

:func:`report` asks a ledger for its documents, speakers, quotes and echoes and
:func:`render_report` turns those records into a page that works offline: no
script, no web font, no stylesheet or image to fetch.  It shows who is quoted
most and by which outlets, quotes over time for the top speakers, the
direct / mixed / indirect mix per outlet and the echoes, with their first
appearance and the words each variant changed.  The charts are inline SVG
drawn by matplotlib (the ``report`` extra: ``pip install "quotrack[report]"``).

Article text is untrusted: every word of it is HTML-escaped, and a link is made
only from an ``http(s)`` URL.

>>> from datetime import datetime
>>> from quotrack.ledger.records import DocumentRecord, QuoteRecord, SpeakerRecord
>>> day = datetime(2026, 1, 5)
>>> quote = QuoteRecord(document="a1", outlet="Daily <Post>", published=day, kind="direct",
...                     content="Rates will rise", speaker="Ann Lee", cue="said")
>>> page = render_report(documents=[DocumentRecord("a1", "Daily <Post>", day, attributions=1)],
...                      speakers=[SpeakerRecord("Ann Lee", documents=1, quotes=1)],
...                      quotes=[quote], echoes=[])
>>> page.startswith("<!DOCTYPE html>"), "Daily &lt;Post&gt;" in page, "<Post>" in page
(True, True, False)
"""

from __future__ import annotations

import difflib
import functools
import importlib
import io
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import attrs
import jinja2
from markupsafe import Markup, escape

from ..confidence import MinConfidence, check_min_confidence
from ..errors import QuotrackError
from .queries import DEFAULT_MIN_CONFIDENCE
from .records import DocumentRecord, Echo, QuoteRecord, SpeakerRecord, Variant

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = [
    "KIND_COLOURS",
    "LedgerLike",
    "ReportError",
    "diff_markup",
    "render_report",
    "report",
    "write_report",
]

KINDS = ("direct", "mixed", "indirect")
KIND_COLOURS = {"direct": "#1f5fa8", "mixed": "#e08a2c", "indirect": "#9aa5b1"}
"""The colour of each kind of quote in the charts and the legend."""
_OUTLET_COLOURS = ("#1f5fa8", "#b35400", "#2e7d32", "#ad1457", "#00796b", "#6a3d9a", "#8d6300", "#c0392b")
_OTHER_COLOUR = "#c4c9cf"
NO_OUTLET = "(no outlet)"
_LABEL_CHARS = 32
_MAX_OUTLETS = 12


class ReportError(QuotrackError):
    """The report cannot be made (matplotlib is not installed, the file cannot be written)."""


class LedgerLike(Protocol):
    """What :func:`report` needs of a ledger: its four queries."""

    def documents(self) -> Iterable[DocumentRecord]: ...  # pragma: no cover

    def speakers(
        self, *, min_confidence: MinConfidence = ...
    ) -> Iterable[SpeakerRecord]: ...  # pragma: no cover

    def quotes(self, *, min_confidence: MinConfidence = ...) -> Iterable[QuoteRecord]: ...  # pragma: no cover

    def echoes(self) -> Iterable[Echo]: ...  # pragma: no cover


# -- figures from the records -------------------------------------------------


@attrs.frozen
class _SpeakerRow:
    name: str
    aliases: str
    kind: str
    description: str
    quotes: int
    documents: int
    outlets: list[tuple[str, int]]
    first_seen: str
    last_seen: str
    copies: int = 0
    """Documents that are wire copies of one of ``documents``."""

    @property
    def wire_share(self) -> str:
        """The share of the speaker's documents that are copies, as a percentage ("" when none).

        >>> _SpeakerRow("Ann Lee", "", "person", "", 4, 3, [], "", "", copies=1).wire_share
        '25%'
        """
        total = self.documents + self.copies
        return f"{round(100 * self.copies / total)}%" if self.copies and total else ""


@attrs.frozen
class _OutletRow:
    name: str
    documents: int
    quotes: int
    kinds: list[tuple[str, int, float]]
    speakers: list[tuple[str, int]]


@attrs.frozen
class _Occurrence:
    date: str
    outlet: str
    document: str
    title: str
    url: str | None
    speaker: str
    text: Markup


@attrs.frozen
class _EchoRow:
    text: str
    documents: int
    first: _Occurrence
    occurrences: list[_Occurrence]
    variants: list[tuple[_Occurrence, list[str]]]


def _day(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d") if value is not None else "undated"


def _short(text: str, limit: int = _LABEL_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _link(url: str | None) -> str | None:
    """``url`` when it is a web address, else None: no ``javascript:`` link from article data."""
    return url if url and re.match(r"https?://", url, re.IGNORECASE) else None


_TOKEN = re.compile(r"\S+")
_EDGE_PUNCTUATION = re.compile(r"^\W+|\W+$")


def _word_key(word: str) -> str:
    """A word compared without case, accents or the punctuation around it."""
    plain = unicodedata.normalize("NFKD", word.casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return _EDGE_PUNCTUATION.sub("", plain) or plain


def diff_markup(first: str, variant: str) -> Markup:
    """``variant`` as HTML with its words that differ from ``first`` marked.

    Words the variant adds or changes are in ``<ins>``; words of ``first`` it
    drops or changes are in ``<del>`` where they were.  Case, accents and the
    punctuation around a word are not differences.

    >>> print(diff_markup("We will <never> give up", "We shall never give up!"))
    We <del>will</del> <ins>shall</ins> never give up!
    >>> print(diff_markup("a b c", "a c"))
    a <del>b</del> c
    """
    old = [m.group() for m in _TOKEN.finditer(first)]
    new = [m.group() for m in _TOKEN.finditer(variant)]
    matcher = difflib.SequenceMatcher(
        a=[_word_key(w) for w in old], b=[_word_key(w) for w in new], autojunk=False
    )
    parts: list[Markup] = []
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            parts.extend(escape(word) for word in new[b0:b1])
            continue
        if a1 > a0:
            parts.append(Markup("<del>{}</del>").format(" ".join(old[a0:a1])))
        if b1 > b0:
            parts.append(Markup("<ins>{}</ins>").format(" ".join(new[b0:b1])))
    return Markup(" ").join(parts)


def _occurrence(
    quote: QuoteRecord, documents: dict[str, DocumentRecord], text: Markup | None = None
) -> _Occurrence:
    document = documents.get(quote.document)
    title = quote.title or (document.title if document is not None else None) or quote.document
    url = quote.url or (document.url if document is not None else None)
    return _Occurrence(
        date=_day(quote.published),
        outlet=quote.outlet or NO_OUTLET,
        document=quote.document,
        title=title,
        url=_link(url),
        speaker=quote.speaker or (f"{quote.source} (not linked)" if quote.source else "unnamed source"),
        text=text if text is not None else escape(quote.content),
    )


def _echo_row(echo: Echo, documents: dict[str, DocumentRecord]) -> _EchoRow:
    def changes(variant: Variant) -> list[str]:
        return [
            {"replace": f"“{c.before}” → “{c.after}”", "delete": f"dropped “{c.before}”"}.get(
                c.op, f"added “{c.after}”"
            )
            for c in variant.changes
        ]

    return _EchoRow(
        text=echo.text,
        documents=echo.documents or len({q.document for q in echo.occurrences}),
        first=_occurrence(echo.first, documents),
        occurrences=[_occurrence(q, documents) for q in echo.occurrences if q != echo.first],
        variants=[
            (
                _occurrence(v.occurrence, documents, diff_markup(echo.first.content, v.occurrence.content)),
                changes(v),
            )
            for v in echo.variants
        ],
    )


def _period(dates: Sequence[datetime]) -> str:
    """The bin for a timeline over ``dates``: a week, a month or a year."""
    span = max(dates) - min(dates)
    if span <= timedelta(days=120):
        return "week"
    return "month" if span <= timedelta(days=6 * 366) else "year"


_PERIOD_DAYS = {"week": 7, "month": 31, "year": 366}
_TICK_FORMATS = {"week": "%d %b %Y", "month": "%b %Y", "year": "%Y"}


def _time_axis(axes: Any, bins: Sequence[datetime], period: str, width: timedelta = timedelta(0)) -> None:
    """An x axis over the ``bins`` of a chart (start of each period), a period to spare each side,
    ticked once a period: a week's data is drawn over that week, not over years."""
    mdates: Any = importlib.import_module("matplotlib.dates")  # (a chart's: matplotlib is there)
    step = timedelta(days=_PERIOD_DAYS[period])
    axes.set_xlim(min(bins) - step, max(bins) + width + step)
    locator = {
        "week": mdates.WeekdayLocator(byweekday=mdates.MO),
        "month": mdates.MonthLocator(),
        "year": mdates.YearLocator(),
    }[period]
    if period != "year" and (max(bins) - min(bins)) / step > 12:  # (at most about twelve ticks)
        locator = mdates.AutoDateLocator(maxticks=12)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.DateFormatter(_TICK_FORMATS[period]))


def _bin(value: datetime, period: str) -> datetime:
    day = datetime(value.year, value.month, value.day)
    if period == "week":
        return day - timedelta(days=day.weekday())
    return datetime(value.year, value.month, 1) if period == "month" else datetime(value.year, 1, 1)


# -- charts -------------------------------------------------------------------


def _pyplot() -> Any:
    try:
        import matplotlib

        matplotlib.use("Agg")
        from matplotlib import pyplot
    except ImportError:  # pragma: no cover - matplotlib is in the report and dev extras
        raise ReportError(
            'the report draws its charts with matplotlib: pip install "quotrack[report]"'
        ) from None
    return pyplot


_RC = {
    "svg.fonttype": "path",  # glyphs as paths: no font to fetch, the same on every machine
    "svg.hashsalt": "quotrack",  # the same ids on every run
    "text.parse_math": False,  # a "$" in a name is a dollar sign, not mathtext
    "font.size": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.edgecolor": "#8a8f98",
    "axes.labelcolor": "#3c4043",
    "xtick.color": "#3c4043",
    "ytick.color": "#3c4043",
}
_SVG_PROLOGUE = re.compile(r"\A.*?(?=<svg\b)", re.DOTALL)
_SVG_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_SVG_METADATA = re.compile(r"<metadata>.*?</metadata>\s*", re.DOTALL)
_SVG_SIZE = re.compile(r'(<svg\b[^>]*?)\s+width="[^"]*"\s+height="[^"]*"')


def _svg(figure: Figure, label: str) -> Markup:
    """``figure`` as an inline ``<svg>`` element that scales with the page."""
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None})
    _pyplot().close(figure)
    svg = _SVG_PROLOGUE.sub("", buffer.getvalue())
    # matplotlib repeats each label in a comment: drop them, they are article text
    svg = _SVG_METADATA.sub("", _SVG_COMMENT.sub("", svg))
    svg = _SVG_SIZE.sub(r"\1", svg, count=1)
    svg = svg.replace("<svg ", f'<svg class="chart" role="img" aria-label="{escape(label)}" ', 1)
    return Markup(svg)


def _speakers_chart(speakers: Sequence[SpeakerRecord], by_outlet: dict[str, Counter[str]]) -> Markup:
    """Horizontal bars: quotes of each top speaker, split by outlet."""
    plt = _pyplot()
    totals: Counter[str] = Counter()
    for name in (s.name for s in speakers):
        totals.update(by_outlet.get(name, Counter()))
    shown = [outlet for outlet, _ in totals.most_common(len(_OUTLET_COLOURS))]
    with plt.rc_context(_RC):
        figure, axes = plt.subplots(figsize=(7.6, 0.34 * len(speakers) + 1.3))
        labels = [_short(s.name) for s in reversed(speakers)]
        left = [0.0] * len(speakers)
        series = [*shown, None] if len(totals) > len(shown) else shown
        for number, outlet in enumerate(series):
            values = []
            for s in reversed(speakers):
                counts = by_outlet.get(s.name, Counter())
                if outlet is None:
                    values.append(float(sum(v for k, v in counts.items() if k not in shown)))
                else:
                    values.append(float(counts.get(outlet, 0)))
            colour = _OTHER_COLOUR if outlet is None else _OUTLET_COLOURS[number]
            name = "other outlets" if outlet is None else _short(outlet, 24)
            axes.barh(labels, values, left=left, color=colour, label=name, height=0.7)
            left = [a + b for a, b in zip(left, values, strict=True)]
        for y, total in enumerate(left):
            axes.text(total, y, f" {total:g}", va="center", fontsize=9, color="#3c4043")
        axes.set_xlabel("quotes")
        axes.xaxis.get_major_locator().set_params(integer=True)
        axes.set_xlim(0, max(left, default=1) * 1.1 or 1)
        if series:
            axes.legend(
                loc="lower center",
                bbox_to_anchor=(0.5, 1.0),
                ncol=min(len(series), 5),
                frameon=False,
                fontsize=8,
            )
        return _svg(figure, "Quotes of the most quoted speakers, by outlet")


def _counted_for(quote: QuoteRecord) -> tuple[str, ...]:
    """The speakers a quote counts for, as ``speakers()`` counts it: each member of a joint one."""
    return quote.credited or ((quote.speaker,) if quote.speaker else ())


def _timeline_chart(
    speakers: Sequence[SpeakerRecord], quotes: Sequence[QuoteRecord]
) -> tuple[Markup, str] | None:
    """Dots on a time axis, one row per top speaker, sized by quotes in each period."""
    names = [s.name for s in speakers]
    wanted = set(names)
    dated = [q for q in quotes if q.published is not None and not wanted.isdisjoint(_counted_for(q))]
    if not dated:
        return None
    dates = [q.published for q in dated if q.published is not None]
    period = _period(dates)
    counts: Counter[tuple[str, datetime]] = Counter()
    for q in dated:
        assert q.published is not None
        for name in wanted.intersection(_counted_for(q)):
            counts[(name, _bin(q.published, period))] += 1
    biggest = max(counts.values())
    plt = _pyplot()
    with plt.rc_context(_RC):
        figure, axes = plt.subplots(figsize=(7.6, 0.42 * len(names) + 1.3))
        rows = {name: len(names) - 1 - i for i, name in enumerate(names)}
        for number, name in enumerate(names):
            points = [(when, n) for (who, when), n in counts.items() if who == name]
            if not points:
                continue
            colour = _OUTLET_COLOURS[number % len(_OUTLET_COLOURS)]
            axes.scatter(
                [when for when, _ in points],
                [rows[name]] * len(points),
                s=[24 + 260 * n / biggest for _, n in points],
                color=colour,
                alpha=0.75,
                edgecolors="white",
                linewidths=0.6,
            )
        axes.set_yticks(list(rows.values()), [_short(n) for n in rows])
        axes.set_ylim(-0.7, len(names) - 0.3)
        axes.grid(axis="x", color="#e3e5e8", linewidth=0.6)
        axes.set_axisbelow(True)
        axes.set_xlabel(f"quotes per {period} (bigger dot: more quotes; largest = {biggest})")
        _time_axis(axes, [when for _, when in counts], period)
        figure.autofmt_xdate()
        return _svg(figure, f"Quotes per {period} of the most quoted speakers"), period


def _kinds_chart(rows: Sequence[tuple[str, Counter[str]]], whose: str, label: str) -> Markup:
    """100 % bars: the share of direct, mixed and indirect quotes in each row (an outlet, a speaker)."""
    plt = _pyplot()
    with plt.rc_context(_RC):
        figure, axes = plt.subplots(figsize=(7.6, 0.34 * len(rows) + 1.1))
        totals = [sum(counts[k] for k in KINDS) or 1 for _, counts in reversed(rows)]
        labels = [f"{_short(name, 28)}  ({sum(c[k] for k in KINDS)})" for name, c in reversed(rows)]
        left = [0.0] * len(rows)
        for kind in KINDS:
            shares = [100 * c[kind] / n for (_, c), n in zip(reversed(rows), totals, strict=True)]
            axes.barh(labels, shares, left=left, color=KIND_COLOURS[kind], label=kind, height=0.7)
            for y, (start, share) in enumerate(zip(left, shares, strict=True)):
                if share >= 9:
                    colour = "white" if kind != "indirect" else "#202124"
                    axes.text(
                        start + share / 2,
                        y,
                        f"{share:.0f}%",
                        ha="center",
                        va="center",
                        fontsize=8,
                        color=colour,
                    )
            left = [a + b for a, b in zip(left, shares, strict=True)]
        axes.set_xlim(0, 100)
        axes.set_xlabel(f"share of the {whose} quotes (%)  ·  in brackets: number of quotes")
        axes.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=3, frameon=False, fontsize=8)
        return _svg(figure, label)


def _coverage_chart(documents: Sequence[DocumentRecord], quotes: Sequence[QuoteRecord]) -> Markup | None:
    """Bars: documents per period, with the quotes they carry as a line."""
    dated = [d.published for d in documents if d.published is not None]
    if not dated:
        return None
    period = _period(dated)
    docs = Counter(_bin(day, period) for day in dated)
    said = Counter(_bin(q.published, period) for q in quotes if q.published is not None)
    bins = sorted(docs)
    width = {"week": 5.0, "month": 24.0, "year": 300.0}[period]
    plt = _pyplot()
    with plt.rc_context(_RC):
        figure, axes = plt.subplots(figsize=(7.6, 2.6))
        axes.bar(bins, [docs[b] for b in bins], width=width, color="#9aa5b1", label="documents", align="edge")
        axes.set_ylabel("documents")
        axes.yaxis.get_major_locator().set_params(integer=True)
        twin = axes.twinx()
        twin.spines["top"].set_visible(False)
        points = sorted(said)
        twin.plot(
            [b + timedelta(days=width / 2) for b in points],
            [said[b] for b in points],
            color="#1f5fa8",
            marker="o",
            markersize=3,
            linewidth=1.2,
            label="quotes",
        )
        twin.set_ylabel("quotes", color="#1f5fa8")
        twin.set_ylim(bottom=0)
        axes.set_xlabel(f"per {period}")
        _time_axis(axes, bins, period, width=timedelta(days=width))
        figure.autofmt_xdate()
        return _svg(figure, f"Documents and quotes per {period}")


# -- the page -----------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("quotrack", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def _outlet_rows(documents: Sequence[DocumentRecord], quotes: Sequence[QuoteRecord]) -> list[_OutletRow]:
    docs = Counter(d.outlet or NO_OUTLET for d in documents)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    speakers: dict[str, Counter[str]] = defaultdict(Counter)
    for q in quotes:
        outlet = q.outlet or NO_OUTLET
        kinds[outlet][q.kind] += 1
        for name in q.credited or ((q.speaker,) if q.speaker else ()):  # (each member of a joint one)
            speakers[outlet][name] += 1
    rows = []
    for outlet in set(docs) | set(kinds):
        total = sum(kinds[outlet].values())
        rows.append(
            _OutletRow(
                name=outlet,
                documents=docs[outlet],
                quotes=total,
                kinds=[(k, kinds[outlet][k], kinds[outlet][k] / total if total else 0.0) for k in KINDS],
                speakers=speakers[outlet].most_common(3),
            )
        )
    return sorted(rows, key=lambda row: (-row.quotes, -row.documents, row.name))


def render_report(
    *,
    documents: Iterable[DocumentRecord],
    speakers: Iterable[SpeakerRecord],
    quotes: Iterable[QuoteRecord],
    echoes: Iterable[Echo],
    title: str = "Who said what: the ledger",
    top: int = 10,
    max_echoes: int = 50,
    min_confidence: float = 0.0,
) -> str:
    """The report page for these records (as a ledger's queries return them).

    "Who is quoted most" shows people: the ``top`` get a bar and a row on
    the timeline, and its table lists up to twice as many.  Organisations and
    outlets that are cited have a table of their own, as long.  The echoes
    that reach the most documents come first, at most ``max_echoes`` of them.
    ``min_confidence`` is the threshold the records were read with, which the
    page states.
    """
    documents = list(documents)
    speakers = list(speakers)
    quotes = list(quotes)
    echoes = list(echoes)
    by_document = {d.id: d for d in documents}
    by_outlet: dict[str, Counter[str]] = defaultdict(Counter)
    by_kind: dict[str, Counter[str]] = defaultdict(Counter)
    for q in quotes:
        for name in _counted_for(q):
            by_outlet[name][q.outlet or NO_OUTLET] += 1
            by_kind[name][q.kind] += 1
    ranked = sorted(speakers, key=lambda s: (-s.quotes, -s.documents, s.name))
    people = [s for s in ranked if s.kind == "person"]
    sources = [s for s in ranked if s.kind in ("organization", "outlet") and s.quotes > 0]
    leaders = [s for s in people if s.quotes > 0][:top]

    def row(s: SpeakerRecord) -> _SpeakerRow:
        return _SpeakerRow(
            name=s.name,
            aliases=", ".join(a for a in s.aliases if a != s.name),
            kind=s.kind,
            description=s.description or "",
            quotes=s.quotes,
            documents=s.documents,
            outlets=by_outlet[s.name].most_common(5) or [(o, 0) for o in s.outlets[:5]],
            first_seen=_day(s.first_seen),
            last_seen=_day(s.last_seen),
            copies=s.copies,
        )

    speaker_rows = [row(s) for s in people[: 2 * top]]
    source_rows = [row(s) for s in sources[: 2 * top]]
    outlets = _outlet_rows(documents, quotes)
    echo_rows = [
        _echo_row(e, by_document)
        for e in sorted(
            echoes,
            key=lambda e: (
                -len({q.document for q in e.occurrences}),
                e.first.published or datetime.max,
                e.text,
            ),
        )[:max_echoes]
    ]
    dates = [d.published for d in documents if d.published is not None]
    first_seen = [q for q in quotes if q.copy_of is None]  # (what wire copies repeat counts once)
    timeline = _timeline_chart(leaders, quotes) if leaders else None
    charted = [o for o in outlets if o.quotes][:_MAX_OUTLETS]
    template = _environment().get_template("report.html")
    return template.render(
        title=title,
        counts={
            "documents": len(documents),
            "outlets": len({d.outlet for d in documents if d.outlet}),
            "quotes": len(first_seen),
            "copied": len(quotes) - len(first_seen),
            "speakers": len(speakers),
            "people": len(people),
            "echoes": len(echoes),
            "kinds": Counter(q.kind for q in first_seen),
            "unattributed": sum(1 for q in first_seen if not q.speaker),
        },
        span=(_day(min(dates)), _day(max(dates))) if dates else None,
        kinds=KINDS,
        kind_colours=KIND_COLOURS,
        speakers_chart=_speakers_chart(leaders, by_outlet) if leaders else None,
        timeline_chart=timeline[0] if timeline else None,
        period=timeline[1] if timeline else None,
        kinds_chart=_kinds_chart(
            [(o.name, Counter({k: n for k, n, _ in o.kinds})) for o in charted],
            "outlet's",
            "Direct, mixed and indirect quotes per outlet",
        )
        if charted
        else None,
        speaker_kinds_chart=_kinds_chart(
            [(s.name, by_kind[s.name]) for s in leaders],
            "speaker's",
            "How the most quoted speakers are quoted",
        )
        if leaders
        else None,
        more_outlets=max(0, len([o for o in outlets if o.quotes]) - len(charted)),
        coverage_chart=_coverage_chart(documents, quotes),
        speakers=speaker_rows,
        more_speakers=max(0, len(people) - len(speaker_rows)),
        sources=source_rows,
        more_sources=max(0, len(sources) - len(source_rows)),
        min_confidence=min_confidence,
        outlets=outlets,
        echoes=echo_rows,
        more_echoes=max(0, len(echoes) - len(echo_rows)),
    )


def report(
    ledger: LedgerLike,
    *,
    title: str = "Who said what: the ledger",
    top: int = 10,
    min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE,
) -> str:
    """The report page of ``ledger`` (a :class:`~quotrack.Ledger`), as a string.

    ``min_confidence`` counts and shows only the attributions at or above it
    (a number, or ``"all"``, ``"complete"``, the default, or ``"precise"``: see
    :meth:`quotrack.Ledger.speakers`); the page says which threshold it used.
    """
    threshold = check_min_confidence(min_confidence)
    return render_report(
        documents=ledger.documents(),
        speakers=ledger.speakers(min_confidence=threshold),
        quotes=ledger.quotes(min_confidence=threshold),
        echoes=ledger.echoes(),
        title=title,
        top=top,
        min_confidence=threshold,
    )


def write_report(
    ledger: LedgerLike,
    path: str | Path,
    *,
    title: str = "Who said what: the ledger",
    top: int = 10,
    min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE,
) -> None:
    """Write the report page of ``ledger`` to ``path`` (UTF-8)."""
    page = report(ledger, title=title, top=top, min_confidence=min_confidence)
    try:
        Path(path).write_text(page, encoding="utf-8", errors="backslashreplace")  # a lone surrogate
    except OSError as error:
        raise ReportError(f"cannot write {path}: {error.strerror or error}") from None
