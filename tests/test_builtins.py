"""The built-in detectors and resolvers: all registered, the resolvers in an order that works."""

from __future__ import annotations

from quotrack.builtins import BUILTIN_DETECTORS, BUILTIN_RESOLVERS, DEFAULT_RESOLVERS
from quotrack.registry import make_resolver, resolver_names


def test_every_resolver_is_registered_and_runs_in_a_sensible_order() -> None:
    assert set(DEFAULT_RESOLVERS) <= set(resolver_names())
    assert DEFAULT_RESOLVERS[0] == "outlets" and DEFAULT_RESOLVERS[-1] == "floating"
    order = {name: i for i, name in enumerate(DEFAULT_RESOLVERS)}
    assert order["roles"] < order["names"] < order["descriptions"] < order["pronouns"]
    assert order["coref"] < order["pronouns"] < order["kinds"]  # (no pronoun stands for what kinds types)
    for name in DEFAULT_RESOLVERS:
        assert make_resolver(name).name == name


def test_each_builtin_is_listed_once() -> None:
    for listed in (BUILTIN_DETECTORS, BUILTIN_RESOLVERS):
        assert len(set(listed)) == len(listed)
