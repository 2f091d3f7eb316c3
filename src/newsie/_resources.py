"""Shipped resources under models/: found in the installed package or the source tree."""

from __future__ import annotations

import json
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
    compiled = model.get("_compiled")
    if compiled is None:  # once per model: each tree as a tuple of nodes, leaves scaled
        rate = model["learning_rate"]
        compiled = model["_compiled"] = tuple(
            (k, tuple(zip(t["feature"], t["threshold"], t["left"], t["right"], [rate * v for v in t["value"]])))
            for stage in model["trees"] for k, t in enumerate(stage)
        )
    x = [features.get(name, 0.0) for name in model["features"]]
    scores = list(model["init"])
    for k, nodes in compiled:
        feature, threshold, left, right, value = nodes[0]
        while feature >= 0:
            feature, threshold, left, right, value = nodes[left if x[feature] <= threshold else right]
        scores[k] += value
    return scores
