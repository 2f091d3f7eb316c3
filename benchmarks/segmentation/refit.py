"""Would a refit of the shipped segmentation models do as well as the files shipped?

Fits the three models (reflow_breaks, segment_heads, segment_roles) on every DEV day with the
code of the working tree, into a folder, as crossfit.py fits a fold, and scores the DEV pages
of another layout draw (seed 7 by default: the same days, never fitted on) with the shipped
files and with the refit, side by side. ``--only`` swaps in some of the refitted files alone
(the others shipped), to see which model a difference is in.

    python benchmarks/segmentation/refit.py                       # fit (~1 min) if needed, score sim and pdf
    python benchmarks/segmentation/refit.py --only reflow_breaks  # the refitted reflow alone
    python benchmarks/segmentation/refit.py --folder /tmp/other --no-shipped
    python benchmarks/segmentation/refit.py --folder /tmp/reflow-only --as-is   # a folder's files as they are
    python benchmarks/segmentation/refit.py --with-pd1998 1-15    # fitted on the other month's reading days too
    python benchmarks/segmentation/refit.py --train-seeds 2024 13 # fitted on two layout draws of the DEV days

The refit goes to `.cache/refit/<code>/` (keyed like crossfit.py's folds), never over
models/*.json. The test pages are never read.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import crossfit
import make_pages
import score


def refit_folder(folder: Path | None = None, pd1998_days: frozenset[int] = frozenset(),
                 seeds: tuple[int, ...] = (make_pages.DEFAULT_SEED,)) -> Path:
    """The three models fitted on every DEV day of the layout draws ``seeds`` (and the other
    month's ``pd1998_days``, reading days only) with the current code (fitted if not there)."""
    if folder is None:
        extra = f"-pd1998-{min(pd1998_days):02d}-{max(pd1998_days):02d}-{len(pd1998_days)}" if pd1998_days else ""
        if seeds != (make_pages.DEFAULT_SEED,):
            extra += "-seeds-" + "-".join(map(str, seeds))
        folder = make_pages.CACHE_DIR / "refit" / (crossfit.code_key() + extra)
    if not all((folder / f"{name}.json").is_file() for name in crossfit.BUILDS):
        also = f" and the other month's days {sorted(pd1998_days)}" if pd1998_days else ""
        print(f"fitting the three models on every DEV day (layout seeds {list(seeds)}){also} into {folder}",
              file=sys.stderr)
        crossfit.fit_fold(frozenset(crossfit.DEV_DAYS), folder, {}, seeds, pd1998_days=pd1998_days)
    return folder


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="shipped segmentation models against a refit on every DEV day")
    ap.add_argument("--seed", type=int, default=7, help="the layout draw scored (7: never fitted on)")
    ap.add_argument("--routes", nargs="+", default=["sim", "pdf"], choices=["sim", "pdf"])
    ap.add_argument("--folder", type=Path, default=None, help="the refit's folder (fitted there if empty)")
    ap.add_argument("--only", nargs="+", default=None, choices=list(crossfit.BUILDS),
                    help="swap in only these refitted models (the others shipped)")
    ap.add_argument("--no-shipped", action="store_true", help="do not score the shipped files")
    ap.add_argument("--with-pd1998", metavar="DAYS", default="",
                    help="fit on the other month's pages of these reading days (e.g. 1-15) too (16-31 refused)")
    ap.add_argument("--train-seeds", type=int, nargs="+", default=[make_pages.DEFAULT_SEED], metavar="SEED",
                    help="fit on the DEV pages of these layout draws (the scored --seed must not be one)")
    ap.add_argument("--fit-only", action="store_true", help="fit the folder and score nothing")
    ap.add_argument("--as-is", action="store_true",
                    help="score --folder as it is, fitting nothing (a file it lacks: the shipped one)")
    args = ap.parse_args(argv)
    import _train

    pd_days = _train.parse_days(args.with_pd1998)
    if not pd_days <= _train.PD1998_READING_DAYS:
        ap.error("--with-pd1998: only the other month's reading days 1-15")
    seeds = tuple(dict.fromkeys(args.train_seeds))
    if args.seed in seeds and not args.fit_only:
        ap.error(f"--seed {args.seed} is one of the draws fitted on: score another")
    folder = args.folder if args.as_is and args.folder else refit_folder(args.folder, pd_days, seeds)
    if args.fit_only:
        print(folder)
        return 0
    use = folder
    if args.only:
        use = Path(tempfile.mkdtemp(prefix="refit-only-"))
        for name in args.only:
            shutil.copy(folder / f"{name}.json", use / f"{name}.json")
    label = "refit" + (f" ({' '.join(args.only)})" if args.only else "")
    for route in args.routes:
        pages = crossfit.seed_pages(route, args.seed)
        if not args.no_shipped:
            print(score.summary_line(score.score_pages(pages), f"dev seed {args.seed} shipped", route))
        with crossfit.models_from(use):
            print(score.summary_line(score.score_pages(pages), f"dev seed {args.seed} {label}", route))
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
