"""Whole issues: jumped articles stitched across pages."""

from __future__ import annotations

import pytest

import newsie

PAGE1 = """全国工会提升职工生活品质交流研讨会召开

本报讯（记者郝赫）全国工会提升职工生活品质交流研讨会10月22日召开，总结工会提升职工生活品质工作成果。
会议指出，各级工会要健全提升职工生活品质标准体系。（下转第3版）

金砖国家领导人第十六次会晤举行

新华社喀山10月23日电（记者倪四义）金砖国家领导人第十六次会晤在喀山会展中心举行。
习近平出席会晤并发表重要讲话。（下转第2版）
"""

PAGE2 = """（上接第1版）
习近平强调，金砖国家要把握历史机遇，展现历史主动。
"""

PAGE3 = """（上接第1版）
会议要求，在探索建立企业社会责任体系、培育一批高质量服务职工综合体等方面持续发力，提升职工生活品质。
"""


def test_each_jumped_article_is_one_article_across_pages():
    issue = newsie.parse_issue({1: PAGE1, 2: PAGE2, 3: PAGE3}, issue_date="2024-10-24")
    assert len(issue.pages) == 3
    bodies = {a.headline.text if a.headline else None: a for a in issue.articles}
    union = bodies["全国工会提升职工生活品质交流研讨会召开"]
    assert union.body.endswith("提升职工生活品质。")
    assert [p.page for p in union.paragraphs] == [1, 1, 3]
    summit = bodies["金砖国家领导人第十六次会晤举行"]
    assert summit.body.endswith("展现历史主动。")
    assert {p.page for p in summit.paragraphs} == {1, 2}
    assert len(issue.articles) == 2
    assert not issue.warnings


def test_spans_of_a_stitched_article_point_into_their_own_page():
    pages = {1: PAGE1, 2: PAGE2, 3: PAGE3}
    issue = newsie.parse_issue(pages, issue_date="2024-10-24")
    for art in issue.articles:
        for p in art.paragraphs:
            raw = pages[p.page][p.start : p.end]
            assert raw.replace("\n", "").replace(" ", "") == p.text.replace(" ", "")


def test_a_jump_with_no_part_found_is_kept_and_warned():
    issue = newsie.parse_issue({1: PAGE1, 2: "与此无关的一段文字。"}, issue_date="2024-10-24")
    assert any("found no part" in w for w in issue.warnings)
    assert len(issue.articles) >= 2


def test_list_of_pages_numbers_them_from_one():
    issue = newsie.parse_issue([PAGE1, PAGE2], issue_date="2024-10-24")
    assert [p.page_number for p in issue.pages] == [1, 2]


@pytest.mark.parametrize("bad,exc", [("text", TypeError), ({0: "x"}, ValueError), ({"1": "x"}, ValueError)])
def test_bad_pages(bad, exc):
    with pytest.raises(exc):
        newsie.parse_issue(bad)


def test_jump_parts_are_paired_in_order_when_headlines_do_not_tell():
    # two articles jump to page 2; their parts there carry no headline
    page1 = ("甲地召开工作会议\n\n本报讯（记者张三）甲地召开工作会议，部署下一步工作。（下转第2版）\n\n"
             "乙地举办文化活动\n\n本报讯（记者李四）乙地举办文化活动，群众踊跃参加。（下转第2版）\n")
    page2 = "（上接第1版）会议强调，要抓好落实。\n\n（上接第1版）活动期间，游客络绎不绝。\n"
    issue = newsie.parse_issue({1: page1, 2: page2}, issue_date="2024-10-24")
    joined = {a.headline.text: a.body for a in issue.articles if a.headline}
    assert joined["甲地召开工作会议"].endswith("要抓好落实。")
    assert joined["乙地举办文化活动"].endswith("游客络绎不绝。")


