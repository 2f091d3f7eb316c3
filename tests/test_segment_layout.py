"""Segmentation of PDF-like pages: layouts the seed page does not show (invented text)."""

from __future__ import annotations

import newsie

# Headlines printed before their bodies; the second article opens with a 核心阅读 box.
BOX_PAGE = """提升职工生活品质交流研讨会召开
本报北京10月22日电  （记者郝赫）全国工会提升职工生活
品质交流研讨会10月22日在京召开，会议总结了近年
来各级工会提升职工生活品质的工作成果和经验。
会议指出，各级工会要健全提升职工生活品质的标准
体系，推动职工生活品质持续提升。
外贸运行稳中提质
核心阅读
前三季度，我国货物贸易进出口总值同比增长，贸
易结构继续优化，民营企业成为带动增长的主要力量。
本报北京10月14日电  （记者罗珊珊）海关总署今天
发布数据，前三季度我国货物贸易进出口总值达到新
高，其中出口增长较快，进口基本持平。
"""


def test_a_box_label_is_body_text_not_a_headline():
    page = newsie.parse(BOX_PAGE, issue_date="2019-10-15")
    heads = [a.headline.text if a.headline else None for a in page.articles]
    assert heads == ["提升职工生活品质交流研讨会召开", "外贸运行稳中提质"]
    trade = page.articles[1]
    assert trade.paragraphs[0].text == "核心阅读"
    assert "核心阅读" not in [s.text for s in trade.section_heads]
