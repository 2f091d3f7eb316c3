"""Where the body characters go wrong: body_f1's lost characters split by cause, cross-fitted.

    python benchmarks/segmentation/body_causes.py --route sim --seed 11 --days 1-10
    python benchmarks/segmentation/body_causes.py --route pdf --days 1-10 --pages-out /tmp/p.json
    python benchmarks/segmentation/body_causes.py --route sim --other-month     # days 01-15, shipped models

Scores the DEV pages as ``crossfit.py --reuse`` does (the newest fold models of the default
settings) and splits, over the matched article pairs of score.py, each body character newsie
misses (FN) or gives wrongly (FP) by what became of it: read as a heading, a byline or a
caption; given to a neighbour matched to another article (merged); given to an article matched
to none (split); in a paragraph the reflow made across two items (mixed). Then each truth
article matched to none (its body merged away) is filed by where its headline went, and each
predicted article matched to none (a split) by what its headline is in the truth. Read only
reading sets with it (seed 11 or 2024 days 01-10, the jump pages, the other month's days 01-15).
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
sys.path.insert(0, str(HERE.parents[1] / "models"))

import crossfit  # noqa: E402
import headline_causes  # noqa: E402
import score  # noqa: E402


def _pos(text: str, spans: list[Any]) -> set[int]:
    return score._positions(text, spans)


def _truth_roles(truth: dict[str, Any]) -> dict[int, tuple[str, int]]:
    text, roles = truth["text"], {}
    for i, a in enumerate(truth["articles"]):
        s = a["spans"]
        for k in ("headline", "kicker", "column"):
            for x in _pos(text, [s[k]] if s.get(k) else []):
                roles[x] = ("head", i)
        for x in _pos(text, s.get("subheadlines") or []):
            roles[x] = ("head", i)
        for x in _pos(text, [s["marker"]] if s.get("marker") else []):
            roles[x] = ("marker", i)
        for x in _pos(text, [b["span"] for b in a["bylines"] if b.get("span")]):
            roles[x] = ("byline", i)
        for x in _pos(text, s["body"]):
            roles[x] = ("body", i)
    for x in _pos(text, [c["span"] for c in truth["captions"]]):
        roles[x] = ("caption", -1)
    return roles


def _units(page: Any, text: str) -> list[tuple[str, int, str, set[int]]]:
    """(role, article, kind, positions) of every span newsie gives."""
    out = []
    for j, a in enumerate(page.articles):
        for k in ("headline", "kicker", "column", "author"):
            sp = getattr(a, k, None)
            if sp is not None:
                out.append(("head", j, k, _pos(text, [sp])))
        out += [("head", j, "subheadline", _pos(text, [sp])) for sp in a.subheadlines]
        out += [("byline", j, "byline", _pos(text, [b.span])) for b in a.bylines]
        out += [("marker", j, "marker", _pos(text, [c.span])) for c in a.continuations]
        out += [("body", j, "section_head", _pos(text, [sp])) for sp in a.section_heads]
        out += [("body", j, "paragraph", _pos(text, [sp])) for sp in a.paragraphs]
    out += [("caption", -1, "caption", _pos(text, [c.span])) for c in page.captions]
    return out


class Tally:
    def __init__(self) -> None:
        self.chars: collections.Counter = collections.Counter()
        self.pages: dict[str, set[str]] = collections.defaultdict(set)
        self.arts: collections.Counter = collections.Counter()
        self.art_chars: collections.Counter = collections.Counter()
        self.per_page: list[dict[str, Any]] = []

    @staticmethod
    def _kept_where(text: str, kept: dict[str, Any], proles: dict[int, tuple[str, int, str]], j: int,
                    lost_first: int) -> str:
        """Where the headline of ``kept`` (the truth article matched to predicted article ``j``)
        went, and whether it stands after (below) the lost article's headline."""
        hs = kept["spans"].get("headline")
        ps = _pos(text, [hs]) if hs else set()
        if not ps:
            return "none"
        pr = proles.get(min(ps))
        side = "below" if min(ps) > lost_first else "above"
        if pr is None:
            return f"nowhere, {side}"
        return f"{'the same' if pr[1] == j else 'another'} article's {pr[2]}, {side}"

    def page(self, truth: dict[str, Any], page: Any) -> None:
        text, t_arts = truth["text"], truth["articles"]
        p_arts = list(getattr(page, "articles", ()) or ())
        t_pos = [_pos(text, a["spans"]["body"]) for a in t_arts]
        p_pos = [_pos(text, [*a.paragraphs, *a.section_heads]) for a in p_arts]
        troles = _truth_roles(truth)
        units = _units(page, text) if page is not None else []
        proles: dict[int, tuple[str, int, str]] = {}
        mixed: set[int] = set()
        for role, j, kind, ps in units:
            for x in ps:
                if x not in proles or proles[x][0] != "body":
                    proles[x] = (role, j, kind)
            owners = {troles.get(x, ("other", -2)) for x in ps}
            bodies = {o for o in owners if o[0] == "body"}
            if role == "body" and (len(bodies) > 1 or (bodies and len(owners) > len(bodies))):
                mixed |= ps
        w = [[len(t & p) for p in p_pos] for t in t_pos]
        pairs = score.match(w) if t_pos and p_pos else []
        by_t, by_p = dict(pairs), {j: i for i, j in pairs}
        c: collections.Counter = collections.Counter()
        for i, ts in enumerate(t_pos):
            j = by_t.get(i)
            for x in ts - (p_pos[j] if j is not None else set()):
                pr = proles.get(x)
                if pr is None:
                    c["FN body dropped"] += 1
                elif pr[0] != "body":
                    c[f"FN body read as {pr[0]}"] += 1
                elif x in mixed:
                    c["FN body in a mixed paragraph (reflow)"] += 1
                elif pr[1] in by_p:
                    c["FN body given to a matched neighbour (merged)"] += 1
                else:
                    c["FN body given to an unmatched article (split)"] += 1
        for j, ps in enumerate(p_pos):
            i = by_p.get(j)
            for x in ps - (t_pos[i] if i is not None else set()):
                tr = troles.get(x, ("other", -2))
                if tr[0] != "body":
                    c[f"FP {tr[0]} read as body"] += 1
                elif x in mixed:
                    c["FP another's body in a mixed paragraph (reflow)"] += 1
                elif i is None:
                    c["FP body in an unmatched article (split)"] += 1
                else:
                    c["FP another article's body (merged)"] += 1
        arts: list[list[Any]] = []
        for i, a in enumerate(t_arts):  # whole articles merged away: where did the headline go?
            if i in by_t:
                continue
            hs = a["spans"].get("headline")
            first = min(_pos(text, [hs])) if hs and _pos(text, [hs]) else None
            pr = proles.get(first) if first is not None else None
            if pr is None:
                where = "nowhere"
            elif pr[0] == "body":
                where = "a mixed paragraph (reflow)" if first in mixed else f"a {pr[2]}"
            else:
                where = f"the {pr[2]} of {'a matched' if pr[1] in by_p else 'an unmatched'} article"
            self.arts[f"lost article: headline in {where}"] += 1
            holder = ""
            if pr is not None and pr[1] >= 0 and pr[1] < len(p_arts):
                h = p_arts[pr[1]]
                holder = "|".join(getattr(x, "text", "") for x in (h.kicker, h.headline) if x is not None)
            entry = [f"lost: {where}", len(t_pos[i]), text[hs[0]:hs[1]] if hs else "", holder]
            if pr is not None and pr[0] == "head" and pr[1] in by_p:
                # its headline heads the merged article, matched to the neighbour with the bigger
                # body: where did that neighbour's own headline go (session 25)?
                entry.append(self._kept_where(text, t_arts[by_p[pr[1]]], proles, pr[1], first))
                self.arts[f"  neighbour's headline in {entry[-1]}"] += 1
                self.art_chars[f"  neighbour's headline in {entry[-1]}"] += len(t_pos[i])
            arts.append(entry)
            self.art_chars[f"lost article: headline in {where}"] += len(t_pos[i])
        for j, a in enumerate(p_arts):  # articles of newsie's own (splits): what heads them?
            if j in by_p:
                continue
            hp = sorted(_pos(text, [a.headline])) if a.headline is not None else []
            roles = sorted({troles.get(x, ("other", -2))[0] for x in hp}) or ["none"]
            key = f"extra article: headline is truth {'/'.join(roles)}"
            self.arts[key] += 1
            arts.append([key, len(p_pos[j]), a.headline.text if hasattr(a.headline, "text") else str(a.headline)])
            self.art_chars[key] += len(p_pos[j])
        for k, v in c.items():
            self.chars[k] += v
            self.pages[k].add(truth["page_id"])
        self.per_page.append({"page": truth["page_id"], "causes": dict(c), "truth": len(t_arts), "got": len(p_arts), "arts": arts})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--route", choices=["sim", "pdf"], default="sim")
    ap.add_argument("--seed", type=int, default=crossfit.make_pages.DEFAULT_SEED)
    ap.add_argument("--days", nargs="*", default=None, metavar="D[-D]",
                    help="days of the month (default 1-10, the other month's 1-15): reading days only")
    where = ap.add_mutually_exclusive_group()
    where.add_argument("--jumps", action="store_true", help="the jump pages (all reading pages)")
    where.add_argument("--other-month", action="store_true",
                       help="the other month's pages (pd1998.py's), scored with the shipped models")
    ap.add_argument("--pages-out", type=Path, default=None, help="per-page causes (JSON)")
    args = ap.parse_args(argv)
    pages = headline_causes.reading_pages(args.route, args.seed, args.days, jumps=args.jumps,
                                          other_month=args.other_month)
    tally, scored = Tally(), score.score_page

    def hook(truth: dict[str, Any], page: Any, sc: score.Scores) -> dict[str, Any]:
        out = scored(truth, page, sc)
        tally.page(truth, page)
        return out

    score.score_page = hook
    try:
        if args.other_month:  # the shipped models, as pd1998.py scores them
            sc = score.score_pages(pages, parse_issue=False)
        else:
            sc = crossfit.crossfit_scores(pages, 3, {}, stitch=False, reuse=True)
    finally:
        score.score_page = scored
    print(score.summary_line(sc, "body causes", args.route))
    print(f"body characters: truth {sc.body_true}, given {sc.body_pred}, right {sc.body_tp};"
          f" lost (FN) {sc.body_true - sc.body_tp}, wrong (FP) {sc.body_pred - sc.body_tp}")
    for k, v in tally.chars.most_common():
        print(f"{v:8d} chars {len(tally.pages[k]):4d} pages  {k}")
    for k, v in tally.art_chars.most_common():
        print(f"{v:8d} chars {tally.arts[k]:4d} articles  {k}")
    if args.pages_out:
        args.pages_out.write_text(json.dumps(tally.per_page, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
