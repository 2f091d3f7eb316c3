"""benchmarks/segmentation/set_causes.py: a set's cause totals as fractions of its size, no text."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import pytest

import newsie

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks" / "segmentation"))
import headline_causes  # noqa: E402
import make_pages  # noqa: E402
import score  # noqa: E402
import set_causes  # noqa: E402
import test_headline_causes as invented  # noqa: E402


def _page() -> dict:
    truth = copy.deepcopy(invented.TRUTH)
    truth.update(page_id="20191020-a-05", issue_id="20191020-a", route="sim", issue_date="2019-10-20",
                 page_number=5, captions=[])
    for a in truth["articles"]:
        a.update(bylines=[], column=None, continued_to=None, continued_from=None,
                 body=[truth["text"][s:e] for s, e in a["spans"]["body"]])
    return truth


def test_a_sets_totals_are_fractions_of_its_body_its_pages_and_its_articles(monkeypatch):
    monkeypatch.setattr(make_pages, "generate", lambda which, route: [_page()])
    totals = set_causes.set_totals("test", "sim")
    sc = score.score_pages([_page()], parse_issue=False)
    assert totals["pages"] == 1 and totals["articles"] == 2
    lost = sum(share for share, _ in totals["lost_chars"].values())
    assert lost == pytest.approx(1000 * (sc.body_true - sc.body_tp) / sc.body_true)
    assert all(0 <= pages <= 1 for _, pages in totals["lost_chars"].values())
    page = newsie.parse(_page()["text"], issue_date="2019-10-20", page=5)
    missed = headline_causes.classify(_page(), page)
    assert sum(totals["headline_misses"].values()) == pytest.approx(100 * len(missed) / 2)
    # counts only: no text of the page in what the totals hold
    assert all("读书节" not in k and "公园" not in k for key in ("lost_chars", "articles_lost_or_added", "headline_misses")
               for k in totals[key])


def _long_feature_truth() -> tuple[dict, list[tuple[int, int]]]:
    """An invented page: a long feature (four section heads, a short closing sentence, a short
    quote) and a short brief after it; the spans of the feature's paragraphs."""
    sentence = "村里修通了水泥路，办起了合作社，村民的日子一天比一天红火。"
    paras = ["金秋时节，记者走进山村。" + sentence * 20]
    for head in ("一条路", "一片林", "一座桥", "一所学校"):
        paras += [head, sentence * 30]
    paras += ["好日子还在后头。", "“我们有信心！”"]
    text, spans = "", []
    for p in paras:
        spans.append((len(text), len(text) + len(p)))
        text += p + "\n"
    brief = "某县举办农民丰收节，吸引上万人参加。"
    feature = {"headline": "山乡新变化", "spans": {"body": spans}}
    other = {"headline": "丰收节", "spans": {"body": [(len(text), len(text) + len(brief))]}}
    return {"text": text + brief + "\n", "articles": [feature, other]}, spans


def test_long_features_count_a_long_articles_short_lines_and_those_read_as_heads():
    from types import SimpleNamespace as NS

    truth, spans = _long_feature_truth()
    assert sum(e - s for s, e in spans) >= set_causes.LONG_CHARS
    second_head = spans[3]  # 一片林, read as the headline of an article of its own
    page = NS(articles=[NS(kicker=None, headline=NS(start=0, end=4), subheadlines=()),
                        NS(kicker=None, headline=NS(start=second_head[0], end=second_head[1]), subheadlines=())])
    counts = set_causes.long_features(truth, page)
    # the closing sentence ends on 。 and the quote on ”: neither is a short line
    assert dict(counts) == {"articles": 1, "short_lines": 4, "read_as_heading": 1}
    truth["articles"][0]["spans"]["body"] = [sp for k, sp in enumerate(spans) if k not in (5, 7)]
    assert set_causes.long_features(truth, page) == {}  # two section heads left: no long feature