def test_segmenter_orientation_option():
    text = ("甲地召开全年重点工作推进会议\n\u3000\u3000本报讯（记者张三）甲地日前召开会议，部署全年重点工作。\n"
            "\u3000\u3000会议要求，各部门要抓好落实。\n乙地举办首届乡村文化旅游节\n"
            "\u3000\u3000本报讯（记者李四）乙地日前举办首届乡村文化旅游节。\n\u3000\u3000活动期间，游客络绎不绝。")
    before = newsie.Pipeline(config={"newsie.segment.v1": {"orientation": "before"}})(text)
    assert [a.headline.text for a in before.articles] == ["甲地召开全年重点工作推进会议", "乙地举办首届乡村文化旅游节"]
    after = newsie.Pipeline(config={"newsie.segment.v1": {"orientation": "after"}})(text)
    assert after.articles[0].headline.text == "乙地举办首届乡村文化旅游节"
    with pytest.raises(newsie.ConfigError):
        newsie.Pipeline(config={"newsie.segment.v1": {"orientation": "sideways"}})


def test_markers_with_a_place_on_the_page_and_jinjie_are_stitched():
    # other papers say where on the page the part goes on (·右上) and open it with 紧接
    page1 = PAGE1.replace("（下转第3版）", "（下转第三版 · 右上）").replace("（下转第2版）", "（下转第2版左下）")
    page2 = PAGE2.replace("（上接第1版）", "（紧接第一版）")
    page3 = PAGE3.replace("（上接第1版）", "（上接第1版·左）")
    issue = newsie.parse_issue({1: page1, 2: page2, 3: page3}, issue_date="2024-10-24")
    bodies = {a.headline.text if a.headline else None: a for a in issue.articles}
    union = bodies["全国工会提升职工生活品质交流研讨会召开"]
    assert union.body.endswith("提升职工生活品质。") and "右上" not in union.body
    assert [p.page for p in union.paragraphs] == [1, 1, 3]
    summit = bodies["金砖国家领导人第十六次会晤举行"]
    assert summit.body.endswith("展现历史主动。") and "紧接" not in summit.body
    assert len(issue.articles) == 2
    assert not issue.warnings


def test_a_failing_page_is_collected_and_the_others_stitched():
    pages = {1: PAGE1, 2: b"\x89PNG not text", 3: PAGE3}
    with pytest.raises(TypeError):
        newsie.parse_issue(pages, issue_date="2024-10-24")
    issue = newsie.parse_issue(pages, issue_date="2024-10-24", on_error="collect")
    assert [(p.page_number, p.ok) for p in issue.pages] == [(1, True), (2, False), (3, True)]
    assert issue.pages[1].errors[0].type == "TypeError"
    assert any(w.startswith("page 2: failed (TypeError") for w in issue.warnings)
    union = next(a for a in issue.articles if a.headline and a.headline.text.startswith("全国工会"))
    assert union.body.endswith("提升职工生活品质。")  # page 1 and page 3 still stitched
    with pytest.raises(ValueError, match="on_error"):
        newsie.parse_issue(pages, on_error="skip")


