"""newsie's small exception hierarchy. Finding nothing is never an error."""

from __future__ import annotations

__all__ = ["NewsieError", "ConfigError", "UnknownExtractorError", "ExtractorError", "MissingExtraError"]


class NewsieError(Exception):
    """Root of every error newsie raises on purpose."""


class ConfigError(NewsieError, ValueError):
    """A pipeline or extractor was configured with a name or option it does not know."""


class UnknownExtractorError(ConfigError, KeyError):
    """No extractor is registered under the requested name."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class ExtractorError(NewsieError):
    """An extractor failed on a page; ``stage`` names it."""

    def __init__(self, stage: str, cause: BaseException) -> None:
        super().__init__(f"extractor {stage!r} failed: {type(cause).__name__}: {cause}")
        self.stage = stage
        self.cause = cause

    def __reduce__(self):  # picklable across worker processes
        return (type(self), (self.stage, self.cause))


class MissingExtraError(NewsieError, ImportError):
    """An optional dependency is not installed; the message gives the install command."""

    def __init__(self, package: str, extra: str) -> None:
        super().__init__(
            f"this feature needs {package!r}, which is not installed; "
            f'install it with: pip install "newsie[{extra}]"'
        )
        self.package = package
        self.extra = extra

    def __reduce__(self):
        return (type(self), (self.package, self.extra))
