"""Score the segmenter on DEV pages it was not trained on: cross-fitted by day.

The shipped models (models/reflow_breaks.json, segment_heads.json, segment_roles.json)
are fitted on every DEV page, so `run.py --set dev` scores them on their own training
pages. Trees remember much of what they saw there: at session 8's start, models fitted on
days 01-08 read the headlines of days 09-15 4.7 (sim) and 7.6 (pdf) points worse than the
shipped ones, about the gap between the dev and the test figures. This script fits the three
models anew for each fold of days, on the other DEV days only, and scores each page with the
models of its fold, so a dev figure says what a page from another day (or month) would get.

    python benchmarks/segmentation/crossfit.py --route sim           # 3 folds of days
    python benchmarks/segmentation/crossfit.py --route pdf --report /tmp/cf-pdf.json
    python benchmarks/segmentation/crossfit.py --route sim --trees max_depth=2 n_estimators=200
    python benchmarks/segmentation/crossfit.py --route pdf --seed 7     # another layout draw, scored
    python benchmarks/segmentation/crossfit.py --route sim --jumps      # the many jumps of jumps.py
    python benchmarks/segmentation/crossfit.py --route pdf --with-pd1998 1-15  # + the other month's reading days in every fold

Fold models are cached under `.cache/crossfit/<settings>-<code>/`, keyed by the tree
settings and the code that makes them (src/newsie, the build scripts); a change to either
refits them (about 35 s a fold; `--reuse` scores with the newest fold models of the same
settings instead, for quick looks at a rule that does not change what the models read).
The test pages are never read.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "models"))

import make_pages  # noqa: E402
import score  # noqa: E402

#: the models fitted per fold, in the order they must be fitted (each reads the ones before)
BUILDS = ("reflow_breaks", "segment_heads", "segment_roles")
DEV_DAYS = tuple(range(1, 16))


def folds(n: int) -> list[frozenset[int]]:
    """The DEV days cut into ``n`` runs of consecutive days (3: 01-05, 06-10, 11-15)."""
    size = -(-len(DEV_DAYS) // n)
    return [frozenset(DEV_DAYS[k:k + size]) for k in range(0, len(DEV_DAYS), size)]


def settings_key(params: dict[str, Any], n: int, seeds: tuple[int, ...], drop: tuple[str, ...],
                 pd1998_days: frozenset[int] = frozenset()) -> str:
    """A hash of the fitting settings (the other month's days only when some are added, so
    the folds of the default settings keep their key)."""
    key: list[Any] = [sorted(params.items()), n, seeds, drop]
    if pd1998_days:
        key.append(["pd1998", sorted(pd1998_days)])
    return hashlib.sha1(json.dumps(key).encode()).hexdigest()[:8]


def code_key() -> str:
    """A hash of the code the fold models depend on: newsie's source and the build scripts."""
    h = hashlib.sha1()
    files = sorted((ROOT / "src" / "newsie").rglob("*.py")) + sorted((ROOT / "models").glob("*.py"))
    for f in files + [HERE / "make_pages.py", HERE / "corpus.py"]:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:8]


@contextlib.contextmanager
def models_from(folder: Path) -> Iterator[None]:
    """Let newsie read the models in ``folder`` (the shipped ones for any other file)."""
    from newsie import _resources

    shipped = _resources.resource_path

    def resource_path(name: str) -> Path:
        p = folder / name
        return p if p.is_file() else shipped(name)

    _resources.resource_path = resource_path
    _resources.load_json.cache_clear()
    try:
        yield
    finally:
        _resources.resource_path = shipped
        _resources.load_json.cache_clear()


def fit_fold(days: frozenset[int], folder: Path, params: dict[str, Any], seeds: tuple[int, ...],
             drop: tuple[str, ...] = (), pd1998_days: frozenset[int] = frozenset()) -> None:
    """Fit the three models on the DEV ``days`` (and the other month's ``pd1998_days``, reading
    days only) into ``folder``, each read by the next."""
    import importlib

    import _train

    from newsie import _resources

    folder.mkdir(parents=True, exist_ok=True)
    _train.DAYS, _train.TREE_PARAMS, shipped_seeds = days, params, _train.TRAIN_SEEDS
    _train.TRAIN_SEEDS, _train.DROP_FEATURES, _train.PD1998_DAYS = seeds, drop, frozenset(pd1998_days)
    try:
        with models_from(folder):
            for name in BUILDS:
                module = importlib.import_module(f"build_{name}")
                module.main(out=folder / f"{name}.json")
                _resources.load_json.cache_clear()  # the next build reads the model just written
    finally:
        _train.DAYS, _train.TREE_PARAMS, _train.TRAIN_SEEDS, _train.DROP_FEATURES = None, {}, shipped_seeds, ()
        _train.PD1998_DAYS = frozenset()


