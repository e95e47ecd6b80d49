"""Registries of detector and resolver classes, by their own ``name``.

Built on ``catalogue`` (as spaCy's own registries are), so a third-party
package can add a detector in either of two ways:

* call :func:`register_detector` (or :func:`register_resolver`) on the
  class, as a decorator; it is registered under the class's ``name``;
* declare an entry point in the group ``quotrack.detectors`` (or
  ``quotrack.resolvers``) pointing at the class.  Its name is known without
  importing it; the plugin is imported when a Tracker asks for it by name,
  and one that cannot be imported, or whose class bears another name, is a
  :class:`~quotrack.RegistryError` naming it (the other plugins work on).

A name that is taken is refused unless the caller says ``replace=True``, so
a plugin cannot silently replace a built-in; an instance is refused too
(register the class; settings go to the Tracker).  The built-ins are
registered in :mod:`quotrack.builtins`; this module imports none of them.

>>> "quotes" in detector_names()
True
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from importlib.metadata import EntryPoint, entry_points
from typing import Any, TypeVar, overload

import catalogue

from .errors import ArgumentError, PluginError, QuotrackError, RegistryError

T = TypeVar("T")

DETECTOR_GROUP = "quotrack.detectors"
"""Entry-point group that third-party detectors are declared in."""
RESOLVER_GROUP = "quotrack.resolvers"
"""Entry-point group that third-party resolvers are declared in."""

detector_registry = catalogue.create(DETECTOR_GROUP, entry_points=True)
"""Detector classes, by name; entry points of group ``quotrack.detectors`` included."""
resolver_registry = catalogue.create(RESOLVER_GROUP, entry_points=True)
"""Resolver classes, by name; entry points of group ``quotrack.resolvers`` included."""

_KINDS = {"detector": ("detect", detector_registry), "resolver": ("resolve", resolver_registry)}


@overload
def register_detector(cls: T, /, *, replace: bool = ...) -> T: ...
@overload
def register_detector(cls: str | None = ..., /, *, replace: bool = ...) -> Callable[[T], T]: ...
def register_detector(cls: Any = None, /, *, replace: bool = False) -> Any:
    """Register a detector class under its own ``name``: ``@register_detector``.

    ``@register_detector(replace=True)`` replaces a detector of that name;
    without it a taken name is a :class:`~quotrack.RegistryError`.  The old
    form ``@register_detector("name")`` still works when ``"name"`` is the
    class's ``name``.
    """
    return _register("detector", cls, replace)


@overload
def register_resolver(cls: T, /, *, replace: bool = ...) -> T: ...
@overload
def register_resolver(cls: str | None = ..., /, *, replace: bool = ...) -> Callable[[T], T]: ...
def register_resolver(cls: Any = None, /, *, replace: bool = False) -> Any:
    """Register a resolver class under its own ``name``: ``@register_resolver``.

    ``replace=True`` and the ``("name")`` form work as for :func:`register_detector`.
    """
    return _register("resolver", cls, replace)


def _register(kind: str, cls: Any, replace: bool) -> Any:
    if cls is None or isinstance(cls, str):
        expected = cls
        return lambda actual: _register_class(kind, actual, replace, expected)
    return _register_class(kind, cls, replace, None)


def _register_class(kind: str, cls: Any, replace: bool, expected: str | None) -> Any:
    method, registry = _KINDS[kind]
    if not isinstance(cls, type):
        raise RegistryError(
            f"register_{kind} takes a class, not {type(cls).__name__!r} object; "
            f"pass instances to Tracker({kind}s=[...]) instead"
        )
    name = getattr(cls, "name", None)
    if not isinstance(name, str) or not name or name == kind:  # (the base class's "detector")
        raise RegistryError(f"{kind} class {cls.__name__} needs a class attribute name = '...'")
    if not callable(getattr(cls, method, None)):
        raise RegistryError(f"{kind} class {cls.__name__} has no {method}() method")
    if expected is not None and expected != name:
        raise RegistryError(
            f"{kind} class {cls.__name__} is named {name!r}, not {expected!r}: "
            f"a {kind} is registered under its own name"
        )
    # in-process registrations only: loading entry points here could import a plugin mid-import
    taken = catalogue.REGISTRY.get((*registry.namespace, name))
    if taken is not None and taken is not cls and not replace:
        raise RegistryError(
            f"a {kind} named {name!r} is registered already ({_qualname(taken)}); "
            f"pass replace=True to replace it"
        )
    registry.register(name, func=cls)
    return cls


def _qualname(obj: Any) -> str:
    return f"{getattr(obj, '__module__', '?')}.{getattr(obj, '__qualname__', repr(obj))}"


def _registered(kind: str) -> dict[str, Any]:
    """The classes registered in this process (not entry points), by name."""
    namespace = _KINDS[kind][1].namespace
    return {keys[-1]: value for keys, value in catalogue.REGISTRY.items() if keys[:-1] == namespace}


def _entry_points(kind: str) -> dict[str, EntryPoint]:
    """The entry points of the installed packages in ``kind``'s group, by name, none imported."""
    return {point.name: point for point in entry_points(group=_KINDS[kind][1].namespace[0])}


