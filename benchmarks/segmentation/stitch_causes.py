"""Where the jumps go wrong: continuation_f1's misses and stitch's failures filed by cause.

    python benchmarks/segmentation/stitch_causes.py --route sim --jumps              # jump draw 2024
    python benchmarks/segmentation/stitch_causes.py --route pdf --jumps --seed 43 --examples 3
    python benchmarks/segmentation/stitch_causes.py --route pdf --seed 7             # 2019 days 01-10
    python benchmarks/segmentation/stitch_causes.py --route sim --jumps --out /tmp/j.json

Scores the pages as ``crossfit.py --reuse`` does (the newest fold models of the default
settings) and files what went wrong with each jump (session 39).

Each truth jump marker whose article newsie does not give that ``(direction, page)``:

* ``marker:not-found``: no marker read over the truth marker's characters;
* ``marker:wrong-page`` / ``marker:wrong-direction``: read, with another page or direction;
* ``marker:unplaced``: read, put on no article;
* ``marker:article-lost``: the truth article matched to no article of newsie's (score.py's
  one-to-one matching: mostly merged into a neighbour matched to that neighbour);
* ``marker:merged``: put on an article holding a piece of the truth article but matched to
  another truth article;
* ``marker:cut-at-marker``: put on an article holding a piece of the truth article, matched to
  none (the truth article cut in two, the marker with the smaller piece);
* ``marker:wrong-article``: put on an article holding none of the truth article's body;

and each marker newsie reads where the truth has none (``marker-extra:spurious``) or reads
with another page or direction on the right article (``marker-extra:misread``).

Each stitched pair (a page's part that jumps and its jump part, as ``score.score_stitch``
counts them) that fails: the issue article holding the first words of the page's part must
hold the last words of the jump part, after them:

* ``stitch:head-none`` / ``stitch:tail-none`` / ``stitch:both-none``: those words in no issue
  article's body (read as a heading, a byline, a caption; the role they went to is given);
* ``stitch:cut-first`` / ``stitch:cut-jump``: the part cut into two articles on its page (the
  first words in one, the marker's words in another), and the pieces not joined back;
* ``stitch:no-marker-first`` / ``stitch:no-marker-jump``: the part whole, without its marker;
* ``stitch:wrong-partner``: both parts whole and marked, joined to other parts;
* ``stitch:other``.

Pairs that stitch are checked too: ``joined:headline`` where the issue article's headline is
not the truth's, ``joined:body`` where its body misses or adds more than 2% of the two parts'
characters.

Read only reading sets with it (2019 days 01-10 of any draw, the jump pages): the judging days
are judged, never looked at (README, "Read vs judge").
"""

from __future__ import annotations

import argparse
import collections
import difflib
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import crossfit
import score
from score import norm


def _body_pos(text: str, spans: list[Any]) -> set[int]:
    return score._positions(text, spans)


def _pred_body(a: Any) -> list[Any]:
    return [*a.paragraphs, *a.section_heads]


def _article_of(page: Any, text: str, positions: set[int]) -> Any:
    """The article of ``page`` holding most of ``positions`` in its body (None: none)."""
    best, most = None, 0
    for a in page.articles:
        n = len(positions & _body_pos(text, _pred_body(a)))
        if n > most:
            best, most = a, n
    return best


def _role_of(page: Any, words: str) -> str:
    """Which of ``page``'s spans holds ``words`` (squeezed): the role it was read as."""
    if not words:
        return "empty"
    for a in page.articles:
        for role in ("headline", "kicker", "column", "author"):
            s = getattr(a, role)
            if s is not None and words in norm(s.text):
                return role
        for role in ("subheadlines", "section_heads", "paragraphs"):
            if any(words in norm(s.text) for s in getattr(a, role)):
                return role
        if any(words in norm(b.span.text) for b in a.bylines):
            return "byline"
    if any(words in norm(c.text) for c in getattr(page, "captions", ()) or ()):
        return "caption"
    return "nowhere"


def _matching(truth: dict[str, Any], page: Any) -> tuple[list[list[int]], dict[int, int]]:
    """score.score_page's one-to-one matching: body characters shared by truth article i and
    newsie's article j, and the truth article each of newsie's is matched to."""
    p_arts = list(page.articles)
    w = score.body_overlap(truth["text"], truth["articles"], p_arts)[2]
    return w, dict(score.match(w)) if truth["articles"] and p_arts else {}


