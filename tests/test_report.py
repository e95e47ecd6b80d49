"""The ledger's HTML report, from hand-made records: self-contained, escaped, with its charts."""

from __future__ import annotations

import re
from datetime import datetime

import attrs
import pytest

from quotrack.ledger.records import Change, DocumentRecord, Echo, QuoteRecord, SpeakerRecord, Variant
from quotrack.ledger.report import _time_axis, diff_markup, render_report

pytest.importorskip("matplotlib")

DOCS = [
    DocumentRecord(
        "a1", "Harbor Herald", datetime(2026, 1, 5), "https://herald.example/a1", "Port deal signed", 3
    ),
    DocumentRecord(
        "a2", "City Wire", datetime(2026, 1, 6), "javascript:alert(1)", "Deal <b>reactions</b>", 2
    ),
    DocumentRecord("a3", "City Wire", datetime(2026, 3, 2), None, None, 1),
]


def quote(doc: DocumentRecord, kind: str, content: str, speaker: str | None) -> QuoteRecord:
    return QuoteRecord(
        doc.id, doc.outlet, doc.published, kind, content, speaker, "said", title=doc.title, url=doc.url
    )


FIRST = quote(DOCS[0], "direct", "This deal will bring back a thousand jobs", "Ann Lee")
ECHOED = quote(DOCS[1], "mixed", "This deal will bring back hundreds of jobs", "Ann Lee")
QUOTES = [
    FIRST,
    quote(DOCS[0], "indirect", "the port needed new cranes", "Tom Baker"),
    quote(DOCS[0], "direct", "Nobody asked us", None),
    ECHOED,
    quote(DOCS[1], "direct", "<script>alert('owned')</script> is what we got", "Tom Baker"),
    quote(DOCS[2], "indirect", "the jobs would take years", "Ann Lee"),
]
SPEAKERS = [
    SpeakerRecord(
        "Ann Lee",
        ("A. Lee",),
        "person",
        "port director",
        3,
        3,
        ("Harbor Herald", "City Wire"),
        DOCS[0].published,
        DOCS[2].published,
        id=1,
    ),
    SpeakerRecord(
        "Tom Baker",
        (),
        "person",
        None,
        2,
        2,
        ("Harbor Herald", "City Wire"),
        DOCS[0].published,
        DOCS[1].published,
        id=2,
    ),
]
ECHO = Echo(
    FIRST.content,
    (FIRST, ECHOED),
    FIRST,
    (Variant(ECHOED, (Change("replace", "a thousand", "hundreds of"),)),),
)


@pytest.fixture(scope="module")
def page() -> str:
    return render_report(
        documents=DOCS, speakers=SPEAKERS, quotes=QUOTES, echoes=[ECHO], title="Port <story>"
    )


def test_untrusted_text_is_escaped(page: str) -> None:
    assert "<script" not in page
    assert "Deal &lt;b&gt;reactions&lt;/b&gt;" in page
    assert "<title>Port &lt;story&gt;</title>" in page
    # a link is made only from a web address
    assert 'href="https://herald.example/a1"' in page
    assert "javascript:" not in page


def test_script_in_a_quote_is_escaped_where_it_is_shown() -> None:
    hostile = quote(DOCS[1], "direct", "<script>alert(1)</script> we said", "Tom Baker")
    again = quote(DOCS[2], "direct", "<script>alert(1)</script> we say", "Tom Baker")
    echo = Echo(
        hostile.content, (hostile, again), hostile, (Variant(again, (Change("replace", "said", "say"),)),)
    )
    page = render_report(documents=DOCS, speakers=SPEAKERS, quotes=[hostile, again], echoes=[echo])
    assert "<script" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; we said" in page


def test_self_contained(page: str) -> None:
    assert not re.search(r"<(script|link|img|iframe)\b", page)
    assert "@import" not in page
    assert not re.search(r"url\((?!#)", page)  # only references inside the page (SVG clip paths)
    assert not re.search(r'\b(src|xlink:href)="(?!#)', page)
    # the only links are the articles' own pages and the page's anchors
    assert set(re.findall(r'href="([^"#][^"]*)"', page)) == {"https://herald.example/a1"}


def test_charts_are_inline_svg(page: str) -> None:
    charts = re.findall(r"<svg\b[^>]*>", page)
    assert len(charts) >= 3
    assert all('class="chart"' in tag and "aria-label=" in tag for tag in charts)
    assert "<?xml" not in page and "<!DOCTYPE svg" not in page


def test_contents(page: str) -> None:
    text = re.sub(r"<svg\b.*?</svg>", "", page, flags=re.DOTALL)
    # who is quoted most, with the outlets that carried them
    assert text.index("Ann Lee") < text.index("Tom Baker")
    assert "Harbor Herald (1), City Wire (1)" in text or "City Wire (1), Harbor Herald (1)" in text
    # the mix per outlet: City Wire carried one mixed and two direct quotes... of three
    assert "City Wire" in text and "67%" in text
    # the echo: first appearance and the variant's changed words
    assert "2026-01-05 · Harbor Herald" in text
    assert "<del>a thousand</del> <ins>hundreds of</ins>" in text
    assert "“a thousand” → “hundreds of”" in text


