"""The Engine and the plugin contract, from the side of an outside plugin author.

Every plugin here uses names from ``quotrack.__all__`` only.  Most tests run
on hand-built Docs (no model); the ones that need a parse share the
session Tracker's pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import attrs
import pytest
import spacy
from spacy.tokens import Doc

import quotrack
from quotrack import (
    DEFAULT_DETECTORS,
    DEFAULT_RESOLVERS,
    Attribution,
    Detector,
    DocContext,
    Engine,
    Kind,
    PluginError,
    QuotrackError,
    Resolver,
    Speaker,
    SpeakerKind,
)

VOCAB = spacy.blank("en").vocab


def doc(text: str) -> Doc:
    """A Doc of ``text`` split at spaces, with no parse (the engine needs none for these plugins)."""
    words = text.split(" ")
    return Doc(VOCAB, words=words, spaces=[True] * (len(words) - 1) + [False])


class Hashtags(Detector):
    """Hashtags, as claims with no speaker."""

    name = "test-hashtags"

    def detect(self, ctx: DocContext) -> Iterator[Attribution]:
        for match in re.finditer(r"#\w+", ctx.text):
            yield Attribution(
                kind=Kind.INDIRECT,
                content=ctx.span(match.start(), match.end()),
                detector=self.name,
                explanation=("a hashtag",),
            )


class Colons(Detector):
    """``Name: words``: the words, said by the name."""

    name = "test-colons"

    def detect(self, ctx: DocContext) -> Iterator[Attribution]:
        for match in re.finditer(r"^(\w+): (.+)$", ctx.text, re.MULTILINE):
            found = quotrack.candidate(
                ctx,
                self.name,
                [match.span(2)],
                speaker=Speaker(name=match.group(1), mention=ctx.span(*match.span(1))),
                rule="colon line",
            )
            if found is not None:
                yield found


class Shout(Resolver):
    """Speaker names in capitals."""

    name = "test-shout"

    def resolve(self, ctx: DocContext, attributions: Sequence[Attribution]) -> list[Attribution]:
        return [
            quotrack.map_speakers(a, lambda s: attrs.evolve(s, name=s.name.upper())) for a in attributions
        ]


def test_the_engine_runs_detectors_merge_resolvers_and_the_table() -> None:
    engine = Engine([Colons(), Hashtags()], [Shout()])
    result = engine.process(doc("Lee: we won\n#finals"))
    assert [(a.detector, a.content.text) for a in result.attributions] == [
        ("test-colons", "we won"),
        ("test-hashtags", "#finals"),
    ]
    assert result.attributions[0].speaker is not None
    assert result.attributions[0].speaker.name == "LEE"
    assert [entry.name for entry in result.speakers] == ["LEE"]


def test_explanations_name_the_rule_and_each_resolver_change() -> None:
    result = Engine([Colons(), Hashtags()], [Shout()]).process(doc("Lee: we won\n#finals"))
    assert result.attributions[0].explanation == ("test-colons: colon line", "test-shout: 'Lee' → 'LEE'")
    assert result.attributions[1].explanation == ("test-hashtags: a hashtag",)
    assert result.to_dict()["attributions"][0]["explanation"] == list(result.attributions[0].explanation)
    assert quotrack.Result.from_dict(result.to_dict()) == result


def test_a_resolver_that_drops_or_adds_attributions_is_a_plugin_error() -> None:
    class Drops(Resolver):
        name = "test-drops"

        def resolve(self, ctx: DocContext, attributions: Sequence[Attribution]) -> list[Attribution]:
            return [  # one fewer, and a speaker whose span is not the text's words
                attrs.evolve(a, speaker=Speaker(name="Ghost", mention=quotrack.TextSpan(0, 5, "Ghost")))
                for a in attributions[1:]
            ]

    class Adds(Resolver):
        name = "test-adds"

        def resolve(self, ctx: DocContext, attributions: Sequence[Attribution]) -> list[Attribution]:
            return [*attributions, attributions[0]]

    with pytest.raises(PluginError, match="test-drops: resolver returned 1 attributions for the 2"):
        Engine([Hashtags()], [Drops()]).process(doc("Go #team and #city"))
    with pytest.raises(PluginError, match="test-adds: resolver returned 3 attributions for the 2"):
        Engine([Hashtags()], [Adds()]).process(doc("Go #team and #city"))


def test_a_resolvers_change_of_kind_alone_is_explained() -> None:
    class Bodies(Resolver):
        name = "test-bodies"

        def resolve(self, ctx: DocContext, attributions: Sequence[Attribution]) -> list[Attribution]:
            return [
                quotrack.map_speakers(a, lambda s: attrs.evolve(s, kind=SpeakerKind.ORGANIZATION))
                for a in attributions
            ]

    result = Engine([Colons()], [Bodies()]).process(doc("Lee: we won"))
    assert result.attributions[0].explanation == (
        "test-colons: colon line",
        "test-bodies: kind unknown → organization",
    )


def test_a_resolver_s_before_given_as_one_string_is_a_plugin_error() -> None:
    class Early(Resolver):
        name = "test-early"
        before = "names"  # not ("names",): it would be read letter by letter

        def resolve(self, ctx: DocContext, attributions: Sequence[Attribution]) -> list[Attribution]:
            return list(attributions)

    with pytest.raises(PluginError, match=r"test-early: before must be a tuple of resolver names"):
        Engine([Hashtags()], [Shout(), Early()])


def test_a_detector_s_empty_claim_or_tangled_pieces_are_plugin_errors() -> None:
    class Empty(Detector):
        name = "test-empty"

        def detect(self, ctx: DocContext) -> Iterator[Attribution]:
            yield Attribution(kind=Kind.INDIRECT, content=ctx.span(2, 3), detector=self.name)

    class Tangled(Detector):
        name = "test-tangled"

        def detect(self, ctx: DocContext) -> Iterator[Attribution]:
            pieces = [ctx.span(0, 6), ctx.span(4, 10)]
            yield Attribution(kind=Kind.INDIRECT, content=ctx.span(0, 10), pieces=pieces, detector=self.name)

    with pytest.raises(PluginError, match="test-empty: detector yielded an empty claim at 2-3"):
        Engine([Empty()], []).process(doc("Go team and city"))
    with pytest.raises(PluginError, match="test-tangled: pieces at 0 and 4 overlap or are out of order"):
        Engine([Tangled()], []).process(doc("Go team and city"))


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("chain", ["Ann Lee"], "'chain' must be <class 'quotrack.model.Speaker'> \\(got 'Ann Lee'"),
        ("explanation", [("rule", 1)], "'explanation' must be <class 'str'> \\(got \\('rule', 1\\)"),
    ],
)
def test_a_detector_s_field_of_the_wrong_type_is_a_plugin_error_naming_it(
    field: str, value: object, message: str
) -> None:
    class Sloppy(Detector):
        name = "test-sloppy"

        def detect(self, ctx: DocContext) -> Iterator[Attribution]:
            yield Attribution(
                kind=Kind.INDIRECT, content=ctx.span(0, 7), detector=self.name, **{field: value}
            )

    with pytest.raises(PluginError, match=f"test-sloppy: detector raised TypeError: {message}"):
        Engine([Sloppy()], []).process(doc("Go team and city"))


def test_a_resolver_that_changes_the_claim_itself_or_comes_twice_is_refused() -> None:
    class Retyped(Resolver):
        name = "test-retyped"

        def resolve(self, ctx: DocContext, attributions: Sequence[Attribution]) -> list[Attribution]:
            return [attrs.evolve(a, kind=Kind.DIRECT) for a in attributions]

    with pytest.raises(PluginError, match="test-retyped: resolver changed what was claimed"):
        Engine([Hashtags()], [Retyped()]).process(doc("Go #team"))
    with pytest.raises(quotrack.ArgumentError, match="two resolvers named 'test-shout'"):
        Engine([Hashtags()], [Shout(), Shout()])


# -- the nine failures of issue 11, one test each ---------------------------------


def test_1_a_plugin_needs_only_names_from_quotrack_all() -> None:
    needed = {
        "DocContext",
        "Detector",
        "Resolver",
        "DEFAULT_DETECTORS",
        "DEFAULT_RESOLVERS",
        "register_detector",
        "register_resolver",
        "PluginError",
        "Engine",
        "CueLexicon",
        "OutletLexicon",
        "Lexicons",
        "candidate",
        "speaker_mention",
        "cue_speaker",
        "content_pieces",
        "map_speakers",
    }
    assert needed <= set(quotrack.__all__)
    assert all(hasattr(quotrack, name) for name in quotrack.__all__)
    assert DEFAULT_DETECTORS[0] == "quotes" and "pronouns" in DEFAULT_RESOLVERS


def test_2_a_taken_name_is_refused_unless_replaced() -> None:
    original = type(Engine.build(detectors=["quotes"], resolvers=[]).detectors[0])

    class MyQuotes(Detector):
        name = "quotes"

        def detect(self, ctx: DocContext) -> Iterator[Attribution]:
            return iter(())

    with pytest.raises(quotrack.RegistryError, match="'quotes' is registered already"):
        quotrack.register_detector(MyQuotes)
    assert type(Engine.build(detectors=["quotes"], resolvers=[]).detectors[0]) is original
    try:
        quotrack.register_detector(MyQuotes, replace=True)
        assert type(Engine.build(detectors=["quotes"], resolvers=[]).detectors[0]) is MyQuotes
    finally:
        quotrack.register_detector(original, replace=True)


def test_3_a_detector_is_registered_and_stamped_under_its_own_name() -> None:
    class Alias(Hashtags):
        name = "test-alias-b"

    with pytest.raises(quotrack.RegistryError, match="named 'test-alias-b', not 'test-alias-a'"):
        quotrack.register_detector("test-alias-a")(Alias)
    quotrack.register_detector(Alias)
    assert "test-alias-b" in quotrack.detector_names()

    class Liar(Hashtags):
        """Writes another detector's name on what it finds."""

        name = "test-liar"

        def detect(self, ctx: DocContext) -> Iterator[Attribution]:
            for found in super().detect(ctx):
                yield attrs.evolve(found, detector="quotes")

    result = Engine([Liar()], []).process(doc("Go #team"))
    assert [a.detector for a in result.attributions] == ["test-liar"]
    assert result.attributions[0].explanation == ("test-liar: a hashtag",)


