"""Shipped resources under models/: found in the installed package or the source tree."""

from __future__ import annotations

import functools
import json
import math
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["resource_path", "load_json", "load_model", "linear", "boosted"]

_SOURCE_MODELS = Path(__file__).resolve().parents[2] / "models"


def resource_path(name: str) -> Path:
    """The path of ``models/<name>``: inside the wheel (newsie/models) or the checkout."""
    packaged = resources.files("newsie").joinpath("models", name)
    if packaged.is_file():
        return Path(str(packaged))
    candidate = _SOURCE_MODELS / name
    if candidate.is_file():
        return candidate
    raise FileNotFoundError(
        f"newsie resource {name!r} not found in {packaged} nor {candidate}; the installation is incomplete"
    )


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    """A shipped JSON resource, loaded once."""
    return json.loads(resource_path(name).read_text(encoding="utf-8"))


def load_model(name: str, keys: tuple[str, ...] = ("version", "weights", "bias")) -> dict[str, Any]:
    """A shipped model's JSON, refused with a clear error if it lacks what newsie reads."""
    model = load_json(name)
    missing = [k for k in keys if k not in model]
    if missing:
        raise ValueError(f"{resource_path(name)} has no {', '.join(missing)}: not a newsie model of this version")
    return model


def linear(weights: dict[str, float], bias: float, features: dict[str, float]) -> float:
    """The score of a linear model: bias plus the weights of the features present."""
    z = bias
    for name, value in features.items():
        z += weights.get(name, 0.0) * value
    return z


def boosted(model: dict[str, Any], features: dict[str, float]) -> list[float]:
    """The raw scores (log-odds), one per class, of a shipped gradient-boosted tree model.

    ``model`` holds ``features`` (the names trees split on), ``init`` (one score per class),
    ``learning_rate`` and ``trees``: per boosting stage, one tree per class, each as flat
    lists ``feature`` (index into ``features``; -1 at a leaf), ``threshold``, ``left``,
    ``right`` and ``value``. A feature absent from ``features`` counts 0, as in training;
    a split sends ``x <= threshold`` left.

    >>> tree = {"feature": [0, -1, -1], "threshold": [0.5, 0, 0], "left": [1, -1, -1],
    ...         "right": [2, -1, -1], "value": [0, -1.0, 2.0]}
    >>> m = {"features": ["kicker"], "init": [0.25], "learning_rate": 0.5, "trees": [[tree]]}
    >>> boosted(m, {"kicker": 1.0}), boosted(m, {})
    ([1.25], [-0.25])
    """
    fn = model.get("_compiled")
    if fn is None:  # once per model
        fn = model["_compiled"] = _compile_trees(model)
    return fn(features)


def _tree_source(t: dict[str, list], node: int, rate: float, depth: int,
                 tests: dict[tuple[int, float], str] | None = None) -> str | None:
    """One tree as a nested conditional expression (None past a depth Python may not parse, or
    at a value that has no literal). ``tests``: the name of the local holding each split's
    test (``x{feature} <= threshold``, computed once per call), by (feature, threshold);
    without it the test is written out at the split."""
    feature = t["feature"][node]
    if feature < 0:
        value = rate * t["value"][node]
        return repr(value) if math.isfinite(value) else None
    if depth > _MAX_DEPTH or not math.isfinite(t["threshold"][node]):
        return None
    left = _tree_source(t, t["left"][node], rate, depth + 1, tests)
    right = _tree_source(t, t["right"][node], rate, depth + 1, tests)
    if left is None or right is None:
        return None
    test = tests[(feature, t["threshold"][node])] if tests is not None else f"x{feature} <= {t['threshold'][node]!r}"
    return f"({left} if {test} else {right})"


_MAX_DEPTH = 40
_TERMS_PER_LINE = 32  # trees summed in one expression (its depth grows with them)


def _compile_trees(model: dict[str, Any]) -> Callable[[dict[str, float]], list[float]]:
    """A function giving :func:`boosted`'s scores for a model: its trees written out as
    Python conditionals, compiled once. Each class's score adds the same leaf values
    (``learning_rate * value``, as floats) in the same order as walking the trees would,
    so the scores are the same to the last bit."""
    rate = model["learning_rate"]
    trees = [(k, t) for stage in model["trees"] for k, t in enumerate(stage)]
    # each split's test (feature, threshold) is made once per call into a local the trees
    # branch on (the trees of a model split on one feature at one threshold many times over:
    # segment_roles, 2,779 splits on 110 features at 0.5); the same comparison, so the same branch
    splits = sorted({(t["feature"][j], t["threshold"][j]) for _, t in trees for j in range(len(t["feature"]))
                     if t["feature"][j] >= 0 and math.isfinite(t["threshold"][j])})
    tests = {split: f"c{j}" for j, split in enumerate(splits)}
    exprs = [(k, _tree_source(t, 0, rate, 0, tests)) for k, t in trees]
    if any(e is None for _, e in exprs):
        return functools.partial(_walk_trees, model)  # too deep to write out: walk them
    used = sorted({f for _, t in trees for f in t["feature"] if f >= 0})
    init = list(model["init"])
    body = ["def scores(features):", "    get = features.get"]
    once = {f for f, n in Counter(f for f, _ in splits).items() if n == 1}  # split at one threshold only
    body += [f"    x{i} = get({model['features'][i]!r}, 0.0)" for i in used if i not in once]
    body += [f"    {name} = get({model['features'][f]!r}, 0.0) <= {thr!r}" if f in once else f"    {name} = x{f} <= {thr!r}"
             for (f, thr), name in tests.items()]
    # each class's score is its init plus the trees' leaf values, added left to right as the
    # stages come (the same sums, rounded at each step, as adding them one by one), in runs of
    # _TERMS_PER_LINE terms a statement: the score is read and stored once a run, not once a tree
    for k, v in enumerate(init):
        terms = [e for c, e in exprs if c == k]
        body.append(f"    s{k} = {v!r}")
        for j in range(0, len(terms), _TERMS_PER_LINE):
            body.append(f"    s{k} = s{k} + " + " + ".join(terms[j : j + _TERMS_PER_LINE]))
    body.append(f"    return [{', '.join(f's{k}' for k in range(len(init)))}]")
    namespace: dict[str, Any] = {}
    # the source holds only numbers and the feature names, as repr() writes them
    exec(compile("\n".join(body), f"<newsie trees {model.get('version', '')}>", "exec"), namespace)  # noqa: S102
    return namespace["scores"]


def _walk_trees(model: dict[str, Any], features: dict[str, float]) -> list[float]:
    """:func:`boosted` by walking each tree's nodes (for trees too deep to write out)."""
    rate = model["learning_rate"]
    x = [features.get(name, 0.0) for name in model["features"]]
    scores = list(model["init"])
    for stage in model["trees"]:
        for k, t in enumerate(stage):
            node = 0
            while t["feature"][node] >= 0:
                f = t["feature"][node]
                node = t["left"][node] if x[f] <= t["threshold"][node] else t["right"][node]
            scores[k] += rate * t["value"][node]
    return scores
