"""Dates benchmark: newsie beside jionlp and recognizers-text, in one run.

    PYTHONPATH=src python3 benchmarks/dates/run.py                 # every suite, every system
    PYTHONPATH=src python3 benchmarks/dates/run.py --suite rt --systems newsie
    PYTHONPATH=src python3 benchmarks/dates/run.py --suite speed --speed-articles 200

Each summary line starts with ``DATES`` (jionlp prints on import; its lines are kept off
stdout, and grepping ``^DATES`` is safe anyway):

    DATES <suite> <system> key=value ...

Suites: ``rt`` (Recognizers-Text DateTimeModel cases), ``jio`` (JioNLP time-parser
cases), ``jio-extract`` (JioNLP time-extractor sentences), ``seed`` (the seed page's
gold), ``speed`` (chars/s on the 人民日报 e-paper month). ``--excluded`` lists what was
left out of a suite and why; ``--errors`` prints newsie's wrong cases.

Scores:
- extract_f1: a gold expression is found when a predicted span overlaps it (each
  prediction matches one gold at most); exact_f1 asks for the same offsets. Predictions
  overlapping an excluded gold expression are not counted either way.
- resolution: the share of the gold expressions (not excluded) that are found *and*
  resolved to the right value at day granularity: the gold's start day and, when the
  gold has one, its end day; a duration's value and unit. When the reference gives
  several acceptable values (Recognizers-Text's past and future readings of 29日), any
  one is right, and a system that gives several is right when one of its values is.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1] / "src"))

import dates_suites as suites
from dates_suites import Case, Gold
from dates_systems import SYSTEMS, Pred


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def value_ok(gold: Gold, pred: Pred) -> bool:
    if gold.duration is not None:
        return pred.duration is not None and pred.duration == gold.duration
    for gs, ge in gold.values:
        for ps, pe in pred.values:
            if gs == ps and (ge is None or ge == pe):
                return True
    return False


def score(cases: list[Case], predict, *, errors: list | None = None) -> dict:
    tp = tp_exact = n_pred = n_gold = 0
    resolved = with_value = 0
    seconds = 0.0
    excluded = Counter()
    for case in cases:
        t0 = time.perf_counter()
        preds = predict(case)
        seconds += time.perf_counter() - t0
        inside = [g for g in case.gold if not g.excluded]
        outside = [g for g in case.gold if g.excluded]
        for g in outside:
            excluded[g.excluded] += 1
        preds = [p for p in preds if not any(_overlap(p.start, p.end, g.start, g.end) for g in outside)]
        n_pred += len(preds)
        n_gold += len(inside)
        used: set[int] = set()
        for g in inside:
            best, best_ov = None, 0
            for i, p in enumerate(preds):
                ov = _overlap(p.start, p.end, g.start, g.end)
                if i not in used and ov > best_ov:
                    best, best_ov = i, ov
            if best is not None:
                used.add(best)
                tp += 1
                p = preds[best]
                tp_exact += (p.start, p.end) == (g.start, g.end)
            if g.values or g.duration is not None:
                with_value += 1
                ok = best is not None and value_ok(g, preds[best])
                resolved += ok
                if not ok and errors is not None:
                    errors.append((case.id, case.text, case.ref, g, None if best is None else preds[best]))
    p_ = tp / n_pred if n_pred else 0.0
    r_ = tp / n_gold if n_gold else 0.0
    pe = tp_exact / n_pred if n_pred else 0.0
    re_ = tp_exact / n_gold if n_gold else 0.0
    return {
        "cases": len(cases),
        "gold": n_gold,
        "excluded": sum(excluded.values()),
        "extract_p": round(p_, 3),
        "extract_r": round(r_, 3),
        "extract_f1": round(2 * p_ * r_ / (p_ + r_), 3) if p_ + r_ else 0.0,
        "exact_f1": round(2 * pe * re_ / (pe + re_), 3) if pe + re_ else 0.0,
        "resolution": round(resolved / with_value, 3) if with_value else 0.0,
        "resolved": f"{resolved}/{with_value}",
        "seconds": round(seconds, 2),
        "_excluded": excluded,
    }


def line(suite: str, system: str, result: dict) -> str:
    keys = [k for k in result if not k.startswith("_")]
    return f"DATES {suite} {system} " + " ".join(f"{k}={result[k]}" for k in keys)


# -- seed --------------------------------------------------------------------------------
def seed_scores(systems: list[str]) -> dict[str, dict]:
    """The seed page's gold dates: found in their article, with value (and anchor: newsie)."""
    import regex

    import newsie
    from newsie.document import fold_width

    root = HERE.parents[1]
    gold = json.loads(next((root / "seeds").glob("*.gold.json")).read_text(encoding="utf-8"))
    text = next((root / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    page = newsie.parse(text, issue_date=gold["issue_date"], page=gold["page"])
    squeeze = lambda s: regex.sub(r"\s+", "", fold_width(s))
    arts = {}
    for g in gold["articles"]:
        (arts[g["id"]],) = [a for a in page.articles if a.headline and squeeze(a.headline.text) == squeeze(g["headline"])]
    import datetime as dt

    issue = dt.date.fromisoformat(gold["issue_date"])
    out = {}
    items = gold["dates"] + [dict(d, kind="duration") for d in gold["durations"]]
    for system in systems:
        found = right = anchored = 0
        for g in items:
            art = arts[g["article"]]
            if system == "newsie":
                cands = [(squeeze(d.span.text), d) for d in art.dates]
                hits = [d for t, d in cands if t == squeeze(g["text"])]
                if not hits:
                    continue
                found += 1
                d = hits[0]
                if g.get("value") is None:
                    continue  # 近期, 几秒钟: found is all there is to score
                if g["kind"] == "duration":
                    ok = d.duration_unit == g["unit"] and str(d.duration_value) == str(g.get("value", None))
                else:
                    value = None if d.start_date is None else (
                        d.start_date.isoformat() if d.start_date == d.end_date else [d.start_date.isoformat(), d.end_date.isoformat()])
                    ok = value == g.get("value")
                right += ok
                anchored += ok and d.anchor == g.get("anchor", d.anchor)
                continue
            # a peer reads the article's body and headings, with the issue date as reference
            body = "\n".join([art.headline.text if art.headline else ""] + [s.text for s in art.subheadlines] + [p.text for p in art.paragraphs] + [b.span.text for b in art.bylines])
            case = Case("seed", body, issue, [], ref_datetime=dt.datetime.combine(issue, dt.time()))
            preds = SYSTEMS[system]["extract"](case)
            want = squeeze(g["text"])
            hits = [p for p in preds if want in squeeze(body[p.start : p.end]) or squeeze(body[p.start : p.end]) in want and p.end > p.start]
            if not hits:
                continue
            found += 1
            if g["kind"] == "duration":
                ok = False
                for p in hits:
                    if p.duration and g.get("value") is not None:
                        unit = g["unit"]
                        ok = ok or p.duration == suites.norm_duration(unit, float(g["value"]))
            else:
                gv = g.get("value")
                if gv is None:
                    ok = False
                else:
                    gs, ge = (gv, gv) if isinstance(gv, str) else gv
                    gs, ge = dt.date.fromisoformat(gs), dt.date.fromisoformat(ge)
                    ok = any((gs, ge) in p.values for p in hits)
            right += ok
            anchored += ok
        with_value = sum(1 for g in items if g.get("value") is not None)
        out[system] = {"gold": len(items), "found": found, "with_value": with_value, "right": right,
                       "right_with_anchor": anchored}
    return out


# -- speed -------------------------------------------------------------------------------
def epaper_articles(limit: int | None = None) -> list[tuple[str, str]]:
    """(issue date, article text) of the e-paper month; every k-th file for a sample."""
    base = suites.data_dir() / "rmrb-epaper-2019-10"
    files = sorted(base.glob("*/*.txt"))
    if limit is not None and limit < len(files):
        step = len(files) / limit
        files = [files[int(i * step)] for i in range(limit)]
    out = []
    for f in files:
        text = f.read_text(encoding="utf-8").replace("\r\n", "\n")
        out.append((f.name[:8], text))
    return out


def speed(systems: list[str], n_articles: int | None, repeat: int = 3) -> dict[str, dict]:
    import datetime as dt

    from newsie.dates import Context, find_dates

    texts = epaper_articles(n_articles)
    chars = sum(len(t) for _, t in texts)
    out = {}
    for system in systems:
        # one article first, untimed: imports, lazy dictionaries and compiled patterns are ready
        warm = texts[0][1]
        if system == "newsie":
            find_dates(warm, Context(anchor=dt.date(2019, 10, 1)))
        else:
            SYSTEMS[system]["extract"](Case("warm", warm, dt.date(2019, 10, 1), [], ref_datetime=dt.datetime(2019, 10, 1)))
        best = None
        # the best of a few runs (as timeit does): the machine is shared, and a burst of load
        # elsewhere slows one run; Recognizers-Text, 300 times slower, runs once
        for _ in range(1 if system == "recognizers" else repeat):
            t0 = time.perf_counter()
            n = 0
            for day, text in texts:
                issue = dt.date(int(day[:4]), int(day[4:6]), int(day[6:]))
                if system == "newsie":
                    n += len(find_dates(text, Context(anchor=issue, anchor_kind="issue")))
                else:
                    case = Case("speed", text, issue, [], ref_datetime=dt.datetime.combine(issue, dt.time()))
                    n += len(SYSTEMS[system]["extract"](case))
            elapsed = time.perf_counter() - t0
            best = elapsed if best is None else min(best, elapsed)
        secs = best
        out[system] = {"articles": len(texts), "chars": chars, "mentions": n, "seconds": round(secs, 2),
                       "chars_per_s": int(chars / secs) if secs else 0}
    if "newsie" in out:
        for system in out:
            if system != "newsie" and out[system]["chars_per_s"]:
                out["newsie"][f"x_{system}"] = round(out["newsie"]["chars_per_s"] / out[system]["chars_per_s"], 1)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--suite", default="all", choices=["all", "rt", "jio", "jio-extract", "seed", "speed"])
    ap.add_argument("--systems", default="newsie,jionlp,recognizers,newsie-year_rule=same",
                    help="newsie-year_rule=same: newsie with that option (not its default), accuracy suites only")
    ap.add_argument("--speed-articles", type=int, default=0,
                    help="e-paper articles timed, every k-th file (0: the whole month)")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs per system, the best kept")
    ap.add_argument("--sample", type=int, default=None, help="every k-th case only, for a quick run")
    ap.add_argument("--excluded", action="store_true", help="list the exclusion reasons")
    ap.add_argument("--errors", action="store_true", help="print newsie's wrong cases")
    args = ap.parse_args(argv)
    systems = [s for s in args.systems.split(",") if s]
    if not suites.data_dir().is_dir():
        print(f"NEWSIE_DATA not found at {suites.data_dir()}", file=sys.stderr)
        return 2
    run = (lambda s: args.suite in ("all", s))

    def sample(cases):
        return cases if not args.sample else cases[:: args.sample]

    for name, loader, mode in (("rt", suites.recognizers_cases, "extract"),
                               ("jio", suites.jionlp_parser_cases, "parse"),
                               ("jio-extract", suites.jionlp_extractor_cases, "extract")):
        if not run(name):
            continue
        cases = sample(loader())
        for system in systems:
            errs: list = []
            result = score(cases, SYSTEMS[system][mode], errors=errs if system.startswith("newsie") else None)
            print(line(name, system, result), flush=True)
            if args.excluded and system == systems[0]:
                for reason, n in result["_excluded"].most_common():
                    print(f"#   excluded {n:4d}  {reason}")
            if args.errors and system.startswith("newsie"):
                for cid, text, ref, g, p in errs:
                    got = None if p is None else (p.values, p.duration, text[p.start : p.end])
                    print(f"#   {cid} ref={ref} {text!r} gold={g.text!r} {g.values or g.duration} got={got}")
    systems = [s for s in systems if s != "newsie-year_rule=same"]  # the option is scored on the suites only
    if run("seed"):
        for system, result in seed_scores(systems).items():
            print(line("seed", system, result), flush=True)
    if run("speed"):
        for system, result in speed(systems, args.speed_articles or None, args.repeat).items():
            print(line("speed", system, result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
