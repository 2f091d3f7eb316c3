"""What the build scripts of newsie's small models share: paths, fitting, writing.

Each model is a logistic regression or a small gradient-boosted tree ensemble over
binary layout features, trained on the segmentation benchmark's DEV pages (never the
test pages) and written as plain JSON (`newsie._resources.linear` and `boosted` read them).
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

ROOT = Path(__file__).resolve().parents[1]


def _newsie_on_pythonpath() -> bool:
    """Does PYTHONPATH name a folder holding a newsie package? A run that measures another
    tree's code (``PYTHONPATH=../wt-x/src python benchmarks/segmentation/crossfit.py``) must
    score that code, not this checkout's src/ put first."""
    paths = os.environ.get("PYTHONPATH", "").split(os.pathsep)
    return any((Path(p) / "newsie" / "__init__.py").is_file() for p in paths if p)


if not _newsie_on_pythonpath():
    sys.path.insert(0, str(ROOT / "src"))  # (a checkout's build scripts read its own source)
sys.path.insert(0, str(ROOT / "benchmarks" / "segmentation"))

import make_pages  # noqa: E402

WS = re.compile(r"\s+")


# The layout seeds the DEV pages are drawn with. Refitting both tree models on seeds 2024, 7
# and 11 (three draws of the same days) and scoring on seeds 101 and 202, never fitted on,
# moved dev sim count / body / headline by +1.3 / -0.1 / +0.6 (seed 101) and -0.7 / -0.2 /
# +0.5 points (seed 202) and cost seed 2024's headlines 1.2 points: the models are not what
# ties the figures to seed 2024's draw, so they stay fitted on the benchmark's seed alone.
# Session 13 (crossfit.py --train-seeds, count / body / headline against the default folds):
# seeds 2024+13+17 raise the pdf route on every set (seed 7 +2.1 / +0.5 / +1.4 points, seed 11
# +1.6 / +0.8 / +1.3, seed 2024 +1.0 / +0.4 / +0.1, jump pages +1.3 / +0.5 / +0.2) but cost the
# sim route seed 2024's figures (-1.8 / -0.5 / -0.3) and a little on seed 7 (-0.2 / -0.2 / -0.1)
# and seed 11's headlines (+1.3 / +0.2 / -0.6): a trade, left to a decision; 2024+13 alone is
# worse on sim. `--train-seeds` on every build script (and refit.py) fits such a set.
TRAIN_SEEDS = (make_pages.DEFAULT_SEED,)

# Set by benchmarks/segmentation/crossfit.py, which fits each fold's models on the other days:
# the days of the month to train on (None: every DEV day) and the tree settings to try.
DAYS: frozenset[int] | None = None
TREE_PARAMS: dict[str, Any] = {}
DROP_FEATURES: tuple[str, ...] = ()  # name prefixes the tree models are not to read
# Days of the other month (January 1998, benchmarks/segmentation/pd1998.py) whose pages are
# added to the training pages, both routes (empty: none, the shipped build). Only its reading
# days 01-15 may be given: days 16-31 judge what is fitted.
PD1998_DAYS: frozenset[int] = frozenset()
PD1998_READING_DAYS = frozenset(range(1, 16))


def dev_pages(seeds: Iterable[int] | None = None) -> list[dict[str, Any]]:
    """Every DEV page of the benchmark, both routes, drawn with each of ``seeds``.

    The default seed's pages are the benchmark's cache; another seed's are cached under
    ``.cache/seed-N/`` (as ``run.py --seed N`` caches them), never over them.
    """
    pages: list[dict[str, Any]] = []
    home = make_pages.CACHE_DIR
    seeds = TRAIN_SEEDS if seeds is None else seeds
    import pdf_probe

    why = pdf_probe.problem()
    if why:  # a machine with no CJK font would leave about half the pdf pages out
        raise RuntimeError(f"the models are fitted on pdf pages too: {why}")
    for seed in seeds:
        make_pages.CACHE_DIR = home if seed == make_pages.DEFAULT_SEED else home / f"seed-{seed}"
        try:
            pages += make_pages.generate("dev", "sim", seed=seed) + make_pages.generate("dev", "pdf", seed=seed)
        finally:
            make_pages.CACHE_DIR = home
    if DAYS is not None:
        pages = [p for p in pages if int(p["issue_date"][-2:]) in DAYS]
    return pages + pd1998_pages(PD1998_DAYS)


def pd1998_pages(days: Iterable[int]) -> list[dict[str, Any]]:
    """The other month's pages of ``days`` (reading days 01-15 only), both routes, the
    benchmark's layout seed: what ``--with-pd1998`` adds to the training pages."""
    days = frozenset(days)
    if not days:
        return []
    if not days <= PD1998_READING_DAYS:
        raise SystemExit(f"pd1998 days {sorted(days - PD1998_READING_DAYS)} are judging days: never trained on")
    import pd1998

    pages = pd1998.generate("sim") + pd1998.generate("pdf")
    return [p for p in pages if int(str(p["issue_date"])[-2:]) in days]


