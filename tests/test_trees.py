"""The shipped tree models, written out as Python by newsie._resources.boosted, score
exactly as walking their nodes does: the segmenter's decisions hang on these scores."""

from __future__ import annotations

import math
import random

import pytest

from newsie._resources import _compile_trees, _walk_trees, boosted, load_model


def _feature_dicts(model: dict, n: int, seed: int) -> list[dict[str, float]]:
    """Feature values at, just below and just above each threshold a tree splits on (both
    sides of every ``<=``), some features left out (they count 0)."""
    cuts: dict[int, set[float]] = {}
    for stage in model["trees"]:
        for t in stage:
            for f, thr in zip(t["feature"], t["threshold"]):
                if f >= 0:
                    cuts.setdefault(f, set()).update(
                        (thr, math.nextafter(thr, -math.inf), math.nextafter(thr, math.inf), 0.0, 1.0))
    rng = random.Random(seed)
    names = model["features"]
    out = []
    for _ in range(n):
        out.append({names[f]: rng.choice(sorted(values)) for f, values in cuts.items() if rng.random() < 0.8})
    return out


@pytest.mark.parametrize("name", ["segment_heads.json", "segment_roles.json"])
def test_written_out_trees_score_as_the_node_walk_to_the_bit(name):
    model = dict(load_model(name, ("version", "features", "init", "learning_rate", "trees")))
    model.pop("_compiled", None)  # a copy, compiled afresh here
    compiled = _compile_trees(model)
    for features in _feature_dicts(model, 400, seed=len(name)):
        want = _walk_trees(model, features)  # the nodes walked, leaf values added stage by stage
        assert compiled(features) == want  # exact: no tolerance
        assert boosted(model, features) == want


def test_trees_too_deep_to_write_out_are_walked():
    # (and the walk, the reference above, takes the leaf a hand count gives)
    # a chain of 60 splits on one feature: past the depth written out as one expression
    depth = 60
    feature, threshold, left, right, value = [], [], [], [], []
    for d in range(depth):  # node 2d splits; its left child 2d + 1 is a leaf, right goes on
        feature += [0, -1]
        threshold += [float(d), 0.0]
        left += [2 * d + 1, -1]
        right += [2 * d + 2, -1]
        value += [0.0, float(d)]
    feature.append(-1), threshold.append(0.0), left.append(-1), right.append(-1), value.append(99.0)
    tree = {"feature": feature, "threshold": threshold, "left": left, "right": right, "value": value}
    model = {"features": ["x"], "init": [0.5], "learning_rate": 0.5, "trees": [[tree]]}
    for x, leaf in ((-1.0, 0.0), (3.5, 4.0), (59.0, 59.0), (1000.0, 99.0)):
        assert boosted(model, {"x": x}) == [0.5 + 0.5 * leaf] == _walk_trees(model, {"x": x})


class _CountedFloat(float):
    """A feature value that counts the ``<=`` tests made on it."""

    tests = 0

    def __le__(self, other):
        type(self).tests += 1
        return float(self) <= other


def test_s17_speed17_each_split_is_tested_once_per_call():
    # forty trees, each splitting on the same feature at the same threshold over two leaves, and
    # one more at another threshold: the written-out function makes each (feature, threshold)
    # test once a call, not once a tree, and scores as the walk does, NaN and missing values too
    trees = [[{"feature": [0, -1, -1], "threshold": [0.5, 0.0, 0.0], "left": [1, -1, -1], "right": [2, -1, -1],
               "value": [0.0, 0.1 * k, -0.3 * k]}] for k in range(40)]
    trees.append([{"feature": [0, -1, -1], "threshold": [2.5, 0.0, 0.0], "left": [1, -1, -1], "right": [2, -1, -1],
                   "value": [0.0, 1.0, 7.0]}])
    model = {"features": ["a"], "init": [0.25], "learning_rate": 0.3, "trees": trees}
    compiled = _compile_trees(model)
    for x in (0.0, 0.5, math.nextafter(0.5, 1.0), 2.5, 3.0, -4.0, math.nan):
        assert compiled({"a": x}) == _walk_trees(model, {"a": x})
    assert compiled({}) == _walk_trees(model, {})
    _CountedFloat.tests = 0
    compiled({"a": _CountedFloat(1.0)})
    assert _CountedFloat.tests == 2  # (a <= 0.5 and a <= 2.5)
