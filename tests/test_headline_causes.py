"""benchmarks/segmentation/headline_causes.py: each missed headline filed by where it went."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace as NS

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks" / "segmentation"))
import headline_causes

# an invented page: two articles, the second under its own headline
LINES = ["某市举办读书节", "市民踊跃参加", "今天某市举办读书节，全市图书馆延长开放时间，市民踊跃参加。",
         "某县新建公园", "公园占地十亩。"]
TEXT = "\n".join(LINES)


def _at(k: int) -> tuple[int, int]:
    start = sum(len(x) + 1 for x in LINES[:k])
    return start, start + len(LINES[k])


def _span(k: int) -> NS:
    s, e = _at(k)
    return NS(start=s, end=e, text=LINES[k])


def _article(headline=None, kicker=None, subs=(), paragraphs=(), heads=()) -> NS:
    return NS(headline=headline, kicker=kicker, column=None, subheadlines=tuple(subs),
              paragraphs=tuple(paragraphs), section_heads=tuple(heads))


TRUTH = {
    "page_id": "invented", "text": TEXT,
    "articles": [
        {"headline": LINES[0], "kicker": None, "subheadlines": [LINES[1]],
         "spans": {"headline": list(_at(0)), "subheadlines": [list(_at(1))], "body": [list(_at(2))]}},
        {"headline": LINES[3], "kicker": None, "subheadlines": [],
         "spans": {"headline": list(_at(3)), "body": [list(_at(4))]}},
    ],
}


def test_a_headline_read_as_the_kicker_and_a_neighbours_absorbed_as_a_section_head():
    # the title went to the kicker, its subtitle to the headline; the second article ran into the first
    page = NS(captions=(), articles=[_article(_span(1), _span(0), (), [_span(2), _span(4)], [_span(3)])])
    got = {m["truth"][1]: m["cause"] for m in headline_causes.classify(TRUTH, page)}
    assert got == {LINES[0]: "c:as-kicker", LINES[3]: "b:section-head"}


def test_headlines_given_exactly_are_no_miss_and_body_text_is_filed_as_body():
    page = NS(captions=(), articles=[_article(_span(0), None, [_span(1)], [_span(2)]),
                                     _article(None, None, (), [_span(3), _span(4)])])
    misses = headline_causes.classify(TRUTH, page)
    assert [(m["truth"][1], m["cause"], m["got"][1]) for m in misses] == [(LINES[3], "a:body", None)]