def crossfit_scores(pages: list[dict[str, Any]], n_folds: int, params: dict[str, Any],
                    seeds: tuple[int, ...] = (make_pages.DEFAULT_SEED,), drop: tuple[str, ...] = (),
                    stitch: bool = True, reuse: bool = False,
                    pd1998_days: frozenset[int] = frozenset()) -> score.Scores:
    """Score ``pages`` (DEV) with, for each page, the models fitted on the other folds' days."""
    import newsie

    settings = settings_key(params, n_folds, seeds, drop, pd1998_days)
    home = make_pages.CACHE_DIR / "crossfit" / f"{settings}-{code_key()}"
    if reuse and not home.is_dir():
        fitted = sorted(home.parent.glob(f"{settings}-*"), key=lambda p: p.stat().st_mtime)
        if fitted:
            home = fitted[-1]
            print(f"reusing the fold models in {home}, fitted with other code", file=sys.stderr)
        elif not params and n_folds == 3 and seeds == (make_pages.DEFAULT_SEED,) and not drop and not pd1998_days:
            # (a new machine: the figures of sessions 49-59 are those of the folds fitted at eae67bd,
            # code key 4e153162; those of sessions 17-48 of the folds fitted at 59574d9, ced68491)
            print("no fold models in the cache: fitting them with this code; to reproduce the figures "
                  "in README.md since session 49, fit them once at eae67bd (README, session 59; sessions 17-48: 59574d9)", file=sys.stderr)
    parts = folds(n_folds)
    for k, days in enumerate(parts):
        folder = home / f"fold-{k}"
        if not all((folder / f"{name}.json").is_file() for name in BUILDS):
            print(f"fitting fold {k} (days {min(days):02d}-{max(days):02d} held out) into {folder}", file=sys.stderr)
            extra = {"pd1998_days": pd1998_days} if pd1998_days else {}  # the default call as before
            fit_fold(frozenset(DEV_DAYS) - days, folder, params, seeds, drop, **extra)

    def fold_of(issue_date: str) -> Path:
        day = int(str(issue_date)[-2:])
        return home / f"fold-{next(k for k, d in enumerate(parts) if day in d)}"

    stage = newsie.Pipeline(list(score.SEGMENTATION_STAGE))
    active: dict[Path, contextlib.ExitStack] = {}

    def use(folder: Path) -> None:  # switch models only when the fold changes (pages come by day)
        if folder not in active:
            for stack in active.values():
                stack.close()
            active.clear()
            active[folder] = stack = contextlib.ExitStack()
            stack.enter_context(models_from(folder))

    def parse(text: str, **kw: Any) -> Any:
        use(fold_of(kw["issue_date"]))
        return stage(text, **kw)

    def parse_issue(pages_: dict[int, str], **kw: Any) -> Any:
        use(fold_of(kw["issue_date"]))
        return newsie.parse_issue(pages_, pipeline=stage, **kw)

    try:
        return score.score_pages(pages, parse=parse, parse_issue=parse_issue if stitch else False)
    finally:
        for stack in active.values():
            stack.close()


def _value(text: str) -> Any:
    for cast in (int, float):
        with contextlib.suppress(ValueError):
            return cast(text)
    return text


def seed_pages(route: str, seed: int, ids: list[str] | None = None) -> list[dict[str, Any]]:
    """The DEV pages of layout draw ``seed``, cached as run.py --seed caches them (another
    seed's under .cache/seed-N/; the fold models stay with the benchmark's own cache)."""
    home = make_pages.CACHE_DIR
    if seed != make_pages.DEFAULT_SEED:
        make_pages.CACHE_DIR = home / f"seed-{seed}"
    try:
        return make_pages.generate("dev", route, ids=ids, seed=seed)
    finally:
        make_pages.CACHE_DIR = home