def _days_text(days: Iterable[int]) -> str:
    """``{1, 2, 3, 7}`` as ``"01-03, 07"``."""
    runs: list[list[int]] = []
    for d in sorted(days):
        if runs and d == runs[-1][1] + 1:
            runs[-1][1] = d
        else:
            runs.append([d, d])
    return ", ".join(f"{a:02d}" if a == b else f"{a:02d}-{b:02d}" for a, b in runs)


def parse_days(spec: str) -> frozenset[int]:
    """``"1-15"`` or ``"1-5,8"``: a set of days of the month."""
    days: set[int] = set()
    for part in filter(None, spec.replace(" ", ",").split(",")):
        lo, _, hi = part.partition("-")
        days.update(range(int(lo), int(hi or lo) + 1))
    return frozenset(days)


def cli(main, out: Path, about: str) -> None:
    """The command line every build script shares: where to write, which extra pages to add."""
    import argparse

    global PD1998_DAYS, TRAIN_SEEDS
    ap = argparse.ArgumentParser(description=about)
    ap.add_argument("--out", type=Path, default=out, help=f"where to write the model (default {out})")
    ap.add_argument("--with-pd1998", metavar="DAYS", default="",
                    help="add the other month's pages of these reading days (e.g. 1-15), both routes,"
                         " to the 2019 DEV pages (days 16-31 refused)")
    ap.add_argument("--train-seeds", type=int, nargs="+", default=None, metavar="SEED",
                    help=f"fit on the DEV pages of these layout draws (default {' '.join(map(str, TRAIN_SEEDS))};"
                         " another draw's pages are made under .cache/seed-N/ if not there)")
    args = ap.parse_args()
    shipped = TRAIN_SEEDS
    PD1998_DAYS = parse_days(args.with_pd1998)
    TRAIN_SEEDS = tuple(dict.fromkeys(args.train_seeds)) if args.train_seeds else shipped
    try:
        main(out=args.out)
    finally:
        PD1998_DAYS, TRAIN_SEEDS = frozenset(), shipped


def trained_on() -> str:
    """What the models are fitted on, in words (the model file's ``trained_on``): the layout
    draws are named only when they are not the benchmark's own alone."""
    seeds = "" if TRAIN_SEEDS == (make_pages.DEFAULT_SEED,) else \
        f", layout seeds {', '.join(map(str, TRAIN_SEEDS))}"
    return ("segmentation benchmark DEV pages (2019-10-01..15), sim and pdf routes" + seeds
            + (f", and the other month's pages of 1998-01 days {_days_text(PD1998_DAYS)} (pd1998.py)"
               if PD1998_DAYS else ""))


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
        "trained_on": trained_on(),
        "examples": len(labels),
        "labels": {str(k): v for k, v in Counter(labels).items()},
        "cv_accuracy": round(acc, 4),
        **fields,
    }
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(labels)} examples {dict(Counter(labels))}, 5-fold accuracy {acc:.4f}")


def fit_trees(rows: Iterable[tuple[dict[str, float], Any]], n_estimators: int = 100, max_depth: int = 3,
              learning_rate: float = 0.1):
    """Fit gradient-boosted trees; return (feature names, model, labels, 5-fold accuracy)."""
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.model_selection import cross_val_score

    rows = list(rows)
    feats, labels = [f for f, _ in rows], [y for _, y in rows]
    if DROP_FEATURES:
        feats = [{k: v for k, v in f.items() if not k.startswith(DROP_FEATURES)} for f in feats]
    vec = DictVectorizer(sparse=False)
    X = vec.fit_transform(feats)
    params = {"n_estimators": n_estimators, "max_depth": max_depth, "learning_rate": learning_rate,
              "random_state": 0, **TREE_PARAMS}
    model = GradientBoostingClassifier(**params)
    acc = float(cross_val_score(model, X, labels, cv=5).mean())
    model.fit(X, labels)
    return list(vec.get_feature_names_out()), model, labels, acc


def tree_fields(names: list[str], model) -> dict[str, Any]:
    """A fitted GradientBoostingClassifier as the JSON fields `newsie._resources.boosted` reads.

    Only the features some tree splits on are kept; the initial scores are read back from
    the model's own decision function, so the file reproduces it exactly.
    """
    import numpy as np

    used = sorted({int(f) for stage in model.estimators_ for t in stage for f in t.tree_.feature if f >= 0})
    index = {f: k for k, f in enumerate(used)}
    trees = []
    for stage in model.estimators_:
        out = []
        for t in stage:
            tr = t.tree_
            out.append({
                "feature": [index[int(f)] if f >= 0 else -1 for f in tr.feature],
                "threshold": [round(float(v), 6) for v in tr.threshold],
                "left": [int(v) for v in tr.children_left],
                "right": [int(v) for v in tr.children_right],
                "value": [round(float(v), 6) for v in tr.value[:, 0, 0]],
            })
        trees.append(out)
    x0 = np.zeros((1, len(names)))
    raw = np.atleast_1d(model.decision_function(x0)[0])
    lr = float(model.learning_rate)
    tree_sum = np.zeros(len(trees[0]))
    for stage in model.estimators_:
        tree_sum += np.array([t.predict(x0)[0] for t in stage])
    init = raw - lr * tree_sum
    return {"kind": "gradient-boosted trees", "features": [names[f] for f in used],
            "init": [round(float(v), 6) for v in init], "learning_rate": lr, "trees": trees}
