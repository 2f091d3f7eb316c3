"""Jump markers, from the case table tests/cases/continuations.yml."""

from __future__ import annotations

import pytest
from conftest import load_cases

import newsie


@pytest.mark.parametrize("case", load_cases("continuations.yml"))
def test_continuation_cases(case):
    text = case["text"]
    page = newsie.parse(text, issue_date="2024-10-24", pipeline=["newsie.segment.flat", "newsie.continuations"])
    got = [{"direction": c.direction, "page": c.page, "raw": text[c.span.start : c.span.end]} for c in page.continuations]
    assert got == case["expect"]


def test_marker_is_attached_and_trimmed_from_the_body():
    text = "各方应共同努力，推动改革。\n\n（下转第3版）"
    page = newsie.parse(text, pipeline=["newsie.segment.flat", "newsie.continuations"])
    (article,) = page.articles
    assert article.continued_to == 3
    assert article.continuations[0].page == 3
    assert "下转" not in article.body
    assert article.body == "各方应共同努力，推动改革。"


def test_marker_at_the_end_of_a_paragraph_is_cut_from_it():
    text = "除了智能通道，综保区还实现了\n非必要无阻断。 （下转第 3版）"
    page = newsie.parse(text, pipeline=["newsie.segment.flat", "newsie.continuations"])
    assert page.articles[0].paragraphs[-1].text.endswith("无阻断。")
    p = page.articles[0].paragraphs[-1]
    assert text[p.start : p.end].endswith("无阻断。")


def test_from_marker_sets_continued_from():
    page = newsie.parse("（上接第一版）\n\n习近平强调，要深化改革。", pipeline=["newsie.segment.flat", "newsie.continuations"])
    assert page.articles[0].continued_from == 1
    assert page.articles[0].continued_to is None
