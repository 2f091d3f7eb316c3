"""Where the missed headlines went: headline_exact's misses split by cause, on reading pages.

    python benchmarks/segmentation/headline_causes.py --route pdf                 # 2019 days 01-10, draw 2024
    python benchmarks/segmentation/headline_causes.py --route sim --seed 11 --examples 5
    python benchmarks/segmentation/headline_causes.py --route pdf --jumps
    python benchmarks/segmentation/headline_causes.py --route pdf --other-month --out /tmp/h.json

Scores the pages as ``crossfit.py --reuse`` does (the 2019 pages with the newest fold models of
the default settings; the other month's days 01-15 with the shipped models, as ``pd1998.py``)
and files each truth headline newsie does not give exactly (its matched article's headline, the
article matched one to one by body characters as in score.py) by where most of the headline's
characters went in newsie's reading:

* ``a:`` not read as a heading: ``a:body`` (in a paragraph), ``a:none`` (in no span);
* ``b:`` read as a heading of the wrong article: ``b:section-head`` (a head inside an article:
  mostly a neighbour's headline absorbed, the two articles merged), ``b:other-article-ROLE`` (a
  heading of another article), ``b:unmatched-ROLE`` (of an article matched to no truth article);
* ``c:`` the right article's heading, the wrong role: ``c:as-kicker``, ``c:as-sub``,
  ``c:as-column``; ``c:split`` (cut over the headline and other roles); ``c:plus-ROLES`` (the
  headline given with the truth's kicker, subtitle or column joined to it);
* ``d:`` the right role, other text: ``d:plus-tbody`` (the article's body text joined),
  ``d:plus-other-tbody`` (another article's), ``d:plus-nobody`` (text of no truth article),
  ``d:split-other``, ``d:other``;
* ``e:caption``: read as a photo caption.

Read only reading sets with it (2019 days 01-10 of any draw, the jump pages, the other month's
days 01-15): the judging days are judged, never looked at (README, "Read vs judge").
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

import crossfit
import score


def _pos(text: str, spans: list[Any]) -> set[int]:
    return score._positions(text, spans)


def _spans(value: Any) -> list[Any]:
    """A truth span or list of spans as a list of spans."""
    if not value:
        return []
    return list(value) if isinstance(value[0], (list, tuple)) else [value]


def _given_roles(page: Any, text: str) -> dict[int, tuple[int, str]]:
    """(article, role) of each position newsie gives: its heading roles, paragraphs as ``body``,
    section heads, captions (article -1)."""
    roles: dict[int, tuple[int, str]] = {}
    for j, a in enumerate(page.articles):
        for role, spans in (("headline", [a.headline]), ("kicker", [a.kicker]), ("sub", list(a.subheadlines)),
                            ("column", [a.column]), ("body", list(a.paragraphs)),
                            ("section-head", list(a.section_heads))):
            for x in _pos(text, [s for s in spans if s is not None]):
                roles[x] = (j, role)
    for c in page.captions:
        for x in _pos(text, [c.span]):
            roles[x] = (-1, "caption")
    return roles


def _truth_roles(truth: dict[str, Any]) -> dict[int, tuple[int, str]]:
    """(article, role) of each heading position of the truth."""
    text, roles = truth["text"], {}
    for i, a in enumerate(truth["articles"]):
        for key, role in (("headline", "headline"), ("kicker", "kicker"), ("column", "column"),
                          ("subheadlines", "subheadlines")):
            for x in _pos(text, _spans(a["spans"].get(key))):
                roles[x] = (i, role)
    return roles


def classify(truth: dict[str, Any], page: Any) -> list[dict[str, Any]]:
    """One record per truth headline of the page that newsie misses: its cause (above), the
    truth's kicker, headline and subtitles, and newsie's for the matched article."""
    text, t_arts = truth["text"], truth["articles"]
    arts = list(page.articles)
    t_pos = [_pos(text, a["spans"]["body"]) for a in t_arts]
    owner = {x: i for i, ps in enumerate(t_pos) for x in ps}
    w = [[0] * len(arts) for _ in t_arts]
    for j, a in enumerate(arts):
        for x in _pos(text, [*a.paragraphs, *a.section_heads]):
            i = owner.get(x)
            if i is not None:
                w[i][j] += 1
    by = dict(score.match(w)) if t_arts and arts else {}
    given, troles = _given_roles(page, text), _truth_roles(truth)
    out = []
    for i, a in enumerate(t_arts):
        j = by.get(i)
        mine = arts[j] if j is not None else None
        got = mine.headline.text if mine is not None and mine.headline is not None else None
        if got is not None and score.norm(got) == score.norm(a["headline"]):
            continue
        head = _pos(text, _spans(a["spans"].get("headline")))
        where = collections.Counter(given.get(x, (None, "none")) for x in head)
        if not where:
            continue
        (jj, role), _ = where.most_common(1)[0]
        joined = collections.Counter(troles.get(x, (owner.get(x), "tbody"))
                                     for x in _pos(text, [mine.headline]) - head) if got is not None else {}
        if role in ("body", "none", "caption"):
            cause = {"body": "a:body", "none": "a:none", "caption": "e:caption"}[role]
        elif role == "section-head":
            cause = "b:section-head"
        elif jj != j:
            cause = ("b:other-article-" if j is not None else "b:unmatched-") + role
        elif role != "headline":
            cause = "c:as-" + role
        elif len(where) > 1:
            heading = {"headline", "kicker", "sub", "column"}
            cause = "c:split" if all(r in heading and k == j for k, r in where) else "d:split-other"
        elif joined:
            kinds = {r if ti == i else ("other-" + r if ti is not None else "nobody") for ti, r in joined}
            cause = ("c:plus-" if kinds <= {"kicker", "subheadlines", "column"} else "d:plus-") + "+".join(sorted(kinds))
        else:
            cause = "d:other"
        out.append({
            "page": truth.get("page_id"), "cause": cause, "count_right": len(arts) == len(t_arts),
            "truth": [a.get("kicker"), a["headline"], a.get("subheadlines") or []],
            "got": [mine.kicker.text if mine is not None and mine.kicker else None, got,
                    [s.text for s in mine.subheadlines] if mine is not None else []],
        })
    return out


def reading_pages(route: str, seed: int, days: list[str] | None, jumps: bool = False,
                  other_month: bool = False) -> list[dict[str, Any]]:
    """The reading pages of a draw: 2019 days 01-10 (``days``, reading days only), the jump pages
    (every day), or the other month's days 01-15."""
    if other_month:
        import pd1998

        pages, keep = pd1998.generate(route, seed=seed), crossfit._days(days or ["1-15"])
    else:
        if jumps:
            import jumps as jump_pages

            pages = jump_pages.generate(route, seed=seed)
        else:
            pages = crossfit.seed_pages(route, seed)
        keep = crossfit._days(days or ["1-10"])
    return [p for p in pages if int(str(p["issue_date"])[-2:]) in keep]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--route", choices=["sim", "pdf"], default="sim")
    ap.add_argument("--seed", type=int, default=crossfit.make_pages.DEFAULT_SEED)
    ap.add_argument("--days", nargs="*", default=None, metavar="D[-D]",
                    help="days of the month (default 1-10, the other month's 1-15): reading days only")
    where = ap.add_mutually_exclusive_group()
    where.add_argument("--jumps", action="store_true", help="the jump pages (all reading pages)")
    where.add_argument("--other-month", action="store_true", help="the other month's pages (pd1998.py's)")
    ap.add_argument("--right-count", action="store_true",
                    help="only the misses on pages whose article count is right")
    ap.add_argument("--examples", type=int, default=0, metavar="N", help="print N misses of each cause")
    ap.add_argument("--out", type=Path, default=None, help="every miss with its cause (JSON)")
    args = ap.parse_args(argv)
    pages = reading_pages(args.route, args.seed, args.days, jumps=args.jumps, other_month=args.other_month)
    misses: list[dict[str, Any]] = []
    scored = score.score_page

    def hook(truth: dict[str, Any], page: Any, sc: score.Scores) -> dict[str, Any]:
        out = scored(truth, page, sc)
        if page is not None:
            misses.extend(classify(truth, page))
        return out

    score.score_page = hook
    try:
        if args.other_month:  # the shipped models, as pd1998.py scores them
            sc = score.score_pages(pages, parse_issue=False)
        else:
            sc = crossfit.crossfit_scores(pages, 3, {}, stitch=False, reuse=True)
    finally:
        score.score_page = scored
    print(score.summary_line(sc, "headline causes", args.route))
    if args.right_count:
        misses = [m for m in misses if m["count_right"]]
    counts = collections.Counter(m["cause"] for m in misses)
    print(f"headlines missed: {len(misses)}")
    for cause, n in sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"{n:6d}  {cause}")
        for m in [m for m in misses if m["cause"] == cause][: args.examples]:
            print(f"          {m['page']}  truth {m['truth']}  got {m['got']}")
    if args.out:
        args.out.write_text(json.dumps(misses, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
