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

``--by-count`` splits the same sums by how far each page's article count is off instead of by
days (fewer articles than the truth; right; one, two, three or more too many), which shows
whether body is lost where articles merge or where one article is cut into many (session 34:
the test set loses more than the dev days mostly on pages cut into three or more extra
articles)::

    python benchmarks/segmentation/days_split.py --by-count /tmp/a.json [more reports ...]
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
        row[2] += _body_lost(f.get("body"))
    return {k: (v[0], v[1], round(v[2], 3)) for k, v in out.items()}


#: the classes of :func:`split_by_count`, in print order
COUNT_CLASSES = ("fewer", "right", "+1", "+2", "+3 or more")


def split_by_count(report: dict) -> dict[str, tuple[int, int, float]]:
    """``{class: (pages, headlines, body)}`` of ``report``'s failing pages, each page filed by
    its article count against the truth's (:data:`COUNT_CLASSES`); the sums are those of
    :func:`split_failures`.

    >>> r = {"failures": [{"page_id": "20191003-a-01", "count": {"truth": 1, "got": 4},
    ...     "body": {"precision": 1.0, "recall": 0.5}}, {"page_id": "20191012-b-02",
    ...     "headlines_missed": [{}, {}]}, {"issue": "20191012-b"}]}
    >>> split_by_count(r)["+3 or more"], split_by_count(r)["right"]
    ((1, 0, 0.333), (0, 2, 0.0))
    """
    out = {k: [0, 0, 0.0] for k in COUNT_CLASSES}
    for f in report.get("failures", []):
        if not f.get("page_id"):
            continue
        c = f.get("count")
        extra = c["got"] - c["truth"] if c else 0
        key = "fewer" if extra < 0 else "right" if extra == 0 else f"+{extra}" if extra < 3 else "+3 or more"
        row = out[key]
        row[0] += c is not None
        row[1] += len(f.get("headlines_missed", []))
        row[2] += _body_lost(f.get("body"))
    return {k: (v[0], v[1], round(v[2], 3)) for k, v in out.items()}


def _body_lost(b: dict | None) -> float:
    """1 - a page's body F1 from its failure's precision and recall (0 without a body failure)."""
    if not b:
        return 0.0
    if b["precision"] + b["recall"]:
        return 1 - 2 * b["precision"] * b["recall"] / (b["precision"] + b["recall"])
    return 1.0


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("reports", nargs="+", type=Path)
    ap.add_argument("--split", type=int, default=10, help="last day of the read days (default 10)")
    ap.add_argument("--by-count", action="store_true",
                    help="split by how far each page's article count is off, not by days")
    a = ap.parse_args(argv)
    if a.by_count:
        print(f"{'report':40s} {'count':11s} {'wrong-count pages':>18s} {'headlines missed':>17s} {'body lost':>10s}")
        for p in a.reports:
            for k, v in split_by_count(json.loads(p.read_text())).items():
                print(f"{p.name:40s} {k:11s} {v[0]:>18d} {v[1]:>17d} {v[2]:>10.2f}")
        return
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
