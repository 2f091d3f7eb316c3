"""Cause totals side by side for the dev set (cross-fitted) and the test set (shipped models),
counts only: no text of any page is printed.

    python benchmarks/segmentation/set_causes.py --route sim
    python benchmarks/segmentation/set_causes.py --route pdf --json /tmp/causes-pdf.json

The test set is held out: nobody reads its pages (README, "Read vs judge"). Its totals may still
say where it differs from the pages that are read, so that a rule is looked for where the gap is.
For each set it gives body_causes.py's split of the lost body characters (per mille of the
set's truth body characters; the share of pages) and of the articles lost or added (per mille;
per page), and headline_causes.py's split of the missed headlines (per 100 truth articles).
Session 53 found so that the test set's extra articles headed by a line of truth body (an
article split at a section head) held 26.8 per mille of its body against 2.5 on dev (sim), most
of them in long features under a column tag with eight or more section heads, which dev days
01-15 hardly print (30 test articles of 4,500 characters and 40 paragraphs or more with 5-16
short lines, against 3 on dev).
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import body_causes  # noqa: E402
import crossfit  # noqa: E402
import headline_causes  # noqa: E402
import make_pages  # noqa: E402
import score  # noqa: E402


def set_totals(which: str, route: str) -> dict[str, Any]:
    """The cause totals of one whole set (``dev`` cross-fitted with the newest fold models, ``test``
    with the shipped models), as fractions of its size."""
    pages = make_pages.generate(which, route)
    tally, heads, scored = body_causes.Tally(), collections.Counter(), score.score_page
    n_articles = 0

    def hook(truth: dict[str, Any], page: Any, sc: score.Scores) -> dict[str, Any]:
        nonlocal n_articles
        out = scored(truth, page, sc)
        tally.page(truth, page)
        n_articles += len(truth["articles"])
        heads.update(m["cause"] for m in headline_causes.classify(truth, page))
        return out

    score.score_page = hook
    try:
        if which == "test":
            sc = score.score_pages(pages, parse_issue=False)
        else:
            sc = crossfit.crossfit_scores(pages, 3, {}, stitch=False, reuse=True)
    finally:
        score.score_page = scored
    body, n = max(sc.body_true, 1), max(len(pages), 1)
    return {
        "summary": score.summary_line(sc, which, route), "pages": len(pages), "articles": n_articles,
        "lost_chars": {k: (1000 * v / body, len(tally.pages[k]) / n) for k, v in tally.chars.items() if k.startswith("FN")},
        "articles_lost_or_added": {k: (1000 * v / body, tally.arts[k] / n) for k, v in tally.art_chars.items()},
        "headline_misses": {k: 100 * v / max(n_articles, 1) for k, v in heads.items()},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--route", choices=["sim", "pdf"], default="sim")
    ap.add_argument("--json", type=Path, default=None, help="both sets' totals (JSON)")
    args = ap.parse_args(argv)
    dev, test = set_totals("dev", args.route), set_totals("test", args.route)
    print(dev["summary"])
    print(test["summary"])
    for key, unit in (("lost_chars", "per mille of body, share of pages"),
                      ("articles_lost_or_added", "per mille of body, per page")):
        print(f"\n{key} ({unit}): dev | test")
        for k in sorted(set(dev[key]) | set(test[key]), key=lambda k: -test[key].get(k, (0, 0))[0]):
            d, t = dev[key].get(k, (0.0, 0.0)), test[key].get(k, (0.0, 0.0))
            print(f"  {d[0]:7.2f} {d[1]:6.3f} | {t[0]:7.2f} {t[1]:6.3f}  {k}")
    print("\nheadline misses (per 100 truth articles): dev | test")
    for k in sorted(set(dev["headline_misses"]) | set(test["headline_misses"]), key=lambda k: -test["headline_misses"].get(k, 0)):
        print(f"  {dev['headline_misses'].get(k, 0.0):6.2f} | {test['headline_misses'].get(k, 0.0):6.2f}  {k}")
    if args.json:
        args.json.write_text(json.dumps({"dev": dev, "test": test}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
