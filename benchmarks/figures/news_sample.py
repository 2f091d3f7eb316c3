"""Draw a random sample of the figures newsie finds in real news, for judging by hand.

    PYTHONPATH=src python3 benchmarks/figures/news_sample.py [--seed 41] [--n 100] [--files 120]

It parses ``--files`` articles drawn at random from the 人民日报 e-paper month
(``$NEWSIE_DATA/rmrb-epaper-2019-10``) with ``newsie.parse`` and prints ``--n`` of their
figures drawn at random, each with its kind, value (or range), unit, currency, hedge,
what it counts and its change, and 20 characters on either side. A reader marks each one
right or wrong; the share right estimates newsie's precision on news figures. Nothing
is written: the e-paper text may not be committed.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path

import newsie

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=41)
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--files", type=int, default=120)
    args = ap.parse_args(argv)
    base = Path(os.environ.get("NEWSIE_DATA") or ROOT.parent / "shared" / "data") / "rmrb-epaper-2019-10"
    files = sorted(base.glob("*/*.txt"))
    if not files:
        print(f"news sample: no e-paper articles under {base}", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    figures = []
    for f in rng.sample(files, min(args.files, len(files))):
        text = f.read_text(encoding="utf-8").replace("\r\n", "\n")
        day = f.name[:8]
        page = newsie.parse(text, issue_date=f"{day[:4]}-{day[4:6]}-{day[6:]}")
        figures += [(f.name, text, x) for a in page.articles for x in a.figures]
    print(f"{len(figures)} figures in {min(args.files, len(files))} articles; {args.n} drawn", file=sys.stderr)
    for i, (name, text, x) in enumerate(rng.sample(figures, min(args.n, len(figures))), 1):
        s, e = x.span.start, x.span.end
        around = (text[max(0, s - 20) : s] + "【" + text[s:e] + "】" + text[e : e + 12]).replace("\n", "/")
        value = x.value if x.low is None and x.high is None else f"{x.low}..{x.high}"
        extra = " ".join(f"{k}={v}" for k, v in (("unit", x.unit), ("currency", x.currency), ("hedge", x.hedge),
                                                 ("of", x.of), ("change", x.change), ("reason", x.reason)) if v)
        print(f"{i:3} {name} {x.kind} value={value} {extra}\n    {around}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
