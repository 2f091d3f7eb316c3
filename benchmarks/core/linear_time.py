"""Is parsing linear in the page size, on ordinary and on pathological input?

Builds inputs of 1, 2, 5 and 10 MB of characters of several shapes (a real page
repeated; long runs of spaces; unbalanced brackets; agency names that never become a
dateline; one line with no breaks; letter-spaced text; jump-marker look-alikes), parses
each once and prints chars/s and the time ratio against the 1 MB input. A ratio near the
size ratio (2, 5, 10) is linear; a regex that backtracks catastrophically shows as a ratio
far above it. Run: python benchmarks/core/linear_time.py [--sizes 1,2,5,10]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import newsie

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT / "seeds" / "000_62b33d8008ef756f.txt").read_text(encoding="utf-8")

SHAPES = {
    "seed-page-repeated": lambda: SEED,
    "space-runs": lambda: "新" + " " * 5000 + "华\n",
    "open-brackets": lambda: "（" * 3000 + "记者" + "\n",
    "agency-without-dateline": lambda: "新华社本报" * 200 + "北京10月" + "\n",
    "one-long-line": lambda: "全国工会提升职工生活品质交流研讨会，" * 500,
    "letter-spaced": lambda: " ".join("登高望远穿云破雾") + "\n\n",
    "marker-lookalikes": lambda: "（下转第（上接第转第接第" * 300 + "\n",
    "names-and-credit-roles": lambda: "本报记者 " + "张三 " * 2000 + "\n",
}


def build(unit: str, size: int) -> str:
    reps = size // len(unit) + 1
    return (unit * reps)[:size]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,2,5,10", help="sizes in millions of characters")
    ap.add_argument("--entities", default="fast",
                    help="entity source of the pipeline (default 'fast': the model's own cost is "
                         "linear per piece and measured in benchmarks/entities/; 'default' runs it)")
    args = ap.parse_args()
    nlp = newsie.Pipeline(entities=args.entities)
    sizes = [float(s) for s in args.sizes.split(",")]
    print(f"{'shape':<26}" + "".join(f"{s:>8g}MB" for s in sizes) + "   chars/s@max   ratio(max/min)")
    worst = 0.0
    for name, make in SHAPES.items():
        unit = make()
        times = []
        for s in sizes:
            text = build(unit, int(s * 1_000_000))
            t0 = time.perf_counter()
            nlp(text, issue_date="2024-10-24")
            times.append(time.perf_counter() - t0)
        ratio = times[-1] / times[0]
        linear = sizes[-1] / sizes[0]
        worst = max(worst, ratio / linear)
        print(f"{name:<26}" + "".join(f"{t:>9.2f}s" for t in times)
              + f"   {sizes[-1] * 1e6 / times[-1]:>11,.0f}   {ratio:>5.1f} (linear: {linear:g})")
    print(f"linear_time: worst ratio / size ratio = {worst:.2f} (1.0 is linear)")


if __name__ == "__main__":
    main()
