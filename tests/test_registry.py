"""Detectors and resolvers by name: the registry, entry points and custom classes."""

from __future__ import annotations

import re
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import quotrack
from quotrack import Attribution, Detector, Kind, Resolver
from quotrack.context import DocContext
from quotrack.registry import DETECTOR_GROUP, make_detector


def test_builtins_are_registered() -> None:
    assert {"quotes", "reported", "according"} <= set(quotrack.detector_names())
    assert "floating" in quotrack.resolver_names()


def test_unknown_name_is_a_clear_error() -> None:
    with pytest.raises(quotrack.RegistryError, match=r"no detector registered as 'nope'.*quotes"):
        make_detector("nope")
    with pytest.raises(LookupError):
        quotrack.Tracker(detectors=["nope"])("Some text.")


@pytest.fixture()
def throwaway_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A package installed for this test: its module and its .dist-info with an entry point."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "qt_hashtags.py").write_text(
        textwrap.dedent(
            '''
            import re
            from quotrack import Attribution, Detector, Kind, TextSpan

            class HashtagDetector(Detector):
                """Hashtags, as claims with no speaker."""
                name = "hashtags"

                def detect(self, ctx):
                    for match in re.finditer(r"#\\w+", ctx.text):
                        span = TextSpan.of(ctx.text, match.start(), match.end())
                        yield Attribution(kind=Kind.DIRECT, content=span, detector=self.name)
            '''
        ),
        encoding="utf-8",
    )
    info = site / "qt_hashtags-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: qt-hashtags\nVersion: 0.1\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        f"[{DETECTOR_GROUP}]\nhashtags = qt_hashtags:HashtagDetector\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(site))  # (entry points are read when a name is asked for)
    yield "hashtags"
    sys.modules.pop("qt_hashtags", None)


def test_detector_from_an_entry_point(throwaway_package: str) -> None:
    assert throwaway_package in quotrack.detector_names()
    tracker = quotrack.Tracker(detectors=["quotes", throwaway_package], resolvers=[])
    result = tracker('"We are ready," the captain said. #finals')
    assert [a.detector for a in result.attributions] == ["quotes", "hashtags"]
    assert result.attributions[1].content.text == "#finals"


def _plugin(site: Path, name: str, module: str, entry: str) -> None:
    """A package ``name`` on ``site``: its module, and a .dist-info whose entry point is ``entry``."""
    (site / f"{name}.py").write_text(textwrap.dedent(module), encoding="utf-8")
    info = site / f"{name}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[{DETECTOR_GROUP}]\n{entry}\n", encoding="utf-8")


