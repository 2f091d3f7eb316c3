"""The name+title pairs benchmark (benchmarks/entities/pairs.py) held to its floors.

Runs newsie's fast mode on CLUENER2020's dev sentences under ``$NEWSIE_DATA`` (default
``../shared/data``); without that data the test skips. The floors live in
``benchmarks/floors.toml`` ``[entities]``.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks" / "entities"))
import pairs

pytestmark = pytest.mark.skipif(
    not (pairs.data_root() / "cluener-dev").is_dir(),
    reason=f"CLUENER dev not found under {pairs.data_root()} (set NEWSIE_DATA)",
)


@pytest.fixture(scope="module")
def scores() -> dict:
    return pairs.run(baseline=False)["newsie"]


@pytest.mark.parametrize("metric", ["precision", "recall", "f1"])
def test_pairs_metric_is_at_least_its_floor(scores, metric):
    floors = tomllib.loads((ROOT / "benchmarks" / "floors.toml").read_text(encoding="utf-8"))["entities"]
    assert scores[metric] >= floors[f"pairs_{metric}"], scores
