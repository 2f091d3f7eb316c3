"""Score newsie's article segmentation against the truth of the benchmark pages.

Metrics (all micro-averaged over the set unless said otherwise):

* ``count_exact``: fraction of pages where newsie finds exactly as many articles as the
  truth has.
* ``body_f1``: body characters. Each article's body is the set of non-whitespace
  positions of the raw text covered by its paragraphs and its in-body section heads
  (``Article.paragraphs`` and ``Article.section_heads`` spans; truth: ``spans.body``, which
  holds the 小标题 as body lines). Truth and predicted articles are matched one to one by the
  number of body characters they share (Hungarian assignment with scipy, greedy
  otherwise); shared characters of matched pairs are true positives. Until session 7 the
  section heads were left out (``body_f1_paragraphs``, reported beside it: the paragraphs
  alone, with the same matching), which counted every 小标题 newsie files apart as lost.
* ``headline_exact``: over truth articles, the matched article's headline equals the
  truth headline (whitespace removed, full-width digits/letters folded).
* ``subtitle_exact``: over truth articles with a subtitle (副题) and matched articles given one,
  the matched article's subtitles equal the truth's, one for one (whitespace removed, folded as
  above); a subtitle wrapped over lines and given as several counts wrong (session 26).
* ``headline_spacing`` (in the report, not the summary line): of the exact headlines, the share
  whose spaces fall where the truth's do (runs of white space read as one): a title wrapped at
  its measure read with a space inside a word (某某会见中国女 排代表) counts wrong (session 26);
  both sides folded as above (session 27).
* ``byline_f1``: reporter names of the matched articles' bylines (photo credits, kind
  ``摄``, are not article bylines), as multisets.
* ``continuation_f1``: ``(direction, page)`` of each article (``continued_to`` /
  ``continued_from``).
* ``caption_count_exact`` and ``caption_f1``: captions matched one to one by shared
  characters of their text spans (a credit span inside a caption does not count).
* ``stitch``: with ``newsie.parse_issue`` (when it exists), fraction of jumped articles
  whose issue-level article (its paragraphs and section heads) holds the start of the page-1
  part and the end of the jump part; ``n/a`` otherwise.
* ``stitch_headline``: of those stitched articles, the fraction whose headline is the page-1
  part's (as ``headline_exact`` compares): the stitch score reads bodies only (session 39).
* ``speed``: characters per second of the segmentation stage (:data:`SEGMENTATION_STAGE`:
  segmenter, jump markers, bylines) over the set (parse time only), one pass, whose first
  page also loads the models; :func:`time_stage` times repeated passes after a warm-up.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

try:  # Hungarian assignment when scipy is there; greedy otherwise
    from scipy.optimize import linear_sum_assignment as _lsa
except Exception:  # noqa: BLE001  (scipy missing or broken: fall back to greedy)
    _lsa = None

__all__ = ["Scores", "match", "norm", "score_pages", "summary_line"]

WS = re.compile(r"\s+")
_FOLD = str.maketrans(
    {
        chr(c): chr(c - 0xFEE0)
        for c in list(range(0xFF10, 0xFF1A))
        + list(range(0xFF21, 0xFF3B))
        + list(range(0xFF41, 0xFF5B))
    }
    | {"％": "%", "．": "."}  # as newsie folds them (document.py): ５．８％ is 5.8%
)

METRICS = (
    "count_exact",
    "body_f1",
    "headline_exact",
    "byline_f1",
    "continuation_f1",
    "caption_count_exact",
    "caption_f1",
    "stitch",
)


def norm(s: str | None) -> str:
    """Comparison form of a string: whitespace removed, full-width digits/letters folded.

    >>> norm("增长 ５．８％")
    '增长5.8%'
    """
    return WS.sub("", s or "").translate(_FOLD)


def _positions(text: str, spans: Iterable[Any]) -> set[int]:
    """Non-whitespace positions of ``text`` inside the ``[start, end)`` spans."""
    out: set[int] = set()
    for s in spans:
        if s is None:
            continue
        a, b = (s[0], s[1]) if isinstance(s, (list, tuple)) else (s.start, s.end)
        out.update(i for i in range(max(0, a), min(len(text), b)) if not text[i].isspace())
    return out


def match(weights: list[list[int]]) -> list[tuple[int, int]]:
    """One-to-one matching maximising the total weight; pairs of weight 0 are dropped."""
    if not weights or not weights[0]:
        return []
    if _lsa is not None:
        import numpy as np

        w = np.asarray(weights)
        rows, cols = _lsa(-w)
        return [(int(r), int(c)) for r, c in zip(rows, cols) if w[r, c] > 0]
    cells = sorted(
        ((w, i, j) for i, row in enumerate(weights) for j, w in enumerate(row) if w > 0),
        reverse=True,
    )
    used_i, used_j, out = set(), set(), []
    for w, i, j in cells:
        if i not in used_i and j not in used_j:
            used_i.add(i)
            used_j.add(j)
            out.append((i, j))
    return out


def _f1(tp: float, n_pred: float, n_true: float) -> float | None:
    if n_pred == 0 and n_true == 0:
        return None
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_true if n_true else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    """Running totals over pages; :meth:`metrics` gives the benchmark numbers."""

    pages: int = 0
    count_exact: int = 0
    body_tp: int = 0
    body_pred: int = 0
    body_true: int = 0
    body_par_tp: int = 0
    body_par_pred: int = 0
    headlines: int = 0
    headline_ok: int = 0
    subtitles: int = 0
    subtitle_ok: int = 0
    headline_spaced_ok: int = 0
    byline_tp: int = 0
    byline_pred: int = 0
    byline_true: int = 0
    cont_tp: int = 0
    cont_pred: int = 0
    cont_true: int = 0
    cap_count_exact: int = 0
    cap_tp: int = 0
    cap_pred: int = 0
    cap_true: int = 0
    stitch_pairs: int = 0
    stitch_ok: int = 0
    stitch_head_ok: int = 0
    stitch_available: bool = False
    chars: int = 0
    seconds: float = 0.0
    errors: int = 0
    failures: list[dict[str, Any]] = field(default_factory=list)

    def metrics(self) -> dict[str, float | None]:
        n = self.pages or 1
        return {
            "count_exact": self.count_exact / n,
            "body_f1": _f1(self.body_tp, self.body_pred, self.body_true),
            "body_precision": self.body_tp / self.body_pred if self.body_pred else 0.0,
            "body_recall": self.body_tp / self.body_true if self.body_true else 0.0,
            "body_f1_paragraphs": _f1(self.body_par_tp, self.body_par_pred, self.body_true),
            "headline_exact": self.headline_ok / self.headlines if self.headlines else None,
            "subtitle_exact": self.subtitle_ok / self.subtitles if self.subtitles else None,
            # of the exact headlines, those whose spaces fall where the truth's do (a space
            # between phrases, none inside a word a wrap tore): the text a reader sees
            "headline_spacing": self.headline_spaced_ok / self.headline_ok if self.headline_ok else None,
            "byline_f1": _f1(self.byline_tp, self.byline_pred, self.byline_true),
            "continuation_f1": _f1(self.cont_tp, self.cont_pred, self.cont_true),
            "caption_count_exact": self.cap_count_exact / n,
            "caption_f1": _f1(self.cap_tp, self.cap_pred, self.cap_true),
            "stitch": (self.stitch_ok / self.stitch_pairs if self.stitch_pairs else None)
            if self.stitch_available
            else None,
            "stitch_headline": (self.stitch_head_ok / self.stitch_ok if self.stitch_ok else None)
            if self.stitch_available
            else None,
            "speed_chars_per_s": self.chars / self.seconds if self.seconds else None,
            "ms_per_1k_chars": 1000 * self.seconds / (self.chars / 1000) if self.chars else None,
            "pages": self.pages,
            "errors": self.errors,
        }


def _pred_reporters(article: Any) -> list[str]:
    return [
        r
        for b in getattr(article, "bylines", ())
        if getattr(b, "kind", None) != "摄"
        for r in b.reporters
    ]


def _pred_conts(article: Any) -> set[tuple[str, int]]:
    out = set()
    if getattr(article, "continued_to", None):
        out.add(("to", int(article.continued_to)))
    if getattr(article, "continued_from", None):
        out.add(("from", int(article.continued_from)))
    return out


def _true_conts(a: dict[str, Any]) -> set[tuple[str, int]]:
    out = set()
    if a.get("continued_to"):
        out.add(("to", int(a["continued_to"])))
    if a.get("continued_from"):
        out.add(("from", int(a["continued_from"])))
    return out


def body_overlap(text: str, t_arts: list[dict[str, Any]], p_arts: list[Any]) -> tuple[
        list[set[int]], list[set[int]], list[list[int]]]:
    """The body character positions of each truth article and of each of newsie's, and the
    characters each pair shares (``w[i][j]``: truth article i, newsie's j), what the one-to-one
    matching weighs."""
    t_pos = [_positions(text, a["spans"]["body"]) for a in t_arts]
    # an article's body is its paragraphs and its in-body section heads (小标题): the truth
    # holds those as body lines; newsie files them apart, in the same article
    p_pos = [_positions(text, [*a.paragraphs, *getattr(a, "section_heads", ())]) for a in p_arts]
    owner = {}
    for i, ps in enumerate(t_pos):
        for x in ps:
            owner[x] = i
    w = [[0] * len(p_arts) for _ in t_arts]
    for j, ps in enumerate(p_pos):
        for x in ps:
            i = owner.get(x)
            if i is not None:
                w[i][j] += 1
    return t_pos, p_pos, w


def score_page(truth: dict[str, Any], page: Any, sc: Scores) -> dict[str, Any]:
    """Add one page to the totals; returns the page's failure record (empty when perfect)."""
    text = truth["text"]
    t_arts = truth["articles"]
    p_arts = list(getattr(page, "articles", ()) or ())
    t_pos, p_pos, w = body_overlap(text, t_arts, p_arts)
    pairs = match(w)
    by_truth = dict(pairs)

    sc.pages += 1
    sc.count_exact += len(p_arts) == len(t_arts)
    tp = sum(w[i][j] for i, j in pairs)
    sc.body_tp += tp
    sc.body_pred += sum(len(p) for p in p_pos)
    sc.body_true += sum(len(t) for t in t_pos)
    par_pos = [_positions(text, a.paragraphs) for a in p_arts]  # the paragraphs alone, as before session 7
    sc.body_par_tp += sum(len(par_pos[j] & t_pos[i]) for i, j in pairs)
    sc.body_par_pred += sum(len(p) for p in par_pos)

    fail: dict[str, Any] = {}
    missed_heads = []
    for i, a in enumerate(t_arts):
        sc.headlines += 1
        j = by_truth.get(i)
        got = p_arts[j].headline.text if j is not None and p_arts[j].headline is not None else None
        if j is not None and norm(got) == norm(a["headline"]):
            sc.headline_ok += 1
            # (folded: the other month's truth types full-width digits, ５０年, as newsie reads 50年)
            sc.headline_spaced_ok += " ".join(got.split()).translate(_FOLD) == " ".join(a["headline"].split()).translate(_FOLD)
        else:
            missed_heads.append({"truth": a["headline"], "got": got, "matched": j is not None})
    # subtitles: truth articles with one, and those matched to an article given one
    subs_missed = []
    for i, a in enumerate(t_arts):
        j = by_truth.get(i)
        want = [norm(text[s:e]) for s, e in a["spans"].get("subheadlines") or []]
        got_subs = [norm(x.text) for x in getattr(p_arts[j], "subheadlines", ())] if j is not None else []
        if want or got_subs:
            sc.subtitles += 1
            if j is not None and want == got_subs:
                sc.subtitle_ok += 1
            else:
                subs_missed.append({"headline": a["headline"], "truth": want, "got": got_subs})
    # bylines
    byline_miss = []
    for i, a in enumerate(t_arts):
        true_r = Counter(r for b in a["bylines"] for r in b["reporters"])
        sc.byline_true += sum(true_r.values())
        j = by_truth.get(i)
        got_r = Counter(_pred_reporters(p_arts[j])) if j is not None else Counter()
        sc.byline_tp += sum((true_r & got_r).values())
        if true_r != got_r:
            byline_miss.append({"headline": a["headline"], "truth": sorted(true_r.elements()),
                                "got": sorted(got_r.elements()), "matched": j is not None})
    sc.byline_pred += sum(len(_pred_reporters(a)) for a in p_arts)
    # continuations
    cont_miss = []
    for i, a in enumerate(t_arts):
        tc = _true_conts(a)
        sc.cont_true += len(tc)
        j = by_truth.get(i)
        pc = _pred_conts(p_arts[j]) if j is not None else set()
        sc.cont_tp += len(tc & pc)
        if tc != pc:
            cont_miss.append({"headline": a["headline"], "truth": sorted(tc), "got": sorted(pc)})
    sc.cont_pred += sum(len(_pred_conts(a)) for a in p_arts)
    # captions
    t_caps = [_positions(text, [c["span"]]) for c in truth["captions"]]
    p_caps = []
    for c in getattr(page, "captions", ()) or ():
        ps = _positions(text, [c.span])
        credit = getattr(c, "credit", None)
        if credit is not None:
            ps -= _positions(text, [credit.span])
        p_caps.append(ps)
    cw = [[len(t & p) for p in p_caps] for t in t_caps]
    cpairs = match(cw) if t_caps and p_caps else []
    sc.cap_tp += sum(cw[i][j] for i, j in cpairs)
    sc.cap_pred += sum(len(p) for p in p_caps)
    sc.cap_true += sum(len(t) for t in t_caps)
    sc.cap_count_exact += len(p_caps) == len(t_caps)

    if len(p_arts) != len(t_arts):
        fail["count"] = {"truth": len(t_arts), "got": len(p_arts)}
    true_total = sum(len(t) for t in t_pos)
    pred_total = sum(len(p) for p in p_pos)
    if tp < true_total or tp < pred_total:
        fail["body"] = {
            "precision": round(tp / pred_total, 3) if pred_total else 0.0,
            "recall": round(tp / true_total, 3) if true_total else 0.0,
        }
    if missed_heads:
        fail["headlines_missed"] = missed_heads
    if subs_missed:
        fail["subtitles_missed"] = subs_missed
    if byline_miss:
        fail["bylines"] = byline_miss
    if cont_miss:
        fail["continuations"] = cont_miss
    if len(p_caps) != len(t_caps):
        fail["captions"] = {"truth": len(t_caps), "got": len(p_caps)}
    return fail


def _issue_articles(result: Any) -> list[Any]:
    """Articles of a ``parse_issue`` result, whatever its shape (tentative API)."""
    if hasattr(result, "articles"):
        return list(result.articles)
    pages = result.values() if isinstance(result, dict) else getattr(result, "pages", [])
    if isinstance(pages, dict):
        pages = pages.values()
    return [a for p in pages for a in getattr(p, "articles", ())]


def _article_text(a: Any) -> str:
    """The article's body in reading order: its paragraphs and its in-body section heads,
    as body_f1 counts them (a jumped feature's page-1 part may open with a part title)."""
    paragraphs = list(getattr(a, "paragraphs", ()))
    spans = paragraphs + list(getattr(a, "section_heads", ()))
    if spans and all(hasattr(s, "start") for s in spans):
        rank: dict[Any, int] = {}  # a stitched article's pages, in the order its paragraphs run
        for s in paragraphs:
            rank.setdefault(getattr(s, "page", None), len(rank))
        spans.sort(key=lambda s: (rank.get(getattr(s, "page", None), len(rank)), s.start))
        return "".join(s.text for s in spans)
    body = getattr(a, "body", None)
    if body:
        return body
    return "".join(getattr(p, "text", str(p)) for p in paragraphs)


def score_stitch(pages: list[dict[str, Any]], parse_issue: Callable, sc: Scores) -> None:
    """Stitch score over the jumped articles whose two pages are both in ``pages``."""
    sc.stitch_available = True
    issues: dict[str, dict[int, dict[str, Any]]] = defaultdict(dict)
    for p in pages:
        issues[p.get("issue_id", p["issue_date"])][p["page_number"]] = p
    for issue_id, by_page in sorted(issues.items()):
        pairs = []
        for p in by_page.values():
            for a in p["articles"]:
                if a.get("continued_to") and a["continued_to"] in by_page:
                    b = next(
                        (
                            x
                            for x in by_page[a["continued_to"]]["articles"]
                            if x.get("pair") and x["pair"]["source_id"] == a["source_id"]
                        ),
                        None,
                    )
                    if b is not None:
                        pairs.append((a, b))
        if not pairs:
            continue
        first = next(iter(by_page.values()))
        try:
            result = parse_issue(
                {n: p["text"] for n, p in sorted(by_page.items())}, issue_date=first["issue_date"]
            )
            joined = _issue_articles(result)
            arts = [norm(_article_text(x)) for x in joined]
        except Exception as exc:  # noqa: BLE001  (a failing issue scores zero for its pairs)
            sc.failures.append({"issue": issue_id, "error": f"{type(exc).__name__}: {exc}"})
            joined, arts = [], []
        for a, b in pairs:
            sc.stitch_pairs += 1
            head = norm("".join(a["body"]))[:20]
            tail = norm("".join(b["body"]))[-20:]
            k = next((k for k, t in enumerate(arts) if head in t and tail in t and t.index(head) < t.rindex(tail)), None)
            if k is not None:
                sc.stitch_ok += 1
                got = getattr(joined[k], "headline", None)
                sc.stitch_head_ok += got is not None and norm(got.text) == norm(a["headline"])
            else:
                sc.failures.append({"issue": issue_id, "stitch_missed": a["headline"]})


#: The extractors the benchmark runs: segmentation and what it needs to be scored.
SEGMENTATION_STAGE = ("newsie.segment", "newsie.continuations", "newsie.bylines")


def score_pages(
    pages: list[dict[str, Any]],
    parse: Callable | None = None,
    parse_issue: Callable | None | bool = True,
) -> Scores:
    """Run newsie over the pages and score it. ``parse`` defaults to ``newsie.parse``;
    ``parse_issue=True`` uses ``newsie.parse_issue`` if newsie has it (False: skip)."""
    import functools

    import newsie

    stage = newsie.Pipeline(list(SEGMENTATION_STAGE))  # what is measured: not dates, figures, names
    parse = parse or stage
    if parse_issue is True:
        parse_issue = functools.partial(newsie.parse_issue, pipeline=stage)
    sc = Scores()
    for truth in pages:
        t0 = time.perf_counter()
        try:
            page = parse(truth["text"], issue_date=truth["issue_date"], page=truth["page_number"])
            error = None
        except Exception as exc:  # noqa: BLE001  (a failing page is scored as empty)
            page, error = None, f"{type(exc).__name__}: {exc}"
            sc.errors += 1
        sc.seconds += time.perf_counter() - t0
        sc.chars += len(truth["text"])
        fail = score_page(truth, page, sc)
        if error:
            fail["error"] = error
        if fail:
            sc.failures.append({"page_id": truth["page_id"], **fail})
    if parse_issue:
        score_stitch(pages, parse_issue, sc)
    return sc


def time_stage(pages: list[dict[str, Any]], repeat: int = 3) -> list[float]:
    """The segmentation stage's time over the pages, ``repeat`` times: ms per 1,000 characters
    of each pass. One page is parsed first, untimed, so that loading the models (and writing
    out their trees) is not counted; :func:`score_pages`' single pass counts it."""
    import newsie

    stage = newsie.Pipeline(list(SEGMENTATION_STAGE))
    if not pages:
        return []
    stage(pages[0]["text"], issue_date=pages[0]["issue_date"], page=pages[0]["page_number"])
    chars = sum(len(p["text"]) for p in pages)
    out = []
    for _ in range(repeat):
        seconds = 0.0
        for p in pages:
            t0 = time.perf_counter()
            stage(p["text"], issue_date=p["issue_date"], page=p["page_number"])
            seconds += time.perf_counter() - t0
        out.append(1e6 * seconds / chars)
    return out


def time_jieba(pages: list[dict[str, Any]], repeat: int = 3) -> list[float] | None:
    """A yardstick run beside :func:`time_stage`: jieba's word segmentation (``jieba.lcut``)
    over the same page texts, ms per 1,000 characters of each pass, after one untimed page
    (which loads its dictionary); None without jieba. No peer library cuts a page into
    articles, so the stage's speed is given against the most common first step of Chinese
    text processing, run on the same machine in the same minute."""
    try:
        import jieba
    except ImportError:
        return None
    if not pages:
        return []
    jieba.setLogLevel(60)
    jieba.lcut(pages[0]["text"])
    chars = sum(len(p["text"]) for p in pages)
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for p in pages:
            jieba.lcut(p["text"])
        out.append(1e6 * (time.perf_counter() - t0) / chars)
    return out


def _fmt(v: float | None, digits: int = 3) -> str:
    return "n/a" if v is None else f"{v:.{digits}f}"


def summary_line(sc: Scores, split: str, route: str) -> str:
    """The one summary line of a run."""
    m = sc.metrics()
    speed = (
        "n/a"
        if m["speed_chars_per_s"] is None
        else f"{m['speed_chars_per_s']:.0f} chars/s ({m['ms_per_1k_chars']:.2f} ms/1k chars)"
    )
    return (
        f"segmentation[{split} {route} n={sc.pages}]: count_exact={_fmt(m['count_exact'])} "
        f"body_f1={_fmt(m['body_f1'])} headline_exact={_fmt(m['headline_exact'])} "
        f"subtitle_exact={_fmt(m['subtitle_exact'])} "
        f"byline_f1={_fmt(m['byline_f1'])} continuation_f1={_fmt(m['continuation_f1'])} "
        f"caption_f1={_fmt(m['caption_f1'])} caption_count_exact={_fmt(m['caption_count_exact'])} "
        f"stitch={_fmt(m['stitch'])} stitch_headline={_fmt(m['stitch_headline'])} speed={speed}" + (f" errors={sc.errors}" if sc.errors else "")
    )


def write_report(sc: Scores, path: Path, split: str, route: str) -> None:
    """Write the metrics and the per-page failures as JSON (for tuning on ``dev``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    report = {"set": split, "route": route, "metrics": sc.metrics(), "failures": sc.failures}
    path.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
