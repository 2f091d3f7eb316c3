"""The public record types: what `newsie.parse` returns.

Every record is immutable (``frozen``) and closed (``extra="forbid"``), so a typo in a
field name fails loudly and the JSON Schema comes for free. Every span is a half-open
``[start, end)`` range of character offsets into :attr:`Page.source`, the exact string
the caller passed in; ``text`` is the clean reading form of that slice (line breaks,
letter-spacing and digit spacing removed, full-width digits and letters folded).
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "Issue",
    "Record",
    "Span",
    "Byline",
    "Continuation",
    "Caption",
    "Person",
    "Place",
    "Organization",
    "DateMention",
    "Figure",
    "Article",
    "PageError",
    "Page",
    "RECORD_KINDS",
]


class Record(BaseModel):
    """Base of every record: immutable, closed to unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(Record):
    """A piece of the page: ``source[start:end]`` read as ``text``.

    >>> s = Span(start=3, end=9, text="10月22日")
    >>> (s.start, s.end, str(s))
    (3, 9, '10月22日')
    """

    start: int = Field(ge=0, description="Offset of the first character in Page.source.")
    end: int = Field(ge=0, description="Offset just past the last character (half-open).")
    text: str = Field(description="The clean reading form of source[start:end].")
    page: int | None = Field(
        None, description="In an issue's stitched article: the page whose source the offsets point into."
    )

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self

    def __str__(self) -> str:
        return self.text


BylineKind = Literal["本报讯", "本报电", "电", "讯", "本报记者", "本报通讯员", "记者", "通讯员", "摄"]


class Byline(Record):
    """A dateline or byline: who reported, for which agency, from where and when.

    ``kind`` is the form on the page: 本报讯 (本报讯（记者X）), 本报电 (本报北京10月23日电),
    电 (an agency's dateline, 新华社喀山10月23日电), 本报记者 / 本报通讯员 (a reporter line),
    摄 (a photo credit).
    """

    span: Span
    agency: str | None = Field(None, description="本报, 新华社, 中新社 ... as printed.")
    kind: BylineKind
    place: str | None = Field(None, description="The dateline's place as printed (北京, 俄罗斯喀山).")
    date: _dt.date | None = Field(None, description="The dateline's date, resolved to the calendar.")
    reporters: tuple[str, ...] = Field((), description="Names of reporters or photographers.")
    roles: tuple[str, ...] = Field(
        (), description="The role printed before each name group (记者, 通讯员, 实习生 ...)."
    )


class Continuation(Record):
    """A jump marker: （下转第3版） (``to``) or （上接第1版） (``from``)."""

    span: Span
    direction: Literal["to", "from"]
    page: int = Field(ge=1, description="The page number the article jumps to or comes from.")


class Caption(Record):
    """A photo caption with its credit line."""

    span: Span
    text: str
    photographers: tuple[str, ...] = ()
    agency: str | None = None
    credit: Byline | None = None
    persons: tuple[Person, ...] = Field((), description="People named in the caption or its credit.")
    places: tuple[Place, ...] = ()
    organizations: tuple[Organization, ...] = ()


class Person(Record):
    """A person, merged over all mentions in an article."""

    name: str
    mentions: tuple[Span, ...] = ()
    titles: tuple[str, ...] = ()
    affiliation: str | None = Field(None, description="Country or organisation of the office held.")
    is_leader: bool = False
    country: str | None = Field(None, description="The country whose office the person holds, where known.")
    role: str | None = Field(None, description="记者, 摄影记者 ... for the page's own reporters and photographers.")


class Place(Record):
    """A place, merged over all mentions in an article."""

    name: str
    mentions: tuple[Span, ...] = ()
    kind: str | None = Field(None, description=(
        "country, province, city, county, region, river, mountain, lake, sea, zone, facility; for a place no "
        "gazetteer lists, by how its name ends: also subdistrict, town, township, village, island, bay, gorge; "
        "else None"))
    country: str | None = None
    code: str | None = Field(None, description="ISO 3166 or the Chinese administrative code.")


class Organization(Record):
    """An organisation, merged over all mentions in an article."""

    name: str
    mentions: tuple[Span, ...] = ()
    kind: str | None = None


Caption.model_rebuild()  # its entity fields name the records defined after it


class DateMention(Record):
    """A time expression resolved to the calendar."""

    span: Span
    kind: Literal["date", "period", "time", "duration", "fuzzy", "reference"]
    start_date: _dt.date | None = None
    end_date: _dt.date | None = None
    granularity: str | None = Field(None, description="day, month, quarter, year, decade ...")
    anchor: Literal["issue", "dateline", "explicit", "none"] | None = None
    local_time_of: str | None = Field(None, description="The place whose local time is meant.")
    utc_offset: str | None = None
    part_of_day: str | None = None
    clock: str | None = Field(None, description="HH:MM when a clock time is given.")
    duration_value: Decimal | None = None
    duration_unit: str | None = None
    open_end: bool = False
    fuzzy: bool = False
    reason: str | None = Field(None, description="Why no value could be given, when none is.")


