"""More jumped articles to tune the continuation and stitch scores on: DEV days only.

The ordinary DEV set holds only the real page-1 jumps of the e-paper (about 30 pairs an
edition, 120 jump parts in all): too few to see the errors of ``continuation_f1`` and
``stitch``. This module makes extra issues of the same DEV days in which, besides those
real page-1 jumps, other long articles are cut with real ``（下转第N版）`` /
``（上接第M版）`` markers onto a later page of the same day, the way
:func:`make_pages.split_jump` cuts a page-1 article (25-60% of the body first, at a
paragraph break or inside a paragraph, markers inline or on their own line, the jump part
under its repeated headline, kicker and subtitle dropped half of the time). The pages are
rendered by the benchmark's own renderers (``sim`` and ``pdf`` routes) with truth in the
same schema (``issue_pairs`` naming the real page the part comes from), so
:mod:`score` scores them, and ``crossfit.py --jumps`` scores them with the fold models.

Pages are cached apart from the benchmark's (``.cache/jumps/<route>/dev/``), keyed by the
seed and the code of the generator and this module; page ids are
``YYYYMMDD-j<k>-NN``, issue ids ``YYYYMMDD-j<k>``. Never the TEST days.

    python benchmarks/segmentation/jumps.py --route sim --check
    python benchmarks/segmentation/jumps.py --route pdf
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus
import make_pages
from corpus import SourceArticle
from make_pages import PagePlan, PlacedArticle

__all__ = ["EDITIONS", "MIN_CHARS", "add_jumps", "generate", "plan_jump_pages"]

#: the extra editions made of each DEV day (each a fresh draw of which articles jump where)
EDITIONS = ("j1", "j2")
#: an article jumps only if its body is at least this long (as the e-paper's jumped ones are)
MIN_CHARS = 900
#: chance that a long article on a page with a later page is cut onto one
JUMP_P = 0.45
#: at most this many new jumps an issue
MAX_JUMPS = 14


def _jump_to(a: PlacedArticle, page: int, to_page: int, rng: random.Random) -> tuple[PlacedArticle, PlacedArticle]:
    """Cut ``a`` (on ``page``) with :func:`make_pages.split_jump`, its rest going to ``to_page``."""
    p1, p2 = make_pages.split_jump(a.src, to_page, a.src, rng)
    p2.continued_from, p2.pair_page = page, page  # split_jump writes page 1
    return p1, p2


def add_jumps(plans: list[PagePlan], rng: random.Random) -> int:
    """Cut long articles of ``plans`` (one issue) onto later pages of the issue; returns how many.

    The first part stays where the article was; the jump part goes onto a later page,
    among the first articles there half of the time, anywhere on it otherwise (a page may
    get several, from one page or from several).
    """
    numbers = sorted(p.page_number for p in plans)
    by_number = {p.page_number: p for p in plans}
    made = 0
    arrivals: dict[int, list[PlacedArticle]] = {}
    for plan in sorted(plans, key=lambda p: p.page_number):
        later = [n for n in numbers if n > plan.page_number]
        if not later:
            continue
        for k, a in enumerate(list(plan.articles)):
            if made >= MAX_JUMPS:
                break
            if a.continued_to or a.continued_from or a.src.chars < MIN_CHARS or rng.random() >= JUMP_P:
                continue
            to_page = rng.choice(later[:3]) if rng.random() < 0.7 else rng.choice(later)
            p1, p2 = _jump_to(a, plan.page_number, to_page, rng)
            if a.synthetic_byline:  # the made-up reporter line stays with the first part
                p1.byline_at[0], p1.synthetic_byline = a.byline_at[0], True
            plan.articles[k] = p1
            arrivals.setdefault(to_page, []).append(p2)
            made += 1
    for n, parts in arrivals.items():
        arts = by_number[n].articles
        for p2 in parts:
            if rng.random() < 0.5:  # among the jump parts that open the page
                at = next((i for i, x in enumerate(arts) if not x.continued_from), len(arts))
            else:
                at = rng.randint(0, len(arts))
            arts.insert(at, p2)
    return made


def plan_jump_pages(seed: int = make_pages.DEFAULT_SEED, root: str | None = None) -> list[PagePlan]:
    """The page plans of the extra issues: every DEV day, once per edition of :data:`EDITIONS`."""
    days = corpus.load_rmrb(root)
    caption_pool = corpus.load_caption_pool(root)["dev"]
    in_split = {d: arts for d, arts in days.items() if make_pages.split_of(d) == "dev"}
    pool = make_pages._reporter_pool(a for arts in in_split.values() for a in arts)
    plans: list[PagePlan] = []
    for date, arts in sorted(in_split.items()):
        for ed in EDITIONS:
            fresh = [
                SourceArticle(**{**a.__dict__, "captions": list(a.captions), "byline_at": dict(a.byline_at)})
                for a in arts
            ]
            # the real pages of the day (edition a's composition), with the real page-1 jumps
            issue = make_pages.compose_issue(date, fresh, "a", seed, caption_pool, pool)
            for p in issue:
                p.page_id = f"{date}-{ed}-{p.page_number:02d}"
                p.issue_id = f"{date}-{ed}"
                p.edition = ed
            add_jumps(issue, random.Random(f"{seed}:{date}:{ed}:jumps"))
            plans += issue
    return plans


def _fix_pairs(page: dict[str, Any]) -> dict[str, Any]:
    """``issue_pairs`` with the real page a part comes from (make_truth writes page 1)."""
    pairs = []
    for a in page["articles"]:
        if not a["pair"]:
            continue
        if a["continued_to"]:
            pairs.append({"from_page": page["page_number"], "from_source_id": a["source_id"],
                          "to_page": a["continued_to"], "to_source_id": a["pair"]["source_id"]})
        else:
            pairs.append({"from_page": a["continued_from"], "from_source_id": a["pair"]["source_id"],
                          "to_page": page["page_number"], "to_source_id": a["source_id"]})
    page["issue_pairs"] = pairs
    return page


def _code_hash(route: str) -> str:
    h = hashlib.sha1(make_pages._code_hash(route).encode())
    h.update(Path(__file__).read_bytes())
    return h.hexdigest()[:12]


def cache_dir(route: str, seed: int = make_pages.DEFAULT_SEED) -> Path:
    """Where the extra pages of ``route`` (drawn with ``seed``) are cached."""
    folder = "dev" if seed == make_pages.DEFAULT_SEED else f"dev-seed-{seed}"
    return make_pages.CACHE_DIR / "jumps" / route / folder


def generate(route: str = "sim", *, seed: int = make_pages.DEFAULT_SEED, root: str | None = None,
             ids: list[str] | None = None, write: bool = True, force: bool = False) -> list[dict[str, Any]]:
    """Make (or read from the cache) the extra pages; returns their truth records."""
    plans = plan_jump_pages(seed, root)
    if ids:
        want = set(ids)
        plans = [p for p in plans if p.page_id in want]
    if route not in ("sim", "pdf"):
        raise ValueError(f"unknown route {route!r} (sim or pdf)")
    stamp = {"seed": seed, "route": route, "code": _code_hash(route)}
    return make_pages.render_pages(plans, route, seed, cache_dir(route, seed), stamp,
                                   write=write, force=force, finish=_fix_pairs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--route", choices=["sim", "pdf"], default="sim")
    ap.add_argument("--seed", type=int, default=make_pages.DEFAULT_SEED)
    ap.add_argument("--force", action="store_true")
    ap.add_argument("--check", action="store_true", help="check every page's truth against its text")
    args = ap.parse_args(argv)
    pages = generate(args.route, seed=args.seed, force=args.force)
    n_pairs = sum(len([x for x in p["issue_pairs"] if x["to_page"] == p["page_number"]]) for p in pages)
    parts = sum(1 for p in pages for a in p["articles"] if a["continued_to"] or a["continued_from"])
    print(f"jumps/{args.route}: {len(pages)} pages, {sum(len(p['articles']) for p in pages)} articles, "
          f"{n_pairs} jump pairs, {parts} jump parts -> {cache_dir(args.route, args.seed)}")
    if args.check:
        return make_pages.report_check(pages)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
