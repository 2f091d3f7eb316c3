"""Split a report's failures by the days its pages come from: texts rules were read on against unseen ones.

Since session 10, rules are written by reading DEV days 01-10 (of any layout draw) and judged on
days 11-15; every layout draw holds the same article texts. A rule fitted to the wording of the
read days gains on every draw's days 01-10 and nowhere else, so a report's all-days figure hides
whether a change carries over. This prints, for each report written by ``crossfit.py``,
``run.py`` or ``pd1998.py`` (``--report``), the pages with a wrong article count, the headlines
missed, and the body lost (the sum over pages of 1 - the page's body F1), for days up to
``--split`` and for the days after it; fewer is better. Compare two codes by running it on the
reports of each (session 20)::

    python benchmarks/segmentation/crossfit.py --route sim --seed 37 --reuse --report /tmp/a.json
    python benchmarks/segmentation/days_split.py /tmp/a.json [more reports ...]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def split_failures(report: dict, split: int = 10) -> dict[str, tuple[int, int, float]]:
    """``{"read": (pages, headlines, body), "unseen": (...)}`` of ``report``'s failures, by the day
    of each page id (``YYYYMMDD-...``): days up to ``split`` are "read", later days "unseen".

    >>> r = {"failures": [{"page_id": "20191003-a-01", "count": {"truth": 3, "got": 2},
    ...     "body": {"precision": 1.0, "recall": 0.5}, "headlines_missed": [{}]},
    ...     {"page_id": "20191012-b-02", "headlines_missed": [{}, {}]}, {"issue": "20191012-b"}]}
    >>> split_failures(r)
    {'read': (1, 1, 0.333), 'unseen': (0, 2, 0.0)}
    """
    out = {"read": [0, 0, 0.0], "unseen": [0, 0, 0.0]}
    for f in report.get("failures", []):
        pid = f.get("page_id")
        if not pid:
            continue  # an issue's stitch failure: no page
        row = out["read" if int(pid.split("-")[0][-2:]) <= split else "unseen"]
        row[0] += "count" in f
        row[1] += len(f.get("headlines_missed", []))
        b = f.get("body")
        if b and b["precision"] + b["recall"]:
            row[2] += 1 - 2 * b["precision"] * b["recall"] / (b["precision"] + b["recall"])
        elif b:
            row[2] += 1
    return {k: (v[0], v[1], round(v[2], 3)) for k, v in out.items()}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("reports", nargs="+", type=Path)
    ap.add_argument("--split", type=int, default=10, help="last day of the read days (default 10)")
    a = ap.parse_args(argv)
    total = {"read": [0, 0, 0.0], "unseen": [0, 0, 0.0]}
    print(f"{'report':40s} {'days':7s} {'wrong-count pages':>18s} {'headlines missed':>17s} {'body lost':>10s}")
    for p in a.reports:
        for k, v in split_failures(json.loads(p.read_text()), a.split).items():
            print(f"{p.name:40s} {k:7s} {v[0]:>18d} {v[1]:>17d} {v[2]:>10.2f}")
            total[k] = [x + y for x, y in zip(total[k], v)]
    if len(a.reports) > 1:
        for k, v in total.items():
            print(f"{'all':40s} {k:7s} {v[0]:>18d} {v[1]:>17d} {v[2]:>10.2f}")


if __name__ == "__main__":
    main()