def test_4_an_instance_sees_the_trackers_lexicons_as_one_built_by_name(tracker: quotrack.Tracker) -> None:
    class CueWords(Detector):
        """Every word the run's cue lexicon knows as a speech cue, as a claim."""

        name = "test-cue-words"

        def detect(self, ctx: DocContext) -> Iterator[Attribution]:
            for token in ctx.doc:
                if "speech" in ctx.lexicons.cues.frames(token.lemma_) and token.text.startswith("zorb"):
                    yield Attribution(
                        kind=Kind.INDIRECT,
                        content=ctx.span(token.idx, token.idx + len(token)),
                        detector=self.name,
                    )

    text = "They zorbled loudly."
    plain = quotrack.Tracker(tracker.nlp, detectors=[CueWords()], resolvers=[])
    assert plain(text).attributions == ()
    told = quotrack.Tracker(tracker.nlp, detectors=[CueWords()], resolvers=[], cues=["zorble speech"])
    assert [a.content.text for a in told(text).attributions] == ["zorbled"]
    # the built-in outlets resolver, built by name, reads the run's outlets the same way
    outlets = quotrack.Tracker(tracker.nlp, outlets=["Daily Zorb | the Zorb"])
    (claim,) = outlets("The Daily Zorb reported that the bridge would close.").attributions
    assert claim.speaker is not None and claim.speaker.kind is SpeakerKind.OUTLET