class Figure(Record):
    """A figure stated in the text, with its exact value."""

    span: Span
    kind: Literal["count", "percent", "money", "ordinal", "ratio", "magnitude", "quantity", "number"]
    value: Decimal | None = None
    unit: str | None = None
    currency: str | None = Field(None, description="ISO 4217 code for money.")
    hedge: str | None = Field(None, description="近, 约, 超, 逾, 不足 ...")
    low: Decimal | None = None
    high: Decimal | None = None
    of: str | None = Field(None, description="What is counted, as written.")
    change: str | None = Field(None, description="同比增长, 下降 ...")
    reason: str | None = Field(None, description="Why no value could be given, when none is.")


class Article(Record):
    """One article of the page."""

    id: str = Field(description="p<page>-a<n>: unique on the page.")
    headline: Span | None = None
    kicker: Span | None = Field(None, description="引题, the line above the headline.")
    subheadlines: tuple[Span, ...] = Field((), description="副题.")
    column: Span | None = Field(None, description="栏目, the column tag.")
    author: Span | None = Field(None, description="A speech's or signed piece's author line (中华人民共和国主席 习近平).")
    section_heads: tuple[Span, ...] = Field((), description="In-body section heads (小标题), not paragraphs.")
    bylines: tuple[Byline, ...] = ()
    paragraphs: tuple[Span, ...] = Field((), description="Body paragraphs as printed.")
    body: str = Field("", description="The paragraphs' text joined by newlines.")
    continued_to: int | None = Field(None, description="The page the article jumps to (下转).")
    continued_from: int | None = Field(None, description="The page the article comes from (上接).")
    continuations: tuple[Continuation, ...] = ()
    persons: tuple[Person, ...] = ()
    places: tuple[Place, ...] = ()
    organizations: tuple[Organization, ...] = ()
    dates: tuple[DateMention, ...] = ()
    figures: tuple[Figure, ...] = ()


class PageError(Record):
    """A failure collected in batch mode instead of raised."""

    type: str
    message: str
    stage: str | None = Field(None, description="The extractor that failed, if known.")


class Page(Record):
    """The result of parsing one page."""

    source: str = Field(description="The exact text passed in; all offsets point into it.")
    source_name: str | None = Field(None, description="The file or id the page came from, if known.")
    issue_date: _dt.date | None = Field(None, description="The issue's date; datelines resolve against it.")
    issue_date_inferred: bool = Field(
        False, description="True when issue_date was inferred from the page's datelines."
    )
    page_number: int | None = Field(None, description="The page (版) number, if known.")
    newspaper: str | None = Field(None, description="The newspaper's name, if known.")
    articles: tuple[Article, ...] = Field((), description="The page's articles, in reading order.")
    captions: tuple[Caption, ...] = Field((), description="Photo captions not part of an article body.")
    continuations: tuple[Continuation, ...] = Field((), description="Every jump marker on the page.")
    warnings: tuple[str, ...] = Field((), description="What newsie assumed or could not do.")
    errors: tuple[PageError, ...] = Field((), description="Set only in batch mode when the page failed.")

    @property
    def bylines(self) -> list[Byline]:
        """All bylines of the page: the articles' and the captions' credits, in page order."""
        found = [b for a in self.articles for b in a.bylines]
        found += [c.credit for c in self.captions if c.credit is not None]
        return sorted(found, key=lambda b: b.span.start)

    @property
    def ok(self) -> bool:
        """False when the page failed and its error was collected."""
        return not self.errors

    def iter_spans(self) -> list[tuple[str, str | None, Span]]:
        """Every span the page holds, as ``(kind, article_id, span)``."""
        from newsie._views import iter_spans

        return iter_spans(self)

    def to_records(self, kind: str = "all") -> list[dict[str, Any]]:
        """One plain dict per record of ``kind`` (see :data:`RECORD_KINDS`)."""
        from newsie._views import to_records

        return to_records(self, kind)

    def to_frame(self, kind: str = "all"):  # -> pandas.DataFrame
        """One row per record (``article_id, kind, start, end, text, value, ...``).

        pandas is imported only here; install it with ``pip install "newsie[pandas]"``.
        """
        from newsie._views import to_frame

        return to_frame(self, kind)

    def _repr_html_(self) -> str:
        from newsie._views import page_html

        return page_html(self)

    def __repr__(self) -> str:
        return (
            f"Page(issue_date={self.issue_date}, page_number={self.page_number}, "
            f"articles={len(self.articles)}, captions={len(self.captions)}, "
            f"chars={len(self.source)})"
        )

    def __str__(self) -> str:
        from newsie._views import page_text

        return page_text(self)


class Issue(Record):
    """A whole issue: its pages, and its articles with jumps (下转/上接) stitched together.

    An article cut by （下转第3版） on page 1 and resumed by （上接第1版） on page 3 is one
    article here, its paragraphs from both pages, each span marked with its ``page``.
    """

    source_name: str | None = Field(None, description="The folder or name the issue came from, if known.")
    issue_date: _dt.date | None = None
    newspaper: str | None = None
    pages: tuple[Page, ...] = ()
    articles: tuple[Article, ...] = Field((), description="Every article of the issue, stitched, in page order.")
    warnings: tuple[str, ...] = ()


RECORD_KINDS = (
    "articles",
    "headings",
    "paragraphs",
    "bylines",
    "continuations",
    "captions",
    "persons",
    "places",
    "organizations",
    "dates",
    "figures",
)