# JUMP36 (session 36): a feature cut at its parts' titles, its jump part read as an article
# and the next part under it on the jump page as another (a title over a reporter line): that
# piece goes on with the jump part where its title is set to the shape of the parts' titles
# the feature holds on its first page (issue._set_like_its_parts); a news item of its own
# under the part (its own dateline) stays apart. Invented pages.
def _jump36_feature_pages(credit: str, kind: str):
    from newsie.records import Article, Byline, Page, Span

    def sp(source: str, text: str) -> Span:
        start = source.index(text)
        return Span(start=start, end=start + len(text), text=text)

    five = ("山村秋色正浓\n果园熟了 日子甜了\n清早，果农们就上山摘果子。\n稻田金黄 丰收在望\n"
            "收割机在田里来回穿梭。\n（下转第6版）\n")
    six = ("山村秋色正浓\n（上接第5版）新米当天就装车运走。\n茶园飘香 游客盈门\n" + credit
           + "\n半山腰的茶园里，采茶的游客排起了队。\n")
    heads = (sp(five, "果园熟了 日子甜了"), sp(five, "稻田金黄 丰收在望"))
    first = Article(id="p5-a1", headline=sp(five, "山村秋色正浓"), section_heads=heads,
                    paragraphs=(sp(five, "清早，果农们就上山摘果子。"), sp(five, "收割机在田里来回穿梭。")),
                    body="清早，果农们就上山摘果子。\n收割机在田里来回穿梭。", continued_to=6)
    part = Article(id="p6-a1", headline=sp(six, "山村秋色正浓"), paragraphs=(sp(six, "新米当天就装车运走。"),),
                   body="新米当天就装车运走。", continued_from=5)
    tea = "半山腰的茶园里，采茶的游客排起了队。"
    after = Article(id="p6-a2", headline=sp(six, "茶园飘香 游客盈门"),
                    bylines=(Byline(span=sp(six, credit), kind=kind, reporters=("方小禾",)),),
                    paragraphs=(sp(six, tea),), body=tea)
    return [Page(source=five, page_number=5, articles=(first,)),
            Page(source=six, page_number=6, articles=(part, after))]


def test_a_part_titled_like_the_features_parts_goes_on_with_its_jump_part():
    (whole,) = newsie.issue.assemble(_jump36_feature_pages("本报记者 方小禾", "本报记者")).articles
    assert whole.headline.text == "山村秋色正浓"
    assert whole.body.endswith("新米当天就装车运走。\n半山腰的茶园里，采茶的游客排起了队。")
    assert [s.text for s in whole.section_heads][-1] == "茶园飘香 游客盈门"
    # the piece carries a dateline of its own: a news item under the part, not one of its parts
    articles = newsie.issue.assemble(_jump36_feature_pages("本报某县10月5日电（记者方小禾）", "本报电")).articles
    assert [a.headline.text for a in articles] == ["山村秋色正浓", "茶园飘香 游客盈门"]


# JUMP36: two articles of one series jump from one page to the next, each under the series'
# column tag, their parts laid out there in the other order: the tag both parts on a page
# hold tells neither apart (issue._common_pieces), so each part joins the article whose
# headline it repeats. Invented pages.
def _jump36_series_pages():
    from newsie.records import Article, Page, Span

    def sp(source: str, text: str) -> Span:
        start = source.index(text)
        return Span(start=start, end=start + len(text), text=text)

    tag = "小城新事·出行篇"
    three = (tag + "\n第一座跨江大桥\n江面上架起了钢桥。\n（下转第4版）\n"
             + tag + "\n第一条高速公路\n车道一直铺到了山口。\n（下转第4版）\n")
    four = (tag + "\n第一条高速公路\n（上接第3版）收费站前排起了车队。\n"
            + tag + "\n第一座跨江大桥\n（上接第3版）渡船从此退出了航线。\n")

    def art(source, id, head, text, **kw):
        start = source.index(head)
        tag_at = source.rindex(tag, 0, start)
        return Article(id=id, column=Span(start=tag_at, end=tag_at + len(tag), text=tag),
                       headline=Span(start=start, end=start + len(head), text=head),
                       paragraphs=(sp(source, text),), body=text, **kw)

    bridge, road = "第一座跨江大桥", "第一条高速公路"
    p3 = (art(three, "p3-a1", bridge, "江面上架起了钢桥。", continued_to=4),
          art(three, "p3-a2", road, "车道一直铺到了山口。", continued_to=4))
    p4 = (art(four, "p4-a1", road, "收费站前排起了车队。", continued_from=3),
          art(four, "p4-a2", bridge, "渡船从此退出了航线。", continued_from=3))
    return [Page(source=three, page_number=3, articles=p3), Page(source=four, page_number=4, articles=p4)]


