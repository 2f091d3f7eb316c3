"""Datelines, bylines and photo credits, from the case table tests/cases/bylines.yml."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import load_cases

import newsie


def _as_dict(text: str, b: newsie.Byline) -> dict:
    return {
        "kind": b.kind,
        "agency": b.agency,
        "place": b.place,
        "date": b.date,
        "reporters": list(b.reporters),
        "raw": text[b.span.start : b.span.end],
    }


@pytest.mark.parametrize("case", load_cases("bylines.yml"))
def test_byline_cases(case):
    text = case["text"]
    page = newsie.parse(text, issue_date=case["issue_date"])
    got = [_as_dict(text, b) for b in page.bylines]
    expect = [{**e, "date": e["date"] if e["date"] is None else dt.date.fromisoformat(str(e["date"]))}
              for e in case["expect"]]
    assert got == expect


def test_dateline_resolves_against_the_issue_date_not_today():
    page = newsie.parse("新华社北京12月31日电（记者张三）新年贺词。", issue_date="1998-01-01")
    assert page.bylines[0].date == dt.date(1997, 12, 31)


def test_issue_date_is_inferred_from_datelines_and_said_so():
    text = "新华社北京10月23日电（记者张三）今天。\n（2024年10月23日，北京）"
    page = newsie.parse(text)
    assert page.issue_date == dt.date(2024, 10, 24)
    assert page.issue_date_inferred
    assert any("inferred 2024-10-24" in w for w in page.warnings)
    assert page.bylines[0].date == dt.date(2024, 10, 23)


def test_no_issue_date_and_no_year_leaves_the_date_unresolved_with_a_warning():
    page = newsie.parse("新华社北京10月23日电（记者张三）今天。")
    assert page.issue_date is None
    assert page.bylines[0].date is None
    assert any("unresolved" in w for w in page.warnings)


def test_given_issue_date_is_not_marked_inferred():
    page = newsie.parse("新华社北京10月23日电（记者张三）今天。", issue_date="2024-10-24")
    assert not page.issue_date_inferred