def test_a_plugin_that_cannot_be_imported_breaks_nothing_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _plugin(tmp_path, "qt_broken", "import qt_no_such_module\n", "broken = qt_broken:Broken")
    _plugin(
        tmp_path,
        "qt_misnamed",
        """
        from quotrack import Detector

        class Misnamed(Detector):
            name = "another"

            def detect(self, ctx):
                return iter(())
        """,
        "misnamed = qt_misnamed:Misnamed",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    assert {"broken", "misnamed"} <= set(quotrack.detector_names())
    assert quotrack.Tracker(detectors=["quotes"])('"We won," Ann Lee said.').attributions
    with pytest.raises(
        quotrack.RegistryError,
        match=r"detector 'broken' \(entry point 'qt_broken:Broken' "
        r"of the package qt_broken\) cannot be imported: ModuleNotFoundError",
    ):
        make_detector("broken")
    with pytest.raises(
        quotrack.RegistryError, match=r"'misnamed' .*is the class qt_misnamed.Misnamed, named 'another'"
    ):
        quotrack.Tracker(detectors=["misnamed"])
    sys.modules.pop("qt_misnamed", None)


def test_a_class_that_keeps_the_base_class_s_name_is_refused() -> None:
    class Unnamed(Detector):
        def detect(self, ctx: DocContext) -> Iterator[Attribution]:
            return iter(())

    with pytest.raises(quotrack.RegistryError, match="Unnamed needs a class attribute name"):
        quotrack.register_detector(Unnamed)


def test_an_error_in_a_plugin_s_constructor_is_a_plugin_error_naming_it() -> None:
    @quotrack.register_detector
    class Picky(Detector):
        name = "test-picky"

        def __init__(self, words: int = 1) -> None:
            if words < 0:
                raise ValueError("words must be 0 or more")
            self.words = words + "x"  # type: ignore[operator]  # a bug of the plugin's own

        def detect(self, ctx: DocContext) -> Iterator[Attribution]:
            return iter(())

    with pytest.raises(quotrack.PluginError, match=r"test-picky: detector could not be built .*ValueError"):
        make_detector("test-picky", words=-1)
    with pytest.raises(quotrack.PluginError, match=r"test-picky: .*TypeError: unsupported operand"):
        make_detector("test-picky")  # (not "does not take the settings {}")
    with pytest.raises(quotrack.ArgumentError, match="does not take the settings"):
        make_detector("test-picky", letters=2)


class ShoutDetector(Detector):
    """Sentences in capitals, as a custom detector passed as an instance."""

    name = "shouts"

    def detect(self, ctx: DocContext) -> Iterator[Attribution]:
        for match in re.finditer(r"\b[A-Z]{3,}(?: [A-Z]{3,})+\b", ctx.text):
            yield Attribution(
                kind=Kind.DIRECT, content=ctx.span(match.start(), match.end()), detector=self.name
            )


class UpperNames(Resolver):
    """Upper-cases every speaker name (a resolver passed as an instance)."""

    name = "upper"

    def resolve(self, ctx: DocContext, attributions: list[Attribution]) -> list[Attribution]:  # type: ignore[override]
        import attrs

        return [
            attrs.evolve(a, speaker=attrs.evolve(a.speaker, name=a.speaker.name.upper())) if a.speaker else a
            for a in attributions
        ]


def test_instances_and_names_mix() -> None:
    tracker = quotrack.Tracker(detectors=[ShoutDetector(), "quotes"], resolvers=[UpperNames()])
    result = tracker('STOP THE WAR was painted on the wall. "It is art," said Ann Lee.')
    assert [(a.detector, a.content.text) for a in result.attributions] == [
        ("shouts", "STOP THE WAR"),
        ("quotes", "It is art"),
    ]
    assert result.attributions[1].speaker is not None
    assert result.attributions[1].speaker.name == "ANN LEE"


def test_register_decorator() -> None:
    @quotrack.register_detector
    class Registered(ShoutDetector):
        name = "test-shouts"

    result = quotrack.Tracker(detectors=["test-shouts"], resolvers=[])("WE WANT PEACE now.")
    assert [a.detector for a in result.attributions] == ["test-shouts"]


def test_registration_takes_a_class_with_a_name_under_that_name() -> None:
    with pytest.raises(quotrack.RegistryError, match="takes a class, not 'ShoutDetector' object"):
        quotrack.register_detector(ShoutDetector())

    class Nameless:
        def detect(self, ctx: DocContext) -> Iterator[Attribution]:
            return iter(())

    with pytest.raises(quotrack.RegistryError, match="needs a class attribute name"):
        quotrack.register_detector(Nameless)

    class Upper2(UpperNames):
        name = "test-upper-2"

    assert quotrack.register_resolver(Upper2) is Upper2
    assert quotrack.register_resolver(Upper2) is Upper2  # the same class again is no clash
    assert "test-upper-2" in quotrack.resolver_names()

    class Other(UpperNames):
        name = "test-upper-2"

    with pytest.raises(quotrack.RegistryError, match="pass replace=True"):
        quotrack.register_resolver(Other)
    quotrack.register_resolver(replace=True)(Other)
    assert type(quotrack.Engine.build(detectors=[], resolvers=["test-upper-2"]).resolvers[0]) is Other