def test_a_series_tag_over_both_jumping_articles_does_not_pair_their_parts():
    articles = newsie.issue.assemble(_jump36_series_pages()).articles
    assert {a.headline.text: a.body for a in articles} == {
        "第一座跨江大桥": "江面上架起了钢桥。\n渡船从此退出了航线。",
        "第一条高速公路": "车道一直铺到了山口。\n收费站前排起了车队。"}


# STITCH37 (session 37): the heading a jump part repeats shows where the page-1 part's heading
# ends. A subtitle the segmenter read on into the body's first lines is cut where the repeated
# subtitle ends (issue._subtitle_read_on), unless the jump page itself goes on with those words
# (its own subtitle cut short). A tag set over the headline and read with it as one column is
# cut off the repeated headline, and the line read as the headline (the body's opening) and a
# part's label under the title are heads inside the body (issue._opening_as_headline).
# Invented pages.
def _sp(source: str, text: str, start: int | None = None):
    from newsie.records import Span

    at = source.index(text) if start is None else start
    return Span(start=at, end=at + len(text), text=text)


def _sp_lines(source: str, text: str):
    """:func:`_sp`, or one span over two lines where ``text`` holds a line break (its text without
    the break, as the segmenter gives a heading read over two lines)."""
    if "\n" not in text:
        return _sp(source, text)
    return _sp(source, text).model_copy(update={"text": text.replace("\n", "")})


def _stitch37_subtitle_pages(jump_subtitle: str, jump_rest: str):
    from newsie.records import Article, Page, Span

    two = "小镇的新工厂\n——山区小镇引来了新产业\n清晨六点，厂房里的机器\n已经转了起来。\n（下转第5版）\n"
    sub_at = two.index("——")
    sub_end = two.index("\n已经")
    subtitle = Span(start=sub_at, end=sub_end, text="——山区小镇引来了新产业清晨六点，厂房里的机器")
    first = Article(id="p2-a1", headline=_sp(two, "小镇的新工厂"), subheadlines=(subtitle,),
                    paragraphs=(_sp(two, "已经转了起来。"),), body="已经转了起来。", continued_to=5)
    five = f"小镇的新工厂\n{jump_subtitle}\n（上接第2版）{jump_rest}到了傍晚，货车把新布料运出山去。\n"
    text = jump_rest + "到了傍晚，货车把新布料运出山去。"
    part = Article(id="p5-a1", headline=_sp(five, "小镇的新工厂"), subheadlines=(_sp(five, jump_subtitle),),
                   paragraphs=(_sp(five, text),), body=text, continued_from=2)
    return [Page(source=two, page_number=2, articles=(first,)), Page(source=five, page_number=5, articles=(part,))]


def test_a_subtitle_read_on_past_the_one_its_jump_part_repeats_opens_the_body():
    (whole,) = newsie.issue.assemble(_stitch37_subtitle_pages("——山区小镇引来了新产业", "")).articles
    assert [s.text for s in whole.subheadlines] == ["——山区小镇引来了新产业"]
    assert whole.body.startswith("清晨六点，厂房里的机器\n已经转了起来。\n到了傍晚")
    assert [p.page for p in whole.paragraphs] == [2, 2, 5]
    # the jump page's own subtitle is cut short (its next line goes on with the same words):
    # it is no measure of where the title ends, and the page-1 subtitle stays whole
    (whole,) = newsie.issue.assemble(_stitch37_subtitle_pages("——山区小镇", "引来了新产业。")).articles
    assert [s.text for s in whole.subheadlines] == ["——山区小镇引来了新产业清晨六点，厂房里的机器"]


