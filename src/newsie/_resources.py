"""Shipped resources under models/: found in the installed package or the source tree."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["resource_path", "load_json", "load_model", "linear"]

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
