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

Session 54 added the long features' own totals (``long_features``): truth articles of
:data:`LONG_CHARS` characters or more holding :data:`LONG_SHORT_LINES` or more short body lines
(:func:`short_line`), how many short lines they hold, and how many of those newsie reads as
the start of a heading (a kicker, headline or subtitle of one of its articles opens in them):
at session 54's end, sim, dev 41 such articles with 644 short lines, 4 read so (0.6%), the test
set 70 with 1,334, 130 read so (9.7%); pdf dev 42, 649, 8, test 68, 1,323, 174. The test set's
long features are cut at lines the dev pages' features do not hold.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
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


LONG_CHARS = 4000  # a long article: this many body characters or more
LONG_SHORT_LINES = 4  # ... holding this many short body lines or more
SHORT_LINE = 24  # a short body line: this many characters or fewer (white space dropped)
_CLOSED = re.compile(r"[。”]$")


def short_line(text: str) -> bool:
    """Is a truth body paragraph a short line (a section head's length, not closed by 。 or ”)?"""
    squashed = make_pages.squash(text)
    return 0 < len(squashed) <= SHORT_LINE and not _CLOSED.search(squashed)


def long_features(truth: dict[str, Any], page: Any) -> collections.Counter:
    """The page's long articles with several short lines (:data:`LONG_CHARS`,
    :data:`LONG_SHORT_LINES`), their short lines and how many of those newsie reads as the start of
    a heading: counts only."""
    text, out = truth["text"], collections.Counter()
    starts = [x.start for a in getattr(page, "articles", ()) or ()
              for x in [a.kicker, a.headline, *(a.subheadlines or ())] if x is not None]
    for article in truth["articles"]:
        body = article["spans"]["body"]
        shorts = [(s, e) for s, e in body if short_line(text[s:e])]
        if sum(e - s for s, e in body) < LONG_CHARS or len(shorts) < LONG_SHORT_LINES:
            continue
        out["articles"] += 1
        out["short_lines"] += len(shorts)
        out["read_as_heading"] += sum(1 for s, e in shorts if any(s <= x < e for x in starts))
    return out


def set_totals(which: str, route: str) -> dict[str, Any]:
    """The cause totals of one whole set (``dev`` cross-fitted with the newest fold models, ``test``
    with the shipped models), as fractions of its size."""
    pages = make_pages.generate(which, route)
    tally, heads, scored = body_causes.Tally(), collections.Counter(), score.score_page
    longs: collections.Counter = collections.Counter()
    n_articles = 0

    def hook(truth: dict[str, Any], page: Any, sc: score.Scores) -> dict[str, Any]:
        nonlocal n_articles
        out = scored(truth, page, sc)
        tally.page(truth, page)
        n_articles += len(truth["articles"])
        heads.update(m["cause"] for m in headline_causes.classify(truth, page))
        longs.update(long_features(truth, page))
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
        "long_features": {k: longs[k] for k in ("articles", "short_lines", "read_as_heading")},
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
    print("\nlong features (articles of %d characters or more with %d short lines or more): dev | test"
          % (LONG_CHARS, LONG_SHORT_LINES))
    for k in ("articles", "short_lines", "read_as_heading"):
        print(f"  {dev['long_features'][k]:6d} | {test['long_features'][k]:6d}  {k}")
    if args.json:
        args.json.write_text(json.dumps({"dev": dev, "test": test}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
