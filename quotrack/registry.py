"""Registries of detectors and resolvers, by name.

Built on ``catalogue`` (as spaCy's own registries are), so a third-party
package can add a detector in either of two ways:

* call :func:`register_detector` (or :func:`register_resolver`) as a decorator;
* declare an entry point in the group ``quotrack.detectors`` (or
  ``quotrack.resolvers``) pointing at the class; it is found at lookup.

>>> "quotes" in detector_names()
True
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Callable
from typing import Any, TypeVar

import catalogue

from .errors import RegistryError

T = TypeVar("T")

DETECTOR_GROUP = "quotrack.detectors"
"""Entry-point group that third-party detectors are declared in."""
RESOLVER_GROUP = "quotrack.resolvers"
"""Entry-point group that third-party resolvers are declared in."""

detectors = catalogue.create("quotrack", "detectors")
"""Detector classes (or factories), by name; entry-point group ``quotrack.detectors``."""
resolvers = catalogue.create("quotrack", "resolvers")
"""Resolver classes (or factories), by name; entry-point group ``quotrack.resolvers``."""


def register_detector(name: str) -> Callable[[T], T]:
    """Class decorator: register a detector under ``name``."""
    return detectors.register(name)  # type: ignore[no-any-return]


def register_resolver(name: str) -> Callable[[T], T]:
    """Class decorator: register a resolver under ``name``."""
    return resolvers.register(name)  # type: ignore[no-any-return]


def _load_entry_points(registry: catalogue.Registry, group: str) -> None:
    for entry_point in importlib.metadata.entry_points(group=group):
        if entry_point.name not in registry.get_all():
            registry.register(entry_point.name, func=entry_point.load())


def _load_builtins() -> None:
    # Importing the packages runs their @register_* decorators; entry points
    # are read on every lookup, so a package installed later is still found.
    from . import detectors as _d  # noqa: F401
    from . import resolvers as _r  # noqa: F401

    _load_entry_points(detectors, DETECTOR_GROUP)
    _load_entry_points(resolvers, RESOLVER_GROUP)


def _make(registry: catalogue.Registry, kind: str, name: str) -> Any:
    _load_builtins()
    try:
        factory = registry.get(name)
    except catalogue.RegistryError:
        known = ", ".join(sorted(registry.get_all())) or "none"
        raise RegistryError(f"no {kind} registered as {name!r} (registered: {known})") from None
    return factory()


def make_detector(name: str) -> Any:
    """A new instance of the detector registered as ``name``."""
    return _make(detectors, "detector", name)


def make_resolver(name: str) -> Any:
    """A new instance of the resolver registered as ``name``."""
    return _make(resolvers, "resolver", name)


def detector_names() -> list[str]:
    """Names of every registered detector, entry points included, sorted."""
    _load_builtins()
    return sorted(detectors.get_all())


def resolver_names() -> list[str]:
    """Names of every registered resolver, entry points included, sorted."""
    _load_builtins()
    return sorted(resolvers.get_all())
