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
