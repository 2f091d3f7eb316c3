"""Judge a change on every row of texts at once, compare two codes, and check outputs are identical.

Since session 20 a change is kept when it gains on a row of texts no rule was read on and loses
nowhere (README, "Session 20"): 2019 days 11-15 of ten layout draws, the other month's days 16-31
on two draws; the reading rows (2019 days 01-10, the jump pages) are checked for losses. This
script runs them all for one route into a folder of reports, one per row, named alike for every
code, so two folders compare row by row::

    python benchmarks/segmentation/judge.py run --route sim --out /tmp/base     # ~15 min a route
    PYTHONPATH=../wt-change/src python benchmarks/segmentation/judge.py run --route sim --out /tmp/new
    python benchmarks/segmentation/judge.py compare /tmp/base /tmp/new

``compare`` prints each row's figures (base -> new where they moved) and sums, for 2019's read days
01-10 and unseen days 11-15 over the draws and for each of the other month's rows, the pages with a
wrong article count, the headlines missed and the body lost (:func:`days_split.split_failures`).

A change meant to leave every output as it was (speed, a review's mend) is checked with dumps of
the segmentation stage over cached pages, run once per code::

    python benchmarks/segmentation/judge.py dump /tmp/a.jsonl 'benchmarks/segmentation/.cache/sim/dev/2*.json'
    python benchmarks/segmentation/judge.py diff /tmp/a.jsonl /tmp/b.jsonl

The cross-fitted rows read the fold models already in the cache (``crossfit.py --reuse``); on a
new machine fit them once at eae67bd first (key ``4e153162``, the figures of sessions 49-59; at
59574d9, key ``ced68491``, those of sessions 17-48: README, "Session 59").
"""

from __future__ import annotations

import argparse
import glob
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from days_split import split_failures  # noqa: E402

#: the 2019 layout draws judged (seed 2024 is the benchmark's own)
DRAWS = (2024, 7, 11, 13, 17, 19, 23, 29, 31, 37)
METRICS = (("count_exact", "count"), ("body_f1", "body"), ("headline_exact", "head"), ("subtitle_exact", "sub"),
           ("headline_spacing", "space"), ("byline_f1", "byline"), ("continuation_f1", "cont"), ("stitch", "stitch"), ("stitch_headline", "sthead"),
           ("caption_f1", "caption"))


def rows(route: str) -> list[tuple[str, list[str]]]:
    """Each row's report name and the command that writes it (``--report`` added by :func:`run`)."""
    cf, pd = [str(HERE / "crossfit.py"), "--route", route, "--reuse"], [str(HERE / "pd1998.py"), "--route", route]
    out = [(f"{route}-s{s}", cf + ([] if s == 2024 else ["--seed", str(s)])) for s in DRAWS]
    out += [(f"{route}-jumps", cf + ["--jumps"]), (f"{route}-jumps41", cf + ["--jumps", "--seed", "41"])]
    out += [(f"{route}-pd", pd + ["--days", "16-31"]), (f"{route}-pd101", pd + ["--days", "16-31", "--seed", "101"])]
    return out