def test_empty_ledger() -> None:
    page = render_report(documents=[], speakers=[], quotes=[], echoes=[])
    assert "No quoted words appear in more than one document." in page
    assert "<svg" not in page
    assert "\n0 documents.\n" in page  # (no stray space before the full stop)


def test_the_lede_joins_documents_outlets_and_dates_into_one_sentence(page: str) -> None:
    lede = re.search(r'<p class="lede">\s*(.*?)\.', page, flags=re.DOTALL)
    assert lede is not None
    assert re.fullmatch(r"\d+ documents from \d+ outlets, published \S+ to \S+", lede.group(1))


def test_the_lede_counts_what_wire_copies_repeat_apart() -> None:
    copied = attrs.evolve(FIRST, document="a2", outlet="City Wire", copy_of="a1")
    page = render_report(documents=DOCS, speakers=SPEAKERS, quotes=[*QUOTES, copied], echoes=[])
    lede = re.search(r'<p class="lede">(.*?)</p>', page, flags=re.DOTALL)
    assert lede is not None
    text = " ".join(re.sub(r"<[^>]+>", "", lede.group(1)).split())
    assert f"{len(QUOTES)} quotes (" in text  # each quote once, where it first appeared
    assert "1 more that wire copies repeat from their original;" in text


def test_dollar_and_math_in_names_are_plain_text() -> None:
    name = "$x^2$ Holdings"
    speaker = SpeakerRecord(
        name, (), "organization", None, 1, 1, ("City Wire",), DOCS[1].published, DOCS[1].published
    )
    page = render_report(
        documents=DOCS[1:2], speakers=[speaker], quotes=[quote(DOCS[1], "direct", "Up", name)], echoes=[]
    )
    assert "$x^2$ Holdings" in page


def test_diff_markup_marks_words_not_case_or_punctuation() -> None:
    assert str(diff_markup("We will win.", "we will WIN")) == "we will WIN"
    assert str(diff_markup("we will win", "we will <b>win</b> big")) == (
        "we will <del>win</del> <ins>&lt;b&gt;win&lt;/b&gt; big</ins>"
    )


def test_who_is_quoted_most_shows_people_and_sources_have_their_own_table() -> None:
    agency = SpeakerRecord("Port Authority", kind="organization", documents=2, quotes=9)
    wire = SpeakerRecord("City Wire", kind="outlet", documents=1, quotes=4)
    page = render_report(documents=DOCS, speakers=[*SPEAKERS, agency, wire], quotes=QUOTES, echoes=[])
    people, rest = page.split('<section id="sources">')
    sources = rest.split("</section>")[0]
    assert "Port Authority" not in people.split('<section id="speakers">')[1]
    assert "Ann Lee" in people
    assert "Port Authority" in sources and "City Wire" in sources and "Ann Lee" not in sources
    assert "Confidence threshold: none (0)" in page
    assert "Confidence threshold: 0.60" in render_report(
        documents=DOCS, speakers=SPEAKERS, quotes=QUOTES, echoes=[], min_confidence=0.6
    )


def test_a_joint_quote_counts_for_each_member_in_the_table_as_in_speakers() -> None:
    joint = attrs.evolve(
        quote(DOCS[2], "indirect", "the cranes would arrive late", "Ann Lee and Tom Baker"),
        credited=("Ann Lee", "Tom Baker"),
    )
    page = render_report(documents=DOCS, speakers=SPEAKERS, quotes=[*QUOTES, joint], echoes=[])
    table = page.split('<section id="speakers">')[1].split("</section>")[0]
    tom = next(row for row in table.split("<tr") if "Tom Baker" in row)
    assert "City Wire (2)" in tom and "Harbor Herald (1)" in tom
    # the outlets table's "most quoted" counts each member too, not the pair's name
    outlets = page.split('<section id="outlets">')[1].split("</section>")[0]
    wire = next(row for row in outlets.split("<tr") if "City Wire" in row)
    assert "Tom Baker (2)" in wire and "Ann Lee and Tom Baker" not in wire


@pytest.mark.parametrize(("period", "days"), [("week", 7), ("month", 31)])
def test_a_time_axis_spans_the_data_and_a_period_each_side(period: str, days: int) -> None:
    import matplotlib.dates as mdates
    from matplotlib.figure import Figure

    bins = [datetime(2026, 3, 2), datetime(2026, 3, 9)]  # one week's data, not years of axis
    axes = Figure().subplots()
    axes.scatter(bins, [0, 0])
    _time_axis(axes, bins, period)
    low, high = (mdates.num2date(x).replace(tzinfo=None) for x in axes.get_xlim())
    assert (bins[0] - low).days == days and (high - bins[-1]).days == days
