"""Heading groups between two runs, each with its truth and newsie's outcome (reading sets only).

    python benchmarks/segmentation/between_groups.py --route pdf --other-month --out /tmp/g.jsonl
    python benchmarks/segmentation/between_groups.py --route sim --seed 7 --out /tmp/g.jsonl
    # both ways: which groups the topic cue frees with heads' constants set as before a change
    python benchmarks/segmentation/between_groups.py --route pdf --other-month --out /tmp/g.jsonl \
        --before _SIGNED_ABOVE=800

Logs every heading group with a run of body text right above and below it that no rule has
decided by the time :func:`heads._between_unrelated_texts` weighs the page (probability under 1),
with its probability then, whether that rule frees it (``fired``; ``fired_before`` with the
``--before`` constants, the page read with those unless ``--after``), the topic cosines, and where
its text is in the truth (``head``: a truth article's headline, kicker, subtitle or column;
``body``: a truth body line, a section head; by the spans over its first characters) and in
newsie's reading (``head``: a heading of an article, ``section``: a section head, ``body``).
Session 39 (BETWEEN39). Reading sets only: 2019 days 01-10, the jump pages, the other month's
days 01-15.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import crossfit
import headline_causes
import score

from newsie.extractors.segment import heads

_WS = re.compile(r"\s+")


def _n(ch: str) -> str:
    n = unicodedata.normalize("NFKC", ch)
    return n if len(n) == 1 else ch


def _u(text: str) -> str:
    return "".join(map(_n, _WS.sub("", text or "")))


def _truth_label(truth: dict[str, Any], text: str) -> tuple[str, int | None]:
    """Where the group's text lies in the truth: by the spans over its first characters."""
    raw = truth["text"]
    keep = [k for k, ch in enumerate(raw) if not ch.isspace()]
    flat = "".join(_n(raw[k]) for k in keep)
    at = flat.find(text[:12]) if text else -1
    if at < 0:
        return "?", None
    x = keep[at]
    for i, a in enumerate(truth["articles"]):
        for key in ("headline", "kicker", "subheadlines", "column"):
            if x in score._positions(raw, _spans(a["spans"].get(key))):
                return "head", i
    for i, a in enumerate(truth["articles"]):
        if x in score._positions(raw, _spans(a["spans"].get("body"))):
            return "body", i
    return "none", None


def _spans(value: Any) -> list[Any]:
    if not value:
        return []
    return list(value) if isinstance(value[0], (list, tuple)) else [value]


def _given(page: Any, text: str) -> str:
    for a in page.articles:
        for s in [a.headline, a.kicker, a.column, *a.subheadlines]:
            if s is not None and text[:6] and text[:6] in _u(s.text):
                return "head"
        for s in a.section_heads:
            if text[:6] and text[:6] in _u(s.text):
                return "section"
    return "body"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--route", choices=["sim", "pdf"], default="sim")
    ap.add_argument("--seed", type=int, default=crossfit.make_pages.DEFAULT_SEED)
    ap.add_argument("--days", nargs="*", default=None)
    where = ap.add_mutually_exclusive_group()
    where.add_argument("--jumps", action="store_true")
    where.add_argument("--other-month", action="store_true")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--before", nargs="*", default=[], metavar="NAME=VALUE",
                    help="heads' constants as before a change (numbers), for fired_before")
    ap.add_argument("--after", action="store_true", help="read the pages as the code is, not as before")
    args = ap.parse_args(argv)
    consts = {k: float(v) if "." in v else int(v) for k, v in (c.split("=", 1) for c in args.before)}
    pages = headline_causes.reading_pages(args.route, args.seed, args.days, jumps=args.jumps,
                                          other_month=args.other_month)

    current: list[dict[str, Any]] = []
    real = heads._between_unrelated_texts

    def spy(seq: list[object], probs: list[float], threshold: float) -> list[int]:
        kept = {k: getattr(heads, k) for k in consts}
        for k, v in consts.items():
            setattr(heads, k, v)
        try:
            before = set(real(seq, probs, threshold))
        finally:
            for k, v in kept.items():
                setattr(heads, k, v)
        after = set(real(seq, probs, threshold))
        fired = after if args.after or not consts else before
        current.clear()
        for i in heads._open_between_runs(seq, probs):
            above, below = seq[i - 1], seq[i + 1]
            lo = next((j for j in range(i - 1, -1, -1) if isinstance(seq[j], list) and probs[j] >= threshold), -1)
            high = "".join(b.text for x in seq[lo + 1:i] if isinstance(x, heads._Run) for b in x.blocks)
            low = "".join(b.text for b in below.blocks)
            current.append({
                "i": i, "lines": [b.text.strip() for b in seq[i]], "kinds": [b.kind for b in seq[i]],
                "p": round(probs[i], 3), "fired": i in after, "fired_before": i in before, "threshold": threshold,
                "above": len(high), "above_run": sum(len(b.text) for b in above.blocks), "below": len(low),
                "glance": round(heads.topic_similarity(high[-heads._GLANCE:], low[:heads._GLANCE]), 4),
                "cos": round(heads.topic_similarity(high[-heads._TOPIC_WINDOW:], low[:heads._TOPIC_WINDOW]), 4),
                "end_above": above.blocks[-1].text.strip()[-12:], "open_below": below.blocks[0].text.strip()[:16],
                "groups": [[b.text.strip() for b in x] for x in seq if isinstance(x, list)],
                "gprobs": [round(p, 3) for x, p in zip(seq, probs) if isinstance(x, list)],
            })
        return sorted(fired)

    rows: list[dict[str, Any]] = []
    scored = score.score_page

    def hook(truth: dict[str, Any], page: Any, sc: score.Scores) -> dict[str, Any]:
        out = scored(truth, page, sc)
        if page is not None:
            for r in current:
                text = "".join(_u(x) for x in r["lines"])
                r["truth"], r["art"] = _truth_label(truth, text)
                r["given"] = _given(page, _u(r["lines"][0]))
                r["page"] = truth.get("page_id")
                r["n_true"], r["n_got"] = len(truth["articles"]), len(page.articles)
                rows.append(dict(r))
        current.clear()
        return out

    heads._between_unrelated_texts = spy
    score.score_page = hook
    try:
        if args.other_month:
            sc = score.score_pages(pages, parse_issue=False)
        else:
            sc = crossfit.crossfit_scores(pages, 3, {}, stitch=False, reuse=True)
    finally:
        score.score_page = scored
        heads._between_unrelated_texts = real
    print(score.summary_line(sc, "between groups", args.route))
    with args.out.open("w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} groups")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
