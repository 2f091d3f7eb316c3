"""Generate (if not cached) the benchmark pages of a set and score newsie on them.

    python benchmarks/segmentation/run.py --set dev --route sim
    python benchmarks/segmentation/run.py --set test --route sim --limit 100
    python benchmarks/segmentation/run.py --set dev --route pdf --limit 50
    python benchmarks/segmentation/run.py --set dev --route pdf --speed-repeat 3   # + best of 3, warm

Prints one summary line and writes a JSON report with the per-page failures to
``benchmarks/segmentation/.cache/reports/<set>-<route>.json``. Tune on ``dev`` only;
``test`` is for the numbers you report.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_pages
import score


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="newsie article-segmentation benchmark")
    ap.add_argument("--set", choices=["dev", "test"], default="dev")
    ap.add_argument("--route", choices=["sim", "clean", "pdf"], default="sim")
    ap.add_argument("--limit", type=int, default=None, help="first N pages of the set")
    ap.add_argument("--seed", type=int, default=make_pages.DEFAULT_SEED)
    ap.add_argument("--pages", nargs="*", metavar="PAGE_ID", help="only these pages")
    ap.add_argument("--sample", type=int, metavar="N", help="the fixed N-page sample the test uses")
    ap.add_argument("--report", type=Path, default=None, help="where to write the JSON report")
    ap.add_argument("--no-report", action="store_true")
    ap.add_argument("--no-stitch", action="store_true", help="skip newsie.parse_issue")
    ap.add_argument("--speed-repeat", type=int, metavar="N",
                    help="also time the segmentation stage N more times after a warm-up page, and "
                         "jieba.lcut over the same texts as a yardstick; print each pass")
    args = ap.parse_args(argv)
    if args.route == "pdf":
        import pdf_probe

        why = pdf_probe.problem()
        if why:
            print(f"segmentation benchmark: {why}", file=sys.stderr)
            return 2

    if args.seed != make_pages.DEFAULT_SEED:
        # another draw of the set's layouts: cached apart, never over the benchmark's own pages
        make_pages.CACHE_DIR = Path(make_pages.__file__).resolve().parent / ".cache" / f"seed-{args.seed}"
    ids = args.pages
    if args.sample:
        ids = make_pages.sample_ids(args.set, args.sample, args.seed)
    try:
        pages = make_pages.generate(args.set, args.route, limit=args.limit, seed=args.seed, ids=ids)
    except FileNotFoundError as exc:
        print(f"segmentation benchmark: data not found ({exc})", file=sys.stderr)
        return 2
    except ImportError as exc:
        print(
            f"segmentation benchmark: the {args.route} route needs {exc.name} "
            "(pip install reportlab pypdfium2)",
            file=sys.stderr,
        )
        return 2
    sc = score.score_pages(pages, parse_issue=not args.no_stitch)
    print(score.summary_line(sc, args.set, args.route))
    if args.speed_repeat:
        from newsie._compiled import build_name  # (which build is timed: pure Python or compiled)

        runs = score.time_stage(pages, args.speed_repeat)
        print(f"speed[{args.set} {args.route}] after a warm-up page, best of {len(runs)}: "
              f"{1000 / min(runs):.0f}k chars/s ({min(runs):.2f} ms/1k chars); passes: "
              + " ".join(f"{r:.2f}" for r in runs) + f"; build: {build_name()}")
        peer = score.time_jieba(pages, args.speed_repeat)
        if peer:
            print(f"yardstick[{args.set} {args.route}] jieba.lcut over the same texts, best of {len(peer)}: "
                  f"{min(peer):.2f} ms/1k chars; newsie's segmentation stage takes "
                  f"{min(runs) / min(peer):.2f}x jieba's time")
    if not args.no_report:
        path = args.report or make_pages.CACHE_DIR / "reports" / f"{args.set}-{args.route}.json"
        score.write_report(sc, path, args.set, args.route)
        print(f"report: {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
