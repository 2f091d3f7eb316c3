"""The figures benchmark held to its floors (benchmarks/floors.toml, [figures]).

newsie alone, on every case of the peer suites under ``$NEWSIE_DATA`` (default
``../shared/data``) and on the first articles of the e-paper month for the not-figures
check; without that data the tests skip. The peers are compared in
benchmarks/figures/run.py, not here.
"""

from __future__ import annotations

import contextlib
import io
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks" / "figures"
sys.path.insert(0, str(BENCH))
import false_figures  # noqa: E402
import run  # noqa: E402

pytestmark = pytest.mark.skipif(
    not (run.data_root() / "recognizers-text-zh").is_dir(),
    reason=f"benchmark data not found under {run.data_root()} (set NEWSIE_DATA)",
)

FLOORS = tomllib.loads((ROOT / "benchmarks" / "floors.toml").read_text(encoding="utf-8"))["figures"]


@pytest.fixture(scope="module")
def scores() -> dict[str, run.Score]:
    newsie = run.Newsie()
    return {s.name: run.score_suite(s, newsie) for s in run.load_suites(run.data_root())}


def _metric(sc: run.Score, name: str) -> float:
    p = sc.matched / sc.found if sc.found else 0.0
    r = sc.matched / sc.gold if sc.gold else 0.0
    return {"value_acc": sc.right / sc.gold, "f1": 2 * p * r / (p + r) if p + r else 0.0}[name]


@pytest.mark.parametrize("key", sorted(k for k in FLOORS if k.endswith(("_value_acc", "_f1"))))
def test_metric_is_at_least_its_floor(scores, key):
    metric = "value_acc" if key.endswith("_value_acc") else "f1"
    suite = key[: -len(metric) - 1].replace("_", "-")
    got = _metric(scores[suite], metric)
    assert got >= FLOORS[key], f"{suite} {metric} {got:.3f} is below its floor {FLOORS[key]}"


@pytest.mark.skipif(not (run.data_root() / "rmrb-epaper-2019-10").is_dir(), reason="e-paper month not found")
def test_no_listed_not_figure_on_a_sample_of_the_month():
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        false_figures.main(["--articles", "300", "--sample", "0"])
    head = out.getvalue().splitlines()[0]
    hits = int(head.split("not_figure_hits=")[1])
    assert hits <= FLOORS["not_figure_hits_max"], out.getvalue()
    per_10k = float(head.split("per_10k_chars=")[1].split()[0])
    assert 40 < per_10k < 200  # figures are found at all, and not everywhere


@pytest.mark.skipif(not (run.data_root() / "pd1998-01").is_dir(), reason="PFR 1998 corpus not found")
def test_counted_noun_agrees_with_the_pfr_segmentation():
    import of_field

    score, _ = of_field.evaluate(run.data_root() / "pd1998-01" / "199801.txt", range(21, 32))
    exact = score["exact"] / sum(score.values())
    assert exact >= FLOORS["pfr_of_exact"], f"of exact {exact:.3f} is below its floor {FLOORS['pfr_of_exact']}"