def _names(kind: str) -> list[str]:
    return sorted(_registered(kind).keys() | _entry_points(kind).keys())


def _get(kind: str, name: str) -> Any:
    """The class registered as ``name``; a class registered in-process wins over an entry point,
    which is imported only now: one that cannot be, or whose class is no such class of that name,
    is a :class:`~quotrack.RegistryError` naming it."""
    found = catalogue.REGISTRY.get((*_KINDS[kind][1].namespace, name))
    if found is not None:
        return found
    point = _entry_points(kind).get(name)
    if point is None:
        known = ", ".join(_names(kind)) or "none"
        raise RegistryError(f"no {kind} registered as {name!r} (registered: {known})")
    where = f"{kind} {name!r} (entry point {point.value!r}" + (
        f" of the package {point.dist.name})" if point.dist is not None else ")"
    )
    try:
        cls = point.load()
    except Exception as error:
        raise RegistryError(f"{where} cannot be imported: {type(error).__name__}: {error}") from error
    method = _KINDS[kind][0]
    if not isinstance(cls, type) or not callable(getattr(cls, method, None)):
        raise RegistryError(f"{where} is {cls!r}, not a {kind} class with a {method}() method")
    if getattr(cls, "name", None) != name:
        raise RegistryError(f"{where} is the class {_qualname(cls)}, named {getattr(cls, 'name', None)!r}")
    return cls


def detector_class(name: str) -> Any:
    """The detector class registered as ``name`` (a :class:`~quotrack.RegistryError` if none)."""
    return _get("detector", name)


def resolver_class(name: str) -> Any:
    """The resolver class registered as ``name`` (a :class:`~quotrack.RegistryError` if none)."""
    return _get("resolver", name)


def _make(kind: str, name: str, settings: dict[str, Any]) -> Any:
    factory = _get(kind, name)
    try:
        inspect.signature(factory).bind(**settings)
    except TypeError as error:
        raise ArgumentError(f"{kind} {name!r} does not take the settings {settings!r}: {error}") from error
    except ValueError:  # (no signature to read: the call below says)
        pass
    try:
        return factory(**settings)
    except QuotrackError:
        raise  # (a bad lexicon entry, a bad setting: already says what)
    except Exception as error:  # a plugin's own check, or a bug in its constructor
        raise PluginError(
            name, f"{kind} could not be built with {settings!r}: {type(error).__name__}: {error}"
        ) from error


def make_detector(name: str, **settings: Any) -> Any:
    """A new instance of the detector registered as ``name``, built with ``settings``."""
    return _make("detector", name, settings)


def make_resolver(name: str, **settings: Any) -> Any:
    """A new instance of the resolver registered as ``name``, built with ``settings``."""
    return _make("resolver", name, settings)


def detector_names() -> list[str]:
    """Names of every registered detector, entry points included (none imported), sorted."""
    return _names("detector")


def resolver_names() -> list[str]:
    """Names of every registered resolver, entry points included (none imported), sorted."""
    return _names("resolver")
