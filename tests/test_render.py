"""The HTML view and the text table, on hand-built Results and on real tracker output."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import quotrack
from quotrack.model import Act, Attribution, Kind, Outlet, Result, Speaker, SpeakerKind, TextSpan
from quotrack.render import NO_SPEAKER, PALETTE, render, render_documents, render_table, speaker_colours
from quotrack.speakers import speaker_table

VOID = {"meta", "br", "hr", "img", "input", "link"}


class Marked(HTMLParser):
    """Checks tags nest properly and records, for each piece of text, the claims around it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.claim_text: dict[str, str] = {}
        self.cue_text: dict[str, str] = {}
        self.speaker_text: list[str] = []
        self.body_text: list[str] = []
        self.paragraphs: list[str] = []
        self.in_text = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        self.stack.append((tag, dict(attrs)))
        if tag == "div" and dict(attrs).get("class") == "q-text":
            self.in_text = True
        if self.in_text and tag == "p":
            self.paragraphs.append("")

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"</{tag}> closes nothing"
        open_tag, attributes = self.stack.pop()
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>"
        if tag == "div" and attributes.get("class") == "q-text":
            self.in_text = False

    def handle_data(self, data: str) -> None:
        if not self.in_text:
            return
        if self.paragraphs and any(tag == "p" for tag, _ in self.stack):
            self.paragraphs[-1] += data
        for _tag, attributes in self.stack:
            classes = (attributes.get("class") or "").split()
            if "q-claim" in classes:
                key = attributes["data-a"] or ""
                self.claim_text[key] = self.claim_text.get(key, "") + data
            if "q-cue" in classes:
                key = attributes["data-a"] or ""
                self.cue_text[key] = self.cue_text.get(key, "") + data
            if "q-speaker" in classes:
                self.speaker_text.append(data)


def parse(page: str) -> Marked:
    parser = Marked()
    parser.feed(page)
    parser.close()
    assert not parser.stack, f"unclosed tags: {[tag for tag, _ in parser.stack]}"
    return parser


def result_of(text: str, attributions: list[Attribution]) -> Result:
    return Result(text=text, attributions=attributions, speakers=speaker_table(attributions))


def claim(
    text: str, content: str, *, speaker: str | None = None, cue: str | None = None, **extra: object
) -> Attribution:
    start = text.index(content)
    speaker_obj = None
    if speaker is not None:
        at = text.index(speaker)
        speaker_obj = Speaker(speaker, TextSpan.of(text, at, at + len(speaker)), SpeakerKind.PERSON)
    cue_span = None
    if cue is not None:
        at = text.index(cue)
        cue_span = TextSpan.of(text, at, at + len(cue))
    return Attribution(
        kind=extra.pop("kind", Kind.INDIRECT),  # type: ignore[arg-type]
        content=TextSpan.of(text, start, start + len(content)),
        detector="test",
        speaker=speaker_obj,
        cue=cue_span,
        **extra,  # type: ignore[arg-type]
    )


# -- escaping -----------------------------------------------------------------


def test_text_speaker_and_title_are_escaped() -> None:
    text = 'Dr <b>Evil</b> & Co said the <script>alert("x")</script> plan costs "5 < 6".'
    speaker = "Dr <b>Evil</b> & Co"
    a = claim(text, 'the <script>alert("x")</script> plan costs "5 < 6"', speaker=speaker, cue="said")
    page = render(result_of(text, [a]), title="<script>title()</script> & more")
    assert page.count("<script>") == 1  # the view's own script, nothing from the text
    assert "<b>" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert "Dr &lt;b&gt;Evil&lt;/b&gt; &amp; Co" in page
    assert "<title>&lt;script&gt;title()&lt;/script&gt; &amp; more</title>" in page
    marked = parse(page)
    assert marked.paragraphs == [text]
    assert marked.claim_text == {"0": a.content.text}


def test_tooltips_are_escaped_attribute_values() -> None:
    text = 'Ann "Quotes" Lee said prices would rise.'
    a = claim(text, "prices would rise", speaker='Ann "Quotes" Lee', cue="said")
    a = Attribution(
        kind=a.kind,
        content=a.content,
        detector="test",
        speaker=a.speaker,
        cue=a.cue,
        outlet=Outlet('The "Daily" <Planet>'),
        explanation=("test: <rule> & more",),
    )
    page = render(result_of(text, [a]))
    titles = re.findall(r'title="([^"]*)"', page)
    claim_title = next(t for t in titles if t.startswith("Paraphrase"))
    assert html.unescape(claim_title) == (
        'Paraphrase\nConfidence: 1.00\nAct: speech\nSpeaker: Ann "Quotes" Lee\nCue: said\n'
        'Outlet: The "Daily" <Planet>\n'
        "Why: test: <rule> & more"
    )


