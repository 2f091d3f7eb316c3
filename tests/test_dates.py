"""Dates, periods, times and durations, from the case tables tests/cases/dates_*.yml.

Each case is a text, the issue date it is read against (or none), and every mention
expected in it, in text order: the mentions found must be exactly these (by text), and
each must carry the fields its expectation names. ``value`` is one ISO date for a single
day, ``[start, end]`` otherwise, ``null`` for no value; ``duration`` is ``[value, unit]``;
``reason: true`` asks for a reason to be given; ``year_rule`` runs the extractor with
that option instead of its default; ``expression: true`` reads the text as one expression
on its own with :func:`newsie.dates.parse_expression` (at most one mention).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from conftest import load_cases

import newsie
from newsie.dates import Context, find_dates, parse_expression

TABLES = ("dates_seed.yml", "dates_news.yml", "dates_recognizers.yml", "dates_jionlp.yml")
CASES = [case for table in TABLES for case in load_cases(table)]


def _value(start: dt.date | None, end: dt.date | None):
    if start is None and end is None:
        return None
    if start == end:
        return start.isoformat()
    return [start.isoformat() if start else None, end.isoformat() if end else None]


def as_dict(source: str, d: newsie.DateMention) -> dict:
    return {
        "text": d.span.text,
        "raw": source[d.span.start : d.span.end],
        "kind": d.kind,
        "value": _value(d.start_date, d.end_date),
        "granularity": d.granularity,
        "anchor": d.anchor,
        "part_of_day": d.part_of_day,
        "clock": d.clock,
        "duration": None if d.duration_unit is None else [
            None if d.duration_value is None else str(d.duration_value), d.duration_unit],
        "open_end": d.open_end,
        "fuzzy": d.fuzzy,
        "reason": d.reason,
        "local_time_of": d.local_time_of,
        "utc_offset": d.utc_offset,
    }


def _norm(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_norm(v) for v in value]
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return str(value)
    return value


def _expression(case: dict) -> list[dict]:
    """``parse_expression``'s one hit as the table's fields (no raw text: no page)."""
    issue = case.get("issue_date")
    anchor = dt.date.fromisoformat(str(issue)) if issue else None
    h = parse_expression(case["text"], anchor, year_rule=case.get("year_rule", "news"))
    if h is None:
        return []
    duration = None if h.duration_unit is None else [
        None if h.duration_value is None else str(h.duration_value), h.duration_unit]
    return [{"text": case["text"][h.start : h.end], "kind": h.kind, "value": _value(h.start_date, h.end_date), "granularity": h.granularity,
             "anchor": h.anchor, "part_of_day": h.part_of_day, "clock": h.clock, "duration": duration,
             "open_end": h.open_end, "fuzzy": h.fuzzy, "reason": h.reason}]


@pytest.mark.parametrize("case", CASES)
def test_date_cases(case):
    text = case["text"]
    if case.get("expression"):
        got = _expression(case)
    else:
        if case.get("year_rule"):  # the extractor's option, not its default
            nlp = newsie.Pipeline(["newsie.segment", "newsie.bylines", "newsie.dates"],
                                  config={"newsie.dates": {"year_rule": case["year_rule"]}})
            page = nlp(text, issue_date=case.get("issue_date"))
        else:
            page = newsie.parse(text, issue_date=case.get("issue_date"))
        got = [as_dict(text, d) for a in page.articles for d in a.dates]
    assert [g["text"] for g in got] == [e["text"] for e in case["expect"]]
    for g, e in zip(got, case["expect"]):
        for key, want in e.items():
            if key == "reason" and want is True:
                assert g["reason"], (g["text"], "expected a reason")
            else:
                assert g[key] == _norm(want), (g["text"], key, g[key], want)


def test_every_mention_slices_the_raw_text_with_pdf_spaces():
    text = "新华社北京 10 月 22\n\n日电 （记者张三）会议 10 月 4 日至 7 日举行。\n１０月２３日闭幕。"
    page = newsie.parse(text, issue_date="2024-10-23")
    got = {d.span.text: text[d.span.start : d.span.end] for a in page.articles for d in a.dates}
    assert got["10月4日至7日"] == "10 月 4 日至 7 日"
    assert got["10月23日"] == "１０月２３日"


def test_the_dateline_anchors_today_even_in_the_next_days_issue():
    page = newsie.parse("本报北京10月23日电（记者王群）在国新办今天举行的新闻发布会上，",
                        issue_date="2024-10-24")
    (today,) = [d for d in page.articles[0].dates if d.span.text == "今天"]
    assert (today.start_date, today.anchor) == (dt.date(2024, 10, 23), "dateline")


def test_without_issue_date_the_inferred_one_anchors_and_the_page_says_so():
    text = ("本报北京10月23日电（记者李四）会议今天举行，2024年10月23日数据发布。\n"
            "本报讯（记者张三）研讨会12月30日召开。今年以来，已有多家企业加入。")
    page = newsie.parse(text)
    assert (page.issue_date, page.issue_date_inferred) == (dt.date(2024, 10, 24), True)
    dates = {d.span.text: d for a in page.articles for d in a.dates}
    assert (dates["今天"].start_date, dates["今天"].anchor) == (dt.date(2024, 10, 23), "dateline")
    if "12月30日" in dates:  # the 本报讯 article, when the segmenter splits it off, has no dateline
        assert dates["12月30日"].start_date in (dt.date(2023, 12, 30), dt.date(2024, 12, 30))


def test_an_explicit_date_anchors_when_there_is_no_dateline_nor_issue_date():
    page = newsie.parse("（2024年10月23日，喀山）\n我们要利用好今年的峰会，明年再聚。")
    dates = {d.span.text: d for a in page.articles for d in a.dates}
    assert dates["今年"].start_date == dt.date(2024, 1, 1)
    assert dates["今年"].anchor == "explicit"
    assert dates["明年"].start_date == dt.date(2025, 1, 1)


def test_no_anchor_leaves_relative_dates_without_value_and_says_why():
    hits = find_dates("今天下雨", Context(anchor=None, anchor_kind="none"))
    assert [(h.start_date, h.anchor) for h in hits] == [(None, "none")]
    assert "anchor" in hits[0].reason


@pytest.mark.parametrize("text", ["2月30日", "13月", "2023年2月29日", "10月32日", "1至13月", "十三月五日"])
def test_impossible_dates_are_kept_with_a_reason_never_a_value(text):
    hits = find_dates(text, Context(anchor=dt.date(2024, 3, 1)))
    assert hits, text
    assert all(h.start_date is None and h.end_date is None and h.reason for h in hits), hits


def test_local_time_in_washington_follows_summer_time():
    page = newsie.parse("新华社华盛顿1月10日电（记者张三）当地时间10日上午，会议开幕。", issue_date="2025-01-11")
    (local,) = [d for d in page.articles[0].dates if d.local_time_of]
    assert (local.local_time_of, local.utc_offset, local.start_date) == ("华盛顿", "-05:00", dt.date(2025, 1, 10))


@pytest.mark.parametrize("text, anchor, clock, days", [
    ("60小时前", dt.date(2019, 2, 18), dt.time(7), (dt.date(2019, 2, 15),) * 2),  # JioNLP's case: 02-15 19:00
    ("两个钟头前", dt.date(2021, 6, 14), dt.time(1, 6, 40), (dt.date(2021, 6, 13),) * 2),
    ("前两个钟头", dt.date(2021, 6, 14), dt.time(1, 6, 40), (dt.date(2021, 6, 13), dt.date(2021, 6, 14))),
    ("3小时后", dt.date(2021, 6, 14), dt.time(22, 30), (dt.date(2021, 6, 15),) * 2),
    ("60小时前", dt.date(2019, 2, 18), None, (dt.date(2019, 2, 16),) * 2),  # no clock: from noon
    ("两个钟头前", dt.date(2021, 6, 14), None, (dt.date(2021, 6, 14),) * 2),
])
def test_hours_count_from_the_anchors_clock_time_when_it_has_one(text, anchor, clock, days):
    (hit,) = find_dates(text, Context(anchor=anchor, anchor_time=clock))
    assert (hit.start_date, hit.end_date) == days


def test_lunar_dates_without_lunar_python_keep_a_reason(monkeypatch):
    import builtins

    from newsie.dates import resolve

    real_import = builtins.__import__

    def no_lunar(name, *args, **kwargs):
        if name.startswith("lunar_python"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_lunar)
    resolve.lunar_to_solar.cache_clear()
    resolve._solar_terms.cache_clear()
    hits = find_dates("春节将至，国庆节已过。", Context(anchor=dt.date(2025, 1, 15)))
    assert [h.start_date for h in hits] == [None, dt.date(2024, 10, 1)]
    assert "newsie[lunar]" in hits[0].reason
    resolve.lunar_to_solar.cache_clear()
    resolve._solar_terms.cache_clear()


from hypothesis import given, settings
from hypothesis import strategies as st

_ALPHABET = "0123456789年月日号时点分前后以来至今去明上下半几个多第期间天周季度世纪代农历正初廿十一二三四五六七八九百千万〇两，。 \n当地时间晚午春节闰"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_find_dates_never_raises_and_stays_in_the_text(text, anchor):
    hits = find_dates(text, Context(anchor=anchor))
    last = -1
    for h in hits:
        assert 0 <= h.start < h.end <= len(text)
        assert h.start >= last
        last = h.start
        assert (h.start_date is None) or (h.end_date is None) or h.start_date <= h.end_date or h.reason