def _days(specs: list[str]) -> set[int]:
    """``["1-10", "13"]`` -> {1, ..., 10, 13}."""
    days: set[int] = set()
    for spec in specs:
        lo, _, hi = spec.partition("-")
        days.update(range(int(lo), int(hi or lo) + 1))
    return days


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="the segmentation benchmark's DEV set, cross-fitted by day")
    ap.add_argument("--route", choices=["sim", "pdf"], default="sim")
    ap.add_argument("--folds", type=int, default=3)
    ap.add_argument("--pages", nargs="*", metavar="PAGE_ID", help="only these pages")
    ap.add_argument("--seed", type=int, default=make_pages.DEFAULT_SEED,
                    help="score another layout draw of the DEV days (cached under .cache/seed-N/)")
    ap.add_argument("--trees", nargs="*", default=[], metavar="NAME=VALUE",
                    help="GradientBoostingClassifier settings for both tree models")
    ap.add_argument("--train-seeds", type=int, nargs="+", default=[make_pages.DEFAULT_SEED],
                    help="the layout draws of the DEV pages the models are fitted on")
    ap.add_argument("--drop", nargs="*", default=[], metavar="PREFIX",
                    help="feature-name prefixes the tree models are fitted without")
    ap.add_argument("--reuse", action="store_true",
                    help="score with the newest fold models of these settings even if the code changed since"
                         " (quick, approximate: a change to the features needs a refit)")
    ap.add_argument("--days", nargs="*", default=None, metavar="D[-D]",
                    help="score only the pages of these DEV days (e.g. 11-15): rules written by reading"
                         " some days are judged on the others; the fold models are the same")
    ap.add_argument("--with-pd1998", metavar="DAYS", default="",
                    help="add the other month's pages of these reading days (e.g. 1-15) to every fold's"
                         " training pages (days 16-31 refused)")
    ap.add_argument("--report", type=Path, default=None, help="where to write the JSON report")
    ap.add_argument("--no-stitch", action="store_true")
    ap.add_argument("--jumps", action="store_true",
                    help="score the extra jump pages of jumps.py (DEV days, many more 下转/上接 pairs)"
                         " instead of the ordinary DEV pages; the fold models are the same")
    args = ap.parse_args(argv)
    import pdf_probe  # the folds are fitted on pdf pages too, whatever route is scored

    why = pdf_probe.problem()
    if why:
        print(f"crossfit: {why}", file=sys.stderr)
        return 2
    params = {k: _value(v) for k, v in (t.split("=", 1) for t in args.trees)}
    try:
        if args.jumps:  # (another seed's jump pages are cached beside the default's: jumps.cache_dir)
            import jumps

            pages = jumps.generate(args.route, ids=args.pages, seed=args.seed)
        else:
            pages = seed_pages(args.route, args.seed, ids=args.pages)
    except (FileNotFoundError, ImportError) as exc:
        print(f"segmentation crossfit: cannot make the pages ({exc})", file=sys.stderr)
        return 2
    if args.days is not None:
        keep = _days(args.days)
        pages = [p for p in pages if int(str(p["issue_date"])[-2:]) in keep]
    import _train

    pd_days = _train.parse_days(args.with_pd1998)
    if not pd_days <= _train.PD1998_READING_DAYS:
        ap.error("--with-pd1998: only the other month's reading days 1-15")
    sc = crossfit_scores(pages, args.folds, params, tuple(args.train_seeds), tuple(args.drop),
                         stitch=not args.no_stitch, reuse=args.reuse, pd1998_days=pd_days)
    name = "dev-crossfit" if args.seed == make_pages.DEFAULT_SEED else f"dev-crossfit seed {args.seed}"
    name += " jumps" if args.jumps else ""
    name += f" days {' '.join(args.days)}" if args.days is not None else ""
    name += f" +pd1998 {args.with_pd1998}" if pd_days else ""
    print(score.summary_line(sc, name, args.route))
    if args.report:
        score.write_report(sc, args.report, "dev-crossfit", args.route)
        print(f"report: {args.report}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