def test_real_tracker_output_with_markup_in_the_text_is_escaped(tracker: quotrack.Tracker) -> None:
    text = '"Never trust <script> tags & friends," Maria Lopez said.\nShe added that a < b was false.'
    result = tracker(text)
    assert result.attributions
    page = render(result)
    assert page.count("<script>") == 1
    assert "&lt;script&gt; tags &amp; friends" in page
    marked = parse(page)
    assert marked.paragraphs == text.split("\n")


# -- colours and the speaker table ---------------------------------------------


def test_each_speaker_has_a_colour_kept_across_claims_and_pages() -> None:
    text = "Ann Lee said taxes would fall. Bob Roe said rates would rise. Ann Lee said jobs would grow."
    first = claim(text, "taxes would fall", speaker="Ann Lee", cue="said")
    second = claim(text, "rates would rise", speaker="Bob Roe")
    at = text.rindex("Ann Lee")
    third = Attribution(
        kind=Kind.INDIRECT,
        content=TextSpan.of(text, text.index("jobs"), text.index("jobs") + len("jobs would grow")),
        detector="test",
        speaker=Speaker("Ann Lee", TextSpan.of(text, at, at + 7), SpeakerKind.PERSON),
    )
    page = render(result_of(text, [first, second, third]))
    inks = dict(
        re.findall(r'<mark class="q-claim q-indirect" data-a="(\d)" data-s="\d" style="--ink:(#\w+)', page)
    )
    assert inks["0"] == inks["2"] != inks["1"]
    colours = speaker_colours(["Ann Lee", "Bob Roe"])
    assert inks["0"] == colours["ann lee"].ink and inks["1"] == colours["bob roe"].ink
    # alone on another page, a speaker keeps its colour
    assert speaker_colours(["Bob Roe"])["bob roe"] == colours["bob roe"]


def test_colours_differ_while_the_palette_lasts() -> None:
    names = [f"Speaker {n}" for n in range(len(PALETTE))]
    colours = speaker_colours(names)
    assert len(set(colours.values())) == len(PALETTE)
    assert NO_SPEAKER not in colours.values()


def test_claim_without_speaker_is_grey_and_counted_in_the_table() -> None:
    text = '"It is over."'
    a = Attribution(kind=Kind.DIRECT, content=TextSpan.of(text, 1, 12), detector="test")
    page = render(result_of(text, [a]))
    assert f'style="--ink:{NO_SPEAKER.ink};--wash:{NO_SPEAKER.wash};--lane:0"' in page
    assert "No speaker found" in page
    assert "Speaker: not found" in page


def test_speaker_table_has_name_role_claims_and_outlets() -> None:
    text = "According to Kyodo, the minister said talks would resume. The minister said prices were stable."
    at = text.index("the minister")
    minister = Speaker(
        "Ken Sato", TextSpan.of(text, at, at + 12), SpeakerKind.PERSON, description="trade minister"
    )
    outlet = Outlet("Kyodo", TextSpan.of(text, 13, 18))
    first = Attribution(
        kind=Kind.INDIRECT,
        content=TextSpan.of(text, text.index("talks"), text.index("talks") + 18),
        detector="test",
        speaker=minister,
        outlet=outlet,
    )
    second_at = text.index("The minister")
    second = Attribution(
        kind=Kind.INDIRECT,
        content=TextSpan.of(text, text.index("prices"), text.index("prices") + 17),
        detector="test",
        speaker=Speaker("Ken Sato", TextSpan.of(text, second_at, second_at + 12), SpeakerKind.PERSON),
    )
    page = render(result_of(text, [first, second]))
    rows = re.findall(r'<tr data-s="\d+".*?</tr>', page)
    assert len(rows) == 1
    row = rows[0]
    assert '<span class="q-name">Ken Sato</span>' in row
    assert '<span class="q-role">trade minister</span>' in row
    assert '<td class="q-num">2</td>' in row
    assert '<td class="q-outlets">Kyodo</td>' in row
    assert '<span class="q-outlet" title="Outlet: Kyodo">Kyodo</span>' in page
    assert "2 claims from 1 source: 0 direct quotes, 0 partial quotes, 2 paraphrases" in page


# -- overlapping spans ----------------------------------------------------------


