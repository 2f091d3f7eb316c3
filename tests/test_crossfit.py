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


def test_s12_refit98_the_other_months_days_key_the_folds_only_when_added():
    import hashlib

    plain = crossfit.settings_key({}, 3, (2024,), ())
    # the default settings keep the key they had before the option existed (their cached folds stay)
    assert plain == hashlib.sha1(json.dumps([[], 3, [2024], []]).encode()).hexdigest()[:8]
    assert crossfit.settings_key({}, 3, (2024,), (), frozenset()) == plain
    with_pd = crossfit.settings_key({}, 3, (2024,), (), frozenset(range(1, 16)))
    assert with_pd != plain
    assert with_pd != crossfit.settings_key({}, 3, (2024,), (), frozenset(range(1, 8)))


def test_s12_refit98_only_the_other_months_reading_days_can_be_trained_on():
    import pytest

    sys.path.insert(0, str(ROOT / "models"))
    import _train

    assert _train.parse_days("1-3,7") == frozenset({1, 2, 3, 7})
    assert _train.parse_days("") == frozenset()
    assert _train._days_text({1, 2, 3, 7}) == "01-03, 07"
    assert _train.pd1998_pages(frozenset()) == []  # nothing added: the shipped build
    with pytest.raises(SystemExit):
        _train.pd1998_pages(frozenset({15, 16}))  # day 16 judges: never fitted on
    assert _train.PD1998_DAYS == frozenset()


def test_s13_models_the_build_scripts_take_the_layout_draws_to_fit_on(monkeypatch, tmp_path):
    sys.path.insert(0, str(ROOT / "models"))
    import _train

    seen = {}

    def fake_main(out):  # what a build script's main would fit on and write
        seen["seeds"] = _train.TRAIN_SEEDS
        _train.write(out, "a model", [0, 1], 0.5)

    shipped = _train.TRAIN_SEEDS
    out = tmp_path / "m.json"
    monkeypatch.setattr(sys, "argv", ["build", "--out", str(out), "--train-seeds", "2024", "13", "13"])
    _train.cli(fake_main, out, "a model")
    assert seen["seeds"] == (2024, 13)
    assert "layout seeds 2024, 13" in json.loads(out.read_text(encoding="utf-8"))["trained_on"]
    assert _train.TRAIN_SEEDS == shipped  # the setting does not outlive the build
    # no option: the benchmark's own draw, and the file says what it always said
    monkeypatch.setattr(sys, "argv", ["build", "--out", str(out)])
    _train.cli(fake_main, out, "a model")
    assert seen["seeds"] == shipped
    assert json.loads(out.read_text(encoding="utf-8"))["trained_on"] == (
        "segmentation benchmark DEV pages (2019-10-01..15), sim and pdf routes")


def test_s13_models_a_refit_on_several_draws_has_its_own_folder_and_scores_no_draw_it_saw(monkeypatch, tmp_path):
    import pytest
    import refit

    fitted = []
    monkeypatch.setattr(refit.make_pages, "CACHE_DIR", tmp_path)
    monkeypatch.setattr(crossfit, "fit_fold", lambda days, folder, params, seeds, **kw: fitted.append((folder, seeds)))
    refit.refit_folder(None, frozenset(), (2024, 13))
    refit.refit_folder(None)
    assert fitted[0][1] == (2024, 13) and fitted[1][1] == (2024,)
    assert fitted[0][0] != fitted[1][0] and fitted[0][0].name.endswith("-seeds-2024-13")
    with pytest.raises(SystemExit):  # seed 7 scored by models fitted on it
        refit.main(["--train-seeds", "2024", "7", "--seed", "7", "--folder", str(tmp_path)])


def test_a_pythonpath_newsie_is_the_one_scored_after_the_build_helper_is_imported(tmp_path):
    # crossfit.py imports models/_train.py before it imports newsie; _train.py used to put this
    # checkout's src/ first on sys.path, so `PYTHONPATH=../wt-x/src crossfit.py` scored this
    # checkout's code instead of the worktree's
    import os
    import subprocess

    fake = tmp_path / "newsie"
    fake.mkdir()
    (fake / "__init__.py").write_text("WHERE = 'elsewhere'\n", encoding="utf-8")
    probe = ("import sys; sys.path.insert(0, 'models'); import _train, newsie; "
             "print(getattr(newsie, 'WHERE', newsie.__file__))")
    env = dict(os.environ, PYTHONPATH=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "elsewhere"
    env.pop("PYTHONPATH")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()).resolve() == (ROOT / "src" / "newsie" / "__init__.py").resolve()
