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
