"""What the build scripts of newsie's small models share: paths, fitting, writing.

Each model is a logistic regression over binary layout features, trained on the
segmentation benchmark's DEV pages (never the test pages) and written as plain JSON.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks" / "segmentation"))

import make_pages  # noqa: E402

WS = re.compile(r"\s+")


def dev_pages() -> list[dict[str, Any]]:
    """Every DEV page of the benchmark, both routes."""
    return make_pages.generate("dev", "sim") + make_pages.generate("dev", "pdf")


def fit(rows: Iterable[tuple[dict[str, float], Any]]):
    """Fit a logistic regression; return (feature names, model, labels, 5-fold accuracy)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_score

    rows = list(rows)
    feats, labels = [f for f, _ in rows], [y for _, y in rows]
    vec = DictVectorizer(sparse=False)
    X = vec.fit_transform(feats)
    model = LogisticRegression(C=1.0, max_iter=3000)
    acc = float(cross_val_score(model, X, labels, cv=5).mean())
    model.fit(X, labels)
    return list(vec.get_feature_names_out()), model, labels, acc


def binary_weights(names: list[str], model) -> tuple[float, dict[str, float]]:
    """Bias and weights of a two-class model."""
    return round(float(model.intercept_[0]), 4), {n: round(float(w), 4) for n, w in sorted(zip(names, model.coef_[0]))}


def write(out: Path, about: str, labels: list[Any], acc: float, **fields: Any) -> None:
    """Write the model file and say what was trained."""
    data = {
        "about": about,
        "trained_on": "segmentation benchmark DEV pages (2019-10-01..15), sim and pdf routes",
        "examples": len(labels),
        "labels": {str(k): v for k, v in Counter(labels).items()},
        "cv_accuracy": round(acc, 4),
        **fields,
    }
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(labels)} examples {dict(Counter(labels))}, 5-fold accuracy {acc:.4f}")
