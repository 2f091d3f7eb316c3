"""Dates, periods, times and durations of each article → :class:`DateMention`.

The rules and their resolution are in :mod:`newsie.dates`; this module reads each
article's headings and paragraphs and chooses the *anchor* its relative expressions count
from:

1. the article's dateline date (``Byline.date``): the nearest dateline before the
   mention, else the article's first (本报北京10月23日电 …今天… is 10月23日 even in the
   issue of 10月24日);
2. else the issue date (given, or inferred from the page's datelines by
   ``newsie.bylines.v1``, which says so in ``Page.warnings``);
3. else the first full date the article prints (2024年10月23日), anchor ``explicit``;
4. else none: relative expressions keep no value and say why.

The date in a dateline (本报北京10月23日电) is a mention too, with the dateline's value.
Captions are not read: a caption repeats its article's dates, and :class:`Caption` has no
``dates``. Text outside every article is not read either.
"""

from __future__ import annotations

import bisect
import datetime as dt
from typing import Literal

import regex

from newsie.dates.resolve import Context, Hit, find_dates
from newsie.dates.zones import utc_offset
from newsie.document import Document, to_simplified
from newsie.draft import ArticleDraft, Draft
from newsie.records import DateMention
from newsie.registry import extractor

__all__ = ["article_mentions", "make_dates"]

_DATELINE_KINDS = ("本报电", "电", "讯", "本报讯")
_DATELINE_DATE = regex.compile(r"(?:\d{4}年|[〇零一二三四五六七八九]{4}年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日")


def _to_mention(doc: Document, hit: Hit) -> DateMention:
    return DateMention(
        span=doc.span(hit.start, hit.end), kind=hit.kind, start_date=hit.start_date,
        end_date=hit.end_date, granularity=hit.granularity, anchor=hit.anchor,
        local_time_of=hit.local_time_of, utc_offset=hit.utc_offset, part_of_day=hit.part_of_day,
        clock=hit.clock, duration_value=hit.duration_value, duration_unit=hit.duration_unit,
        open_end=hit.open_end, fuzzy=hit.fuzzy, reason=hit.reason,
    )


def _pieces(art: ArticleDraft) -> list[tuple[int, int]]:
    """The article's headings and paragraphs as clean ranges, in text order."""
    ranges: list[tuple[int, int]] = []
    for heading in (art.kicker, art.headline, art.column, art.author):
        ranges.extend(heading or ())
    ranges.extend(art.subheadlines)
    ranges.extend(art.section_heads)
    ranges.extend(art.paragraphs)
    return sorted({r for r in ranges if r[1] > r[0]})


def article_mentions(doc: Document, art: ArticleDraft, issue_date: dt.date | None,
                     *, local_offsets: bool = True, year_rule: str = "news") -> list[DateMention]:
    """Every time expression of one article, resolved against the article's anchor."""
    datelines = sorted(
        (doc.to_clean(b.span.start, b.span.end), b)
        for b in art.bylines
        if b.kind in _DATELINE_KINDS and b.date is not None
    )
    mentions: list[DateMention] = []
    # the dateline's own date
    for (cs, ce), b in datelines:
        m = _DATELINE_DATE.search(doc.match_text, cs, ce)
        if m is not None:
            has_year = "年" in m.group()
            mentions.append(DateMention(
                span=doc.span(m.start(), m.end()), kind="date", start_date=b.date, end_date=b.date,
                granularity="day", anchor=None if has_year or issue_date is None else "issue",
            ))
    starts = [cs for (cs, _), _ in datelines]
    pieces = _pieces(art)
    explicit = None
    if not datelines and issue_date is None:
        explicit = _first_full_date(doc, pieces)
    offsets = utc_offset if local_offsets else None
    for s, e in pieces:
        if datelines:
            k = bisect.bisect_right(starts, s) - 1
            byline = datelines[max(k, 0)][1]
            ctx = Context(anchor=byline.date, anchor_kind="dateline", place=byline.place and to_simplified(byline.place), utc_offset=offsets)
        elif issue_date is not None:
            ctx = Context(anchor=issue_date, anchor_kind="issue", utc_offset=offsets)
        elif explicit is not None:
            ctx = Context(anchor=explicit, anchor_kind="explicit", utc_offset=offsets)
        else:
            ctx = Context(anchor=None, anchor_kind="none", utc_offset=offsets)
        ctx.year_rule = year_rule
        for hit in find_dates(doc.match_text, ctx, start=s, end=e):
            mentions.append(_to_mention(doc, hit))
    return mentions


def _first_full_date(doc: Document, pieces: list[tuple[int, int]]) -> dt.date | None:
    """The first date the article prints with its year, month and day."""
    for s, e in pieces:
        for hit in find_dates(doc.match_text, Context(), start=s, end=e):
            if hit.granularity == "day" and hit.anchor is None and hit.start_date and hit.kind == "date":
                return hit.start_date
    return None


@extractor("newsie.dates.v1", assigns=("articles.dates",), requires=("articles", "bylines"))
def make_dates(*, local_offsets: bool = True, year_rule: Literal["news", "nearest", "same"] = "news"):
    """Find every date, period, time and duration of each article.

    Args:
        local_offsets: give 当地时间 mentions the UTC offset of the dateline's place
            (from models/dates/timezones.tsv and the system's time-zone database).
        year_rule: the year of a date printed without one. ``"news"`` (the default,
            how a newspaper is read): the year that puts it nearest the anchor, but next
            year's only when it lies at most 60 days ahead: 12月30日 in the issue of 1月2日
            is last year's, 1月5日 in an issue of 11月20日 next year's, and 4月16日 in an
            issue of 10月17日 this year's (a report of what happened in spring, far more
            often than a plan for the next one). A bare day takes the nearest month: 30日
            in an article of 06-14 is 05-30. ``"nearest"``: the nearest year either way
            (4月16日 in October is next April). ``"same"``: the anchor's year (and a bare
            day the anchor's month: 30日 is 06-30), for texts other than news reports,
            such as plans and schedules, that mostly look ahead within their own year.

    >>> import newsie
    >>> text = "本报讯 展览30日开幕，12月20日闭幕。"
    >>> def days(page): return [str(d.start_date) for a in page.articles for d in a.dates]
    >>> days(newsie.parse(text, issue_date="2021-06-14"))
    ['2021-05-30', '2020-12-20']
    >>> same = newsie.Pipeline(["newsie.segment", "newsie.bylines", "newsie.dates"],
    ...                        config={"newsie.dates": {"year_rule": "same"}})
    >>> days(same(text, issue_date="2021-06-14"))
    ['2021-06-30', '2021-12-20']
    """

    def dates(doc: Document, draft: Draft) -> None:
        for art in draft.articles:
            art.dates.extend(article_mentions(doc, art, draft.issue_date, local_offsets=local_offsets,
                                              year_rule=year_rule))

    return dates