def test_speaker_mention_inside_another_claim() -> None:
    text = "Ann Lee said Bob Roe told staff that he would stay."
    outer = claim(text, "Bob Roe told staff that he would stay", speaker="Ann Lee", cue="said")
    inner = claim(text, "he would stay", speaker="Bob Roe", cue="told")
    page = render(result_of(text, [outer, inner]))
    marked = parse(page)
    assert marked.claim_text == {"0": outer.content.text, "1": "he would stay"}
    assert marked.cue_text == {"0": "said", "1": "told"}
    assert marked.speaker_text == ["Ann Lee", "Bob Roe"]
    # the mention, the cue and the inner claim nest inside the outer claim, which stays one element
    assert page.count('data-a="0" data-s="0"') == 1
    assert re.search(
        r'<mark [^>]*data-a="0"[^>]*><span class="q-speaker" data-s="1"[^>]*>Bob Roe</span> '
        r'<span class="q-cue" data-a="1"[^>]*>told</span> staff that <mark [^>]*data-a="1"[^>]*>he would stay'
        r"</mark></mark>",
        page,
    )


def test_nested_and_crossing_claims_render_well_formed() -> None:
    text = "Kyodo reported that Ann Lee said the deal was dead and that talks would end soon."
    outer = claim(text, "Ann Lee said the deal was dead and that talks would end soon", speaker="Kyodo")
    inner = claim(text, "the deal was dead", speaker="Ann Lee", cue="said")
    crossing = claim(text, "dead and that talks", speaker="Kyodo")  # crosses the inner claim
    result = result_of(text, [outer, inner, crossing])
    marked = parse(render(result))
    assert marked.paragraphs == [text]
    assert marked.claim_text == {"0": outer.content.text, "1": inner.content.text, "2": crossing.content.text}
    page = render(result)
    lanes = dict(re.findall(r'data-a="(\d)"[^>]*--lane:(\d)', page))
    assert lanes["0"] > lanes["1"]  # the longer claim sits outside the shorter one


def test_claim_in_pieces_leaves_the_cue_out() -> None:
    text = "The plan, she said, is dead."
    pieces = (TextSpan.of(text, 0, 8), TextSpan.of(text, 20, 27))
    a = Attribution(
        kind=Kind.INDIRECT,
        content=TextSpan.of(text, 0, 27),
        pieces=pieces,
        detector="test",
        cue=TextSpan.of(text, 14, 18),
        speaker=Speaker("she", TextSpan.of(text, 10, 13)),
    )
    marked = parse(render(result_of(text, [a])))
    assert marked.claim_text == {"0": "The planis dead"}
    assert marked.cue_text == {"0": "said"}
    assert render_table(result_of(text, [a]), width=80).splitlines()[1].split("  ")[-1].strip() == (
        "The plan … is dead"
    )


def test_claim_over_two_paragraphs_is_marked_in_both() -> None:
    text = 'Lee said: "We will fight.\n\nWe will win."'
    a = Attribution(kind=Kind.DIRECT, content=TextSpan.of(text, 11, 39), detector="test")
    marked = parse(render(result_of(text, [a])))
    assert marked.paragraphs == ['Lee said: "We will fight.', 'We will win."']
    assert marked.claim_text == {"0": "We will fight.We will win."}


# -- empty results, pages, fragments, tables -----------------------------------


def test_result_with_no_attributions() -> None:
    text = "Rain is expected.\nThe match is off."
    page = render(Result(text=text), title="weather.txt")
    marked = parse(page)
    assert marked.paragraphs == ["Rain is expected.", "The match is off."]
    assert "No attributions found." in page
    assert "0 claims from 0 sources" in page
    assert "<h1>weather.txt</h1>" in page
    assert render_table(Result(text=text)) == "(no attributions)"


def test_empty_text() -> None:
    marked = parse(render(Result(text="")))
    assert marked.paragraphs == []


def test_fragment_is_self_contained_and_pages_hold_several_documents() -> None:
    fragment = render(Result(text="One."), standalone=False)
    assert fragment.startswith('<div class="quotrack-view">') and "<html" not in fragment
    assert "<style>" in fragment and "<script>" in fragment
    parse(fragment)
    page = "".join(render_documents([(Result(text="One."), "a"), (Result(text="Two."), "b")], title="Two"))
    marked = parse(page)
    assert marked.paragraphs == ["One.", "Two."]
    assert "<h1>a</h1>" in page and "<h1>b</h1>" in page and "<title>Two</title>" in page
    assert "http" not in page.replace('name="viewport"', "")  # no external assets