def test_5_a_failing_plugin_is_a_plugin_error_naming_it() -> None:
    class Broken(Detector):
        name = "test-broken"

        def detect(self, ctx: DocContext) -> Iterator[Attribution]:
            raise RuntimeError("boom")

    class Dicts(Detector):
        name = "test-dicts"

        def detect(self, ctx: DocContext) -> Iterator[Attribution]:
            yield {"content": "no"}  # type: ignore[misc]

    class Outside(Detector):
        name = "test-outside"

        def detect(self, ctx: DocContext) -> Iterator[Attribution]:
            yield Attribution(kind=Kind.DIRECT, content=quotrack.TextSpan(0, 5, "hello"), detector=self.name)

    class Nothing(Resolver):
        name = "test-nothing"

        def resolve(self, ctx: DocContext, attributions: Sequence[Attribution]) -> list[Attribution]:
            return None  # type: ignore[return-value]

    with pytest.raises(PluginError, match="test-broken: detector raised RuntimeError: boom") as raised:
        Engine([Broken()], []).process(doc("Some text"))
    assert isinstance(raised.value.__cause__, RuntimeError)
    assert raised.value.plugin == "test-broken" and isinstance(raised.value, QuotrackError)
    with pytest.raises(PluginError, match="test-dicts: detector yielded a dict, not an Attribution"):
        Engine([Dicts()], []).process(doc("Some text"))
    with pytest.raises(PluginError, match="test-outside: span 0-5 'hello'"):
        Engine([Outside()], []).process(doc("Some text"))
    with pytest.raises(PluginError, match="test-nothing: resolver returned NoneType"):
        Engine([Hashtags()], [Nothing()]).process(doc("Go #team"))


