"""One-paragraph-per-line text (an e-paper's HTML text) segments without being told."""

from __future__ import annotations

import newsie

# Written for this test in the e-paper's layout: kicker, headline, subtitle lines, then
# paragraphs indented with U+3000; an empty line where a kicker or subtitle is missing.
PAGE = "\r\n".join([
    "",
    "全国铁路国庆黄金周运输平稳有序",
    "",
    "\u3000\u3000本报北京10月8日电  （记者张三）记者从国铁集团获悉：国庆黄金周期间，全国铁路累计发送旅客1.3亿人次。",
    "\u3000\u3000铁路部门加开旅客列车，优化售票服务，保障旅客平安有序出行。",
    "某省推进数字政务建设——",
    "群众办事“最多跑一次”",
    "",
    "\u3000\u3000今年以来，某省持续推进政务服务改革，群众办事更加便捷。",
    "\u3000\u3000据介绍，全省已有九成以上事项实现网上办理。",
    "",
    "守护绿水青山的“生态卫士”（身边的感动）",
    "——记某林场护林员李四",
    "\u3000\u3000清晨五点，李四已经走在巡山的小路上。",
    "\u3000\u3000三十年来，他走过的山路超过十万公里。",
])


def test_each_heading_block_starts_an_article():
    page = newsie.parse(PAGE, issue_date="2019-10-09", page=5)
    assert [a.headline.text for a in page.articles] == [
        "全国铁路国庆黄金周运输平稳有序",
        "群众办事“最多跑一次”",
        "守护绿水青山的“生态卫士”",
    ]
    first, second, third = page.articles
    assert first.bylines[0].reporters == ("张三",)
    assert first.paragraphs[0].text.startswith("记者从国铁集团获悉")
    assert second.kicker.text == "某省推进数字政务建设——"
    assert len(second.paragraphs) == 2
    assert third.column.text == "身边的感动"
    assert [s.text for s in third.subheadlines] == ["——记某林场护林员李四"]
    assert not page.warnings


def test_paragraphs_are_the_lines():
    page = newsie.parse(PAGE, issue_date="2019-10-09")
    assert sum(len(a.paragraphs) for a in page.articles) == 6


# A series tag longer than 40 characters, its parts divided by ·, closing the headline line
# (written for this test in the e-paper's layout).
LONG_TAG_PAGE = "\r\n".join([
    "",
    "把实事办到群众心坎上（走基层 看变化 听民声 话发展·聚焦乡村振兴“千村示范、万村整治”工程·村里的新气象）",
    "",
    "\u3000\u3000本报杭州10月8日电  （记者王五）走进某村，白墙黛瓦，溪水清澈，村民在文化礼堂里排练节目。",
    "\u3000\u3000村党支部书记说，这几年村里修了路，建了污水处理设施，游客多了，村民的腰包也鼓了。",
])


def test_a_long_series_tag_divided_by_dots_is_the_column_not_the_headline():
    (article,) = newsie.parse(LONG_TAG_PAGE, issue_date="2019-10-09", page=4).articles
    assert article.headline.text == "把实事办到群众心坎上"
    assert article.column.text.startswith("走基层 看变化") and article.column.text.endswith("村里的新气象")
