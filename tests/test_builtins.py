"""The built-in detectors and resolvers: all registered, the resolvers in an order that works."""

from __future__ import annotations

from quotrack.builtins import DEFAULT_RESOLVERS
from quotrack.registry import make_resolver, resolver_names


def test_every_resolver_is_registered_and_runs_in_a_sensible_order() -> None:
    assert set(DEFAULT_RESOLVERS) <= set(resolver_names())
    assert DEFAULT_RESOLVERS[0] == "outlets" and DEFAULT_RESOLVERS[-1] == "floating"
    order = {name: i for i, name in enumerate(DEFAULT_RESOLVERS)}
    assert order["roles"] < order["names"] < order["descriptions"] < order["pronouns"]
    assert order["coref"] < order["pronouns"]
    for name in DEFAULT_RESOLVERS:
        assert make_resolver(name).name == name
