"""Time expressions found and resolved to the calendar: :func:`find_dates`.

Resolution follows how a reader of the paper reads: a relative expression (今天, 去年,
前三季度) counts from the *anchor* (the article's dateline date, else the issue date), a
date without a year takes the year that puts it nearest the anchor, and a day-relative
reference (当天, 次日) counts from the date last mentioned. Calendar arithmetic is
python-dateutil's ``relativedelta``.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise

import regex
from dateutil.relativedelta import relativedelta, weekday

from newsie.dates.grammar import (
    CANDIDATES,
    ERAS,
    EXPR_AT,
    HOLIDAYS,
    IDIOMS,
    LUNAR_HOLIDAYS,
    MOVABLE,
    PART_OF_DAY,
    REF_DAY,
    REL_DAY,
    REL_MONTH,
    REL_YEAR,
    SOLAR_TERMS,
)
from newsie.dates.numbers import read_int, read_number, read_year

__all__ = ["Context", "Hit", "find_dates"]

D = dt.date

_UNITS = {
    "世纪": "century", "周年": "year", "年": "year", "月": "month", "季度": "quarter", "星期": "week",
    "礼拜": "week", "周": "week", "天": "day", "日": "day", "小时": "hour", "钟头": "hour", "刻钟": "minute",
    "分钟": "minute", "分": "minute", "载": "year", "秒钟": "second", "秒": "second", "工作日": "workday", "交易日": "trading_day",
}
_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 5,
            "1": 0, "2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6}
_WEEK_REL = {"上上上": -3, "下下下": 3, "上上": -2, "上上个": -2, "上上個": -2, "下下个": 2, "下下個": 2, "上": -1, "上个": -1, "上個": -1, "上一": -1, "本": 0, "这": 0, "這": 0, "这个": 0,
             "這個": 0, "下": 1, "下个": 1, "下個": 1, "下一": 1, "下下": 2}
_LATE = {"afternoon", "evening"}
_GRAN_ORDER = ["day", "week", "month", "quarter", "half_year", "year", "decade", "century"]
# Words that mean "now": resolved to the anchor, marked fuzzy, kind "reference".
_NOW = ("现在", "截至目前", "截止目前", "到目前为止", "迄今为止", "迄今", "至今", "目前")


@dataclass(slots=True)
class Hit:
    """One time expression in a text: clean offsets and what it resolves to."""

    start: int
    end: int
    kind: str
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    granularity: str | None = None
    anchor: str | None = None  # "issue" / "dateline" / "explicit" / "none" when it needed one
    local_time_of: str | None = None
    utc_offset: str | None = None
    part_of_day: str | None = None
    clock: str | None = None
    duration_value: Decimal | None = None
    duration_unit: str | None = None
    open_end: bool = False
    fuzzy: bool = False
    reason: str | None = None


@dataclass(slots=True)
class Context:
    """What resolution needs beyond the text: the anchor and what was said before.

    Attributes:
        anchor: the date relative expressions count from (None: they get no value).
        anchor_kind: how the anchor was chosen: ``dateline``, ``issue`` or ``explicit``.
        place: the dateline's place, for 当地时间.
        last_day: the last day-granular date mentioned (for 当天, 次日).
        last_year: the last year mentioned (for 同年, 当年).
        utc_offset: ``(place, date) -> "+03:00"`` or None, for local times.
        year_rule: the year of a date printed without one (12月30日, 30日, 除夕):
            ``"news"`` (the default, a newspaper's reading) takes the one that puts it
            nearest the anchor (12月30日 in the issue of 1月2日 is last year's; 30日 on
            06-14 is 05-30), but a month and day of next year only when it lies at most
            60 days ahead (4月16日 in October is this April, 1月5日 on 11-20 next
            January); ``"nearest"`` the nearest year either way; ``"same"`` the anchor's
            year, and a bare day the anchor's month (12月30日 on 1月2日 is this year's; 30日
            on 06-14 is 06-30), as texts that are no news report (plans, schedules) often
            mean.
        story: the year of the story being told and where its last date ends: a date
            printed without a year shortly after 1981年7月 in the same paragraph is of 1981.
        anchor_time: the anchor's clock time, when it has one (a wire's timestamp, a
            reference time): hours, minutes and seconds before or after count from it.
            Without it they count from noon, the middle of the anchor's day.
        expression: the text is one time expression on its own (a table cell, a form
            field), not running text: see :func:`parse_expression`.
        last_day_at: where the mention that gave ``last_day`` ends: a part of day standing
            alone takes that day only shortly after it (:func:`_day_told_near`).
    """

    anchor: dt.date | None = None
    anchor_kind: str = "issue"
    place: str | None = None
    last_day: dt.date | None = None
    last_year: int | None = None
    utc_offset: object = None
    year_rule: str = "news"
    anchor_time: dt.time | None = None
    story: tuple[int, int] | None = None  # (year, where the date that gave it ends): see _unstated_year
    expression: bool = False
    last_day_at: int | None = None  # where the mention that gave last_day ends
    _used: bool = field(default=False, repr=False)


class _Bad(Exception):
    """An impossible date: the mention is kept with its reason and no value."""


class _Skip(Exception):
    """Not a time expression after all (五点建议, 四周 as 'all around')."""


_LUNAR_HINT = "install lunar-python (pip install 'newsie[lunar]') to resolve it"
_TERM_KEYS = {"DONG_ZHI": "冬至", "XIAO_HAN": "小寒", "DA_HAN": "大寒", "LI_CHUN": "立春", "YU_SHUI": "雨水",
              "JING_ZHE": "惊蛰", "DA_XUE": "大雪"}


def _lunar_lib():
    try:
        import lunar_python
    except ImportError:  # an optional dependency: the mention stays, with the reason
        raise _Bad(f"a date of the lunar calendar: {_LUNAR_HINT}") from None
    return lunar_python


@lru_cache(maxsize=4096)
def lunar_to_solar(year: int, month: int, day: int, leap: bool = False) -> dt.date:
    """The Gregorian date of a lunar one (day 0: the month's last day, as 除夕 is).

    >>> lunar_to_solar(2012, 1, 15), lunar_to_solar(2021, 12, 0)
    (datetime.date(2012, 2, 6), datetime.date(2022, 1, 31))
    """
    lib = _lunar_lib()
    try:
        if day == 0:
            day = lib.LunarMonth.fromYm(year, -month if leap else month).getDayCount()
        solar = lib.Lunar.fromYmd(year, -month if leap else month, day).getSolar()
    except Exception:  # noqa: BLE001 - lunar-python raises bare Exception for a date it lacks
        raise _Bad(f"there is no lunar date {year}-{'闰' if leap else ''}{month}-{day}") from None
    return D(solar.getYear(), solar.getMonth(), solar.getDay())


@lru_cache(maxsize=1024)
def _lunar_month(year: int, month: int, leap: bool) -> tuple[dt.date, dt.date]:
    lib = _lunar_lib()
    try:
        count = lib.LunarMonth.fromYm(year, -month if leap else month).getDayCount()
    except Exception:  # noqa: BLE001 - lunar-python raises bare Exception for a month it lacks
        raise _Bad(f"there is no lunar month {'闰' if leap else ''}{month} in {year}") from None
    return lunar_to_solar(year, month, 1, leap), lunar_to_solar(year, month, count, leap)


@lru_cache(maxsize=256)
def _solar_terms(year: int) -> dict[str, dt.date]:
    """The days of the solar terms (节气) of a Gregorian year, computed once a year."""
    lib = _lunar_lib()
    out = {}
    for ref in ((year, 6, 1), (year - 1, 12, 31) if year > 1 else (year, 1, 1)):
        for key, solar in lib.Solar.fromYmd(*ref).getLunar().getJieQiTable().items():
            if solar.getYear() == year:
                out.setdefault(_TERM_KEYS.get(key, key), D(year, solar.getMonth(), solar.getDay()))
    return out


def solar_term(name: str, year: int) -> dt.date:
    """The day of a solar term (节气) in a Gregorian year.

    >>> solar_term("冬至", 2024), solar_term("立春", 2021)
    (datetime.date(2024, 12, 21), datetime.date(2021, 2, 3))
    """
    day = _solar_terms(year).get(name)
    if day is None:
        raise _Bad(f"no solar term {name} in {year}")
    return day


def _years_near(anchor: dt.date, ctx: Context) -> list[int]:
    """The years a holiday or lunar date without a year may fall in."""
    return [anchor.year] if ctx.year_rule == "same" else [anchor.year - 1, anchor.year, anchor.year + 1]


def _nearest(candidates: list[dt.date], anchor: dt.date) -> dt.date:
    return min(candidates, key=lambda d: abs((d - anchor).days))


#: how far ahead of the anchor a month and day printed without a year may lie and still
#: be read as next year's (``year_rule="news"``)
_AHEAD_DAYS = 60


def _anchor(ctx: Context) -> dt.date:
    if ctx.anchor is None:
        raise _Bad("no anchor date to resolve against")
    ctx._used = True
    return ctx.anchor


def _month_end(y: int, m: int) -> dt.date:
    return D(y, m, calendar.monthrange(y, m)[1])


def _day(y: int, m: int, d: int) -> dt.date:
    if not 1 <= m <= 12:
        raise _Bad(f"there is no month {m}")
    try:
        return D(y, m, d)
    except ValueError:
        raise _Bad(f"there is no day {d} in month {m}" + (f" of {y}" if y else "")) from None


def _nearest_year_for(m: int, d: int | None, anchor: dt.date, rule: str = "nearest") -> int:
    """The year that puts month ``m`` (day ``d``) nearest ``anchor`` (a tie: the earlier,
    as a newspaper mostly reports what has happened: 7月 in January is last July); with
    ``rule="news"`` next year's only up to :data:`_AHEAD_DAYS` ahead; with ``rule="same"``
    the anchor's year.

    >>> a = dt.date(2019, 10, 17)
    >>> _nearest_year_for(4, 16, a, "news"), _nearest_year_for(4, 16, a), _nearest_year_for(12, 1, a, "news")
    (2019, 2020, 2019)
    >>> _nearest_year_for(1, 5, dt.date(2024, 11, 20), "news"), _nearest_year_for(12, 30, dt.date(2025, 1, 2), "news")
    (2025, 2024)
    """
    best, best_gap = anchor.year, None
    if rule == "same":
        return best
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        if rule == "news" and y > anchor.year:
            try:
                if (D(y, m, d or 1) - anchor).days > _AHEAD_DAYS:
                    continue
            except ValueError:
                continue
        if d is None:
            gap = abs((y * 12 + m) - (anchor.year * 12 + anchor.month))
        else:
            try:
                gap = abs((D(y, m, d) - anchor).days)
            except ValueError:
                continue
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    if best_gap is None and rule == "news":  # 2月29日 in 2019: the leap year nearest
        return _nearest_year_for(m, d, anchor)
    return best


#: how far (in characters, within one paragraph and outside quotes) a story's year carries
_STORY_REACH = 80


def _unstated_year(m: regex.Match, ctx: Context, month: int, d: int | None) -> tuple[int, bool]:
    """The year of a date printed without one, and whether it came from the anchor.

    A paragraph telling a story dates it once and then goes on without the year
    (1981年夏，重庆遭遇洪灾。7月15日，洪水猛涨): a date shortly after a date with a year
    and a month (or a season) in the same paragraph, no quotation closed between them,
    takes that year. Otherwise the year nearest the anchor (or its year, by ``year_rule``).
    """
    used = ctx._used
    nearest = _nearest_year_for(month, d, _anchor(ctx), ctx.year_rule)
    if ctx.story is not None and ctx.story[0] != nearest:
        year, end = ctx.story
        gap = m.string[end : m.start()]
        if len(gap) <= _STORY_REACH and not any(c in gap for c in "\n”」』"):
            ctx._used = used  # the anchor was only looked at
            return year, False
    return nearest, True


def _clock(h_text: str | None, hh: str | None, mm: str | None, min_text: str | None,
           pod: str | None) -> tuple[str | None, int | None]:
    """``("HH:MM", hour)`` from the clock's groups and the part of day."""
    if hh is not None:
        h, mi = int(hh), int(mm)
    elif h_text is not None:
        h = 0 if h_text == "零" else read_int(h_text)
        if h is None:
            return None, None
        mi = 0
        if min_text:
            mi = {"半": 30, "一刻": 15, "1刻": 15, "三刻": 45, "3刻": 45}.get(min_text)
            if mi is None:
                mi = read_int(min_text.lstrip("零")) if min_text.startswith("零") else read_int(min_text)
            if mi is None or mi > 59:
                raise _Bad(f"there is no minute {min_text}")
    else:
        return None, None
    if h > 24:
        raise _Bad(f"there is no hour {h}")
    if pod in _LATE and h < 12 or pod == "night" and 6 <= h < 12 or pod == "noon" and h < 6:
        h += 12
    elif pod == "early_morning" and h == 12:
        h = 0
    elif pod in ("evening", "night") and h == 12:
        h = 24  # 晚上12点, 夜里12点: midnight, the start of the next day
    if h == 24 and mi == 0:
        return "00:00", 24  # the caller moves the date to the next day
    return f"{h:02d}:{mi:02d}", h


@dataclass(slots=True)
class _Point:
    start: dt.date
    end: dt.date
    gran: str
    has_day: bool
    year: int | None = None
    month: int | None = None
    relative: bool = False
    explicit_ref: bool = False
    part: bool = False  # a part of a year (quarter, half, months 1 to n): a period
    pod: str | None = None
    clock: str | None = None


def _point(m: regex.Match, p: str, ctx: Context, inherit: _Point | None = None) -> _Point:
    """Resolve the calendar expression whose groups are prefixed ``p``."""
    g = m.fields(p).__getitem__
    relative = explicit_ref = False
    pod_word = g("pod")
    pod = PART_OF_DAY.get(pod_word) if pod_word else None
    # -- a written date: 2024-10-23, 20240307
    if g("imo"):  # 2008.03: a month
        y, mo = int(g("iy")), int(g("imo"))
        return _Point(D(y, mo, 1), _month_end(y, mo), "month", False, y, mo)
    if g("im") and not g("iy"):  # 6·30: a month and day, the year nearest the anchor
        mo, d = int(g("im")), int(g("id"))
        y, rel = _unstated_year(m, ctx, mo, d)
        day = _day(y, mo, d)
        return _finish(m, p, _Point(day, day, "day", True, y, mo, rel, not rel), pod)
    if p == "b_" and g("ybare"):
        y = int(g("ybare"))
        return _Point(D(y, 1, 1), D(y, 12, 31), "year", False, y)
    if g("iy"):
        y, mo, d = int(g("iy")), int(g("im")), int(g("id"))
        day = _day(y, mo, d)
        return _finish(m, p, _Point(day, day, "day", True, y, mo), pod)
    # -- the year
    year = None
    if g("era"):
        year = ERAS[g("era")] + (0 if g("eran") == "元" else (read_int(g("eran")) or 1) - 1)
        if g("eran") != "元" and read_int(g("eran")) is None:
            raise _Bad(f"cannot read the year {g('eran')}")
    elif g("y") and g("yr1") and not _any_after_year(m, p):
        first, last = read_year(g("yr1")), read_year(g("y"))
        if last < first:
            raise _Bad("the range of years ends before it starts")
        return _Point(D(first, 1, 1), D(last, 12, 31), "year", False, last, part=True)
    elif g("y"):
        year = read_year(g("y"))
    elif g("y2") or g("y2m"):
        text = g("y2") or g("y2m")
        if len(text) == 2 and text[0] in "一二三四五六七八九" and text[1] in "一二三四五六七八九" and (
            "一二三四五六七八九".index(text[1]) == "一二三四五六七八九".index(text[0]) + 1
        ):
            raise _Skip("五六年: a number of years, not a year")
        year = read_year(text, ctx.anchor.year if ctx.anchor else None)
    elif g("yrel"):
        word = g("yrel")
        if word in ("同年", "当年"):
            if ctx.last_year is None:
                raise _Skip("当年 with no year before it")
            year, explicit_ref = ctx.last_year, True
        elif word == "这一年" and ctx.last_year is not None:  # the year just told of
            year, explicit_ref = ctx.last_year, True
        else:
            year, relative = _anchor(ctx).year + REL_YEAR[word], True
    elif inherit is not None and inherit.year is not None and not g("drel") and not g("dref"):
        year = inherit.year
    # -- a season (2021年春, 冬季) by the solar terms that open them
    if g("season"):
        word = g("season")
        if year is None:
            year, relative = _anchor(ctx).year, True
        if word == "暑假":
            return _Point(D(year, 7, 1), D(year, 8, 31), "month", False, year, relative=relative, part=True)
        opens = {"春": ("立春", "立夏"), "夏": ("立夏", "立秋"), "秋": ("立秋", "立冬"), "冬": ("立冬", "立春")}[word[0]]
        start = solar_term(opens[0], year)
        end = solar_term(opens[1], year + 1 if word[0] == "冬" else year) - relativedelta(days=1)
        return _Point(start, end, "day", False, year, relative=relative, part=True)
    # -- a holiday (国庆, 2019年感恩节, 春节, 冬至) or 大年初三
    if g("hol") or (g("ld") and not g("m") and not g("lm")):
        name = g("hol") or "大年初"
        anchor = ctx.anchor
        years = [year] if year is not None else None
        if years is None:
            anchor = _anchor(ctx)
            years, relative = _years_near(anchor, ctx), True
        if name == "大年初" or name in LUNAR_HOLIDAYS:
            mo, d = LUNAR_HOLIDAYS.get(name, (1, read_int(g("ld") or "") or 1))
            cands = [lunar_to_solar(y, mo, d) for y in years]  # 2023年除夕: the last day of lunar 2023
        elif name in SOLAR_TERMS:
            cands = [solar_term(name, y) for y in years]
        elif name in HOLIDAYS:
            mo, d = HOLIDAYS[name]
            cands = [D(y, mo, d) for y in years]
        else:
            mo, wd, nth = MOVABLE[name]
            cands = [D(y, mo, 1) + relativedelta(weekday=weekday(wd)(+nth)) for y in years]
        day = cands[0] if len(cands) == 1 else _nearest(cands, anchor)
        return _finish(m, p, _Point(day, day, "day", True, day.year, day.month, relative, explicit_ref), pod)
    # -- a lunar month and day (农历八月十五, 正月初一, 闰四月, 腊月)
    if _is_lunar(m, p):
        leap = bool(g("leap"))
        month = {"正": 1, "腊": 12, "冬": 11}.get(g("lm") or "", None) or read_int(g("m") or "")
        if not month or month > 12:
            raise _Bad(f"there is no lunar month {g('m') or g('lm')}")
        d_text = g("ld") or g("d")
        day = read_int(d_text) if d_text else None
        if d_text and not day:
            raise _Bad(f"cannot read the lunar day {d_text}")
        years = [year] if year is not None else None
        anchor = ctx.anchor
        if years is None:
            anchor = _anchor(ctx)
            years, relative = _years_near(anchor, ctx), True
        if day:
            cands = [lunar_to_solar(y, month, day, leap) for y in years]
            solar = cands[0] if len(cands) == 1 else _nearest(cands, anchor)
            return _finish(m, p, _Point(solar, solar, "day", True, solar.year, solar.month, relative, explicit_ref), pod)
        spans = []
        for y in years:
            try:
                spans.append(_lunar_month(y, month, leap))
            except _Bad:
                continue  # 闰四月: only some years have it
        if not spans:
            raise _Bad(f"no lunar month {'闰' if leap else ''}{month} near the anchor")
        start, end = spans[0] if len(spans) == 1 else min(spans, key=lambda se: abs((se[0] - anchor).days))
        return _Point(start, end, "day", False, start.year, relative=relative, explicit_ref=explicit_ref, part=True)
    if g("qrel"):
        anchor = _anchor(ctx)
        shift = {"上上个": -2, "上上": -2, "上个": -1, "上一个": -1, "上": -1, "下个": 1, "下一个": 1, "下": 1,
                 "下下个": 2, "下下": 2}.get(g("qrel"), 0)
        first = D(anchor.year, (anchor.month - 1) // 3 * 3 + 1, 1) + relativedelta(months=3 * shift)
        start, end, gran = _quarter(first.year, (first.month + 2) // 3, g("qedge"))
        return _Point(start, end, gran, False, start.year, relative=True, part=True)
    if g("hm") and g("hmu") != "月":  # 下半周: Thursday to Sunday of this week
        anchor = _anchor(ctx)
        monday = anchor - relativedelta(days=anchor.weekday())
        if g("hm") == "上":
            return _Point(monday, monday + relativedelta(days=3), "day", False, relative=True, part=True)
        return _Point(monday + relativedelta(days=3), monday + relativedelta(days=6), "day", False, relative=True, part=True)
    if g("hm"):
        anchor = _anchor(ctx)
        end = _month_end(anchor.year, anchor.month)
        if g("hm") == "上":
            return _Point(D(anchor.year, anchor.month, 1), D(anchor.year, anchor.month, 15), "day", False, relative=True, part=True)
        return _Point(D(anchor.year, anchor.month, 16), end, "day", False, relative=True, part=True)
    # -- a part of the year
    part = _year_part(m, p, year, ctx)
    if part is not None:
        start, end, gran, rel = part
        return _finish(m, p, _Point(start, end, gran, False, start.year, relative=relative or rel,
                                    explicit_ref=explicit_ref, part=True), pod)
    # -- the month
    month = None
    month_rel = False
    if g("m"):
        month = 1 if g("m") == "元" else read_int(g("m"))  # 元月: January
        if month is None or not 1 <= month <= 12:
            raise _Bad(f"there is no month {g('m')}")
    elif g("mrel"):
        word = g("mrel")
        if word == "同月" and ctx.last_day is not None:
            base, explicit_ref = ctx.last_day, True
        else:
            base, relative = _anchor(ctx), True
        shifted = base + relativedelta(months=REL_MONTH[word])
        year, month, month_rel = shifted.year, shifted.month, True
    elif inherit is not None and inherit.month is not None and g("d") and year == inherit.year:
        month = inherit.month
    # -- the day
    d_text = g("d")
    if g("drel"):
        offset, fused = REL_DAY[g("drel")]
        day = _anchor(ctx) + relativedelta(days=offset)
        pod = pod or fused
        return _finish(m, p, _Point(day, day, "day", True, day.year, day.month, True), pod)
    if g("dref"):
        word = g("dref")
        if inherit is not None and inherit.has_day and inherit.start == inherit.end:
            base, explicit_ref = inherit.start, True  # 10月1日22时至次日凌晨2时: the day after 10月1日
        elif ctx.last_day is not None:
            base, explicit_ref = ctx.last_day, True
        else:
            base, relative = _anchor(ctx), True
        day = base + relativedelta(days=REF_DAY[word])
        if word in ("当晚", "当夜"):
            pod = pod or ("evening" if word == "当晚" else "night")
        return _finish(m, p, _Point(day, day, "day", True, day.year, day.month, relative, explicit_ref), pod)
    if g("pair"):  # 今明两年, 明后两天
        first = {"今明": 0, "明后": 1, "昨今": -1}[g("pair")]
        anchor = _anchor(ctx)
        if g("pairu") == "年":
            return _Point(D(anchor.year + first, 1, 1), D(anchor.year + first + 1, 12, 31), "year", False,
                          anchor.year + first, relative=True, part=True)
        start = anchor + relativedelta(days=first)
        return _Point(start, start + relativedelta(days=1), "day", False, relative=True, part=True)
    if d_text:
        d = read_int(d_text)
        if d is None:
            raise _Bad(f"cannot read the day {d_text}")
        if month is None:  # 23日: the nearest such day to the anchor
            anchor = _anchor(ctx)
            best = None
            for k in ((0,) if ctx.year_rule == "same" else (-1, 0, 1)):
                base = anchor + relativedelta(months=k)
                try:
                    cand = D(base.year, base.month, d)
                except ValueError:
                    continue
                if best is None or abs((cand - anchor).days) < abs((best - anchor).days):
                    best = cand
            if best is None:
                raise _Bad(f"there is no day {d} in any month near the anchor")
            return _finish(m, p, _Point(best, best, "day", True, best.year, best.month, True), pod)
        if year is None:
            year, relative = _unstated_year(m, ctx, month, d if 1 <= d <= 31 else 1)
            explicit_ref = explicit_ref or not relative
        day = _day(year, month, d)
        if g("dlist"):  # 9月10号，11号，12号: one period when the days run on
            days = [d] + [read_int(x) for x in regex.findall(r"\d+|[^\d，、,日号 ]+", g("dlist"))]
            if all(b == a + 1 for a, b in zip(days, days[1:])):
                return _Point(day, _day(year, month, days[-1]), "day", False, year, month,
                              relative or month_rel, explicit_ref, part=True)
        if g("d2"):
            last = _day(year, month, read_int(g("d2")) or 0)
            if last < day:
                raise _Bad("the range of days ends before it starts")
            return _Point(day, last, "day", False, year, month, relative or month_rel, explicit_ref, part=True)
        return _finish(m, p, _Point(day, day, "day", True, year, month, relative or month_rel, explicit_ref), pod)
    if month is not None:
        if year is None:
            year, relative = _unstated_year(m, ctx, month, None)
            explicit_ref = explicit_ref or not relative
        start, end, gran = D(year, month, 1), _month_end(year, month), "month"
        xun, edge = g("xun"), g("medge")
        part = False
        if xun:
            lo, hi = {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, end.day)}[xun]
            start, end, gran, part = D(year, month, lo), D(year, month, hi), "day", True
        elif edge:
            # JioNLP's reading: 月初 the first five days, 月底 / 月末 from the 25th
            lo, hi = {"初": (1, 5), "底": (25, end.day), "末": (25, end.day)}[edge]
            start, end, gran, part = D(year, month, lo), D(year, month, hi), "day", True
        elif g("mweek"):
            monday = _nth_monday(start, read_int(g("mweek")) or 1)
            start, end, gran, part = monday, monday + relativedelta(days=6), "week", True
        elif g("mwdn"):
            wd = _WEEKDAY[g("mwd")]
            day = start + relativedelta(weekday=weekday(wd)(+(read_int(g("mwdn")) or 1)))
            return _finish(m, p, _Point(day, day, "day", True, year, month, relative or month_rel, explicit_ref), pod)
        elif g("mfirst"):
            n = read_int(g("mfirst")) or 1
            end, gran, part = start + relativedelta(days=n - 1), "day", True
        elif g("mlast"):
            n = read_int(g("mlast")) or 1
            start, gran, part = end - relativedelta(days=n - 1), "day", True
        return _finish(m, p, _Point(start, end, gran, False, year, month, relative or month_rel, explicit_ref, part=part), pod)
    # -- a weekday or a week
    if g("wd") is not None or g("wonly") is not None:
        told, wd = ctx.last_day, g("wd")
        if (wd is not None and wd != "末" and not g("wrel") and g("wonly") is None and told is not None
                and ctx.anchor is not None and told.weekday() == _WEEKDAY[wd] and abs((told - ctx.anchor).days) <= 7
                and not _AHEAD_BEFORE.search(m.string, max(0, m.start() - 8), m.start())
                and not regex.search(r"将|要", m.string[m.end() : m.end() + 3])):  # 周六还将举行: the coming one
            # 议会19日召开会议。这是议会首次在周六开会: the Saturday just told of
            return _finish(m, p, _Point(told, told, "day", True, told.year, told.month, False, True), pod)
        anchor = _anchor(ctx)
        monday = anchor - relativedelta(days=anchor.weekday())
        rel = g("wrel") or (regex.sub("周|週|星期|礼拜|禮拜", "", g("wonly")) if g("wonly") else "本")
        monday += relativedelta(weeks=_WEEK_REL.get(rel, 0))
        if g("wonly") is not None and g("wd") is None:
            return _finish(m, p, _Point(monday, monday + relativedelta(days=6), "week", False, relative=True), pod)
        wd = g("wd")
        day = monday + relativedelta(days=_WEEKDAY[wd])
        if wd == "末":
            return _finish(m, p, _Point(day, day + relativedelta(days=1), "day", False, relative=True), pod)
        return _finish(m, p, _Point(day, day, "day", True, day.year, day.month, True), pod)
    if year is not None:
        return _finish(m, p, _Point(D(year, 1, 1), D(year, 12, 31), "year", False, year,
                                    relative=relative, explicit_ref=explicit_ref), pod)
    raise _Skip("nothing to resolve")


_AFTER_YEAR = ("qn", "q", "q1", "qq", "half", "full", "mn", "mr1", "yedge", "m1", "ordm", "ordw", "ordd",
               "firstn", "lastn", "m", "lm", "hol", "season", "ld")


def _any_after_year(m: regex.Match, p: str) -> bool:
    f = m.fields(p)
    return any(f[n] is not None for n in _AFTER_YEAR)


def _is_lunar(m: regex.Match, p: str) -> bool:
    """A date of the lunar calendar: marked (农历, 正月, 闰, 初五), or a Chinese day with no 日
    after a month, with no four-digit year (八月十五 is the Mid-Autumn day; 二〇〇四年八月十五 is not)."""
    g = m.fields(p).__getitem__
    if g("lunar") or g("lunar2") or g("lm") or g("leap") or g("ld"):
        return True
    d = g("d")
    if d and not d.isdigit() and g("m") and not g("y"):
        following = m.string[m.end(p + "d") : m.end(p + "d") + 1]
        return following not in ("日", "号") or d.startswith("廿")
    return False


def _finish(m: regex.Match, p: str, point: _Point, pod: str | None) -> _Point:
    """Attach the part of day and clock time (only to a day)."""
    if not point.has_day:
        return point
    f = m.fields(p)
    clock, hour = _clock(f["h"], f["hh"], f["mm"], f["min"], pod)
    point.pod, point.clock = pod, clock
    if hour == 24 and point.start == point.end:  # 16日24时: 00:00 on the 17th
        point.start = point.end = point.start + relativedelta(days=1)
    return point


def _nth_monday(start: dt.date, n: int) -> dt.date:
    """The Monday that starts the n-th week beginning inside the period from ``start``."""
    first = start + relativedelta(weekday=weekday(0)(+1))
    return first + relativedelta(weeks=n - 1)


def _year_part(m: regex.Match, p: str, year: int | None, ctx: Context):
    """A part of a year (前三季度, 上半年, 1至9月, 年底) as ``(start, end, gran, relative)``."""
    g = m.fields(p).__getitem__
    names = ("qn", "q", "q1", "qq", "half", "full", "mn", "mr1", "yedge", "m1", "ordm", "ordw", "ordd",
             "firstn", "lastn")
    if not any(g(n) for n in names):
        return None
    rel = False
    if year is None:
        year, rel = _anchor(ctx).year, True
    if g("qn"):
        n = read_int(g("qn")[1:])
        if not n or n > 4:
            raise _Bad(f"there is no quarter {g('qn')[1:]}")
        return D(year, 1, 1), _month_end(year, 3 * n), "quarter", rel
    if g("q") or g("q1") or g("qq"):
        q = 1 if g("q1") else read_int(g("q") or g("qq"))
        return _quarter(year, q, g("qedge")) + (rel,)
    if g("half"):
        if g("half") in "上前":
            return D(year, 1, 1), D(year, 6, 30), "half_year", rel
        return D(year, 7, 1), D(year, 12, 31), "half_year", rel
    if g("full"):
        return D(year, 1, 1), D(year, 12, 31), "year", rel
    if g("mn"):
        n = read_int(g("mnn"))
        if not n or n > 12:
            raise _Bad(f"there are no {g('mnn')} months in a year")
        return D(year, 1, 1), _month_end(year, n), "month", rel
    if g("mr1"):
        a, b = read_int(g("mr1")), read_int(g("mr2"))
        for v in (a, b):
            if v is None or not 1 <= v <= 12:
                raise _Bad(f"there is no month {v}")
        end_year = year + 1 if b < a else year
        return D(year, a, 1), _month_end(end_year, b), "month", rel
    if g("m1") or g("ordm"):
        n = 1 if g("m1") else read_int(g("ordm"))
        if not n or n > 12:
            raise _Bad(f"there is no month {n}")
        return D(year, n, 1), _month_end(year, n), "month", rel
    if g("ordw"):
        monday = _nth_monday(D(year, 1, 1), read_int(g("ordw")) or 1)
        return monday, monday + relativedelta(days=6), "week", rel
    if g("ordd"):
        day = D(year, 1, 1) + relativedelta(days=(read_int(g("ordd")) or 1) - 1)
        return day, day, "day", rel
    if g("firstn"):
        n, unit = read_int(g("firstn")) or 1, g("firstu")
        if unit in ("天",):
            return D(year, 1, 1), D(year, 1, 1) + relativedelta(days=n - 1), "day", rel
        monday = _nth_monday(D(year, 1, 1), 1)
        return monday, monday + relativedelta(weeks=n, days=-1), "week", rel
    if g("lastn"):
        n, unit = read_int(g("lastn")) or 1, g("lastu")
        end = D(year, 12, 31)
        if unit == "月":
            return D(year, 13 - n, 1), end, "month", rel
        if unit == "天":
            return end - relativedelta(days=n - 1), end, "day", rel
        sunday = end - relativedelta(days=(end.weekday() + 1) % 7)  # the last full week ends on a Sunday
        return sunday - relativedelta(weeks=n, days=-1), sunday, "week", rel
    edge = g("yedge")
    lo, hi = {"初": (1, 2), "中": (6, 7), "底": (11, 12), "末": (11, 12), "伊始": (1, 1)}[edge]
    return D(year, lo, 1), _month_end(year, hi), "month", rel


def _quarter(year: int, q: int, edge: str | None):
    """Quarter ``q`` of ``year``, or its first or last month (一季度末)."""
    if not 1 <= q <= 4:
        raise _Bad(f"there is no quarter {q}")
    if edge == "初":
        return D(year, 3 * q - 2, 1), _month_end(year, 3 * q - 2), "month"
    if edge in ("末", "底"):
        return D(year, 3 * q, 1), _month_end(year, 3 * q), "month"
    return D(year, 3 * q - 2, 1), _month_end(year, 3 * q), "quarter"


def _pick_anchor(ctx: Context, used: bool) -> str | None:
    return ctx.anchor_kind if used else None


_SUBDAY = {"hour": 3600, "minute": 60, "second": 1}
_VAGUE = ("几", "数", "若干", "几十", "十几", "数十", "数百", "几百", "数千", "几千", "千百", "一两", "两三", "三四", "四五", "五六", "七八")
_SINCE_PRE = ("近", "前", "过去", "过去的", "最近", "最近的")
_WITHIN_PRE = ("未来", "未来的", "今后", "此后")
_AFTER_PRE = ("再过", "过")  # 再过两天, 过两天: from then on
#: Vague counts that still bound a time before or after the anchor: 二十几年前 is 20 to 30
#: years back, 几十年之后 20 to 100 years ahead (fuzzy, as JioNLP reads them).
_VAGUE_RANGE = {"十几": (10, 20), "几十": (20, 100), "数十": (20, 100), "几百": (200, 1000), "数百": (200, 1000),
               "几千": (2000, 10000), "数千": (2000, 10000)}


#: what makes "N年后" count from the anchor in running text (a plan, a forecast): without
#: it, a story tells what came N years after its last event (3年后，她学成回乡)
_AHEAD_BEFORE = regex.compile(
    r"(?:将于|将在|将|预计|计划|等待|有望|争取|力争|预期|要在|拟|可望|预定|定于|再过|还有)[^，。；！？、]{0,6}$|到了?$")
_AHEAD_AFTER = regex.compile(r"(?:将|要|会|就|便将|有望|才能|可望|可以|起)")


def _duration(m: regex.Match, ctx: Context, hit: Hit) -> Hit:
    """8个月, 几秒钟, 半天; and the dates they make with 前 / 后 / 以来 / 以内 / 近 / 未来."""
    n_text, unit_word = m.group("dur_n"), m.group("dur_unit")
    unit_word = unit_word.lstrip("个").replace("週", "周").replace("禮", "礼")
    if unit_word.startswith("载"):  # 七十载, 七载春秋: years
        unit_word = "载"
    factor = 15 if unit_word == "刻钟" else 1
    unit = "minute" if unit_word == "刻钟" else _UNITS[unit_word]
    pre, post = m.group("dur_pre"), m.group("dur_post")
    # 两年之后, 十分钟以后: "two years later", a point as 两年后 is; in running text later than
    # the event just told (两天之后，10月23日晚), not the anchor
    told = post in ("以后", "之后") and not ctx.expression
    if post in ("以后", "之后"):
        post = "后"
    before = m.string[max(0, m.start() - 2) : m.start()]
    ge = m.group("dur_ge")
    half = bool(m.group("dur_half") or m.group("dur_half2"))
    more = bool(m.group("dur_more") or m.group("dur_more2") or m.group("dur_more3"))
    if unit_word == "月" and not ge and not pre and n_text != "半":
        raise _Skip("三月 is March, not three months")
    if unit_word == "周" and n_text == "四" and not ge:
        raise _Skip("四周 is 'all around'")
    if unit_word == "日" and not (ge or pre or post) and n_text in ("一", "1"):
        raise _Skip("一日 alone is an idiom more often than a day")
    ordinal_day = (ctx.expression and m.start() > 0 and m.string[m.start() - 1] == "第"
                   and unit in ("day", "month", "year") and not (pre or post))
    if m.start() > 0 and m.string[m.start() - 1] in "第同那哪每这" and not ordinal_day:
        raise _Skip("第三年, 同一年: an ordinal or a reference, not a duration")
    value: Decimal | None
    fuzzy = more
    if n_text == "半":
        value = Decimal("0.5")
    elif n_text in _VAGUE or n_text.endswith("十几"):
        value, fuzzy = None, True
    else:
        value = read_number({"俩": "2", "仨": "3"}.get(n_text, n_text))
        if value is None:
            raise _Skip(f"cannot read {n_text}")
        if half:
            value += Decimal("0.5")
    if value is not None and factor != 1:
        value *= factor
    hit.kind = "duration"
    hit.duration_value, hit.duration_unit, hit.fuzzy = value, unit, fuzzy
    if ordinal_day:
        return _ordinal_day(m, ctx, hit, value)
    if pre in _SINCE_PRE or post in ("以来", "来"):
        relation = "since"
    elif pre in _WITHIN_PRE or post in ("以内", "之内", "内"):
        relation = "within"
    elif post in ("以前", "之前", "前") or pre == "之前":
        relation = "before"
    elif post in ("以后", "之后", "后") or pre in ("之后",) + _AFTER_PRE:
        relation = "after"
    else:
        return hit
    if before == "提前":  # 提前近1个月: how early, not when
        return hit
    if told or relation == "after" and not pre and before[-1:] == "了" and before[:1] not in "到至进入起回":
        return hit  # 读了两年后: two years after what the text tells, not the anchor (卖到了3年后 is)
    if (relation == "after" and not pre and not ctx.expression and m.group("dur_post") == "后" and unit not in _SUBDAY
            and not _AHEAD_BEFORE.search(m.string, max(0, m.start() - 10), m.start())
            and not _AHEAD_AFTER.match(m.string, m.end())):
        return hit  # 3年后，她学成回乡: after the event told; 将于两个月后开通 counts from the anchor
    hit.anchor = ctx.anchor_kind if ctx.anchor else "none"
    hit.kind = "period" if relation in ("since", "within") or post in ("以后", "之后") or pre in _AFTER_PRE else "date"
    if value is None:
        hit.fuzzy = True
        bounds = _VAGUE_RANGE.get(n_text) or (
            (10 * read_int(n_text[0]), 10 * read_int(n_text[0]) + 10) if n_text.endswith("十几") and len(n_text) == 3 else None)
        if bounds and relation in ("before", "after") and unit in ("year", "month", "day"):
            _vague_range(hit, _anchor(ctx), unit, bounds, relation)
        return hit
    anchor = _anchor(ctx)
    if pre == "前" and n_text == "两" and unit in ("day", "year") and not (post or ge or half or more):
        # 前两天, 前两年: "the other day", "a few years back" (两 is not counted): 7 to 2 days,
        # 5 to 2 years before the anchor, as JioNLP reads them
        hit.kind, hit.fuzzy, hit.open_end = "period", True, False
        if unit == "day":
            hit.start_date, hit.end_date, hit.granularity = anchor - relativedelta(days=7), anchor - relativedelta(days=2), "day"
        else:
            hit.start_date, hit.end_date, hit.granularity = D(anchor.year - 5, 1, 1), D(anchor.year - 2, 12, 31), "year"
        return hit
    if unit in ("workday", "trading_day"):  # Monday to Friday; public holidays are not known
        day, left = anchor, int(value)
        while left > 0:
            day += relativedelta(days=1 if relation != "before" else -1)
            left -= day.weekday() < 5
        hit.granularity = "day"
        if relation == "within":
            hit.start_date, hit.end_date = anchor, day
        elif relation == "after" and (post in ("以后", "之后") or pre in _AFTER_PRE):
            hit.start_date, hit.end_date, hit.open_end = day, None, True
        elif relation == "since":
            hit.start_date, hit.end_date, hit.open_end = day, anchor, True
        else:
            hit.start_date = hit.end_date = day
        return hit
    if unit in _SUBDAY:
        step: relativedelta = relativedelta(seconds=int(value * _SUBDAY[unit]))
        base = dt.datetime.combine(anchor, ctx.anchor_time or dt.time(12))  # no clock time given: noon
    else:
        step = _shift(unit, value)
        base = dt.datetime.combine(anchor, dt.time())
    if relation == "since":
        start = (base - step).date()
        if more and unit in ("year", "month") or unit == "year" and value != value.to_integral_value():
            start = D(start.year, 1, 1) if more and unit == "year" else D(start.year, start.month, 1)
        hit.start_date, hit.end_date, hit.granularity, hit.open_end = start, anchor, "day", True
        return hit
    if relation == "within":
        end = (base + step).date()
        if unit in ("month", "quarter", "year", "century"):  # 未来两个月: up to the day before
            end -= relativedelta(days=1)
        hit.start_date, hit.end_date, hit.granularity = anchor, max(end, anchor), "day"
        return hit
    day = (base - step if relation == "before" else base + step).date()
    if more and unit == "year":
        day = D(day.year, 1, 1)
    elif more and unit == "month" or unit == "year" and value != value.to_integral_value():
        day = D(day.year, day.month, 1)
    if relation == "after" and (post in ("以后", "之后") or pre in _AFTER_PRE):
        hit.start_date, hit.end_date, hit.open_end, hit.granularity = day, None, True, "day"
        return hit
    gran = unit
    if unit == "year" and value != value.to_integral_value() or unit == "quarter":
        gran = "month"
    elif unit == "month" and value != value.to_integral_value():  # 半月后, 两个半月后: half a month is days
        gran = "day"
    if gran in ("year", "century"):
        hit.start_date, hit.end_date, hit.granularity = D(day.year, 1, 1), D(day.year, 12, 31), "year"
    elif gran == "month":
        hit.start_date, hit.end_date, hit.granularity = D(day.year, day.month, 1), _month_end(day.year, day.month), "month"
    elif gran == "week":
        monday = day - relativedelta(days=day.weekday())
        hit.start_date, hit.end_date, hit.granularity = monday, monday + relativedelta(days=6), "week"
    else:
        hit.start_date = hit.end_date = day
        hit.granularity = "day"
    return hit


def _ordinal_day(m: regex.Match, ctx: Context, hit: Hit, n: Decimal | None) -> Hit:
    """第三天, 第七年 in an expression on its own: the anchor's day (month, year) is the
    first (第三天起: from then on)."""
    if n is None or n != n.to_integral_value() or n < 1:
        raise _Skip("第几天: no day to count")
    unit, anchor = hit.duration_unit, _anchor(ctx)
    hit.start -= 1
    hit.kind, hit.granularity = "date", unit
    hit.duration_value = hit.duration_unit = None
    if unit == "day":
        hit.start_date = hit.end_date = anchor + relativedelta(days=int(n) - 1)
    elif unit == "month":
        first = D(anchor.year, anchor.month, 1) + relativedelta(months=int(n) - 1)
        hit.start_date, hit.end_date = first, _month_end(first.year, first.month)
    else:
        hit.start_date, hit.end_date = D(anchor.year + int(n) - 1, 1, 1), D(anchor.year + int(n) - 1, 12, 31)
    hit.anchor = ctx.anchor_kind
    if m.string[m.end() : m.end() + 1] == "起":
        hit.end, hit.kind, hit.end_date, hit.open_end = hit.end + 1, "period", None, True
    return hit


def _vague_range(hit: Hit, anchor: dt.date, unit: str, bounds: tuple[int, int], relation: str) -> None:
    """The period a vague count of units before or after the anchor falls in (二十几年前)."""
    sign = -1 if relation == "before" else 1
    near, far = (anchor + sign * _shift(unit, Decimal(b)) for b in bounds)
    first, last = (far, near) if sign < 0 else (near, far)
    if unit == "year":
        first, last, gran = D(first.year, 1, 1), D(last.year, 12, 31), "year"
    elif unit == "month":
        first, last, gran = D(first.year, first.month, 1), _month_end(last.year, last.month), "month"
    else:
        gran = "day"
    hit.kind, hit.start_date, hit.end_date, hit.granularity = "period", first, last, gran


def _shift(unit: str, value: Decimal) -> relativedelta:
    """``value`` units as a calendar step; half years as months, half days as hours."""
    whole = int(value)
    frac = value - whole
    if unit == "century":
        return relativedelta(years=100 * whole + int(frac * 100))
    if unit == "year":
        return relativedelta(years=whole, months=int(frac * 12))
    if unit == "quarter":
        return relativedelta(months=3 * whole + int(frac * 3))
    if unit == "month":
        return relativedelta(months=whole, days=int(frac * 30))
    if unit == "week":
        return relativedelta(weeks=whole, days=int(frac * 7))
    return relativedelta(days=whole, hours=int(frac * 24))


def _era(m: regex.Match, ctx: Context, hit: Hit) -> Hit:
    hit.kind, hit.fuzzy = "period", bool(m.group("era_part") or m.group("dec_part"))
    if m.group("dec_only"):
        dec = read_int(m.group("dec_only").rstrip("0") + "0" if m.group("dec_only")[0].isdigit() else m.group("dec_only"))
        dec = int(m.group("dec_only")) if m.group("dec_only").isdigit() else dec
        anchor_year = ctx.anchor.year if ctx.anchor else 1999
        start = 2000 + dec if 2000 + dec <= anchor_year else 1900 + dec
        if ctx.anchor:
            ctx._used = True
        lo, hi = _edge_years(m.group("dec_part"), 10)
        first = -10 if m.group("dec_lo2") else lo  # 六七十年代: the sixties and seventies
        hit.start_date, hit.end_date, hit.granularity = D(start + first, 1, 1), D(start + hi, 12, 31), "decade"
        return hit
    if m.group("cent_rel"):
        base = _anchor(ctx).year // 100 + 1
        century = base - 1 if m.group("cent_rel") in ("上", "上个") else base
    else:
        century = read_int(m.group("cent"))
        if not century:
            raise _Skip("no century")
    first = (century - 1) * 100
    if m.group("dec"):
        dec = int(m.group("dec")) if m.group("dec").isdigit() else read_int(m.group("dec"))
        lo, hi = _edge_years(m.group("era_part"), 10)
        lo = -10 if m.group("dec_lo") else lo  # 上世纪六七十年代: the sixties and seventies
        hit.start_date, hit.end_date, hit.granularity = D(first + dec + lo, 1, 1), D(first + dec + hi, 12, 31), "decade"
    else:
        lo, hi = _edge_years(m.group("era_part"), 100)
        hit.start_date, hit.end_date, hit.granularity = D(max(first + lo, 1), 1, 1), D(first + hi, 12, 31), "century"
    return hit


def _edge_years(part: str | None, span: int) -> tuple[int, int]:
    """The years of a decade or century that 初 / 中 / 末 / 上半叶 mean."""
    if not part:
        return 0, span - 1
    if span == 10:
        if part in ("初", "初期", "前期"):
            return 0, 2
        if part in ("中", "中期"):
            return 3, 6
        return 7, 9
    if part in ("初", "初期"):
        return 0, 19
    if part in ("前期", "上半叶"):
        return 0, 49
    if part in ("中", "中期", "中叶"):
        return 40, 59
    if part == "下半叶":
        return 50, 99
    return 80, 99


def _five_year_plan(k: int) -> int:
    """The first year of the k-th five-year plan (the 4th and later run back to back)."""
    return {1: 1953, 2: 1958, 3: 1966}.get(k, 1971 + 5 * (k - 4))


def _hit(m: regex.Match, ctx: Context) -> Hit:
    hit = Hit(start=m.start(), end=m.end(), kind="date")
    ctx._used = False
    try:
        if m.group("fuzzy"):
            word = m.group("fuzzy")
            hit.fuzzy = True
            if word in _NOW:
                hit.kind = "reference"
                if ctx.anchor:
                    hit.start_date = hit.end_date = _anchor(ctx)
                    hit.granularity = "day"
            else:
                hit.kind = "fuzzy"
            hit.anchor = ctx.anchor_kind if ctx.anchor else "none"
            return hit
        if m.group("fyp_all"):
            k = read_int("十" + m.group("fyp"))
            first = _five_year_plan(k)
            hit.kind, hit.granularity = "period", "year"
            hit.start_date, hit.end_date = D(first, 1, 1), D(first + 4, 12, 31)
            if not m.group("fyp_during"):
                hit.start, hit.end = m.start("fyp") - 1, m.end("fyp") + 1
            return hit
        if m.group("era"):
            _era(m, ctx, hit)
            hit.anchor = _pick_anchor(ctx, ctx._used)
            return hit
        if m.group("dur"):
            return _duration(m, ctx, hit)
        if m.group("time"):
            return _time(m, ctx, hit)
        return _expr(m, ctx, hit)
    except (_Bad, ValueError, OverflowError) as bad:  # 4000年前: past year 1 of the calendar
        if not isinstance(bad, _Bad):
            bad = _Bad(f"outside the calendar's years 1 to 9999 ({bad})")
        if m.group("expr"):
            hit.end = min(hit.end, _core_end(m, "a_"))
        hit.start_date = hit.end_date = None
        hit.reason = str(bad)
        hit.anchor = None if "anchor" not in str(bad) else "none"
        return hit


_SOME_POD = regex.compile(r"(?:[一某那每整半]个|一)$")
#: how far back (in characters, within one paragraph) a day told of lends its date to a part
#: of day standing alone (10月1日…晚上); further, or with no day told, it has none
_POD_REACH = 150
_HAN = regex.compile(r"\p{Han}")
#: what a count of points (五点建议) names: a number and 点 before it is no clock
_POINTS_OF = regex.compile(r"建议|意见|要求|举措|措施|共识|主张|希望|原则|看法|内容|倡议|部署|启示|经验|做法|理由|担忧|变化")
# a time told as a habit or a schedule: 每晚7点, 营业至23时, 开放时间为9时至17时
_HABIT = regex.compile(r"每[天日晚周年逢到]|平[时日]|通常|营业|运营|开放时间|开馆|闭馆|[上下]班时间")


def _day_told_near(m: regex.Match, ctx: Context) -> bool:
    """Is there a day the text told of shortly before this part of day, in its paragraph,
    or is the article datelined (a report of its day: its 晚上 is that day's evening)?"""
    if ctx.anchor_kind == "dateline":
        return True
    if ctx.last_day is not None and ctx.last_day_at is not None:
        gap = m.string[ctx.last_day_at : m.start()]
        return len(gap) <= _POD_REACH and "\n" not in gap
    return False


def _time(m: regex.Match, ctx: Context, hit: Hit) -> Hit:
    hit.kind = "time"
    pod_word = m.group("tpod") or m.group("tpod_alone")
    pod = PART_OF_DAY.get(pod_word) if pod_word else None
    following = m.string[m.end("thu") : m.end("thu") + 1] if m.group("thu") else ""
    if (m.group("thu") == "点" and not pod and not m.group("tmin") and following not in ("钟", "整", "许", "多", "左")
            and not ctx.expression and m.group("t2h") is None and m.group("t2hh") is None):
        raise _Skip("五点建议: a count of points, not a clock time")  # 22点至凌晨1点 is a clock range
    if (not pod and m.group("thu") == "时" and not m.group("tmin") and not ctx.expression
            and not m.group("th")[0].isdigit() and m.start() > 0 and _HAN.match(m.string, m.start() - 1)
            and m.string[m.start() - 1] not in "于在至到从是为约近的午晨夜、和与及"):
        raise _Skip("读大二时, 安倍晋三时, 四时花卉: a word ending in a numeral, not a clock")
    if not pod and m.group("thu") == "点" and not ctx.expression and _POINTS_OF.match(m.string, m.end()):
        raise _Skip("三点至五点建议: points of a proposal")
    if (m.group("thu") == "点" and m.group("tmin") and not pod and "分" not in m.group("time")
            and m.group("tmin") not in ("半", "一刻", "三刻", "1刻", "3刻")):
        raise _Skip("二十七点三: a decimal number, not a clock time")
    if not pod and m.group("th") in ("一", "两") and m.group("thu") == "时":
        raise _Skip("一时: for a while")
    if m.group("tpod_alone") and not m.group("t2next") and _SOME_POD.search(m.string, max(0, m.start() - 2), m.start()):
        raise _Skip("一个晚上, 整整一上午, 那个午夜: a stretch of time or a night told of, not the anchor's")
    # 凌晨三四点钟: about three or four, the clock at the earlier hour
    clock, hour = _clock(m.group("th_lo") or m.group("th"), m.group("thh"), m.group("tmm"), m.group("tmin"), pod)
    hit.part_of_day, hit.clock, hit.fuzzy = pod, clock, bool(m.group("th_lo"))
    if (not m.group("t2next") and not ctx.expression
            and (_HABIT.search(m.string, max(0, m.start() - 8), m.start())
                 or (m.group("tpod_alone") and clock is None and not _day_told_near(m, ctx)))):
        hit.anchor = "none"  # 白天上山采药，晚上在窑洞里; 每天9时开馆: a time of no day the text tells
        return hit
    base = ctx.last_day
    if base is not None:
        hit.anchor = "explicit"
    elif ctx.anchor is not None:
        base, hit.anchor = _anchor(ctx), ctx.anchor_kind
    else:
        hit.anchor = "none"
    if base is not None:
        hit.start_date = hit.end_date = base + relativedelta(days=1) if hour == 24 else base
        hit.granularity = "day"
        hour2 = None
        if m.group("t2h") is not None:  # 晚上十一点到十二点: 24:00 is the next day's start
            pod2 = PART_OF_DAY.get(m.group("tpod2")) if m.group("tpod2") else pod
            hour2 = _clock(m.group("t2h"), None, None, m.group("t2min"), pod2)[1]
        crosses = hour2 is not None and hour is not None and m.group("tpod2") and hour2 < hour  # 22点至凌晨1点
        if m.group("t2next") or hour2 == 24 or crosses:  # 13:20至次日05:40: into the next day
            hit.end_date = base + relativedelta(days=1)
            hit.kind = "period"
    _local(m.group("tlocal"), hit, ctx)
    return hit


def _local(word: str | None, hit: Hit, ctx: Context) -> None:
    if not word:
        return
    place = "北京" if word == "北京时间" else ctx.place
    hit.local_time_of = place
    if place and callable(ctx.utc_offset):
        hit.utc_offset = ctx.utc_offset(place, hit.start_date or ctx.anchor)


def _expr(m: regex.Match, ctx: Context, hit: Hit) -> Hit:
    a = _point(m, "a_", ctx)
    used = ctx._used
    listed = bool(m.fields("a_")["dlist"]) and not a.part
    if listed:  # 9月1日、3日、5日下午开始: the first day alone; the others (and what follows) are read again
        hit.end = m.start("a_dlist")
        a.pod = a.clock = None
    yr1 = m.fields("a_")["yr1"]
    if yr1 and a.start > D(read_year(yr1), 1, 1):  # 2018至2020年6月, 1985到89年9月: from the first year
        a.start, a.part = D(read_year(yr1), 1, 1), True
    single_unit = not a.part and (a.gran in ("month", "year") or (a.gran == "day" and a.start == a.end))
    kind = "date" if single_unit else "period"
    if m.group("sep") and _has_b(m) and not listed:
        b = _point(m, "b_", ctx, inherit=a)
        used = used or ctx._used
        if b.end < a.start and b.gran in ("month", "day") and not _b_has_year(m):
            b = _Point(b.start + relativedelta(years=1), b.end + relativedelta(years=1), b.gran, b.has_day)
        if b.end < a.start:
            raise _Bad("the range ends before it starts")
        hit.start_date, hit.end_date = a.start, b.end
        hit.granularity = min((a.gran, b.gran), key=lambda x: _GRAN_ORDER.index(x) if x in _GRAN_ORDER else 0)
        kind = "period"
    else:
        hit.start_date, hit.end_date, hit.granularity = a.start, a.end, a.gran
        if a.has_day and a.start == a.end:
            hit.part_of_day, hit.clock = a.pod, a.clock
            if not a.pod and not a.clock and not m.group("post"):
                hit.end = min(hit.end, _core_end(m, "a_"))
        elif not m.group("post"):
            hit.end = min(hit.end, _core_end(m, "a_"))
    post = None if listed else m.group("post")
    if post in _UNTIL_NOW:
        anchor = _anchor(ctx)
        used = True
        kind, hit.open_end = "period", True
        # from a date after the anchor (the paper's reference), the period has not begun: no end yet
        hit.end_date = anchor if not hit.start_date or hit.start_date <= anchor else None
    elif post in ("起", "开始"):
        kind, hit.open_end = "period", True
        if ctx.anchor and hit.start_date and hit.start_date <= ctx.anchor:
            hit.end_date, used = ctx.anchor, True
        else:
            hit.end_date = None
    elif post in ("左右", "前后"):
        hit.fuzzy = True
    elif post in ("以前", "之前", "前"):
        # 2025年前 / 年底前: by then; a deadline ahead of the anchor is the period up to it
        if ctx.anchor is not None and hit.start_date is not None and hit.end_date is not None and hit.end_date > ctx.anchor:
            hit.start_date, used, kind = ctx.anchor, True, "period"
        else:
            hit.end = m.start("post")  # before a past date: a period with no start, which a mention cannot hold
    elif post in ("以后", "之后"):
        # after a day: from that day (as Recognizers-Text reads it); after a month or year: the next
        if hit.end_date is not None:
            if hit.granularity != "day" or hit.start_date != hit.end_date:
                hit.start_date = hit.end_date + relativedelta(days=1)
            hit.end_date = None
            kind, hit.open_end = "period", True
    elif post in ("期间", "之际", "止"):
        hit.end = min(hit.end, m.start("post")) if post != "止" else hit.end
    pre = m.group("pre")
    if pre and (pre.startswith("截") or not (post in _UNTIL_NOW + ("起", "开始") or (m.group("sep") and _has_b(m)))):
        hit.start = m.end("pre")  # 于, 截至: not part of the expression
    hit.kind = kind
    hit.anchor = "explicit" if a.explicit_ref and not used else _pick_anchor(ctx, used)
    _local(m.group("local"), hit, ctx)
    return hit


_UNTIL_NOW = ("以来", "至今", "到现在", "至现在", "到目前", "至目前")


def _has_b(m: regex.Match) -> bool:
    return m.group("sep") is not None  # the separator is only kept with the range's second date


def _b_has_year(m: regex.Match) -> bool:
    return bool(m.group("b_y") or m.group("b_y2") or m.group("b_y2m") or m.group("b_yrel") or m.group("b_iy"))


_CORE = ("iy", "id", "imo", "y", "y2", "y2m", "yrel", "eran", "qn", "q", "q1", "qq", "qedge", "qrel", "half", "full",
         "mn", "mnn", "mr2", "yedge", "m", "lm", "mrel", "xun", "medge", "mweek", "mwd", "mfirst", "mlast",
         "d", "d2", "ld", "drel", "dref", "wd", "wonly", "hol", "season", "hm", "hmu", "ordm", "ordw", "ordd",
         "firstu", "lastu", "m1", "dlist", "pairu")


def _core_end(m: regex.Match, p: str) -> int:
    """Where the calendar part of a date ends (before a part of day it cannot carry)."""
    f = m.fields(p)
    ends = [m.end(p + n) for n in _CORE if f[n] is not None]
    end = max(ends) if ends else m.end()
    text = m.string
    # the unit characters after the last number: 日, 月, 年, 季度, 份, 号 ...
    while end < m.end() and text[end] in "日号月份年度季个半周星期礼拜天":
        end += 1
    return end


_INDEX = EXPR_AT.groupindex


_BY_PREFIX = {
    p: [(name[len(p):], i - 1) for name, i in _INDEX.items() if name.startswith(p)] for p in ("a_", "b_")
}


class _Match:
    """A match whose named groups are read from one ``groups()`` tuple (the pattern has ~250
    groups; looking each up by name was a third of the resolver's time)."""

    __slots__ = ("_fields", "_m", "_vals", "string")

    def __init__(self, m: regex.Match) -> None:
        self._m, self._vals, self.string, self._fields = m, m.groups(), m.string, {}

    def fields(self, p: str) -> dict[str, str | None]:
        """The groups of one date (prefix ``a_`` or ``b_``) by their short names."""
        f = self._fields.get(p)
        if f is None:
            vals = self._vals
            f = self._fields[p] = {name: vals[i] for name, i in _BY_PREFIX[p]}
        return f

    def group(self, name: str | int = 0) -> str | None:
        return self._m.group(0) if name == 0 else self._vals[_INDEX[name] - 1]

    def start(self, name: str | int = 0) -> int:
        return self._m.start(name)

    def end(self, name: str | int = 0) -> int:
        return self._m.end(name)


_RECURRING = regex.compile(r"每(?:年|月|周|星期|天|日|逢)的?$")


def _follow_story(ctx: Context, m: regex.Match, hit: Hit) -> None:
    """Keep ``ctx.story`` (see :func:`_unstated_year`) up to date after ``hit``: a date with
    its year and a month or season (1981年7月, 1981年夏) opens a story; a date that took the
    story's year goes on with it; any other date with a year, or coarser than a day, ends it."""
    if hit.start_date is None or hit.kind not in ("date", "period", "time"):
        return
    if m.group("a_y") and (m.group("a_m") or m.group("a_season")) or (
            hit.anchor == "explicit" and ctx.story is not None and ctx.story[0] == hit.start_date.year):
        ctx.story = (hit.start_date.year, hit.end)
    elif hit.granularity != "day" or m.group("a_y"):
        ctx.story = None


_YEAR_WRITTEN = regex.compile(r"年|世纪|[0-9]{4}")
_NAMED_DAYS = tuple(HOLIDAYS) + tuple(LUNAR_HOLIDAYS) + tuple(MOVABLE)


def _in_title(text: str, hit: Hit, start: int, end: int) -> bool:
    """Whether ``hit`` lies inside a 《title》 on its line and says no year: 《我的九月》,
    《今天是你的生日》, 《上海的早晨》 name works, not days (《2019年世界投资报告》 and
    《此时此刻——国庆70周年盛典》 keep theirs)."""
    before = text[max(start, hit.start - 40) : hit.start]
    opened = before.rfind("《")
    if opened < 0 or regex.search(r"[》\n]", before[opened:]):
        return False
    after = text[hit.end : min(end, hit.end + 40)]
    closed = after.find("》")
    if closed < 0 or regex.search(r"[《\n]", after[:closed]):
        return False
    said = text[hit.start : hit.end]
    return hit.kind != "duration" and not _YEAR_WRITTEN.search(said) and not any(w in said for w in _NAMED_DAYS)


def find_dates(text: str, ctx: Context | None = None, *, start: int = 0, end: int | None = None) -> list[Hit]:
    """Every time expression in ``text[start:end]``, resolved against ``ctx``.

    Args:
        text: clean text (as :attr:`newsie.document.Document.text`).
        ctx: the anchor and what was mentioned before; updated as dates are read.
        start, end: the range of ``text`` to read; offsets returned are into ``text``.

    Returns:
        One :class:`Hit` per expression, in text order. An impossible date (2月30日)
        is a hit with no value and a ``reason``; nothing raises.

    >>> ctx = Context(anchor=dt.date(2024, 10, 23), anchor_kind="dateline")
    >>> [(h.kind, str(h.start_date), str(h.end_date), h.anchor) for h in find_dates("今天发布前三季度数据", ctx)]
    [('date', '2024-10-23', '2024-10-23', 'dateline'), ('period', '2024-01-01', '2024-09-30', 'dateline')]
    """
    ctx = ctx if ctx is not None else Context()
    end = len(text) if end is None else end
    hits: list[Hit] = []
    titled = not ctx.expression and "《" in text  # words of a 《title》 are read apart (_in_title)
    pos = start  # nothing before pos is read again
    for candidate in CANDIDATES.finditer(text, start, end):
        at = candidate.start()
        if at < pos:
            continue
        m = EXPR_AT.match(text, at, end)
        if m is None or m.end() == at:
            continue
        try:
            hit = _hit(_Match(m), ctx)
        except _Skip:
            continue
        idiom = IDIOMS.search(text, max(start, m.start() - 3), min(end, m.end() + 4))
        if idiom is not None and idiom.start() < m.end() and m.start() < idiom.end():
            pos = max(idiom.end(), at + 1)
            continue
        if hit.end <= hit.start:
            continue
        if titled and _in_title(text, hit, start, end):
            pos = max(m.end(), at + 1)
            continue
        if hit.kind != "duration" and _RECURRING.search(text, max(start, m.start() - 3), m.start()):
            pos = max(m.end(), at + 1)
            continue  # 每年4月, 每天白天: a recurrence, which a DateMention cannot hold
        if not ctx.expression and text.startswith("今天", hit.start) and hit.end == hit.start + 2:
            _read_today(text, hit, hits, ctx)
        hits.append(hit)
        if hit.start_date is not None and hit.kind in ("date", "time") and hit.granularity == "day":
            ctx.last_day, ctx.last_day_at = hit.start_date, hit.end
        if hit.start_date is not None and hit.kind in ("date", "period") and hit.granularity in ("day", "month", "year", "quarter", "half_year"):
            ctx.last_year = hit.start_date.year
        _follow_story(ctx, m, hit)
        # 9月1日、5日 (days that do not run on): the days after the first are read again
        pos = hit.end if hit.end < m.end() and m.group("a_dlist") else max(m.end(), hit.end)
    return hits


#: 今天 as "nowadays", not the anchor's day: 走到今天, 像今天这样, 今天的中国
_TODAY_NOW_BEFORE = regex.compile(r"(?:到|像|而)$")  # 而今天，技术已…: "but nowadays"
_TODAY_NOW_AFTER = regex.compile(
    r"这样|的(?:中国|中华|世界(?!杯)|我们|人们|生活|幸福|成就|时代|社会|青年|年轻人|孩子|观众|互联网)")


def _read_today(text: str, hit: Hit, hits: list[Hit], ctx: Context) -> None:
    """今天 read with its neighbours: 70年前的今天 is one date, that day 70 years back;
    in 20多年后的今天 it is the present and 20多年后 counts from the event told (a duration);
    走到今天, 像今天这样, 今天的中国 mean "nowadays": the anchor, as 目前 is (fuzzy)."""
    prev = hits[-1] if hits else None
    if (prev is not None and prev.end == hit.start - 1 and text[prev.end] == "的"
            and prev.duration_value is not None and prev.kind in ("date", "duration") and ctx.anchor is not None):
        said = text[prev.start : prev.end]
        if said.endswith("前") and prev.kind == "date" and not prev.fuzzy:
            day = ctx.anchor - _shift(prev.duration_unit, prev.duration_value)
            hits.pop()
            hit.start, hit.start_date, hit.end_date, hit.granularity = prev.start, day, day, "day"
            return
        if said.endswith("后"):
            prev.kind, prev.start_date, prev.end_date, prev.granularity = "duration", None, None, None
            hit.kind, hit.fuzzy = "reference", True
            return
    if _TODAY_NOW_BEFORE.search(text, max(0, hit.start - 1), hit.start) or _TODAY_NOW_AFTER.match(text, hit.end):
        hit.kind, hit.fuzzy = "reference", True


_LONE_HOLIDAY = regex.compile(r"\s*(?:五一|十一)\s*")
_LONE_YEAR = regex.compile(r"\s*(?:(?P<y4>[12][0-9]{3})年?|(?P<y2>[0-9]{2}|[〇零一二三四五六七八九]{2})年)\s*")


def parse_expression(expression: str, anchor: dt.date | None = None, *, year_rule: str = "news",
                     anchor_time: dt.time | None = None, anchor_kind: str = "explicit") -> Hit | None:
    """One time expression on its own (a table cell, a form field), resolved against ``anchor``.

    :func:`find_dates` reads running text and leaves alone what running text rarely means
    as a time; here the caller says the text is one, so also read: a bare year (``2018``,
    ``24年`` as 2024), an hour with no part of day (``十一点``: in text it may count points),
    a duration ``之后`` / ``以后`` as the point that far after the anchor (in text it counts
    from the event just told), and ``第三天`` with the anchor as the first day.

    Args:
        expression: the text, one expression (words around it are allowed).
        anchor: the date relative expressions count from; ``anchor_kind`` is recorded.
        year_rule, anchor_time: as :class:`Context`.

    Returns:
        The :class:`Hit` covering most of the text (the first of equals), or None when
        it holds no time expression.

    >>> h = parse_expression("2018")
    >>> (h.kind, str(h.start_date), str(h.end_date))
    ('date', '2018-01-01', '2018-12-31')
    >>> h = parse_expression("4个星期之后", dt.date(2021, 6, 14))
    >>> (h.kind, str(h.start_date), str(h.end_date), h.granularity)
    ('date', '2021-07-12', '2021-07-18', 'week')
    >>> parse_expression("第三天起", dt.date(2021, 6, 14)).start_date
    datetime.date(2021, 6, 16)
    >>> h = parse_expression("第七年", dt.date(2021, 6, 14))
    >>> (str(h.start_date), str(h.end_date), h.granularity)
    ('2027-01-01', '2027-12-31', 'year')
    >>> h = parse_expression("第三天上午", dt.date(2021, 6, 14))
    >>> (h.kind, str(h.start_date), h.part_of_day)
    ('time', '2021-06-16', 'morning')
    >>> parse_expression("我们十一点过去行不行？", dt.date(2021, 6, 14)).clock
    '11:00'
    >>> parse_expression("五点建议", dt.date(2021, 6, 14)).clock  # the caller said it is a time
    '05:00'
    >>> parse_expression("十一", dt.date(2001, 7, 2)).start_date  # alone: the holiday
    datetime.date(2001, 10, 1)
    >>> parse_expression("没有时间") is None
    True
    """
    if not isinstance(expression, str):
        raise TypeError(f"parse_expression expects a str, not {type(expression).__name__}")
    lone = _LONE_YEAR.fullmatch(expression)
    if lone:
        g = "y4" if lone.group("y4") else "y2"
        year = read_year(lone.group(g), anchor.year if anchor else None)
        if year is not None:
            return Hit(start=lone.start(g), end=lone.end(), kind="date", start_date=D(year, 1, 1),
                       end_date=D(year, 12, 31), granularity="year",
                       anchor=anchor_kind if g == "y2" and anchor else None)
    ctx = Context(anchor=anchor, anchor_kind=anchor_kind, year_rule=year_rule, anchor_time=anchor_time,
                  expression=True)
    if _LONE_HOLIDAY.fullmatch(expression):  # 十一 alone: the holiday, as “十一” is in text
        word = expression.strip()
        shift = expression.index(word) - 1  # the quote mark put before it
        hits = find_dates(f"“{word}”", ctx)
        for h in hits:
            h.start, h.end = h.start + shift, h.end + shift
        return hits[0] if hits else None
    hits = find_dates(expression, ctx)
    for a, b in pairwise(hits):  # 第三天上午: the day and its part of day are one expression
        if (b.start == a.end and a.kind == "date" and a.granularity == "day" and b.kind == "time"
                and b.start_date == a.start_date):
            b.start, b.anchor = a.start, a.anchor
    return max(hits, key=lambda h: h.end - h.start) if hits else None