def _stitch37_tagged_pages():
    from newsie.records import Article, Page, Span

    four = "百姓论坛·小康路上\n日子越过越红火\n沿河村——\n乡亲们说，今年的收成\n比往年都好。\n（下转第7版）\n"
    tag_end = four.index("\n沿河村")
    column = Span(start=0, end=tag_end, text="百姓论坛·小康路上日子越过越红火")
    first = Article(id="p4-a1", column=column, kicker=_sp(four, "沿河村——"),
                    headline=_sp(four, "乡亲们说，今年的收成"), paragraphs=(_sp(four, "比往年都好。"),),
                    body="比往年都好。", continued_to=7)
    seven = "日子越过越红火\n（上接第4版）村里还办起了合作社。\n"
    part = Article(id="p7-a1", headline=_sp(seven, "日子越过越红火"),
                   paragraphs=(_sp(seven, "村里还办起了合作社。"),), body="村里还办起了合作社。", continued_from=4)
    return [Page(source=four, page_number=4, articles=(first,)), Page(source=seven, page_number=7, articles=(part,))]


def test_a_tag_read_with_the_repeated_headline_is_cut_off_it_and_the_lines_under_it_open_the_body():
    (whole,) = newsie.issue.assemble(_stitch37_tagged_pages()).articles
    assert whole.headline.text == "日子越过越红火"
    assert whole.column.text == "百姓论坛·小康路上"
    assert whole.kicker is None
    assert [s.text for s in whole.section_heads] == ["沿河村——", "乡亲们说，今年的收成"]
    assert whole.body == "比往年都好。\n村里还办起了合作社。"


# STITCH37: a line filed as the page-1 part's subtitle whose sentence runs on into the first
# paragraph (the paragraph opens on a dash, a clause stop or a bracketed note), and which the
# jump part does not repeat, is the body's opening line (issue._subtitle_opens_body). Invented.
def _stitch37_lead_in_pages(opening: str, repeat: bool):
    from newsie.records import Article, Page

    lead = "“修旧如旧，一砖一瓦都不能马虎”"
    three = f"守护古城的人\n{lead}\n{opening}\n（下转第6版）\n"
    first = Article(id="p3-a1", headline=_sp(three, "守护古城的人"), subheadlines=(_sp(three, lead),),
                    paragraphs=(_sp(three, opening),), body=opening, continued_to=6)
    six = "守护古城的人\n" + (lead + "\n" if repeat else "") + "（上接第3版）城墙修好了，游客也多了起来。\n"
    text = "城墙修好了，游客也多了起来。"
    part = Article(id="p6-a1", headline=_sp(six, "守护古城的人"),
                   subheadlines=(_sp(six, lead),) if repeat else (),
                   paragraphs=(_sp(six, text),), body=text, continued_from=3)
    return [Page(source=three, page_number=3, articles=(first,)), Page(source=six, page_number=6, articles=(part,))]


def test_a_subtitle_whose_sentence_runs_on_into_the_text_opens_the_body():
    (whole,) = newsie.issue.assemble(_stitch37_lead_in_pages("——这是老匠人常挂在嘴边的话。", False)).articles
    assert whole.subheadlines == ()
    assert whole.body.startswith("“修旧如旧，一砖一瓦都不能马虎”\n——这是老匠人常挂在嘴边的话。\n城墙")
    # a paragraph that starts afresh, or a subtitle the jump part repeats, leaves it a subtitle
    for opening, repeat in (("老匠人常把这句话挂在嘴边。", False), ("——这是老匠人常挂在嘴边的话。", True)):
        (whole,) = newsie.issue.assemble(_stitch37_lead_in_pages(opening, repeat)).articles
        assert [s.text for s in whole.subheadlines] == ["“修旧如旧，一砖一瓦都不能马虎”"]


def _jump39_part(repeated: str, back: int, number: int, text: str):
    """Page ``number``: the jump part, its title repeated over （上接第``back``版） and ``text``."""
    from newsie.records import Article, Page

    source = f"{repeated}\n（上接第{back}版）{text}\n"
    part = Article(id=f"p{number}-a1", headline=_sp(source, repeated), paragraphs=(_sp(source, text),), body=text,
                   continued_from=back)
    return Page(source=source, page_number=number, articles=(part,))