def run(route: str, out: Path, only: list[str] | None = None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, cmd in rows(route):
        if only and not any(name.endswith("-" + o) for o in only):
            continue
        done = subprocess.run([sys.executable, *cmd, "--report", str(out / f"{name}.json")],
                              capture_output=True, text=True)
        line = next((ln for ln in done.stdout.splitlines() if ln.startswith("segmentation")), None)
        if done.returncode or line is None:
            raise SystemExit(f"{name}: {' '.join(cmd)} failed\n{done.stderr[-2000:]}")
        print(f"{name:14s} {line}", flush=True)


def compare(base: Path, new: Path) -> None:
    sums: dict[str, list[list[float]]] = {}
    for fa in sorted(base.glob("*.json")):
        fb = new / fa.name
        if not fb.is_file():
            continue
        a, b = (json.loads(f.read_text(encoding="utf-8")) for f in (fa, fb))
        cells = []
        for key, short in METRICS:
            x, y = a["metrics"].get(key), b["metrics"].get(key)
            if x is None or y is None:
                continue
            cells.append(f"{short} {x:.3f}" + ("" if abs(x - y) < 1e-9 else f"->{y:.3f}{'+' if y > x else '-'}"))
        print(f"{fa.stem:14s}", "  ".join(cells))
        route, row = fa.stem.split("-", 1)
        parts = split_failures(a), split_failures(b)
        if row.startswith("s"):  # a 2019 draw: read days 01-10, unseen 11-15
            for half in ("read", "unseen"):
                acc = sums.setdefault(f"{route} 2019 {half}", [[0, 0, 0.0], [0, 0, 0.0]])
                for k in (0, 1):
                    acc[k] = [u + v for u, v in zip(acc[k], parts[k][half])]
        elif row.startswith("pd"):  # the other month's judging days: every page unseen
            sums[f"{route} {row}"] = [[u + v for u, v in zip(p["read"], p["unseen"])] for p in parts]
    print("\nwrong-count pages / headlines missed / body lost (base -> new)")
    for name, (x, y) in sorted(sums.items()):
        print(f"  {name:18s} {x[0]} -> {y[0]} / {x[1]} -> {y[1]} / {x[2]:.1f} -> {y[2]:.1f}")


def dump(out: Path, patterns: list[str]) -> None:
    """The segmentation stage's records of every page the patterns find, one line a page."""
    import newsie
    import score

    stage = newsie.Pipeline(list(score.SEGMENTATION_STAGE))
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for path in sorted({p for pat in patterns for p in glob.glob(pat)}):
            page = json.loads(Path(path).read_text(encoding="utf-8"))
            if not isinstance(page, dict) or "text" not in page:
                continue  # (a cache's stamp, not a page)
            try:
                got = stage(page["text"], issue_date=page["issue_date"], page=page["page_number"])
                record = got.model_dump(mode="json", include={"articles", "captions", "continuations", "warnings"})
            except Exception as exc:  # noqa: BLE001  (a page that raises is recorded as such, the rest go on)
                record = {"error": f"{type(exc).__name__}: {exc}"}
            fh.write(f"{path}\t{json.dumps(record, ensure_ascii=False, sort_keys=True)}\n")
            n += 1
    print(f"{n} pages -> {out}")


def diff(a: Path, b: Path) -> int:
    def read(p: Path) -> dict[str, str]:
        return dict(line.split("\t", 1) for line in p.read_text(encoding="utf-8").splitlines())

    x, y = read(a), read(b)
    differ = sorted(k for k in x.keys() | y.keys() if x.get(k) != y.get(k))
    print(f"{len(x)} vs {len(y)} pages, {len(differ)} differ")
    for k in differ[:40]:
        print("  ", k)
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run", help="every row of one route into a folder of reports")
    r.add_argument("--route", choices=("sim", "pdf"), required=True)
    r.add_argument("--out", type=Path, required=True)
    r.add_argument("--only", nargs="*", help="only these rows (s2024, s7, jumps, jumps41, pd, pd101, ...)")
    c = sub.add_parser("compare", help="two folders of reports, row by row")
    c.add_argument("base", type=Path)
    c.add_argument("new", type=Path)
    d = sub.add_parser("dump", help="the stage's records of cached pages")
    d.add_argument("out", type=Path)
    d.add_argument("patterns", nargs="+")
    f = sub.add_parser("diff", help="the pages two dumps differ on")
    f.add_argument("a", type=Path)
    f.add_argument("b", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "run":
        run(args.route, args.out, args.only)
    elif args.cmd == "compare":
        compare(args.base, args.new)
    elif args.cmd == "dump":
        dump(args.out, args.patterns)
    else:
        return diff(args.a, args.b)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
