"""The article-segmentation benchmark on a small fixed sample, held to the floors.

The pages are composed from the research-use 人民日报 data under ``$NEWSIE_DATA`` (default
``../shared/data``) by ``benchmarks/segmentation/make_pages.py``; without that data the
tests skip. The floors live in ``benchmarks/floors.toml`` ``[segmentation]``.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path
from types import SimpleNamespace as NS

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks" / "segmentation"
FLOORS = ROOT / "benchmarks" / "floors.toml"
SAMPLE_SIZE = 30

sys.path.insert(0, str(BENCH))
import corpus
import make_pages
import pdf_probe
import score

pytestmark = pytest.mark.skipif(
    not (corpus.data_root() / corpus.RMRB_DIR).is_dir(),
    reason=f"benchmark data not found under {corpus.data_root()} (set NEWSIE_DATA)",
)


def sample_ids() -> list[str]:
    """The fixed sample: one whole jump (a page 1 and its jump pages) and every k-th page."""
    return make_pages.sample_ids("test", SAMPLE_SIZE)


@pytest.fixture(scope="module")
def pages() -> list[dict]:
    return make_pages.generate("test", "sim", ids=sample_ids(), write=False)


@pytest.fixture(scope="module")
def scores(pages) -> score.Scores:
    return score.score_pages(pages)


def floors() -> dict[str, float]:
    return tomllib.loads(FLOORS.read_text(encoding="utf-8"))["segmentation"]


# -- the benchmark itself -------------------------------------------------------------


@pytest.mark.parametrize("metric", sorted(floors()))
def test_metric_is_at_least_its_floor(scores, metric):
    got = scores.metrics()[metric]
    floor = floors()[metric]
    assert got is not None, f"{metric} is n/a but has a floor of {floor}"
    assert got >= floor, (
        f"{metric} = {got:.3f} dropped below its floor {floor} ({score.summary_line(scores, 'test-sample', 'sim')})"
    )


def test_sample_is_fixed_and_covers_the_hard_cases(pages):
    assert len(pages) == SAMPLE_SIZE
    assert [p["page_id"] for p in pages] == sample_ids()
    assert any(a["continued_to"] for p in pages for a in p["articles"])
    assert any(a["continued_from"] for p in pages for a in p["articles"])
    assert any(p["captions"] for p in pages)
    assert any(b.get("reporters") for p in pages for a in p["articles"] for b in a["bylines"])


# -- the generator: truth consistent with the text, deterministic ----------------------


def test_truth_agrees_with_the_text(pages):
    """Bodies, whitespace removed, occur in order in the text, and every span holds its piece."""
    bad = {p["page_id"]: problems for p in pages if (problems := make_pages.check_truth(p))}
    assert not bad, bad


def test_bodies_occur_in_order_in_the_squashed_text(pages):
    for p in pages:
        flat = make_pages.squash(p["text"])
        pos = 0
        for a in p["articles"]:
            for para in a["body"]:
                k = flat.find(make_pages.squash(para), pos)
                assert k >= 0, (p["page_id"], a["id"], para[:20])
                pos = k + len(make_pages.squash(para))


def test_body_excludes_datelines_and_markers(pages):
    for p in pages:
        for a in p["articles"]:
            body = "".join(a["body"])
            assert "下转第" not in body and "上接第" not in body, (p["page_id"], a["id"])
            if (
                a["bylines"]
                and a["bylines"][0]["kind"] in ("本报电", "电")
                and a["bylines"][0]["span"]
            ):
                assert not a["body"][0].startswith(a["bylines"][0]["raw"][:4]), (
                    p["page_id"],
                    a["id"],
                )


def test_generation_is_deterministic():
    pid = sample_ids()[0]
    one = make_pages.generate("test", "sim", ids=[pid], write=False)[0]
    two = make_pages.generate("test", "sim", ids=[pid], write=False)[0]
    other = make_pages.generate("test", "sim", ids=[pid], write=False, seed=7)[0]
    assert one == two
    assert one["text"] != other["text"]
    assert make_pages.squash("".join(one["articles"][0]["body"])) == make_pages.squash(
        "".join(other["articles"][0]["body"])
    )


def test_sets_are_split_by_day():
    assert all(int(i[6:8]) <= 15 for i in make_pages.page_ids("dev"))
    test_ids = make_pages.page_ids("test")
    assert all(int(i[6:8]) >= 16 for i in test_ids)
    assert len(test_ids) >= 300


_PDF_PROBLEM = pdf_probe.problem()  # a package missing, or no CJK font for pdfium


@pytest.mark.skipif(_PDF_PROBLEM is not None, reason=f"the pdf route cannot run here: {_PDF_PROBLEM}")
def test_pdf_route_truth_agrees_with_the_extracted_text():
    got = make_pages.generate("test", "pdf", ids=sample_ids()[:2], write=False)
    assert len(got) == 2
    for p in got:
        assert p["route"] == "pdf"
        assert make_pages.check_truth(p) == []


# -- the scorer: a perfect answer scores 1, an empty one 0 -----------------------------


def _perfect(truth: dict) -> NS:
    arts = []
    for a in truth["articles"]:
        arts.append(
            NS(
                headline=NS(text=a["headline"]),
                subheadlines=tuple(NS(text=truth["text"][s:e]) for s, e in a["spans"].get("subheadlines") or ()),
                paragraphs=tuple(
                    NS(start=s[0], end=s[1], text=t) for t, s in zip(a["body"], a["spans"]["body"])
                ),
                bylines=tuple(
                    NS(kind=b["kind"], reporters=tuple(b["reporters"])) for b in a["bylines"]
                ),
                continued_to=a["continued_to"],
                continued_from=a["continued_from"],
            )
        )
    caps = tuple(
        NS(span=NS(start=c["span"][0], end=c["span"][1]), credit=None, text=c["text"])
        for c in truth["captions"]
    )
    return NS(articles=tuple(arts), captions=caps)


def test_scorer_gives_a_perfect_answer_full_marks(pages):
    answers = {p["text"]: _perfect(p) for p in pages}
    sc = score.score_pages(pages, parse=lambda text, **kw: answers[text], parse_issue=False)
    m = sc.metrics()
    for metric in (
        "count_exact",
        "body_f1",
        "headline_exact",
        "subtitle_exact",
        "headline_spacing",
        "byline_f1",
        "continuation_f1",
        "caption_f1",
        "caption_count_exact",
    ):
        assert m[metric] == pytest.approx(1.0), metric
    assert sc.failures == []


def test_scorer_gives_an_empty_answer_nothing(pages):
    sc = score.score_pages(
        pages, parse=lambda text, **kw: NS(articles=(), captions=()), parse_issue=False
    )
    m = sc.metrics()
    assert m["body_f1"] == 0.0 and m["headline_exact"] == 0.0 and m["count_exact"] == 0.0


def test_stitch_scorer_on_the_sample_jump(pages):
    """The sample holds a whole jump; a parse_issue that joins the parts scores 1, one that
    does not scores 0 (the tentative parse_issue API: an object with ``articles``)."""
    by_source = {a["source_id"]: a for p in pages for a in p["articles"]}

    def joined(texts, issue_date, titled=False):
        arts = []
        for p in pages:
            if p["text"] in texts.values():
                for a in p["articles"]:
                    if a["continued_to"] and a["pair"]["source_id"] in by_source:
                        rest = by_source[a["pair"]["source_id"]]["body"]
                        title = NS(text=" ".join(a["headline"])) if titled else None  # (spaces not counted)
                        arts.append(NS(body="\n".join(a["body"] + rest), headline=title))
        return NS(articles=arts)

    def unjoined(texts, issue_date):
        return NS(articles=[NS(body="\n".join(a["body"])) for p in pages for a in p["articles"]])

    empty = NS(articles=(), captions=())
    good = score.score_pages(pages, parse=lambda t, **kw: empty, parse_issue=joined).metrics()
    bad = score.score_pages(pages, parse=lambda t, **kw: empty, parse_issue=unjoined).metrics()
    assert good["stitch"] == 1.0
    assert bad["stitch"] == 0.0
    # the stitched article's headline: none given scores 0, the page-1 part's scores 1, and with
    # nothing stitched there is nothing to score
    titled = score.score_pages(pages, parse=lambda t, **kw: empty,
                               parse_issue=lambda texts, issue_date: joined(texts, issue_date, titled=True)).metrics()
    assert (good["stitch_headline"], titled["stitch"], titled["stitch_headline"]) == (0.0, 1.0, 1.0)
    assert bad["stitch_headline"] is None


# -- the same sample as an e-paper's one-paragraph-per-line text --------------------------


def clean_floors() -> dict[str, float]:
    return tomllib.loads(FLOORS.read_text(encoding="utf-8"))["segmentation_clean"]


@pytest.fixture(scope="module")
def clean_scores() -> score.Scores:
    return score.score_pages(make_pages.generate("test", "clean", ids=sample_ids(), write=False))


@pytest.mark.parametrize("metric", sorted(clean_floors()))
def test_clean_form_metric_is_at_least_its_floor(clean_scores, metric):
    got = clean_scores.metrics()[metric]
    floor = clean_floors()[metric]
    assert got is not None and got >= floor, (
        f"{metric} = {got} below its floor {floor} ({score.summary_line(clean_scores, 'test-sample', 'clean')})"
    )


def test_clean_route_truth_agrees_with_its_text():
    for page in make_pages.generate("test", "clean", ids=sample_ids()[:5], write=False):
        assert make_pages.check_truth(page) == [], page["page_id"]
        assert "\u3000\u3000" in page["text"]


def test_headlines_are_compared_with_full_width_figures_folded_as_newsie_folds_them():
    import newsie

    page = newsie.parse("增长５．８％的背后\n\n本报北京10月8日电（记者常钦）今年前三季度，全国粮食产量增长５．８％，各地都在努力。\n",
                        issue_date="2019-10-09")
    assert page.articles[0].headline.text == "增长5.8%的背后"
    assert score.norm(page.articles[0].headline.text) == score.norm("增长 ５．８％的背后")


def test_a_stitched_article_is_read_with_its_section_heads_page_by_page():
    def span(page, start, text):
        return NS(page=page, start=start, end=start + len(text), text=text)

    article = NS(paragraphs=(span(1, 50, "二"), span(5, 10, "四")), section_heads=(span(5, 0, "三"), span(1, 10, "一")),
                 body="二\n四")
    assert score._article_text(article) == "一二三四"
    # an article without spans (another library's shape) is read from its body
    assert score._article_text(NS(paragraphs=("甲", "乙"), body="甲\n乙")) == "甲\n乙"