def test_6_a_direct_claim_on_unquoted_text_gets_its_kind_from_the_marks() -> None:
    class Claims(Detector):
        name = "test-claims"

        def detect(self, ctx: DocContext) -> Iterator[Attribution]:
            for match in re.finditer(r"“[^”]+”|\b[a-z]+ [a-z]+$", ctx.text):
                yield Attribution(kind=Kind.DIRECT, content=ctx.span(*match.span()), detector=self.name)

    result = Engine([Claims()], []).process(doc("Lee: “we won” and then lost badly"))
    assert [(a.content.text, a.kind) for a in result.attributions] == [
        ("“we won”", Kind.DIRECT),
        ("lost badly", Kind.INDIRECT),
    ]


def test_7_the_spacy_component_takes_every_tracker_setting(tracker: quotrack.Tracker) -> None:
    nlp = spacy.load(quotrack.default_pipeline_name())
    nlp.add_pipe(
        "quotrack",
        config={
            "detectors": [["quotes", {"min_words": 2}], "reported"],
            "resolvers": ["outlets"],
            "cues": ["zorble speech"],
            "outlets": ["Daily Zorb"],
            "clean": True,
            "max_chars": 1000,
        },
    )
    html = "The Daily Zorb zorbled that <b>the bridge</b> would close."
    (claim,) = nlp(html)._.attributions
    assert claim.content.text.endswith("the bridge</b> would close")  # cleaned to parse, mapped back
    assert html[claim.content.start : claim.content.end] == claim.content.text
    assert claim.speaker is not None and claim.speaker.kind is SpeakerKind.OUTLET
    with pytest.raises(quotrack.DocumentTooLongError):
        nlp("word " * 300)


def test_8_a_resolver_says_it_runs_before_pronouns(tracker: quotrack.Tracker) -> None:
    class Early(Shout):
        name = "test-early"
        before = ("pronouns",)

    engine = Engine.build(resolvers=[*DEFAULT_RESOLVERS, Early()])
    names = [r.name for r in engine.resolvers]
    assert names.index("test-early") == names.index("pronouns") - 1
    assert names[-1] == "floating"