def marker_misses(truth: dict[str, Any], page: Any) -> list[dict[str, Any]]:
    """The truth markers ``page`` does not give their article, and the ones it gives in excess."""
    text, out = truth["text"], []
    p_arts = list(page.articles)
    w, by_truth = _matching(truth, page)
    matched_to = {j: i for i, j in by_truth.items()}
    host_of = {}  # a marker's place -> the index of the article it was put on
    for j, a in enumerate(p_arts):
        for c in a.continuations:
            host_of[(c.span.start, c.span.end)] = j
    every = [c for a in p_arts for c in a.continuations]
    every += [c for c in getattr(page, "continuations", ()) or () if (c.span.start, c.span.end) not in host_of]
    for i, t in enumerate(truth["articles"]):
        m = (t.get("spans") or {}).get("marker")
        want = ("to", t["continued_to"]) if t.get("continued_to") else ("from", t["continued_from"]) \
            if t.get("continued_from") else None
        if want is None or m is None:
            continue
        j = by_truth.get(i)
        if j is not None and any((c.direction, c.page) == want for c in p_arts[j].continuations):
            continue
        hits = [c for c in every if c.span.start < m[1] and m[0] < c.span.end]
        if not hits:
            cause = "not-found"
        else:
            c = hits[0]
            host = host_of.get((c.span.start, c.span.end))
            if c.direction != want[0]:
                cause = "wrong-direction"
            elif c.page != want[1]:
                cause = "wrong-page"
            elif host is None:
                cause = "unplaced"
            elif j is None:
                cause = "article-lost"
            elif w[i][host] and host in matched_to:
                cause = "merged"  # put on the article the truth article was merged into, matched to another
            elif w[i][host]:
                cause = "cut-at-marker"
            else:
                cause = "wrong-article"
        out.append({"page": truth["page_id"], "cause": f"marker:{cause}", "headline": t["headline"],
                    "marker": text[m[0]:m[1]], "want": list(want),
                    "context": text[max(0, m[0] - 30): m[1] + 30]})
    marks = [(t["spans"]["marker"], i) for i, t in enumerate(truth["articles"]) if (t.get("spans") or {}).get("marker")]
    for c in every:
        over = [i for (ms, me), i in marks if c.span.start < me and ms < c.span.end]
        host = host_of.get((c.span.start, c.span.end))
        if not over:
            cause = "spurious"
        elif host is None or host not in matched_to or matched_to[host] not in over:
            continue  # (a truth marker given to the wrong article: counted above)
        else:
            t = truth["articles"][matched_to[host]]
            want = ("to", t["continued_to"]) if t.get("continued_to") else ("from", t.get("continued_from"))
            if (c.direction, c.page) == want:
                continue
            cause = "misread"  # (its miss counted above too)
        out.append({"page": truth["page_id"], "cause": f"marker-extra:{cause}", "headline": None,
                    "marker": c.span.text, "want": None,
                    "context": text[max(0, c.span.start - 30): c.span.end + 30]})
    return out


def _heading_text(a: Any) -> str:
    return norm(a.headline.text) if a is not None and a.headline is not None else ""


def _body_gap(want: str, got: str) -> tuple[int, int]:
    """(characters of ``want`` missing from ``got``, characters of ``got`` not in ``want``)."""
    sm = difflib.SequenceMatcher(None, want, got, autojunk=False)
    same = sum(b.size for b in sm.get_matching_blocks())
    return len(want) - same, len(got) - same