# JUMP39 (session 39): the title a jump part repeats measures the page-1 part's headline where
# the page-1 reading cut it between two roles: a tag line read into the headline over the title,
# or the title's last words read as its subtitle (issue._headline_by_repeat). Invented pages.
def _jump39_pages(kicker: str | None, headline: str, repeated: str, subtitle: str | None = None):
    from newsie.records import Article, Page

    lines = [x for x in (kicker, headline, subtitle) if x]
    three = "\n".join(lines) + "\n傍晚时分，小吃摊沿着河岸排开。\n（下转第6版）\n"
    body = "傍晚时分，小吃摊沿着河岸排开。"
    title = _sp_lines(three, headline)  # (a tag line read into the headline: one span over two lines)
    first = Article(id="p3-a1", headline=title, kicker=_sp(three, kicker) if kicker else None,
                    subheadlines=(_sp(three, subtitle),) if subtitle else (),
                    paragraphs=(_sp(three, body),), body=body, continued_to=6)
    return [Page(source=three, page_number=3, articles=(first,)), _jump39_part(repeated, 3, 6, "游客一直逛到了深夜。")]


def test_a_title_whose_last_words_were_read_as_its_subtitle_is_one_headline_where_the_jump_part_repeats_it():
    (whole,) = newsie.issue.assemble(_jump39_pages(None, "老城区", "老城区 夜市里的烟火气", "夜市里的烟火气")).articles
    assert "".join(whole.headline.text.split()) == "老城区夜市里的烟火气"
    assert whole.subheadlines == ()
    assert whole.body == "傍晚时分，小吃摊沿着河岸排开。\n游客一直逛到了深夜。"
    # a short kicker over the headline is left as it is (the jump part may have read the two as one)
    (whole,) = newsie.issue.assemble(_jump39_pages("老城区", "夜市里的烟火气", "老城区 夜市里的烟火气")).articles
    assert (whole.kicker.text, whole.headline.text) == ("老城区", "夜市里的烟火气")


def test_a_tag_line_read_into_the_headline_is_cut_off_the_title_its_jump_part_repeats():
    (whole,) = newsie.issue.assemble(_jump39_pages(None, "全市夜间经济示范街区名单公布\n夜市里的烟火气",
                                                   "夜市里的烟火气")).articles
    assert whole.headline.text == "夜市里的烟火气"
    assert whole.kicker.text == "全市夜间经济示范街区名单公布"


# JUMP39: the page-1 roles shifted by one line against the repeated title. A title read as the
# kicker over its subtitle read as the headline, in a heading set under its text, and a title
# read with its subtitle as one subtitle under its kicker read as the headline. Invented pages.
def _jump39_shifted_pages(heading: list[tuple[str, str]], under_text: bool, repeated: str):
    from newsie.records import Article, Page

    body = "代表团当天下午抵达机场，受到热烈欢迎。"
    lines = [text for _, text in heading]
    two = (body + "\n" + "\n".join(lines) if under_text else "\n".join(lines) + "\n" + body) + "\n（下转第3版）\n"
    roles: dict = {"subheadlines": []}
    for role, text in heading:
        span = _sp_lines(two, text)
        if role == "sub":
            roles["subheadlines"].append(span)
        else:
            roles[role] = span
    roles["subheadlines"] = tuple(roles["subheadlines"])
    first = Article(id="p2-a1", paragraphs=(_sp(two, body),), body=body, continued_to=3, **roles)
    return [Page(source=two, page_number=2, articles=(first,)), _jump39_part(repeated, 2, 3, "双方还签署了多项合作文件。")]


def test_a_title_read_as_the_kicker_of_its_subtitle_under_its_text_is_the_headline():
    heading = [("kicker", "友好代表团抵达省城"), ("headline", "开始为期三天的参观访问")]
    (whole,) = newsie.issue.assemble(_jump39_shifted_pages(heading, True, "友好代表团抵达省城")).articles
    assert whole.headline.text == "友好代表团抵达省城"
    assert whole.kicker is None
    assert [s.text for s in whole.subheadlines] == ["开始为期三天的参观访问"]
    # over its text, the line under the title is the body's opening (issue._opening_as_headline)
    (whole,) = newsie.issue.assemble(_jump39_shifted_pages(heading, False, "友好代表团抵达省城")).articles
    assert whole.headline.text == "友好代表团抵达省城"
    assert [s.text for s in whole.section_heads] == ["开始为期三天的参观访问"]


