"""Draw a random sample of the date mentions newsie finds in real news, for judging by hand.

    PYTHONPATH=src python3 benchmarks/dates/news_sample.py [--seed 31] [--n 100] [--files 120]

The suites (Recognizers-Text, JioNLP) are short test phrases; this is the domain: it
parses ``--files`` articles drawn at random from the 人民日报 e-paper month
(``$NEWSIE_DATA/rmrb-epaper-2019-10``) with ``newsie.parse`` (each article's issue date
from its file name, datelines as the pipeline reads them), then prints ``--n`` of the
mentions drawn at random, each with its kind, anchor, value and 25 characters on either
side. A reader marks each one right or wrong; the share right estimates the precision of
newsie's dates on news. Nothing is written: the e-paper text may not be committed.
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
    ap.add_argument("--seed", type=int, default=31)
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--files", type=int, default=120)
    args = ap.parse_args(argv)
    base = Path(os.environ.get("NEWSIE_DATA") or ROOT.parent / "shared" / "data") / "rmrb-epaper-2019-10"
    files = sorted(base.glob("*/*.txt"))
    if not files:
        print(f"news sample: no e-paper articles under {base}", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    mentions = []
    for f in rng.sample(files, min(args.files, len(files))):
        text = f.read_text(encoding="utf-8").replace("\r\n", "\n")
        day = f.name[:8]
        page = newsie.parse(text, issue_date=f"{day[:4]}-{day[4:6]}-{day[6:]}")
        mentions += [(f.name, text, d) for a in page.articles for d in a.dates]
    print(f"{len(mentions)} mentions in {min(args.files, len(files))} articles; {args.n} drawn", file=sys.stderr)
    for i, (name, text, d) in enumerate(rng.sample(mentions, min(args.n, len(mentions))), 1):
        s, e = d.span.start, d.span.end
        around = (text[max(0, s - 25) : s] + "【" + text[s:e] + "】" + text[e : e + 15]).replace("\n", "/")
        value = d.start_date if d.start_date == d.end_date else (d.start_date, d.end_date)
        extra = " ".join(x for x in (
            "fuzzy" if d.fuzzy else "",
            f"{d.duration_value}{d.duration_unit}" if d.duration_unit else "",
            f"clock={d.clock}" if d.clock else "",
            f"reason={d.reason}" if d.reason else "") if x)
        print(f"{i:3} {name} {d.kind} anchor={d.anchor} value={value} {extra}\n    {around}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