def stitch_causes(pages: list[dict[str, Any]], results: dict[str, Any]) -> list[dict[str, Any]]:
    """Every jumped pair of ``pages`` (issues parsed in ``results``) with its outcome."""
    issues: dict[str, dict[int, dict[str, Any]]] = defaultdict(dict)
    for p in pages:
        issues[p.get("issue_id", p["issue_date"])][p["page_number"]] = p
    out = []
    for issue_id, by_page in sorted(issues.items()):
        result = results.get(issue_id)
        if result is None:
            continue
        parsed = {p.page_number: p for p in result.pages}
        arts = list(score._issue_articles(result))
        texts = [norm(score._article_text(x)) for x in arts]
        for p in by_page.values():
            for a in p["articles"]:
                if not (a.get("continued_to") and a["continued_to"] in by_page):
                    continue
                q = by_page[a["continued_to"]]
                b = next((x for x in q["articles"] if x.get("pair") and x["pair"]["source_id"] == a["source_id"]), None)
                if b is None:
                    continue
                head, tail = norm("".join(a["body"]))[:20], norm("".join(b["body"]))[-20:]
                ok = any(head in t and tail in t and t.index(head) < t.rindex(tail) for t in texts)
                rec = {"issue": issue_id, "first": p["page_id"], "jump": q["page_id"], "headline": a["headline"],
                       "jump_headline": b["headline"]}
                pa, pb = parsed[p["page_number"]], parsed[q["page_number"]]
                ta, tb = p["text"], q["text"]
                sa, sb = a["spans"]["body"], b["spans"]["body"]
                a_first = _article_of(pa, ta, _body_pos(ta, sa[:1]))
                a_last = _article_of(pa, ta, _body_pos(ta, sa[-1:]))
                b_first = _article_of(pb, tb, _body_pos(tb, sb[:1]))
                b_last = _article_of(pb, tb, _body_pos(tb, sb[-1:]))
                if ok:
                    k = next(i for i, t in enumerate(texts) if head in t and tail in t)
                    cause = []
                    if _heading_text(arts[k]) != norm(a["headline"]):
                        cause.append("joined:headline")
                        rec["got_headline"] = arts[k].headline.text if arts[k].headline else None
                        rec["first_headline"] = a_first.headline.text if a_first and a_first.headline else None
                        rec["jump_got"] = b_first.headline.text if b_first and b_first.headline else None
                    want = norm("".join(a["body"])) + norm("".join(b["body"]))
                    miss, extra = _body_gap(want, texts[k])
                    if miss > 0.02 * len(want) or extra > 0.02 * len(want):
                        cause.append("joined:body")
                        rec["missing"], rec["extra"] = miss, extra
                    rec["cause"] = " ".join(cause) or "ok"
                    out.append(rec)
                    continue
                has_head = any(head in t for t in texts)
                has_tail = any(tail in t for t in texts)
                if not has_head or not has_tail:
                    cause = "both-none" if not (has_head or has_tail) else "head-none" if not has_head else "tail-none"
                    if not has_head:
                        rec["head_role"] = _role_of(pa, norm(a["body"][0])[:8])
                        rec["head_words"] = norm(a["body"][0])[:20]
                    if not has_tail:
                        rec["tail_role"] = _role_of(pb, norm(b["body"][-1])[-8:])
                        rec["tail_words"] = norm(b["body"][-1])[-20:]
                elif a_first is not None and a_last is not None and a_first is not a_last:
                    cause = "cut-first"
                elif b_first is not None and b_last is not None and b_first is not b_last:
                    cause = "cut-jump"
                elif a_last is None or a_last.continued_to != q["page_number"]:
                    cause = "no-marker-first"
                    rec["got"] = a_last.continued_to if a_last is not None else "lost"
                elif b_first is None or b_first.continued_from != p["page_number"]:
                    cause = "no-marker-jump"
                    rec["got"] = b_first.continued_from if b_first is not None else "lost"
                else:
                    cause = "wrong-partner"
                    hk = next(i for i, t in enumerate(texts) if head in t)
                    rec["joined_to"] = arts[hk].id
                rec["cause"] = f"stitch:{cause}"
                out.append(rec)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--route", choices=["sim", "pdf"], default="sim")
    ap.add_argument("--seed", type=int, default=crossfit.make_pages.DEFAULT_SEED)
    ap.add_argument("--days", nargs="*", default=None, metavar="D[-D]",
                    help="days of the month (default 1-10 for the 2019 pages, every day of the jump pages)")
    ap.add_argument("--jumps", action="store_true", help="the jump pages (all reading pages)")
    ap.add_argument("--examples", type=int, default=0, metavar="N", help="print N cases of each cause")
    ap.add_argument("--out", type=Path, default=None, help="every case with its cause (JSON)")
    args = ap.parse_args(argv)
    if args.jumps:
        import jumps

        pages = jumps.generate(args.route, seed=args.seed)
        days = crossfit._days(args.days or ["1-15"])
    else:
        pages = crossfit.seed_pages(args.route, args.seed)
        days = crossfit._days(args.days or ["1-10"])
        if days & set(range(11, 16)):
            ap.error("the 2019 pages' days 11-15 are judging days: not read")
    pages = [p for p in pages if int(str(p["issue_date"])[-2:]) in days]
    cases: list[dict[str, Any]] = []
    results: dict[str, Any] = {}
    scored, stitched = score.score_page, score.score_stitch

    def page_hook(truth: dict[str, Any], page: Any, sc: score.Scores) -> dict[str, Any]:
        out = scored(truth, page, sc)
        if page is not None:
            cases.extend(marker_misses(truth, page))
        return out

    def stitch_hook(pages_: list[dict[str, Any]], parse_issue: Any, sc: score.Scores) -> None:
        def keep(texts: dict[int, str], **kw: Any) -> Any:
            result = parse_issue(texts, **kw)
            first = next(p for p in pages_ if p["issue_date"] == kw["issue_date"]
                         and p["page_number"] == min(texts) and p["text"] == texts[min(texts)])
            results[first.get("issue_id", first["issue_date"])] = result
            return result

        stitched(pages_, keep, sc)

    score.score_page, score.score_stitch = page_hook, stitch_hook
    try:
        sc = crossfit.crossfit_scores(pages, 3, {}, reuse=True)
    finally:
        score.score_page, score.score_stitch = scored, stitched
    cases += stitch_causes(pages, results)
    name = f"stitch causes {'jumps ' if args.jumps else ''}seed {args.seed}"
    print(score.summary_line(sc, name, args.route))
    counts = collections.Counter(c["cause"] for c in cases)
    pairs = sum(1 for c in cases if not c["cause"].startswith("marker:"))
    print(f"jumped pairs: {pairs}, stitched {sum(1 for c in cases if c['cause'].startswith(('ok', 'joined')))}")
    for cause, n in sorted(counts.items(), key=lambda kv: (kv[0].split(':')[0], -kv[1])):
        print(f"{n:6d}  {cause}")
        for c in [c for c in cases if c["cause"] == cause][: args.examples] if cause != "ok" else []:
            print("          " + json.dumps({k: v for k, v in c.items() if k != "cause"}, ensure_ascii=False))
    if args.out:
        args.out.write_text(json.dumps(cases, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
