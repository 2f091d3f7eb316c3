"""newsie: information extraction from Chinese newspaper pages.

>>> import newsie
>>> page = newsie.parse("本报北京10月23日电（记者王群）在国新办今天举行的发布会上……", issue_date="2024-10-24")
>>> b = page.bylines[0]
>>> (b.agency, b.place, b.date.isoformat(), b.reporters)
('本报', '北京', '2024-10-23', ('王群',))
"""

from __future__ import annotations

import logging

from newsie._compiled import compiled_modules
from newsie.document import Document
from newsie.errors import ConfigError, ExtractorError, MissingExtraError, NewsieError, UnknownExtractorError
from newsie.issue import parse_issue
from newsie.pipeline import DEFAULT_PIPELINE, Pipeline, parse
from newsie.records import (
    Article,
    Byline,
    Caption,
    Continuation,
    DateMention,
    Figure,
    Issue,
    Organization,
    Page,
    PageError,
    Person,
    Place,
    Span,
)
from newsie.registry import registry

__version__ = "0.1.0"

__all__ = [
    "parse",
    "parse_issue",
    "Pipeline",
    "Issue",
    "DEFAULT_PIPELINE",
    "Document",
    "registry",
    "Page",
    "Article",
    "Span",
    "Byline",
    "Continuation",
    "Caption",
    "Person",
    "Place",
    "Organization",
    "DateMention",
    "Figure",
    "PageError",
    "NewsieError",
    "ConfigError",
    "UnknownExtractorError",
    "ExtractorError",
    "MissingExtraError",
    "compiled_modules",
    "__version__",
]

logging.getLogger("newsie").addHandler(logging.NullHandler())