def test_render_is_exported_from_the_package() -> None:
    assert quotrack.render is render
    assert "render" in quotrack.__all__


def test_table_columns_and_truncation(tracker: quotrack.Tracker) -> None:
    text = '"We will cut every tax that hurts working families this year and next," Jane Doe said.'
    table = render_table(tracker(text), width=80)
    header, row = table.splitlines()
    assert header.split() == ["speaker", "kind", "act", "conf", "cue", "claim", "outlet"]
    assert row.startswith("Jane Doe")
    assert row.split()[4] == f"{tracker(text).attributions[0].confidence:.2f}"[1:]
    assert "direct" in row and "said" in row
    assert row.endswith("…") and len(row) <= 80


def test_role_leaves_out_what_the_name_or_description_already_says() -> None:
    text = "An official from the ministry said talks were over. Jo Park, the ministry's envoy, said so too."
    official = "An official from the ministry"
    unnamed = Speaker(
        official,
        TextSpan.of(text, 0, len(official)),
        SpeakerKind.UNNAMED,
        description=official,
        affiliation="the ministry",
    )
    at = text.index("Jo Park")
    envoy = Speaker(
        "Jo Park",
        TextSpan.of(text, at, at + 7),
        SpeakerKind.PERSON,
        description="the ministry's envoy",
        affiliation="the ministry",
    )
    first = claim(text, "talks were over")
    first = Attribution(kind=first.kind, content=first.content, detector="test", speaker=unnamed)
    second = claim(text, "so too")
    second = Attribution(kind=second.kind, content=second.content, detector="test", speaker=envoy)
    roles = re.findall(r'<span class="q-role">([^<]*)</span>', render(result_of(text, [first, second])))
    assert roles == ["the ministry", "the ministry&#39;s envoy"]


def test_claims_and_the_speaker_table_show_the_act() -> None:
    text = "Ann Lee said taxes would fall. Ann Lee fears that rates will rise. Bob Roe endorsed the plan."
    said = claim(text, "taxes would fall", speaker="Ann Lee", cue="said")
    fears = claim(text, "rates will rise", speaker="Ann Lee", cue="fears", act=Act.BELIEF)
    endorsed = claim(text, "the plan", speaker="Bob Roe", cue="endorsed", act=Act.STANCE)
    result = result_of(text, [said, fears, endorsed])
    page = render(result)
    assert re.findall(r'data-act="(\w+)"', page) == ["speech", "belief", "stance"]
    assert "Act: belief" in page
    rows = re.findall(r'<span class="q-name">([^<]*)</span>.*?<td class="q-acts">([^<]*)</td>', page)
    assert dict(rows) == {"Ann Lee": "1 speech, 1 belief", "Bob Roe": "1 stance"}
    table = render_table(result, width=100).splitlines()
    assert table[0].split()[:3] == ["speaker", "kind", "act"]
    assert [row.split()[3] for row in table[1:]] == ["speech", "belief", "stance"]


def test_a_topic_is_drawn_apart_from_words() -> None:
    text = "Ann Lee commented on the new budget. Ann Lee said taxes would fall."
    topic = claim(text, "the new budget", speaker="Ann Lee", cue="commented on", act=Act.TOPIC)
    said = claim(text, "taxes would fall", speaker="Ann Lee", cue="said")
    page = render(result_of(text, [topic, said]))
    marks = re.findall(r'<mark class="q-claim ([^"]*)" data-a="(\d)"', page)
    assert marks == [("q-indirect q-topic", "0"), ("q-indirect", "1")]
    assert "Act: topic" in page


def test_a_request_is_drawn_apart_from_words() -> None:
    text = "Ann Lee urged the council to act. Ann Lee said taxes would fall."
    request = claim(text, "the council to act", speaker="Ann Lee", cue="urged", act=Act.REQUEST)
    said = claim(text, "taxes would fall", speaker="Ann Lee", cue="said")
    page = render(result_of(text, [request, said]))
    marks = re.findall(r'<mark class="q-claim ([^"]*)" data-a="(\d)"', page)
    assert marks == [("q-indirect q-request", "0"), ("q-indirect", "1")]
    assert "Act: request" in page


def test_table_cells_carry_no_control_characters_from_the_text(tracker: quotrack.Tracker) -> None:
    text = '"We will \x1b[31mwin\x1b[0m the vote," Jane Doe said.'
    for wide in (False, True):
        table = render_table(tracker(text), width=100, wide=wide)
        assert "\x1b" not in table and "\ufffd[31mwin" in table
