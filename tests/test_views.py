"""Notebook and pandas views of a Page."""

from __future__ import annotations

import pytest
import regex

import newsie

TEXT = "新华社北京10月23日电（记者张三）<script>alert(1)</script> & 会议召开。\n（下转第3版）"


def test_html_escapes_text_and_highlights_spans():
    page = newsie.parse(TEXT, issue_date="2024-10-24")
    out = page._repr_html_()
    assert "<script>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp;会议召开" in out
    assert '<mark class="byline"' in out and '<mark class="continuation"' in out


def test_html_of_the_seed_page_shows_every_byline(seed_page):
    out = seed_page._repr_html_()
    for b in seed_page.bylines:
        # a dateline on its own line is marked in each paragraph it touches
        marked = "".join(regex.findall(r'<mark class="byline" title="byline">([^<]*)</mark>', out))
        assert b.span.text.replace(" ", "") in marked.replace(" ", "")


def test_plain_text_fallbacks():
    page = newsie.parse(TEXT, issue_date="2024-10-24")
    assert repr(page).startswith("Page(issue_date=2024-10-24")
    assert "张三" in str(page)


def test_to_frame_one_row_per_record(seed_page, seed_text):
    pd = pytest.importorskip("pandas")
    df = seed_page.to_frame("bylines")
    assert isinstance(df, pd.DataFrame)
    assert list(df.columns[:6]) == ["article_id", "kind", "start", "end", "text", "value"]
    assert len(df) == 8
    for row in df.itertuples():
        assert seed_text[row.start : row.end].replace(" ", "").replace("\n", "")[:4] == row.text.replace(" ", "")[:4]
    everything = seed_page.to_frame()
    assert set(everything["kind"]) >= {"byline", "continuation"}
    assert everything["start"].is_monotonic_increasing


def test_to_frame_of_an_empty_page_has_the_columns():
    pytest.importorskip("pandas")
    df = newsie.parse("").to_frame("dates")
    assert list(df.columns) == ["article_id", "kind", "start", "end", "text", "value"]
    assert df.empty


def test_unknown_kind_is_refused_with_the_valid_ones(seed_page):
    with pytest.raises(ValueError, match="bylines"):
        seed_page.to_records("people")


# An article with in-body section heads (小标题): the views show them where they stand,
# between the paragraphs they part, not only on Article.section_heads.
SECTIONS_PAGE = """山区小学用上了新操场
本报记者 周明
清晨，大山深处的村小学里，孩子们在新
铺的塑胶跑道上奔跑，笑声传得很远。这
所小学的新操场上个月刚刚建成，学校的
老师和孩子们盼这一天盼了好多年。
跑道铺到了山里
过去孩子们只能在泥土地上上体育课，一
下雨操场就成了泥塘，课只好停下来。去
年县里把村小学的操场列入民生项目，施
工队进山铺跑道，新操场很快建了起来。
老师教得更起劲
体育老师小刘说，有了新操场，足球课和
跳绳课都能正常开了，孩子们也更爱动。
他打算今年带着孩子们在新操场上办一场
运动会，请家长们也来学校看一看。
孩子们有了新梦想
五年级的小芳说，她最喜欢在新跑道上练
习跑步，长大了想当一名体育老师，也回
到大山里来，教更多的孩子跑得更快。
校长说，操场建好以后，学校还要添置
体育器材，让山里的孩子和城里的孩子
一样，在宽敞的操场上快乐地运动。
"""


def test_section_heads_stand_between_their_paragraphs_in_every_view():
    page = newsie.parse(SECTIONS_PAGE, issue_date="2019-10-10")
    (school,) = page.articles
    assert [s.text for s in school.section_heads] == ["跑道铺到了山里", "老师教得更起劲", "孩子们有了新梦想"]
    # the notebook view: each head after the paragraph above it and before the one below
    html = page._repr_html_()
    order = [html.index(x) for x in ("清晨", "跑道铺到了山里", "过去孩子们", "老师教得更起劲", "体育老师")]
    assert order == sorted(order)
    assert html.count('<h4 class="section">') == 3
    # every span the page holds, and the plain text
    kinds = {(kind, span.text) for kind, _, span in page.iter_spans()}
    assert ("section_head", "跑道铺到了山里") in kinds and ("headline", "山区小学用上了新操场") in kinds
    assert "section heads: 跑道铺到了山里 / 老师教得更起劲 / 孩子们有了新梦想" in str(page)


def test_headings_records_list_each_heading_part_by_kind(seed_page, seed_text):
    rows = seed_page.to_records("headings")
    by_article: dict[str, list[tuple[int, str]]] = {}
    for r in rows:
        assert seed_text[r["start"] : r["end"]].replace("\n", "").replace(" ", "") == r["text"].replace(" ", "")
        by_article.setdefault(r["article_id"], []).append((r["index"], r["kind"]))
    kinds = [[k for _, k in sorted(v)] for v in by_article.values()]
    # the speech: its headline, two subtitles and the author line, in the heading's order
    assert ["headline", "subheadline", "subheadline", "author"] in kinds
    # the customs report: its column tag, kicker and headline (printed after the body), then its section head
    assert ["column", "kicker", "headline", "section_head"] in kinds
    assert len(by_article) == len(seed_page.articles)
    # "all" stays the records inside the articles, not their structure
    assert not {r["kind"] for r in seed_page.to_records()} & {"headline", "section_head", "paragraph"}
