"""The extractor registry: extractors by versioned name, from newsie and from plugins.

An extractor is made by a *factory*: a callable taking keyword-only options and returning
the extractor, a callable ``(doc, draft) -> None`` that reads the
:class:`~newsie.document.Document` and adds records to the
:class:`~newsie.draft.Draft` (the page being built). Register a factory with the
decorator::

    @newsie.registry.extractor("acme.tickers.v1")
    def make_tickers(*, min_len: int = 2):
        def tickers(doc, draft):
            ...
        return tickers

Third-party packages register theirs through the ``newsie.extractors`` entry-point group
(name = the extractor name, value = ``module:factory``); they are loaded on first use.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from importlib import metadata
from typing import Any, Callable, Mapping

import pydantic
import regex

from newsie.errors import ConfigError, UnknownExtractorError

__all__ = ["Registered", "extractor", "get", "names", "register", "registry"]

ENTRY_POINT_GROUP = "newsie.extractors"
_NAME = regex.compile(r"^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*\.v(\d+)$")


@dataclass(frozen=True, slots=True)
class Registered:
    """A registered factory and what it declares."""

    name: str
    factory: Callable[..., Callable[..., Any]]
    assigns: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()

    @property
    def options(self) -> dict[str, Any]:
        """The factory's options and their defaults."""
        sig = inspect.signature(self.factory)
        return {
            p.name: (None if p.default is inspect.Parameter.empty else p.default)
            for p in sig.parameters.values()
            if p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD)
        }

    def make(self, config: Mapping[str, Any] | None = None) -> Callable[..., Any]:
        """Build the extractor, refusing options the factory does not take."""
        config = dict(config or {})
        valid = self.options
        unknown = sorted(set(config) - set(valid))
        if unknown:
            raise ConfigError(
                f"extractor {self.name!r} has no option {', '.join(map(repr, unknown))}; "
                f"valid options: {', '.join(sorted(valid)) or '(none)'}"
            )
        try:
            return pydantic.validate_call(self.factory)(**config)
        except pydantic.ValidationError as exc:
            raise ConfigError(f"bad options for extractor {self.name!r}: {exc}") from None


class Registry:
    """Extractor factories by versioned name (``newsie.bylines.v1``)."""

    def __init__(self) -> None:
        self._items: dict[str, Registered] = {}
        self._pending: dict[str, metadata.EntryPoint] = {}  # plugins not imported yet
        self._entry_points_loaded = False

    def register(
        self,
        name: str,
        factory: Callable[..., Callable[..., Any]],
        *,
        assigns: tuple[str, ...] = (),
        requires: tuple[str, ...] = (),
    ) -> Registered:
        """Register ``factory`` under ``name``; a name already taken is refused."""
        if not _NAME.match(name):
            raise ConfigError(
                f"extractor name {name!r} must be dotted lowercase ending in a version, "
                "e.g. 'acme.tickers.v1'"
            )
        if name in self._items and self._items[name].factory is not factory:
            raise ConfigError(f"an extractor named {name!r} is already registered")
        item = Registered(name, factory, tuple(assigns), tuple(requires))
        self._items[name] = item
        return item

    def extractor(
        self, name: str, *, assigns: tuple[str, ...] = (), requires: tuple[str, ...] = ()
    ) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        """Decorator form of :meth:`register`."""

        def decorate(factory: Callable[..., Any]) -> Callable[..., Any]:
            self.register(name, factory, assigns=assigns, requires=requires)
            return factory

        return decorate

    def _load_entry_points(self) -> None:
        if self._entry_points_loaded:
            return
        self._entry_points_loaded = True
        for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
            if ep.name not in self._items:
                self._pending[ep.name] = ep

    def names(self) -> list[str]:
        """Every registered name, newsie's and plugins'."""
        _load_builtins()
        self._load_entry_points()
        return sorted(set(self._items) | set(self._pending))

    def get(self, name: str) -> Registered:
        """The factory for ``name``; an unversioned name means its latest version."""
        _load_builtins()
        if name not in self._items:
            self._load_entry_points()
            for ep_name in [n for n in self._pending if n == name or n.rsplit(".", 1)[0] == name]:
                ep = self._pending.pop(ep_name)
                try:
                    factory = ep.load()
                except Exception as exc:
                    raise ConfigError(
                        f"extractor {ep_name!r} from entry point {ep.value!r} failed to load: {exc}"
                    ) from exc
                self.register(ep_name, factory)
        if name in self._items:
            return self._items[name]
        versions = [n for n in self._items if n.rsplit(".", 1)[0] == name]
        if versions:
            return self._items[max(versions, key=lambda n: int(_NAME.match(n).group(1)))]
        raise UnknownExtractorError(
            f"no extractor named {name!r}; registered: {', '.join(self.names())}"
        )


_builtins_loaded = False


def _load_builtins() -> None:
    """Import newsie's own extractors, which register themselves."""
    global _builtins_loaded
    if not _builtins_loaded:
        _builtins_loaded = True
        import newsie.extractors  # noqa: F401


registry = Registry()
register = registry.register
extractor = registry.extractor
get = registry.get
names = registry.names
