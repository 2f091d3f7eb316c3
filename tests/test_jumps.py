"""The extra jump pages of the segmentation benchmark (benchmarks/segmentation/jumps.py):
DEV days only, many more 下转/上接 pairs, truth in the benchmark's schema, and
``crossfit.py --jumps`` scoring them with the fold model of each page's day."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks" / "segmentation"))

import corpus
import crossfit
import jumps
import make_pages

from newsie._resources import resource_path

pytestmark = pytest.mark.skipif(
    not (corpus.data_root() / corpus.RMRB_DIR).is_dir(),
    reason=f"benchmark data not found under {corpus.data_root()} (set NEWSIE_DATA)",
)

ISSUE = "20191003-j1"


@pytest.fixture(scope="module")
def plans() -> list[make_pages.PagePlan]:
    return jumps.plan_jump_pages()


@pytest.fixture(scope="module")
def issue_pages() -> list[dict]:
    ids = [f"{ISSUE}-{n:02d}" for n in range(1, 30)]
    return jumps.generate("sim", ids=ids, write=False)


def test_the_jump_pages_are_dev_days_with_hundreds_of_pairs_from_any_page(plans):
    assert {int(p.date[6:]) for p in plans} <= set(range(1, 16))
    parts = [(p, a) for p in plans for a in p.articles if a.continued_to]
    assert len(parts) >= 300
    assert sum(1 for p, _ in parts if p.page_number > 1) >= 150  # not only page 1's leads
    by_page = {(p.issue_id, p.page_number): p for p in plans}
    for p, a in parts:
        target = by_page[(p.issue_id, a.continued_to)]
        rest = [b for b in target.articles if b.pair_source_id == a.src.source_id and b.continued_from]
        assert len(rest) == 1 and rest[0].continued_from == p.page_number > 0
        assert a.continued_to > p.page_number


def test_the_jump_pages_truth_matches_their_text_and_names_the_page_each_part_comes_from(issue_pages):
    assert issue_pages and all(make_pages.check_truth(p) == [] for p in issue_pages)
    for p in issue_pages:
        for a in p["articles"]:
            if a["continued_from"]:
                pair = next(x for x in p["issue_pairs"] if x["to_source_id"] == a["source_id"])
                assert pair["from_page"] == a["continued_from"] and pair["to_page"] == p["page_number"]
                marker = a["spans"]["marker"]
                assert make_pages.squash(p["text"][marker[0]:marker[1]]) == f"（上接第{a['continued_from']}版）"


def test_crossfit_scores_the_jump_pages_with_the_fold_model_of_each_day(issue_pages, tmp_path, monkeypatch):
    def fit_fold(days, folder, params, seeds, drop=()):  # the shipped models stand in for a fit
        folder.mkdir(parents=True, exist_ok=True)
        for name in crossfit.BUILDS:
            shutil.copy(resource_path(f"{name}.json"), folder / f"{name}.json")

    used = []
    models_from = crossfit.models_from

    def spy(folder):
        used.append(folder.name)
        return models_from(folder)

    monkeypatch.setattr(crossfit, "fit_fold", fit_fold)
    monkeypatch.setattr(crossfit, "models_from", spy)
    monkeypatch.setattr(make_pages, "CACHE_DIR", tmp_path)
    sc = crossfit.crossfit_scores(issue_pages, 3, {})
    pairs = sum(1 for p in issue_pages for a in p["articles"] if a["continued_to"])
    assert sc.stitch_pairs == pairs and sc.stitch_ok > 0
    assert sc.cont_true == 2 * pairs and sc.cont_tp > 0
    assert set(used) == {"fold-0"}  # day 03 is held out by the first fold

    assert crossfit.main(["--jumps", "--route", "sim", "--pages", f"{ISSUE}-01", f"{ISSUE}-02"]) == 0
    assert (tmp_path / "jumps" / "sim" / "dev" / f"{ISSUE}-01.json").is_file()