def test_a_title_read_as_the_subtitle_under_its_kicker_is_the_headline():
    heading = [("headline", "深化交流 共谋发展"), ("sub", "友好代表团抵达省城\n双方负责人出席欢迎仪式")]
    (whole,) = newsie.issue.assemble(_jump39_shifted_pages(heading, False, "友好代表团抵达省城")).articles
    assert whole.headline.text == "友好代表团抵达省城"
    assert whole.kicker.text == "深化交流 共谋发展"
    assert [s.text for s in whole.subheadlines] == ["双方负责人出席欢迎仪式"]
    assert whole.body == "代表团当天下午抵达机场，受到热烈欢迎。\n双方还签署了多项合作文件。"


# Session 42: the title's first line read into the kicker above it (a kicker and the title's first
# line joined by the reflow, the rest of the title read as the headline), where the jump part
# repeats the whole title: the kicker is cut at the line break before the title's first words
# (issue._headline_by_repeat). Invented pages.
def _s42_pages(kicker: str, headline: str, repeated: str, jump_kicker: str | None = None, role: str = "kicker"):
    from newsie.records import Article, Page

    three = f"{kicker}\n{headline}\n傍晚时分，小吃摊沿着河岸排开。\n（下转第6版）\n"
    body = "傍晚时分，小吃摊沿着河岸排开。"
    first = Article(id="p3-a1", kicker=_sp_lines(three, kicker), headline=_sp(three, headline),
                    paragraphs=(_sp(three, body),), body=body, continued_to=6)
    part = _jump39_part(repeated, 3, 6, "游客一直逛到了深夜。")
    if jump_kicker is not None:  # the jump page sets the kicker over the title too
        text = "游客一直逛到了深夜。"
        source = f"{jump_kicker}\n{repeated}\n（上接第3版）{text}\n"
        part = Page(source=source, page_number=6, articles=(Article(
            id="p6-a1", **{role: _sp(source, jump_kicker)}, headline=_sp(source, repeated),
            paragraphs=(_sp(source, text),), body=text, continued_from=3),))
    return [Page(source=three, page_number=3, articles=(first,)), part]


def test_s42_the_titles_first_line_read_into_the_kicker_goes_back_to_the_headline_its_jump_part_repeats():
    kicker = "青禾县多措并举繁荣夜间经济\n老城区"
    (whole,) = newsie.issue.assemble(_s42_pages(kicker, "夜市里的烟火气", "老城区夜市里的烟火气")).articles
    assert whole.kicker.text == "青禾县多措并举繁荣夜间经济"
    assert "".join(whole.headline.text.split()) == "老城区夜市里的烟火气"
    assert whole.body == "傍晚时分，小吃摊沿着河岸排开。\n游客一直逛到了深夜。"
    # the jump page setting the kicker too: cut where the jump part's own kicker ends
    (whole,) = newsie.issue.assemble(_s42_pages(kicker, "夜市里的烟火气", "老城区夜市里的烟火气",
                                                "青禾县多措并举繁荣夜间经济")).articles
    assert whole.kicker.text == "青禾县多措并举繁荣夜间经济"
    # ... not where the jump page holds the kicker's other words and reads them in another role: its
    # part may have read the kicker's last line into its own title
    (whole,) = newsie.issue.assemble(_s42_pages(kicker, "夜市里的烟火气", "老城区夜市里的烟火气",
                                                "青禾县多措并举繁荣夜间经济", "column")).articles
    assert (whole.kicker.text, whole.headline.text) == ("青禾县多措并举繁荣夜间经济老城区", "夜市里的烟火气")
