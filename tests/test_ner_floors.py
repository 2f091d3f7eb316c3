"""The shipped entity model on a fixed sample of the pd-ner test set, held to its floors.

The sample is read from the research-use ``$NEWSIE_DATA/pd-ner/example.test`` (default
``../shared/data``); without it the test skips. The floors live in
``benchmarks/floors.toml`` ``[entities_model]``; the full run is
``benchmarks/entities/ner_f1.py`` (see its README.md).
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks" / "entities"))
import ner_f1  # noqa: E402

FLOORS = tomllib.loads((ROOT / "benchmarks" / "floors.toml").read_text(encoding="utf-8"))["entities_model"]

pytestmark = pytest.mark.skipif(
    not (ner_f1.data_dir() / "pd-ner" / "example.test").is_file(),
    reason=f"pd-ner test set not found under {ner_f1.data_dir()} (set NEWSIE_DATA)",
)


@pytest.fixture(scope="module")
def result() -> dict:
    from newsie.ner import load

    rows = ner_f1.load_set("pd-ner", sample=FLOORS["sample"])
    return ner_f1.evaluate(load("default"), rows)


@pytest.mark.parametrize("label", ["PER", "LOC", "ORG", "all"])
def test_span_f1_floor(result, label):
    f = result["scores"][label]["f"]
    floor = FLOORS[f"{label.lower()}_f1"]
    assert f >= floor, f"{label} F1 {f:.4f} fell below its floor {floor} on the pd-ner sample"


def test_sample_is_the_fixed_one(result):
    assert result["sentences"] == FLOORS["sample"]
    assert result["scores"]["all"]["gold"] == FLOORS["sample_gold_entities"]
