"""The cross-fitting of the segmentation benchmark (benchmarks/segmentation/crossfit.py):
folds of days, and scoring a page with its fold's models instead of the shipped ones."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks" / "segmentation"))

import crossfit  # noqa: E402

from newsie._resources import load_json, resource_path  # noqa: E402
from newsie.extractors import segment as S  # noqa: E402


def test_folds_cut_the_dev_days_into_runs_that_cover_each_day_once():
    parts = crossfit.folds(3)
    assert parts == [frozenset(range(1, 6)), frozenset(range(6, 11)), frozenset(range(11, 16))]
    assert sorted(d for p in crossfit.folds(2) for d in p) == list(range(1, 16))


def test_days_name_single_days_and_ranges():
    assert crossfit._days(["1-3", "13"]) == {1, 2, 3, 13}
    assert crossfit._days(["11-15"]) == set(range(11, 16))


def test_models_from_a_folder_replace_the_shipped_ones_only_inside_it(tmp_path):
    shipped = json.loads(resource_path("segment_heads.json").read_text(encoding="utf-8"))
    refit = dict(shipped, threshold=0.123)
    (tmp_path / "segment_heads.json").write_text(json.dumps(refit), encoding="utf-8")
    assert S.heads._heading_model()["threshold"] == shipped["threshold"]
    with crossfit.models_from(tmp_path):
        assert S.heads._heading_model()["threshold"] == 0.123
        # a model the folder does not hold is the shipped one
        assert load_json("segment_roles.json")["classes"] == S.roles._role_model()["classes"]
        assert resource_path("reflow_breaks.json").parent != tmp_path
    assert S.heads._heading_model()["threshold"] == shipped["threshold"]


def test_the_fold_models_are_keyed_by_their_settings():
    a = crossfit.settings_key({}, 3, (2024,), ())
    assert a == crossfit.settings_key({}, 3, (2024,), ())
    assert a != crossfit.settings_key({"max_depth": 2}, 3, (2024,), ())
    assert a != crossfit.settings_key({}, 3, (2024, 7), ())
    assert a != crossfit.settings_key({}, 3, (2024,), ("pc_",))