def test_9_bad_settings_fail_when_the_tracker_is_made() -> None:
    with pytest.raises(quotrack.LexiconError, match="cues:1: expected 'LEMMA FRAME'") as raised:
        quotrack.Tracker(nlp=spacy.blank("en"), cues=["bogus"])
    assert isinstance(raised.value, QuotrackError)
    with pytest.raises(quotrack.RegistryError, match="no detector registered as 'nope'"):
        quotrack.Tracker(nlp=spacy.blank("en"), detectors=["nope"])
    with pytest.raises(quotrack.ArgumentError, match="'quotes' does not take the settings"):
        quotrack.Tracker(nlp=spacy.blank("en"), detectors=[("quotes", {"colour": "red"})])


# -- more of the engine -------------------------------------------------------------


def test_factories_take_settings(tracker: quotrack.Tracker) -> None:
    text = 'The sign read "keep out" today.'
    loose = quotrack.Tracker(tracker.nlp, detectors=[("quotes", {"min_words": 1})], resolvers=[])
    strict = quotrack.Tracker(tracker.nlp, detectors=["quotes"], resolvers=[])
    assert len(loose(text).attributions) >= len(strict(text).attributions)
    assert loose.detectors[0].min_words == 1  # type: ignore[attr-defined]


def test_two_detectors_of_one_name_are_refused() -> None:
    with pytest.raises(quotrack.ArgumentError, match="two detectors named 'test-hashtags'"):
        Engine([Hashtags(), Hashtags()], [])


def test_resolver_order_conflicts_are_refused() -> None:
    class Torn(Shout):
        name = "test-torn"
        before = ("roles",)
        after = ("pronouns",)

    with pytest.raises(quotrack.ArgumentError, match="cannot run before"):
        Engine.build(resolvers=[*DEFAULT_RESOLVERS, Torn()])


def test_a_nesting_detector_keeps_the_inner_claim(tracker: quotrack.Tracker) -> None:
    text = "According to the report, the minister said that the plan had failed."
    (claim,) = tracker(text).attributions
    assert claim.detector == "reported"
    assert [s.name for s in claim.chain][:1] == ["the report"]
    assert "merge: reported inside a claim found by according" in claim.explanation


def test_a_built_in_resolver_change_is_explained_on_a_hand_built_doc() -> None:
    words = ["Maria", "Lopez", ":", "we", "won", "\n", "Lopez", ":", "we", "lost"]
    spaces = [True, False, True, True, False, False, False, True, True, False]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-PERSON", "O", "O", "O"]
    pos = ["PROPN", "PROPN", "PUNCT", "PRON", "VERB", "SPACE", "PROPN", "PUNCT", "PRON", "VERB"]
    parsed = Doc(VOCAB, words=words, spaces=spaces, ents=ents, pos=pos)
    assert parsed.text == "Maria Lopez: we won\nLopez: we lost"

    class NameColons(Colons):
        name = "test-name-colons"

        def detect(self, ctx: DocContext) -> Iterator[Attribution]:
            for match in re.finditer(r"^([\w ]+): (.+)$", ctx.text, re.MULTILINE):
                mention = ctx.span(*match.span(1))
                yield Attribution(
                    kind=Kind.INDIRECT,
                    content=ctx.span(*match.span(2)),
                    detector=self.name,
                    speaker=Speaker(name=mention.text, mention=mention, kind=SpeakerKind.PERSON),
                )

    result = Engine.build(detectors=[NameColons()], resolvers=["names"]).process(parsed)
    assert [a.speaker.name for a in result.attributions if a.speaker] == ["Maria Lopez", "Maria Lopez"]
    assert result.attributions[1].explanation == ("test-name-colons", "names: 'Lopez' → 'Maria Lopez'")
