"""Segmentation of PDF-like pages: layouts the seed page does not show (invented text)."""

from __future__ import annotations

import functools

import pytest
from conftest import needs_pure

import newsie
from newsie.document import Document


def _paragraph_texts(doc) -> list[str]:
    """The text of each paragraph the reflow of ``doc`` (a :class:`newsie.document.Document`) made."""
    return [doc.text[s:e] for s, e in doc.paragraphs]


def _headlines(page) -> list[str | None]:
    """The headline text of each article of ``page`` (None for an article with no headline)."""
    return [a.headline.text if a.headline else None for a in page.articles]


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
    heads = _headlines(page)
    assert heads == ["提升职工生活品质交流研讨会召开", "外贸运行稳中提质"]
    trade = page.articles[1]
    assert trade.paragraphs[0].text == "核心阅读"
    assert "核心阅读" not in [s.text for s in trade.section_heads]


# A kicker as wide as the body column above its shorter headline: the reflow reads the
# two as a full line and its wrap tail.
KICKER_PAGE = """城市书房开进社区居民家门口
本报杭州10月9日电（记者江南）杭
州市首批二十家城市书房近日在老城区
的社区中心陆续开放，居民在家门口就
能借书、还书，参加读书会和讲座活动。
据介绍，城市书房由社区提供场地，
图书馆统一配送图书，每周更新一次，开
放时间延长到晚上九点。
浙江省杭州市小学科学教师王晓——
把课堂搬进实验室
本报杭州10月9日电（记者李明）新
学期开始，北京部分中小学校开设了人
工智能课程，学生们在课堂上动手编写
程序，操控机器人完成各种有趣的任务。
学校负责人表示，课程注重培养学
生的动手能力和创新意识，受到了家长
和学生的普遍欢迎。
"""


def test_a_kicker_read_as_a_full_line_is_cut_from_its_headline():
    page = newsie.parse(KICKER_PAGE, issue_date="2019-10-10")
    teacher = page.articles[1]
    assert teacher.kicker is not None and teacher.kicker.text == "浙江省杭州市小学科学教师王晓——"
    assert teacher.headline.text == "把课堂搬进实验室"
    assert teacher.paragraphs[0].text.startswith("新学期开始")


# A mixed page: the first two headlines printed above their bodies, the last two below.
MIXED_PAGE = """城市书房开进社区
本报杭州10月9日电（记者江南）杭
州市首批二十家城市书房近日在老城区
的社区中心陆续开放，居民在家门口就
能借书、还书。
据介绍，城市书房由社区提供场地，
图书馆统一配送图书，每周更新一次。
秋粮收获进度过半
本报北京10月9日电（记者李明）农
业农村部调度显示，全国秋粮收获进度
已经过半，各地抢抓晴好天气组织机收。
农业农村部要求，各地加强农机调
度，确保秋粮颗粒归仓。
本报沈阳10月9日电（记者王刚）沈
阳市冬季供暖准备工作基本就绪，全市
供热企业完成管网检修，储备燃煤充足。
供热部门表示，将根据天气变化适
时调整供暖时间，保障群众温暖过冬。
冬季供暖准备就绪
本报广州10月9日电（记者陈华）广
州海关统计，前三季度跨境电商进出口
订单同比大幅增长，新业态成为外贸增
长新动能。
海关表示，将继续优化监管流程，支
持跨境电商健康发展。
跨境电商订单增长
"""


def test_each_stretch_of_a_mixed_page_pairs_headlines_on_its_own_side():
    page = newsie.parse(MIXED_PAGE, issue_date="2019-10-10")
    pairs = [(a.headline.text if a.headline else None, a.paragraphs[0].text[:4]) for a in page.articles]
    assert pairs == [("城市书房开进社区", "杭州市首"), ("秋粮收获进度过半", "农业农村"),
                     ("冬季供暖准备就绪", "沈阳市冬"), ("跨境电商订单增长", "广州海关")]


# A headline as wide as the column above a 核心阅读 box: the label looks like its wrap tail.
# (its first article is that of MIXED_PAGE)
LABEL_PAGE = "城市书房开进社区居民家门口\n" + MIXED_PAGE.split("\n", 1)[1].split("秋粮")[0] + """广东跨境电商进出口订单同比大幅增长
核心阅读
前三季度，全省跨境电商进出口订
单同比大幅增长，新业态成为外贸增长
的新动能。
本报广州10月9日电（记者陈华）广
州海关统计，前三季度跨境电商进出口
订单同比大幅增长。
海关表示，将继续优化监管流程，支
持跨境电商健康发展。
"""


def test_a_box_label_line_is_a_paragraph_of_its_own():
    doc = Document(LABEL_PAGE)
    paragraphs = _paragraph_texts(doc)
    assert "核心阅读" in paragraphs
    assert paragraphs[paragraphs.index("核心阅读") - 1].endswith("广东跨境电商进出口订单同比大幅增长")


# Page 2: a jump part printed without its headline, then an article whose headline follows
# its body; the dateline is all that divides the two bodies.
JUMP_THEN_ARTICLE = """（上接第1版）会议要求，各级工会要
在探索建立企业社会责任体系、培育高
质量服务职工综合体等方面持续发力。
会议强调，要把提升职工生活品质
作为工会工作的重要任务，推动各项措
施落地见效。
本报沈阳10月9日电（记者王刚）沈
阳市冬季供暖准备工作基本就绪，全市
供热企业完成管网检修，燃煤储备充足。
供热部门表示，将根据天气变化适
时调整供暖时间，保障群众温暖过冬。
沈阳冬季供暖准备工作就绪
"""


def test_a_dateline_inside_a_run_starts_the_article_its_headline_speaks_of():
    page = newsie.parse(JUMP_THEN_ARTICLE, issue_date="2019-10-10", page=2)
    assert [(a.headline.text if a.headline else None, a.continued_from) for a in page.articles] == [
        (None, 1), ("沈阳冬季供暖准备工作就绪", None)]
    assert page.articles[1].paragraphs[0].text.startswith("沈阳市冬季供暖")


# A line of page furniture (咨询电话：…) closing an article, right above the next headline.
FURNITURE_PAGE = """卧龙推出秋季研学游线路
本报成都10月9日电（记者王明）近
日，卧龙自然保护区推出秋季研学游线
路，游客可以走进大熊猫基地，跟随工作
人员观察野生动物。
研学游每周开放两次，需提前预约。
咨询电话：028—6871409
""" + "秋粮" + MIXED_PAGE.split("秋粮", 1)[1].split("本报沈阳")[0]  # MIXED_PAGE's second article


def test_a_furniture_line_stays_with_its_article():
    page = newsie.parse(FURNITURE_PAGE, issue_date="2019-10-10")
    assert [a.headline.text for a in page.articles] == ["卧龙推出秋季研学游线路", "秋粮收获进度过半"]
    assert page.articles[0].paragraphs[-1].text == "咨询电话：028—6871409"


# A mixed page where two bodies run together with no dateline between them: the headline
# above them heads the first, the one below them the second (G_A, [A-body B-body], G_B).
SANDWICH_PAGE = """秋粮收获进度过半
本报北京10月9日电（记者李明）农
业农村部调度显示，全国秋粮收获进度
已经过半，各地抢抓晴好天气组织机收。
农业农村部要求，各地加强农机调
度，确保秋粮颗粒归仓。
城市书房开进社区家门口
本报杭州10月9日电（记者江南）杭
州市首批二十家城市书房近日在老城区
的社区中心陆续开放。
城市书房由社区提供场地，图书馆统
一配送图书，每周更新一次。
西湖景区游客接待量创新高，景区
管理部门增派人员疏导客流，引导游客
错峰游览，文明出游。
景区还开通了预约服务，游客可提
前预约游览时段，减少排队等候时间。
西湖景区游客接待量创新高
""" + "本报沈阳" + MIXED_PAGE.split("本报沈阳", 1)[1]  # MIXED_PAGE's last two articles


def test_a_run_between_a_headline_above_and_one_below_is_cut_between_their_bodies():
    page = newsie.parse(SANDWICH_PAGE, issue_date="2019-10-10")
    heads = _headlines(page)
    assert heads == ["秋粮收获进度过半", "城市书房开进社区家门口", "西湖景区游客接待量创新高",
                     "冬季供暖准备就绪", "跨境电商订单增长"]
    books, lake = page.articles[1], page.articles[2]
    assert books.paragraphs[-1].text.endswith("每周更新一次。")
    assert lake.paragraphs[0].text.startswith("西湖景区游客接待量创新高，景区")
    assert lake.bylines == [] or all(b.reporters != ["江南"] for b in lake.bylines)


# A paragraph's indented first line (two ems short, cut off mid-word) that the reflow
# broke off from the rest of its paragraph; blank lines between all lines, as on the seed.
INDENT_PAGE = "\n\n".join("""黄河流域生态保护见成效
本报郑州10月9日电（记者王河）今年以来，
沿黄各地加大生态保护和修复力度，黄河
干流水质持续改善，两岸绿色屏障不断延
伸，生态系统质量稳步提升。
据介绍，今年前三季度，沿黄各省区
共完成造林面积较去年同期增长两成，
水土流失治理面积进一步扩大。
在河南三门峡，湿地公园里，候鸟
成群，游人如织。当地通过退耕还湿、
生态补水等措施，让昔日的荒滩变成了
水鸟的乐园，也带动了周边乡村旅游。
“生态好了，日子也越过越红火。”
村民老李说。""".split("\n")) + "\n"


def test_a_broken_off_first_line_of_a_paragraph_is_body_text_not_a_section_head():
    page = newsie.parse(INDENT_PAGE, issue_date="2019-10-10")
    assert len(page.articles) == 1
    article = page.articles[0]
    assert not article.section_heads
    texts = [p.text for p in article.paragraphs]
    assert "在河南三门峡，湿地公园里，候鸟" in "".join(texts)
    assert texts[-1] == "村民老李说。"


# PDF text: a headline set in a large type over two lines, the break inside a word
# (…前三季度外 / 贸运行情况); the body speaks of 外贸, so the two lines are one title.
WRAPPED_TITLE_PAGE = "\r\n".join("""国务院新闻办举行发布会介绍前三季度外
贸运行情况
本报北京10月9日电（记者罗珊珊）国务院新闻办
公室今天举行发布会，介绍前三季度外贸运行情况。
海关总署有关负责人表示，前三季度我国外贸运行
总体平稳，结构持续优化，民营企业进出口增长较
快，成为稳外贸的重要力量。""".split("\n")) + "\r\n"


def test_a_title_wrapped_inside_a_word_keeps_one_role():
    page = newsie.parse(WRAPPED_TITLE_PAGE, issue_date="2019-10-10")
    article = page.articles[0]
    assert article.kicker is None
    assert article.headline.text == "国务院新闻办举行发布会介绍前三季度外贸运行情况"  # no space at the wrap


# A body whose headline is not on the page, then a headline printed as a couplet of two
# like halves under its column tag: the couplet is one title, not the headlines of the
# two articles around it.
COUPLET_PAGE = "\r\n".join("""本报银川10月9日电（记者张文）国庆假期，闽
宁镇原隆村的村民们在温棚里忙着采摘蔬菜。
今年的收成比去年好，村民们的日子越过越有奔
头，村里还建起了扶贫车间和养殖合作社。
逐梦70年
展现光辉历程
抒写伟大梦想
本报记者 温馨 花放
庆祝新中国七十华诞，广大电影工作者用心用
情讴歌祖国、讴歌人民，一批优秀影片走进影院，
展现光辉历程，抒写伟大梦想。影片上映以来，
观众纷纷走进影院，在光影中重温共和国的奋斗
历程。""".split("\n")) + "\r\n"


def test_a_couplet_title_between_two_bodies_is_not_cut_in_two():
    page = newsie.parse(COUPLET_PAGE, issue_date="2019-10-10")
    films = page.articles[-1]
    assert "".join(films.headline.text.split()) == "展现光辉历程抒写伟大梦想"
    assert films.paragraphs[0].text.startswith("庆祝新中国七十华诞")
    assert page.articles[0].headline is None


# Headlines printed after their bodies; the first article has in-body section heads of the
# length of its headline, so the heading model reads that headline as one more section head.
# The text before it speaks of its words, the text after it does not: it heads the body above.
AFTER_SECTIONS_PAGE = """秋收时节，黑龙江建三江的稻田里，收割
机来回穿梭，金黄的稻谷颗粒归仓。
农机手忙抢收
今年当地水稻喜获丰收，农机手们起早贪
黑，抢抓晴好天气收割，确保颗粒归仓。
种粮大户增收
种粮大户老王说，今年他家种了五百亩水
稻，亩产比去年高出一成，收入也增加了。
稻田里的丰收季
走进杭州市上城区的社区书房，书架上摆
满了新书，不少居民正在安静地阅读。社
区书房由街道提供场地，图书馆统一配书。
居民李阿姨说，以前借书要跑很远，现在
家门口就能借到，方便多了。
社区书房开到家门口
"""


def test_a_headline_the_heading_model_doubts_heads_the_body_the_page_pairs_it_with():
    page = newsie.parse(AFTER_SECTIONS_PAGE, issue_date="2019-10-10")
    assert [a.headline.text for a in page.articles] == ["稻田里的丰收季", "社区书房开到家门口"]
    rice, books = page.articles
    assert [s.text for s in rice.section_heads] == ["农机手忙抢收", "种粮大户增收"]
    assert books.paragraphs[0].text.startswith("走进杭州市上城区")


def test_a_heading_line_ending_in_a_dash_ends_the_kicker_above_the_headline():
    # A kicker set over two lines, its first in a larger type than the column and broken
    # inside a word the body uses (技术交/流), above a quoted headline: the role model alone
    # reads all three lines as one headline; the line ending in —— closes the kicker.
    from newsie.extractors.segment import TITLE, Block, assign_roles

    lines = [("“最美修复师”获得者及家属参观全国文物保护技术交", True, 1.62),
             ("流成果展——", False, 0.92), ("“愿文物重现光彩”", False, 0.69)]
    group, pos = [], 0
    for i, (text, wider, ratio) in enumerate(lines):
        group.append(Block(i, pos, pos + len(text), text, kind=TITLE, wider=wider, width_ratio=ratio, col=14.0))
        pos += len(text) + 1
    body = "10月9日，“最美修复师”获得者及家属参观了全国文物保护技术交流成果展。"
    assert assign_roles(group, body)[1] == ["kicker", "kicker", "headline"]
    # a —— that opens the next line is a subtitle's, not a kicker's end
    sub = [Block(0, 0, 8, "让文物重现光彩", kind=TITLE), Block(1, 9, 30, "——记省博物馆文物修复团队", kind=TITLE)]
    assert assign_roles(sub)[1][0] == "headline"


# A commentary under its column tag: the headline as wide as an indented first line, the
# body's opening line nearly full, so the reflow runs the headline into the body.
COLUMN_TITLE_PAGE = """多地推进老旧小区改造惠及居民
本报北京10月12日电（记者张明）
今年以来，各地加快推进城镇老旧
小区改造工作，完善水电气热等配套
设施，加装电梯，补齐养老托育短板，
居民的生活环境得到明显改善。
据介绍，改造项目坚持居民自
愿、因地制宜，先听取意见再确定方
案，让改造真正改到居民的心坎上。
人民时评
让数字服务更有温度也更暖心
数字技术的广泛应用，让办事更
加便捷高效，也给群众带来了实实在
在的获得感。与此同时，一些老年人
不会使用智能手机，在出行、就医、
消费等方面遇到了新的困难。
推动数字服务适老化改造，既
要保留线下渠道，也要简化操作流
程，让每一位老年人都能共享数字生
活的便利。
"""


def _assert_commentary_second(text: str, headline: str, lead: str) -> None:
    """The page's second article is a 人民时评 commentary with this headline and lead."""
    page = newsie.parse(text, issue_date="2019-10-13")
    assert _headlines(page) == [
        "多地推进老旧小区改造惠及居民", headline]
    comment = page.articles[1]
    assert comment.column is not None and comment.column.text == "人民时评"
    assert comment.paragraphs[0].text.startswith(lead)


def test_a_headline_the_reflow_ran_into_the_body_below_its_column_tag_is_cut_off():
    _assert_commentary_second(COLUMN_TITLE_PAGE, "让数字服务更有温度也更暖心", "数字技术的广泛应用")


# Two invented news items for the reflow cases below: the first without its last line,
# the second without its headline.
_RENOVATION = """多地推进老旧小区改造惠及居民
本报北京10月12日电（记者张明）
今年以来，各地加快推进城镇老旧
小区改造工作，完善水电气热等配套
设施，加装电梯，补齐养老托育短板，
居民的生活环境得到明显改善，群众
"""
_CONTEST = """本报杭州10月12日电（记者李华）第三
十四届全国青少年科技创新大赛日前
在浙江杭州落下帷幕，五百多名中小
学生展示了一批富有创意的作品。
"""


# The first article's last line ends its sentence at the column's edge, and the next
# headline is as wide as the column: by widths alone the headline goes on the paragraph.
FULL_WIDTH_TITLE_PAGE = _RENOVATION + """的满意度和获得感都在不断提升。
全国青少年科技创新大赛在杭州落幕
""" + _CONTEST


def test_a_full_width_headline_after_a_sentence_end_is_not_the_paragraphs_last_line():
    page = newsie.parse(FULL_WIDTH_TITLE_PAGE, issue_date="2019-10-13")
    assert _headlines(page) == [
        "多地推进老旧小区改造惠及居民", "全国青少年科技创新大赛在杭州落幕"]
    assert page.articles[0].paragraphs[-1].text.endswith("不断提升。")


# The reporters' note that closes the first article runs over two lines, the second as
# wide as the column, and the next headline (with a comma) is as wide again.
CLOSING_NOTE_PAGE = _RENOVATION + """的满意度和幸福感持续增强。（本报
记者张明、李华、王芳、赵强、刘洋）
青少年科创大赛落幕，作品展现活力
""" + _CONTEST


def test_a_paragraph_ends_with_the_reporters_note_that_closes_an_article():
    page = newsie.parse(CLOSING_NOTE_PAGE, issue_date="2019-10-13")
    assert _headlines(page) == [
        "多地推进老旧小区改造惠及居民", "青少年科创大赛落幕，作品展现活力"]
    reporters = [r for b in page.articles[0].bylines for r in b.reporters]
    assert {"李华", "王芳", "赵强", "刘洋"} <= set(reporters)


# A commentary's headline with its column in brackets, as wide as an indented first line:
# by widths alone it opens the paragraph below it.
TITLE_WITH_COLUMN_PAGE = _RENOVATION + """的满意度和获得感都在不断提升。
让数字服务更暖心（人民时评）
数字服务的广泛应用让办事更加便
捷高效，也给群众带来了实实在在的
获得感。与此同时，一些老年人不会
使用智能手机，在出行、就医等方面
遇到了新的困难。让数字服务更暖心，
既要保留线下渠道，也要简化操作流
程，让每一位老年人都能共享便利。
"""


def test_a_line_opening_a_paragraph_and_ending_in_a_bracketed_column_is_a_headline():
    _assert_commentary_second(TITLE_WITH_COLUMN_PAGE, "让数字服务更暖心", "数字服务的广泛应用")


# The first invented item again, set in a wider column and ending in one paragraph.
_RENOVATED = """多地推进老旧小区改造惠及居民
本报北京10月12日电（记者张明）今
年以来，各地加快推进城镇老旧小区改造
工作，完善水电气热等配套设施，加装电
梯，补齐养老托育短板，居民的生活环境
得到明显改善。
"""


# A commentary's headline with its column tag in brackets, in body type between two bodies
# (as a section head would stand): a section head carries no column tag.
TITLED_COLUMN_PAGE = _RENOVATED + """据介绍，改造项目坚持居民自愿、因
地制宜，先听取意见再确定方案，让改造
真正改到居民的心坎上。
让老年人乘车更方便（民生观）
不少老年人不会用手机扫码，乘坐公交
车时常常遇到麻烦。一些城市保留了现金
投币和老年卡，还在站台安排志愿者帮
忙，让老年人出行更加方便。
这些做法值得推广。公共服务既要跟
上数字时代，也要照顾老年人的需要。
"""


def test_a_title_with_its_column_tag_heads_an_article_not_a_section():
    page = newsie.parse(TITLED_COLUMN_PAGE, issue_date="2019-10-13")
    assert _headlines(page) == [
        "多地推进老旧小区改造惠及居民", "让老年人乘车更方便"]
    assert page.articles[1].column is not None and page.articles[1].column.text == "民生观"
    assert not page.articles[0].section_heads


# Two items of one series, each under the series' tag (words · words) and its title: alike
# in wording and length, they read as one article with section heads but for the tag.
SERIES_PAGE = """家乡的变化·交通篇
第一座跨江大桥
很多老人还记得过江要靠渡船的日子，
遇上大风大雾，渡船停航，两岸往来就
断了。大桥建成通车后，过江只要几分
钟，两岸的联系一下子紧密起来。
如今，这座大桥仍在使用，成为家乡
交通发展的见证。
家乡的变化·交通篇
第一条高速公路
很多老人还记得进城要坐半天汽车的日
子，遇上雨雪，山路难行，进城就更难
了。高速公路建成通车后，进城只要一
个小时，家乡的联系一下子紧密起来。
如今，这条高速公路车流不息，成为家
乡交通发展的见证。
"""


def test_a_series_tag_above_a_title_heads_an_article_not_a_section():
    page = newsie.parse(SERIES_PAGE, issue_date="2019-10-13")
    assert _headlines(page) == ["第一座跨江大桥", "第一条高速公路"]
    assert not page.articles[0].section_heads


# A title set over two lines, the first ending on a comma: in body type that line reads
# as the end of the paragraph above, but no paragraph ends on a comma.
COMMA_TITLE_PAGE = _RENOVATED + """从山区到城市，
一条公路连起致富路
本报贵阳10月12日电（记者王芳）山
区公路通车以来，沿线村民把自家种的
蔬菜水果运进城里销售，收入明显增加。
"""


def test_a_short_line_ending_on_a_comma_above_a_title_belongs_to_the_heading():
    page = newsie.parse(COMMA_TITLE_PAGE, issue_date="2019-10-13")
    first, road = page.articles
    assert [p.text for p in first.paragraphs][-1].endswith("得到明显改善。")
    heading = "".join(x.text for x in (road.kicker, road.headline) if x is not None)
    assert heading == "从山区到城市，一条公路连起致富路"  # one headline over two lines, no space after its comma


# The first item closes with its illustration's credit (who drew, who wrote) at the
# column's edge; the next headline is as wide.
ART_CREDIT_PAGE = _RENOVATION.replace("居民的生活环境得到明显改善，群众\n", "居民生活更方便。张 华图 李 明文\n") + """全国青少年科技创新大赛在杭州落幕
""" + _CONTEST


def test_a_paragraph_ends_with_its_illustrations_credit():
    page = newsie.parse(ART_CREDIT_PAGE, issue_date="2019-10-13")
    assert _headlines(page) == [
        "多地推进老旧小区改造惠及居民", "全国青少年科技创新大赛在杭州落幕"]
    assert page.articles[0].paragraphs[-1].text.endswith("张 华图 李 明文")


# The same, the headline wrapped over two lines (the first as wide as the column).
TWO_LINE_TITLE_PAGE = _RENOVATION + """的满意度和获得感都在不断提升。
全国青少年科技创新大赛在浙江杭州
落下帷幕
""" + _CONTEST


def test_a_title_wrapped_over_two_lines_after_a_sentence_end_is_not_the_paragraphs_tail():
    page = newsie.parse(TWO_LINE_TITLE_PAGE, issue_date="2019-10-13")
    assert _headlines(page) == [
        "多地推进老旧小区改造惠及居民", "全国青少年科技创新大赛在浙江杭州落下帷幕"]
    assert page.articles[0].paragraphs[-1].text.endswith("不断提升。")


# A commentary's headline as wide as the column, then its body's opening line broken off
# short (digits set narrow): the reflow joins the two and ends the paragraph there.
OPENING_LINE_PAGE = _RENOVATED + """国际论坛
符合国情的制度给人民带来美好生活
10月11日，两国领导人在金
奈举行会晤，决定建立高级别经贸对话
机制，以加强两国在经贸领域的交流与
合作，推动双边贸易平衡发展。
"""


def test_the_bodys_opening_line_the_reflow_joined_to_a_title_is_cut_off():
    page = newsie.parse(OPENING_LINE_PAGE, issue_date="2019-10-13")
    forum = page.articles[1]
    assert forum.headline.text == "符合国情的制度给人民带来美好生活"
    assert forum.paragraphs[0].text.startswith("10月11日，两国领导人在金")


# Heading lines set in a large type and wrapped at a narrow measure, as a PDF of a one-column
# article gives them: a kicker of two lines at the full measure, the second a little short,
# then the headline, one full line and a short tail. Nothing in the words says where the
# kicker ends; the measure does: a line shorter than the measure ends its piece.
WRAPPED_HEADS = ([["交通运输部公布国", "庆假期出行数据"], ["全国高速公路日均", "车流量创新高"]],
                 [["国家统计局发布前", "三季度工业数据"], ["高技术制造业增加", "值较快增长"]])
WRAPPED_BODY = """本报北京10月9日电（记者王伟）记者从有关部门获悉，今
年以来各地认真落实各项部署，相关工作取得明显成效，
群众获得感持续增强。有关负责人表示，下一步将继续
加大工作力度，细化落实措施，确保各项任务按期完成。
据介绍，各地还将加强督促检查，及时总结推广好的经
验做法，推动工作不断取得新进展。"""


def test_a_kicker_wrapped_at_the_headline_measure_ends_where_its_short_line_does():
    for kicker, headline in WRAPPED_HEADS:
        text = "\r\n".join(kicker + headline + WRAPPED_BODY.split("\n")) + "\r\n"
        (article,) = newsie.parse(text, issue_date="2019-10-10").articles
        assert article.kicker is not None and "".join(article.kicker.text.split()) == "".join(kicker)
        assert "".join(article.headline.text.split()) == "".join(headline)
        assert article.paragraphs[0].text.startswith("记者从有关部门获悉")


# A kicker as wide as the body column and no —— at its end, above a shorter headline: the
# reflow reads the two as a full line and its wrap tail; cut, the block reads better as a
# kicker and its headline. A long headline wrapped with a short tail of two characters
# stays one headline.
JOINED_FIRST = """城市书房开进社区居民家门口
本报杭州10月9日电（记者江南）杭
州市首批二十家城市书房近日在老城区
的社区中心陆续开放，居民在家门口就
能借书、还书，参加读书会和讲座活动。
"""
JOINED_BODY = """本报杭州10月9日电（记者李明）新
学期开始，杭州部分中小学校开设了人
工智能课程，学生们在课堂上动手编写
程序，操控机器人完成各种有趣的任务。
学校负责人表示，课程注重培养学
生的动手能力和创新意识，受到了家长
和学生的普遍欢迎。
"""
GAMES_BODY = """本报郑州10月9日电（记者李明）第
十一届全国少数民族传统体育运动会9日
在郑州落下帷幕，来自全国各地的运动员
在十七个竞赛项目中展开角逐，展示了各
民族传统体育的独特魅力。
"""


def test_a_kicker_the_reflow_joined_to_its_headline_is_cut_without_a_dash():
    for kicker, headline in (("杭州多所中小学增设机器人编程课", "小学生爱上动手创造"),
                             ("浙江多地中小学开设人工智能课程", "机器人走进课堂")):
        page = newsie.parse(f"{JOINED_FIRST}{kicker}\n{headline}\n{JOINED_BODY}", issue_date="2019-10-10")
        school = page.articles[-1]
        assert school.kicker is not None and school.kicker.text == kicker
        assert school.headline.text == headline
    for title in (("全国少数民族传统体育运动会在郑州", "闭幕"), ("全国少数民族传统体育运动会闭幕式", "举行")):
        page = newsie.parse(f"{JOINED_FIRST}{title[0]}\n{title[1]}\n{GAMES_BODY}", issue_date="2019-10-10")
        games = page.articles[-1]
        assert games.kicker is None and games.headline.text == "".join(title)


# Page 2 (invented): an article with its headline above, then two jump parts (上接第1版), each
# with its headline below it, then a two-title group: the second part's headline and that
# of the datelined article under it. A jump part with no headline of its own cost the
# pairing nothing, so the first part was left bare and its headline given to the second.
JUMP_PARTS_HEADED_BELOW = """秋粮收获进度过半
本报北京10月9日电（记者李明）农业
农村部最新农情调度显示，全国秋粮已
收获过半，进度快于上年同期。
农业农村部要求各地抓住晴好天气，
加快收获晾晒，确保颗粒归仓。
（上接第1版）任。他表示，两国友好
源远流长，双方要保持高层交往，深化
各领域务实合作，造福两国人民。
双方还就彼此关注的多边和区域议题
交换了意见。
国务院总理会见外国客人
（上接第1版）谊。代表团抵达机场
时，受到当地民众的热烈欢迎，少年儿
童挥舞两国国旗，载歌载舞。
随行人员参加了上述活动。
代表团结束访问回国
文化和旅游部举办非遗展
本报北京10月9日电（记者王芳）文化
和旅游部今天在京举办非遗展，展出各
地非物质文化遗产项目二百余项。
展览将持续至本月底，免费向公众开放。
"""


def test_a_jump_part_takes_its_own_headline_not_the_next_parts():
    page = newsie.parse(JUMP_PARTS_HEADED_BELOW, issue_date="2019-10-10", page=2)
    assert [(a.headline.text if a.headline else None, a.continued_from, a.paragraphs[0].text[:4])
            for a in page.articles] == [
        ("秋粮收获进度过半", None, "农业农村"), ("国务院总理会见外国客人", 1, "任。他表"),
        ("代表团结束访问回国", 1, "谊。代表"), ("文化和旅游部举办非遗展", None, "文化和旅")]


def test_a_dateline_inside_a_jump_part_opens_the_article_its_headline_heads():
    # the headline below shares no word with the datelined article: the jump part, now
    # charged for lacking a headline, must not swallow that article to take it
    text = JUMP_THEN_ARTICLE.replace("沈阳冬季供暖准备工作就绪", "寒潮来临前把温暖送到家")
    page = newsie.parse(text, issue_date="2019-10-10", page=2)
    assert [(a.headline.text if a.headline else None, a.continued_from) for a in page.articles] == [
        (None, 1), ("寒潮来临前把温暖送到家", None)]
    assert page.articles[1].paragraphs[0].text.startswith("沈阳市冬季供暖")


# A mixed page (invented): the first article's headline below its body, then the second
# article's kicker (a line ending in a colon) and headline above its body, all in one group.
# The group was cut only before a title, so the kicker went with the first headline.
KICKER_IN_SHARED_GROUP = """本报北京10月5日电（记者张丽）国庆
假期，首都各大公园游人如织，市民和游
客纷纷走进公园赏花观景，共度佳节。
据统计，假期前五天全市公园共接待
游客超过六百万人次，秩序井然。
首都公园游人如织
市民代表：
社区垃圾分类人人有责
本报北京10月5日电（记者陈红）本市
各社区近日开展垃圾分类宣传活动，志愿
者走进楼门院落，向居民讲解分类知识。
居民纷纷表示，垃圾分类人人有责，
要从自身做起，从点滴做起。
"""


def test_a_group_shared_by_two_articles_is_cut_before_the_kicker_of_the_second():
    page = newsie.parse(KICKER_IN_SHARED_GROUP, issue_date="2019-10-06")
    assert [(a.kicker.text if a.kicker else None, a.headline.text if a.headline else None)
            for a in page.articles] == [(None, "首都公园游人如织"), ("市民代表：", "社区垃圾分类人人有责")]


# Page 3 (invented): the close of an article begun elsewhere, then a series tag over the next
# article's title. The pairing cut the group after the tag to give the body above a heading.
SERIES_TAG_OVER_TITLE = """展览将持续至本月底，免费向公众开放，
市民可通过网络平台预约参观，每天限
流五千人次。
共和国的“首个”·交通篇
第一条跨海隧道
本报厦门10月7日电（记者林红）厦门
翔安海底隧道是我国大陆第一条跨海隧
道，全长约九公里，连接厦门岛和翔安区。
通车以来，这条跨海隧道大大缩短了
两岸往来时间。
"""


def test_a_series_tag_is_not_cut_from_the_title_under_it_to_head_the_body_above():
    page = newsie.parse(SERIES_TAG_OVER_TITLE, issue_date="2019-10-08", page=3)
    first, second = page.articles
    assert first.headline is None
    assert (second.column.text, second.headline.text) == ("共和国的“首个”·交通篇", "第一条跨海隧道")


# Paragraphs opening on labels in black brackets (【人物】, 【故事】, 【点评】) inside an article
# (invented): the short ones were read as headlines, cutting the article in three.
BRACKET_LABELS_PAGE = """铁路职工假期坚守岗位
本报郑州10月7日电（记者高远）国庆
假期，郑州铁路局干部职工坚守岗位，
保障旅客平安出行。
【人物】列车长李娟
【故事】李娟是一名有着十五年工作
经验的列车长，假期每天在车上工作十
多个小时，耐心为旅客排忧解难。
【点评】
平安出行的背后，是无数铁路职工的
默默付出。向他们致敬！
沈阳冬季供暖准备工作就绪
本报沈阳10月9日电（记者王刚）沈
阳市冬季供暖准备工作基本就绪，全市
供热企业完成管网检修，燃煤储备充足。
"""


def test_a_paragraph_opening_on_a_bracketed_label_is_body_text():
    page = newsie.parse(BRACKET_LABELS_PAGE, issue_date="2019-10-10")
    assert [a.headline.text for a in page.articles] == ["铁路职工假期坚守岗位", "沈阳冬季供暖准备工作就绪"]
    assert [p.text[:4] for p in page.articles[0].paragraphs] == ["国庆假期", "【人物】", "【故事】", "【点评】", "平安出行"]


# A page printing its headline after the body, with the article's series tag drawn first,
# above the body (invented; the seed page sets a column tag so). A tag longer than ten
# characters was not taken for a column: it headed nothing and was lost.
SERIES_TAG_FIRST = """点赞中国·让友谊之桥通向未来

“得知中国取得这样的发展成就，我们
由衷地感到高兴。”来自肯尼亚的留学生
马丁说，他在中国学习生活已经五年。
马丁告诉记者，这些年他走过中国许多
城市，亲眼看到高铁通到越来越多的地方，
乡村的道路越修越好。
“正如中国朋友所说，中肯两国是好朋
友、好伙伴。”马丁说，他毕业后希望回到
家乡，为两国友好合作出一份力。
“祝福中国越来越好”
"""


def test_a_series_tag_above_the_body_is_the_column_of_the_article_headed_below():
    (article,) = newsie.parse(SERIES_TAG_FIRST, issue_date="2019-10-02", page=12).articles
    assert (article.column.text, article.headline.text) == ("点赞中国·让友谊之桥通向未来", "“祝福中国越来越好”")
    assert article.paragraphs[0].text.startswith("“得知中国")


# A page-1 part cut mid-sentence, its （下转第 2 版） run into the last line, and the next
# article's kicker and headline wrapped below it at the measure of its block (as on the
# pdf route): the marker ends the part whatever the widths say.
JUMP_END_PAGE = """庆祝活动在京隆重举行
本报北京9月30日电 （记
者张明）庆祝活动30日晚在
人民大会堂隆重举行。中外
嘉宾出席活动并发表讲话，
现场气氛热烈，掌声雷动。
人民大会堂宴会厅灯光璀
璨、鲜花吐艳，洋溢着热烈
欢快的节日气息。主席台上
方悬挂着巨幅标语，十分醒
目，台下摆放着各色鲜花。
在喜庆欢快的乐曲声中，
中外宾朋 （下转第 2 版）
缅怀先烈丰功
伟绩 齐心开创
美好未来
纪念仪式在京
隆重举行
新华社北京9月30日电
（记者李华）今天上午，纪
念仪式在天安门广场隆重举
行。各界代表参加仪式，向
人民英雄纪念碑敬献花篮。
"""


def test_a_jump_marker_closing_a_line_ends_the_paragraph():
    doc = Document(JUMP_END_PAGE)
    paragraphs = _paragraph_texts(doc)
    assert paragraphs[1].endswith("中外宾朋（下转第2版）")
    assert "缅怀先烈丰功" in paragraphs
    page = newsie.parse(JUMP_END_PAGE, issue_date="2019-10-01", page=1)
    first = page.articles[0]
    assert first.continued_to == 2
    assert first.body.endswith("在喜庆欢快的乐曲声中，中外宾朋")
    assert "缅怀" not in first.body


def test_a_jump_part_opening_a_line_starts_a_paragraph():
    # the part's headline set at the column's width over （紧接第一版）, a form the block
    # starts of the reflow do not list
    text = ("旅游市场持续火热秩序良好\n（紧接第一版）各地文化和旅游\n部门加强市场监管，确保游客\n"
            "安全有序出行，景区预约、限\n流等措施落实到位，游客满意\n度明显提升，投诉数量下降。\n")
    doc = Document(text)
    assert _paragraph_texts(doc)[0] == "旅游市场持续火热秩序良好"
    page = newsie.parse(text, issue_date="2019-10-08", page=3)
    (part,) = page.articles
    assert part.headline.text == "旅游市场持续火热秩序良好"
    assert part.continued_from == 1


# A body line whose date the Latin font sets apart (4 月 1 日) has as many one-character
# pieces between its spaces as a letter-spaced title; its long first piece says it is not one.
SPACED_DATE_PAGE = """减税降费激发企业活力
本报石家庄10月13日电（记者
王明）今年以来，河北省认真落
实减税降费政策，企业负担明显
减轻，发展信心不断增强。
“这对我们工厂的经营是件大
好事！”一家钢铁企业的财务负
责人说。
与钢铁企业一样，4 月 1 日
开始，省内许多行业都体会到增
值税改革带来的实实在在好处，
其中制造业企业感受更为直接。
"""


def test_a_body_line_with_a_spaced_date_is_not_letter_spaced():
    lines = Document(SPACED_DATE_PAGE).lines
    assert not any(ln.letter_spaced for ln in lines)
    assert Document("伟 大 成 就 来 自 艰 苦 奋 斗（思想纵横）").lines[0].letter_spaced
    assert Document("登 高 望 远 ，穿 云 破 雾").lines[0].letter_spaced
    page = newsie.parse(SPACED_DATE_PAGE, issue_date="2019-10-14", page=3)
    (article,) = page.articles
    assert article.headline.text == "减税降费激发企业活力"
    assert article.paragraphs[-1].text.startswith("与钢铁企业一样，4月1日开始")


def test_a_short_paragraph_closed_by_a_jump_marker_is_body_text():
    # the part's last paragraph is two short lines, as a heading would be: the marker says
    # it ends an article, which no heading does
    text = JUMP_END_PAGE.replace("方悬挂着巨幅标语，十分醒\n目，台下摆放着各色鲜花。\n", "方悬挂着巨幅标语，十分醒\n目。\n")
    page = newsie.parse(text, issue_date="2019-10-01", page=1)
    first = page.articles[0]
    assert first.headline.text == "庆祝活动在京隆重举行"
    assert first.continued_to == 2
    assert first.paragraphs[-1].text == "在喜庆欢快的乐曲声中，中外宾朋"
    assert not any(a.continued_to for a in page.articles[1:])


# A headline over its subtitle, neither set apart by width or a dash: the subtitle's wording
# says which it is: a figure, when a rule takes effect, who attended (segment_roles v6 reads
# the wording of each piece and of the pieces around it); a further headline line worded as
# a subtitle pays a toll, so the two are not read as one two-line headline either.
SUBTITLE_BODY = """本报南京10月9日电（记者李明）记
者从有关部门获悉，今年以来各地认真
落实各项部署，相关工作取得明显成效，
群众获得感持续增强。有关负责人表示，
下一步将继续加大工作力度，细化落实
措施，确保各项任务按期完成。
"""


def test_a_subtitle_worded_as_one_is_not_read_as_the_headline_or_under_a_kicker():
    for headline, subtitle in (("全国职业技能大赛举行", "孙春兰出席并为获奖选手颁奖"),  # the model's cues
                               ("新版药品目录正式公布", "明年1月1日起执行"),
                               ("江苏农村公路建设提速", "前三季度新改建里程超3000公里"),  # and the toll
                               ("国家级新区建设成效明显", "前三季度生产总值增长8.1%")):
        page = newsie.parse(f"{JOINED_FIRST}{headline}\n{subtitle}\n{SUBTITLE_BODY}", issue_date="2019-10-10")
        article = page.articles[-1]
        assert article.kicker is None and article.headline.text == headline
        assert [s.text for s in article.subheadlines] == [subtitle]
        assert article.paragraphs[0].text.startswith("记者从有关部门获悉")


# An invented news item (headline and body in a column of about 17 ems) for the cases below.
_RENOVATION_ITEM = "多地推进老旧小区改造惠及居民\n" + """本报北京十月十二日电（记者张明）今
年以来，各地加快推进城镇老旧小区改
造工作，完善水电气热等配套设施，加
装电梯，补齐养老托育短板，居民的生
活环境得到明显改善。
据介绍，改造项目坚持居民自愿、
因地制宜，先听取意见再确定方案，让
改造真正改到居民的心坎上。
"""

# The body of a news item on jobs, below the headings of the two cases that follow.
_JOBS_BODY = """新华社北京十月十一日电 国务院总理主
持召开国务院常务会议，部署进一步做
好稳就业工作，研究完善社会保障措施，
确保困难群众基本生活。
会议指出，就业是最大的民生。要
落实好各项援企稳岗政策，加强职业技
能培训，拓宽重点群体就业渠道。
"""

# The next article's kicker and headline set in a large type across its columns, so wide
# that together they run past the length of a heading line: the reflow joins the two
# lines into one block, which reads as a paragraph by its length alone.
DISPLAY_PAGE = _RENOVATION_ITEM + """国务院常务会议部署做好稳就业工作研究完善社会保障
多措并举稳定和扩大就业 切实兜牢民生保障底线确保基本生活
""" + _JOBS_BODY


def test_heading_lines_in_display_type_the_reflow_joined_are_cut_off_as_titles():
    page = newsie.parse(DISPLAY_PAGE, issue_date="2019-10-12")
    assert len(page.articles) == 2
    jobs = page.articles[1]
    assert jobs.headline is not None and "多措并举稳定和扩大就业" in jobs.headline.text
    assert "国务院常务会议部署" in (jobs.kicker.text if jobs.kicker else jobs.headline.text)
    assert jobs.paragraphs[0].text.startswith("国务院总理主持召开")


# A one-line exclamation in body type over a subtitle: a paragraph by its ！ alone, a
# headline by the ——subtitle under it.
EXCLAIM_PAGE = _RENOVATION_ITEM + """“我们一定能赢得这场比赛！”
——青少年足球联赛决赛侧记
金秋时节，全国青少年足球联赛决
赛在湖北武汉举行，来自各地的八支球
队经过三天的激烈角逐，决出了冠军。
赛后，获胜球队的队员们激动地说，
这场胜利属于每一位坚持训练的队员。
"""


def test_an_exclamation_above_a_subtitle_is_a_headline():
    page = newsie.parse(EXCLAIM_PAGE, issue_date="2019-10-12")
    assert _headlines(page) == [
        "多地推进老旧小区改造惠及居民", "“我们一定能赢得这场比赛！”"]
    final = page.articles[1]
    assert [s.text for s in final.subheadlines] == ["——青少年足球联赛决赛侧记"]
    assert final.paragraphs[0].text.startswith("金秋时节")


# An interview's subtitle as short as the body's indented opening line below it: the
# reflow runs the subtitle into the paragraph, which the headline alone heads.
SUB_PAGE = _RENOVATION_ITEM + """合作共赢是两国关系的主旋律
——访某国前总统约翰史密斯
在庆祝两国建交五十周年之际，某
国前总统约翰史密斯日前接受本报记
者采访时表示，两国在经贸和人文等
领域的合作不断深化，前景十分广阔。
史密斯说，他多次访问中国，亲眼
见证了中国的发展变化。
"""


def test_a_subtitle_the_reflow_ran_into_the_body_below_its_headline_is_cut_off():
    page = newsie.parse(SUB_PAGE, issue_date="2019-10-12")
    interview = page.articles[-1]
    assert interview.headline.text == "合作共赢是两国关系的主旋律"
    assert [s.text for s in interview.subheadlines] == ["——访某国前总统约翰史密斯"]
    assert interview.paragraphs[0].text.startswith("在庆祝两国建交五十周年之际")
    # a dash that opens a list item in prose goes on with a comma: no subtitle
    from newsie.extractors.segment.blocks import _SUB_PUNCT
    assert _SUB_PUNCT.search("——坚守耕地保护红线，节约")


# A page printing each headline after its body, the next article's column and headline
# before its own: a photo and its credit stand between the two heading groups, and
# part them (the page's heading lines would otherwise be one group, cut at a title).
CAPTION_PAGE = """本报北京十月六日电（记者王强）今年以
来，我国桥梁建设捷报频传，一批跨江跨
海大桥相继建成通车，桥梁的跨度和建造
技术不断刷新世界纪录。
专家表示，中国桥梁已成为一张闪亮的
名片，展示了中国制造的实力和志气。
桥连两岸 路通四方
中国桥梁跨度不断刷新纪录
十月五日，市民在公园里观赏盛开的菊花，共度假日时光。
新华社记者 李明 摄
友谊之声
“我在中国生活了五十年”
本报北京十月六日电（记者赵刚）在北
京外国语大学的校园里，九十岁的英国专
家玛丽教授已经在中国生活了五十年，见
证了中国的发展和变化。
玛丽教授说，她为自己能参与中国的外
语教育事业感到骄傲和自豪。
"""


def test_a_photo_between_two_heading_groups_parts_them():
    page = newsie.parse(CAPTION_PAGE, issue_date="2019-10-07")
    assert _headlines(page) == [
        "中国桥梁跨度不断刷新纪录", "“我在中国生活了五十年”"]
    assert page.articles[1].column is not None and page.articles[1].column.text == "友谊之声"
    assert len(page.captions) == 1


# A series title, then a kicker, then the headline the reflow ran into the body's first
# line: a kicker leads into a headline, never into a body, even under a title.
KICKER_TITLE_PAGE = _RENOVATION_ITEM + """新时代的奋斗者
某省人大常委会原副主任张为民——
一心为民的好书记张为民同志
在世时，他为群众奔走谋划，满怀
感情，对家人严格要求，克己奉公；
去世后，他为人的准则、为官的品格，
依然在当地群众中间口口相传。
"""


def test_a_headline_the_reflow_ran_into_the_body_below_a_kicker_is_cut_off_under_a_title():
    page = newsie.parse(KICKER_TITLE_PAGE, issue_date="2019-10-12")
    assert len(page.articles) == 2
    profile = page.articles[1]
    assert profile.headline.text == "一心为民的好书记张为民同志"
    assert profile.kicker is not None and profile.kicker.text == "某省人大常委会原副主任张为民——"
    assert profile.paragraphs[0].text.startswith("在世时")


def test_a_captions_first_line_read_as_a_title_goes_with_the_caption():
    # As a PDF gives a photo's caption wrapped at a narrow measure: its first line cut off
    # mid-word and read as a title, the rest a paragraph, then the credit line; the next
    # article's headline follows. The first line is the caption's, not a heading.
    from newsie.extractors.segment import BODY, CREDIT, TITLE, Block
    from newsie.extractors.segment.grouping import _group, _Run

    rows = [("据介绍，改造项目坚持居民自愿、因地制宜，让改造真正改到居民的心坎上。", BODY),
            ("十月四日晚，北京冬季运动会开幕式彩", TITLE),
            ("排在国家体育场举行，演员们在场内认真排练，为正式演出做好准备。", BODY),
            ("新华社记者 李明 摄", CREDIT), ("平凡孕育着伟大", TITLE),
            ("为了让嗓子保持在最佳状态，一位主持人一边喝水一边背词。", BODY)]
    blocks, pos = [], 0
    for i, (text, kind) in enumerate(rows):
        blocks.append(Block(i, pos, pos + len(text), text, kind=kind))
        pos += len(text) + 1
    seq, captions = _group(blocks)
    assert [b.text for b in captions] == [rows[1][0], rows[2][0], rows[3][0]]
    assert [type(x).__name__ for x in seq] == ["_Run", "list", "_Run"]
    assert [b.text for b in seq[1]] == ["平凡孕育着伟大"]
    assert isinstance(seq[0], _Run)


# A kicker and its headline set in a large type at a narrow measure, as a PDF of a
# one-column block gives them: five lines at one width with no punctuation, longer
# together than any heading line, which the reflow joins into one block.
NARROW_HEADS_PAGE = """国务院常务会议部署进一步做
好稳就业工作研究完善社会保
障措施多措并举稳定和扩大就
业切实兜牢民生保障底线确保
困难群众基本生活
""" + _JOBS_BODY


def test_heading_lines_with_no_punctuation_the_reflow_joined_are_a_heading_however_long():
    page = newsie.parse(NARROW_HEADS_PAGE, issue_date="2019-10-12")
    assert len(page.articles) == 1
    jobs = page.articles[0]
    assert jobs.headline is not None and "多措并举稳定和扩大就业" in jobs.headline.text
    assert jobs.paragraphs[0].text.startswith("国务院总理主持召开")
    # a closing note, a list in brackets or of book titles has no punctuation but is no heading
    from newsie.extractors.segment.blocks import _NOT_IN_HEADING
    assert _NOT_IN_HEADING.search("（作者为某某大学城市治理研究中心主任）")
    assert _NOT_IN_HEADING.search("《战狼Ⅱ》·2017年《十八洞村》·2017年")


# A photo caption set across the page, wrapped once: its last sentence ends on a short line
# with the credit. The wide line goes on into that tail, which the column would cut off.
# Two articles of one page, headlines after their bodies; the caption tests set a photo between them.
QINGHAI_ARTICLE = """本报西宁10月8日电（记者马
文）记者从青海省交通运输厅获
悉，国庆假期全省公路运行平稳
有序，主要景区周边道路未发生
长时间拥堵，游客出行体验明显
改善。
青海公路假期运行平稳
"""
XIZANG_ARTICLE = """本报拉萨10月8日电（记者李
华）西藏自治区近日启动冬季旅
游推广活动，推出一批冰雪观光
和民俗体验线路，吸引更多游客
在淡季走进高原。
西藏推广冬季旅游线路
"""
WIDE_CAPTION_PAGE = QINGHAI_ARTICLE + """10月5日，游客在青海省海南藏族自治州贵德县黄河岸边的观景台上拍照留念，远处的丹霞地貌在阳光下格外
醒目。新华社记者 张龙摄
""" + XIZANG_ARTICLE


def test_a_wide_caption_line_goes_on_into_its_short_tail_with_the_credit():
    doc = Document(WIDE_CAPTION_PAGE)
    assert any(doc.text[s:e].endswith("远处的丹霞地貌在阳光下格外醒目。新华社记者 张龙摄") for s, e in doc.paragraphs)
    page = newsie.parse(WIDE_CAPTION_PAGE, issue_date="2019-10-09")
    (caption,) = page.captions
    assert caption.text.startswith("10月5日，游客在青海省") and caption.photographers == ("张龙",)
    assert [a.headline.text for a in page.articles] == ["青海公路假期运行平稳", "西藏推广冬季旅游线路"]
    assert "丹霞" not in page.articles[0].body


# A speaker's attribution under a quote, opened by a dash and wrapped two ems short of the
# column: its tail is no title of its own.
ATTRIBUTION_PAGE = """“看到家乡一天天变好，我打心
眼里高兴。今后我要继续守好这
片林子，让山更绿、水更清，让
更多游客来这里看看。”
——福建省南平市武夷山国
家公园护林员陈大山
（本报记者林明采访整理）
“这些年，村里修了路、通了网，
年轻人愿意回来了。我们合作社
的茶叶卖到了全国各地，乡亲们
的日子越过越红火。”
——茶叶合作社负责人王秀英
（本报记者周杰采访整理）
守护绿水青山 共享美好生活
"""


def test_a_wrapped_dash_attribution_keeps_its_tail():
    doc = Document(ATTRIBUTION_PAGE)
    paragraphs = _paragraph_texts(doc)
    assert "——福建省南平市武夷山国家公园护林员陈大山" in paragraphs
    page = newsie.parse(ATTRIBUTION_PAGE, issue_date="2019-10-04")
    (article,) = page.articles
    assert article.headline.text == "守护绿水青山 共享美好生活"
    assert article.paragraphs[0].text.startswith("“看到家乡一天天变好")
    # a subtitle followed by its reporter line keeps its break
    doc = Document("——对几个县乡村振兴工作的调研\n本报记者 李明远\n")
    assert len(doc.paragraphs) == 2


def test_a_first_line_under_a_heading_is_measured_against_the_column_below_it():
    # the state the column estimate leaves at an article's start: the window around the
    # first line of the body holds mostly the narrower column above the headline (17 ems),
    # so that line (two ems short of its own 19.5) read as full there and broke off
    from newsie import document as D

    lines = D._split_lines("让文化消费更有温度（金台论道）\n国庆期间，《长河落日》《山海之间》等多\n"
                           "部新片陆续与观众见面，不少影院场场爆满，一\n票难求。许多观众看完电影后表示，这些作品\n")
    widths = (17.0, 17.0, 19.5, 19.5)
    for line in lines:
        line.breaks_after = True
    lines[2].breaks_after = False
    assert D._join_first_lines_at_column_change(lines, widths, D._LineFacts(lines)) == [1]
    assert [ln.breaks_after for ln in lines] == [True, False, False, True]
    # a heading with a comma set two ems short of the column below keeps its break when a
    # subtitle follows; so does a first line after a sentence end (the rules judged it)
    lines = D._split_lines("“好的展览能让人记住一座城。”\n高举团结旗帜，从胜利走向新的\n——记某地文化建设\n"
                           "与观众见面，不少影院场场爆满。许多观众看\n")
    for line in lines:
        line.breaks_after = True
    assert D._join_first_lines_at_column_change(lines, (17.0, 17.0, 19.5, 19.5), D._LineFacts(lines)) == []
    # in the same column, a first line whose digits and punctuation are set half-width falls
    # four ems short under a reporter line: more than the rules take for an indent
    lines = D._split_lines("本报记者 陈 雪\n10月3日晚，数以万计\n的市民和游客来到江边广场\n观看一年一度的灯光秀表演，\n")
    for line in lines:
        line.breaks_after = True
    assert D._join_first_lines_at_column_change(lines, (13.0,) * 4, D._LineFacts(lines)) == [1]


# A caption set across the page over two wide lines and a short tail that ends its sentence,
# its credit on a line of its own; then a caption opened by its item label (图①：).
CAPTION_LINES_PAGE = QINGHAI_ARTICLE + """10月5日，青海省海南藏族自治州贵德县举行黄河文化旅游节开幕式，来自各地的
游客和当地群众在黄河岸边欣赏民族歌舞表演，共同感受高原秋日的独特
魅力。
新华社记者 张 龙摄
图①：游客在湖边观赏候鸟
嬉戏。
本报记者 李 强摄
""" + XIZANG_ARTICLE


def test_a_caption_s_lines_run_to_its_sentence_end_before_its_credit():
    doc = Document(CAPTION_LINES_PAGE)
    paragraphs = _paragraph_texts(doc)
    assert any(p.startswith("10月5日，") and p.endswith("共同感受高原秋日的独特魅力。") for p in paragraphs)
    assert "图①：游客在湖边观赏候鸟嬉戏。" in paragraphs
    page = newsie.parse(CAPTION_LINES_PAGE, issue_date="2019-10-09")
    assert [a.headline.text for a in page.articles] == ["青海公路假期运行平稳", "西藏推广冬季旅游线路"]
    first, second = page.captions
    assert first.text.startswith("10月5日，") and first.photographers == ("张龙",)
    assert second.text.startswith("图①：") and second.photographers == ("李强",)
    # a title set wide over a one-line caption is not run into it
    doc = Document("国家体育总局发布群众冬季运动推广普及计划实施方案\n"
                   "2月4日，市民在北京奥林匹克公园的冰场上体验冰上运动的乐趣。\n新华社记者 王 鹏摄\n")
    assert len(doc.paragraphs) == 3


# A headline the PDF wrapped inside a word in its large type (…全面升 / 级上线): the pair
# across the line end (升级) is in the body, the pairs beside it (面升, 级上) are not, as
# two words meeting would be; a break inside a book title left open (《山河· / …》) or after a
# function word (…过得更加 / 红红火火) is no piece boundary either.
WORD_WRAP_BODY = """本报杭州10月12日电（记者王敏）记
者从省公共资源交易中心获悉：交易平台
新版本完成升级，日前正式投入使用，全
省各地可在线办理招标投标等业务。
"""


def test_a_headline_wrapped_inside_a_word_or_an_open_title_is_not_a_kicker_over_its_tail():
    page = newsie.parse(f"{JOINED_FIRST}省公共资源交易平台全面升\n级上线\n{WORD_WRAP_BODY}", issue_date="2019-10-12")
    article = page.articles[-1]
    assert article.kicker is None
    assert "".join(article.headline.text.split()) == "省公共资源交易平台全面升级上线"
    for first, second in (("纪录片《山河·", "2019》今晚开播"), ("特别节目《我的家乡·", "西部篇》开播"),
                          ("新书《中国桥梁（1949—", "2019）》出版")):
        page = newsie.parse(f"{JOINED_FIRST}{first}\n{second}\n{SUBTITLE_BODY}", issue_date="2019-10-12")
        article = page.articles[-1]
        assert article.column is None and article.kicker is None
        assert "".join(article.headline.text.split()) == first + second
    # nor is a line end after a function word (…更加 / 红红火火, …新任常驻 / 联合国代表…)
    for first, second in (("让乡村的日子过得更加", "红红火火"), ("我国新任常驻", "联合国代表递交全权证书"),
                          ("全省农村公路建设总体进展顺利并", "提前完成年度任务")):
        page = newsie.parse(f"{JOINED_FIRST}{first}\n{second}\n{SUBTITLE_BODY}", issue_date="2019-10-12")
        article = page.articles[-1]
        assert article.kicker is None and "".join(article.headline.text.split()) == first + second
    # two words meeting at the line end (…世界杯赛 / 中国队…: 赛中 is in the body, but so are
    # 杯赛 and 中国) stay free to take two roles
    from newsie.extractors.segment import Block
    from newsie.extractors.segment.roles import _wraps

    group = [Block(0, 0, 10, "女排世界杯赛"), Block(1, 11, 20, "中国队十一连胜")]
    assert _wraps(group, "本届女排世界杯赛落下帷幕。赛中，中国队以十一连胜卫冕。") == set()
    assert _wraps(group, "本届女排世界杯赛落下帷幕。赛中，队员们发挥出色。") == {1}  # 中国 not in it


def test_a_bodys_name_alone_is_a_kicker_and_a_set_column_phrase_a_column():
    for kicker, headline in (("应急管理部", "汛期安全生产形势总体平稳"), ("浙商银行", "金融助力乡村振兴")):
        page = newsie.parse(f"{JOINED_FIRST}{kicker}\n{headline}\n{SUBTITLE_BODY}", issue_date="2019-10-12")
        article = page.articles[-1]
        assert article.column is None and article.kicker is not None and article.kicker.text == kicker
        assert article.headline.text == headline
    page = newsie.parse(f"{JOINED_FIRST}基层减负新观察\n假期7天——\n坚守岗位\n他们在一线\n{SUBTITLE_BODY}",
                        issue_date="2019-10-12")
    article = page.articles[-1]
    assert article.column is not None and article.column.text == "基层减负新观察"
    assert article.kicker is not None and article.kicker.text == "假期7天——"
    assert "".join(article.headline.text.split()) == "坚守岗位他们在一线"


# Two briefs, headlines above their bodies, each closed by the agency's note: the title
# after the first note heads an article of its own (alone, one short title between two
# bodies reads as an in-body section head; the note above it says an article ended).
AGENCY_NOTE_PAGE = """国务院部署进一步做好稳就业工作
国务院总理李克强9日在京召集国务院常务会议，
部署进一步做好稳就业工作，确定加快发展先进
制造业集群的措施。
会议指出，就业是民生之本，要把稳就业放在
更加突出的位置，落实好各项援企稳岗政策。
（新华社北京10月9日电）
全国秋粮收购工作有序开展
今年以来，各地认真落实粮食收购政策，秋粮
收购工作进展顺利，市场运行总体平稳，农民
售粮积极性较高，收购进度快于去年同期。
国家粮食和物资储备局有关负责人表示，将继
续做好秋粮收购各项工作，保护种粮农民利益。
（新华社北京10月9日电）
"""


def test_a_title_after_an_agency_note_heads_an_article_not_a_section():
    page = newsie.parse(AGENCY_NOTE_PAGE, issue_date="2019-10-10")
    assert [a.headline.text for a in page.articles] == ["国务院部署进一步做好稳就业工作", "全国秋粮收购工作有序开展"]
    assert not page.articles[0].section_heads
    assert page.articles[1].paragraphs[0].text.startswith("今年以来")


def _cue_seq(above: str, heading: list[tuple[str, str]], below: str):
    """A run, a heading group of (kind, text) lines, a run: what the heading model reads."""
    from newsie.extractors import segment as S

    blocks, k = [], 0
    for kind, text in [(S.BODY, above), *heading, (S.BODY, below)]:
        blocks.append(S.Block(len(blocks), k, k + len(text), text, kind=kind))
        k += len(text) + 1
    if S.blocks._REPORTER_LINE.fullmatch(below) or below.startswith("本报"):
        blocks[-1].kind = S.LEAD
    blocks[0].jump_to = above.endswith("版）")  # as classify marks a paragraph closed by （下转第N版）
    return [S.grouping._Run([blocks[0]]), blocks[1:-1], S.grouping._Run([blocks[-1]])]


def test_the_heading_model_reads_the_notes_and_lines_around_a_heading_group():
    from newsie.extractors import segment as S

    def cues(above, heading, below):
        seq = _cue_seq(above, heading, below)
        return set(S.heads._context_cues(seq[1], seq[0], seq[2], "".join(t for _, t in heading)))

    title = [(S.TITLE, "全国秋粮收购工作有序开展")]
    # the note closing the text above: an agency's dateline, an interview written up, an author
    assert cues("保护种粮农民利益。（新华社北京10月9日电）", title, "今年以来，各地收购进展顺利。") == {"note_agency"}
    assert cues("愿中国梦圆，航空更强！（本报记者王小华采访整理）", title, "我在村里干了十年。") == {"note_arranged"}
    assert cues("推动高质量发展。（作者为北京大学教授）", title, "新中国成立以来，") == {"note_author"}
    assert cues("市场运行平稳。（本报记者 王 明）", title, "今年以来，") == {"note_reporter"}
    assert cues("市场运行平稳。（下转第4版）", title, "今年以来，") == set()  # a jump marker: prev_jump says it
    # the line opening the text below: a reporter line, a dateline, a note closing a speaker's words
    assert cues("市场运行平稳。", title, "本报记者 姚雪青") == {"next_reporter"}
    assert cues("市场运行平稳。", title, "本报北京10月7日电（记者张璁）记者从公安部获悉") == {"next_dateline"}
    assert cues("市场运行平稳。", [(S.TITLE, "李华（北京市某小学教师）")], "（本报记者王明采访整理）") == {
        "name_role", "next_note"}
    # the group's own wording: a subtitle naming an interview or occasion, a numbering
    assert cues("市场运行平稳。", [(S.TITLE, "“两国友谊像山泉一样清澈长流”"), (S.SUB, "——访尼泊尔总理奥利")],
                "“两国山水相连。") == {"sub_occasion"}
    assert cues("（下转第2版）", [(S.TITLE, "奋力书写强军兴军新篇章"), (S.SUB, "——习近平主席在纪念大会上的致辞")],
                "今年是新中国成立70周年。") == {"sub_occasion"}
    assert cues("市场运行平稳。", [(S.TITLE, "（一）对外开放日益扩大")], "新中国成立以来，") == {"numbered"}
    assert cues("市场运行平稳。", [(S.TITLE, "二、具有特色的粮食保障之路")], "新中国成立以来，") == {"numbered"}


def test_a_group_the_model_reads_as_a_heading_but_barely_is_still_left_to_the_pairing(monkeypatch):
    # above the model's threshold but under _SOFT_HIGH: the pairing may still take the group
    # in as a section head, at a cost (where the page has no run to give it to)
    from newsie.extractors import segment as S

    seq = _cue_seq("市场运行平稳。", [(S.TITLE, "秋粮收购有序")], "今年以来，各地收购进展顺利。")
    seq = [[S.Block(9, 0, 4, "假日新气象", kind=S.TITLE)], *seq]
    probs = {0: 1.0, 2: 0.5}
    monkeypatch.setattr(S.heads, "_heading_strength", lambda seq, i, lengths=None: probs[i])
    out, soft = S.heads._absorb_section_heads(seq, S.heads._SOFT_LOW)
    threshold = S.heads._heading_model()["threshold"]
    assert threshold < 0.5 < S.heads._SOFT_HIGH
    assert len(out) == 4  # nothing merged before the pairing
    assert soft == {id(seq[2]): pytest.approx(S.heads._ABSORB_WEIGHT * (0.5 - threshold))}


def test_a_list_or_programme_in_display_type_is_left_to_the_heading_model():
    # a programme of events, a list of books, a notice with a web address, set in type wider
    # than the column: the heading model weighs them; a title in display type stays a heading
    from newsie.extractors import segment as S

    def strength(lines):
        seq = _cue_seq("展会为期三天，吸引众多企业参展。", [(S.TITLE, t) for t in lines], "据介绍，本届展会规模再创新高。")
        for b in seq[1]:
            b.wider = True
        return S.heads._heading_strength(seq, 1), S.heading_probability(seq, 1)

    for lines in (["10月16日", "9 : 00-17 : 00智能装备展示与体验", "14:00-16:30产业合作论坛"],
                  ["书名：山乡巨变 作者：周立波", "书名：红旗谱 作者：梁斌"],
                  ["主办方：省工业和信息化厅", "地点：市国际会展中心"],
                  ["观展报名https://www.expo-example.cn/sign"],
                  ["《平原游击队》·1955年《地道战》·1965年"]):
        rule, model = strength(lines)
        assert rule == model < 1.0, lines
    assert strength(["秋粮收购工作有序开展"])[0] == 1.0
    assert strength(["外交部发言人：中方坚决反对"])[0] == 1.0  # one speaker's label is a headline's


def test_a_sentence_set_wider_than_its_column_is_left_to_the_heading_model():
    # a body's or caption's line wider than its column, holding commas and cut off inside a
    # word, between two runs: the heading model weighs it; a headline with a comma stays one
    from newsie.extractors import segment as S

    def strength(lines, below):
        seq = _cue_seq("夜幕降临，广场上灯火通明。", [(S.TITLE, t) for t in lines], below)
        for b in seq[1]:
            b.wider = True
        return S.heads._heading_strength(seq, 1), S.heading_probability(seq, 1)

    rule, model = strength(["此时，焰火升空，巨幅光影照亮了广场，也照亮了每"], "一位观众的笑脸。")
    assert rule == model < 1.0
    rule, model = strength(["省长在会上表示，我谨代表全省人民向各位来宾致以", "诚挚的问候，祝愿本届博览会圆满成功，祝各位来宾身体健"], "康。")
    assert rule == model < 1.0
    assert strength(["共同见证，中国影响力与日俱增"], "十月的北京秋高气爽。")[0] == 1.0
    assert strength(["秋粮收购有序开展", "各地加强统筹，确保颗粒归仓，农民收入稳步增"], "今年以来，")[0] == 1.0


def test_the_parts_of_a_round_up_are_section_heads_of_one_article(monkeypatch):
    # each part: a kicker naming its speaker, ending in ——, over a title; the part above closed
    # by its reporter's name in brackets. Two such groups on a page make them a round-up's
    # section heads, however sure the heading model is; a lone one is left to the model.
    from newsie.extractors import segment as S

    block = _invented_block

    def part(speaker, title):
        return [block(S.KICKER, speaker), block(S.TITLE, title)]

    runs = _invented_runs(
        "“我们村的路修到了家门口。”老支书笑着说。（本报记者 王 明）",
        "十年来，合作社带动三百多户增收。（本报记者 李 强）",
        "她说，要把好手艺传给年轻人。（本报记者 赵 颖）")
    headline = [block(S.TITLE, "各地群众喜迎丰收节")]
    seq = [headline, runs[0], part("浙江安吉县余村村民潘春林——", "绿水青山就是好日子"), runs[1],
           part("贵州湄潭县茶农王秀英——", "一片茶叶富了一方人"), runs[2]]
    monkeypatch.setattr(S.heads, "_heading_strength", lambda seq, i, lengths=None: 0.9)
    out, _ = S.heads._absorb_section_heads(seq)
    assert len(out) == 2 and [b.text for b in out[1].section_heads] == [
        "浙江安吉县余村村民潘春林——", "绿水青山就是好日子", "贵州湄潭县茶农王秀英——", "一片茶叶富了一方人"]
    out, _ = S.heads._absorb_section_heads(seq[:4])  # one such group: the model's word stands
    assert len(out) == 4
    agency = S.grouping._Run([block(S.BODY, "丰收节期间各地举办活动。（新华社北京9月23日电）")])
    out, _ = S.heads._absorb_section_heads([headline, agency, seq[2], runs[1], seq[4], runs[2]])
    assert len(out) == 6  # after an agency's note the group heads an article: no round-up of two


def test_a_kicker_joined_to_its_headline_is_cut_at_its_dash_despite_its_commas():
    # the reflow read a kicker at the column's width, ending in ——, and its short headline as
    # one wrapped block; commas in it do not make it prose: prose runs on after a dash
    from newsie.extractors import segment as S

    doc = Document("既净化湖水，又带动产业，千岛湖——\n水养鱼 鱼养水\n")
    doc.paragraph_lines[:] = [(0, 1)]  # as the reflow joins them on a page of that width
    text = "既净化湖水，又带动产业，千岛湖——水养鱼 鱼养水"
    block = S.Block(0, 0, 25, text, kind=S.TITLE, n_lines=2, col=17.0, width_ratio=1.0)
    group, roles = S.roles._role_lines(doc, [block])
    assert [b.text for b in group] == ["既净化湖水，又带动产业，千岛湖——", "水养鱼 鱼养水"]
    assert roles == ["kicker", "headline"]
    # a comma-holding title whose dash sits inside a line is no kicker's end: kept whole
    doc = Document("平凡岗位——不平凡的坚守，\n他们守护万家灯火\n")
    doc.paragraph_lines[:] = [(0, 1)]
    block = S.Block(0, 0, 22, "平凡岗位——不平凡的坚守，他们守护万家灯火", kind=S.TITLE, n_lines=2, col=13.0)
    group, _ = S.roles._role_lines(doc, [block])
    assert len(group) == 1


# a headline over a lead and a paragraph set at a narrow measure, the rest of its body at a
# wider one (the article runs on into the wider columns below), no heading between the two
WIDER_BELOW_PAGE = """河口新区带动县域产业升级
本报记者  孟 远
“水绕青山，舟行云外。”河口
这座因渡口得名的小城，坐落
在两河交汇处，东靠丘陵，西
邻平原，与古镇隔水相对。
“菱角之乡”“渔歌之乡”是河口多年来
叫得最响的招牌，如今的河口，又把新区
当成发动机，把老产业一步步换成新兴产
业，想在两岸闯出一片新天地来。
新区建成以来，河口陆续迎来了食品加工
和机械制造企业八十多家，带来就业岗位七
千多个，外出的年轻人回来得一年比一年
多，小城的街面热闹起来。
"""


def test_a_body_going_on_at_a_wider_measure_with_no_heading_between_stays_one_article():
    page = newsie.parse(WIDER_BELOW_PAGE, issue_date="2019-10-11")
    assert _headlines(page) == ["河口新区带动县域产业升级"]
    assert [p.text[:6] for p in page.articles[0].paragraphs] == ["“水绕青山，", "“菱角之乡”", "新区建成以来"]


# a headline wrapped before a tail of two characters, its column tag in brackets after it
SHORT_TAIL_PAGE = """北欧新提案难解“能源”
困局（国际视点）
本报伦敦10月8日电  （记者王立齐）英国首相
日前向欧盟提交了新的“脱欧”协议方案，试图
打破僵局。欧盟方面表示，新方案仍有不少问
题需要解决，双方分歧依然较大。
分析人士认为，距离“脱欧”期限只剩三周，
英国议会内部的分歧也未弥合，前景仍不明朗。
"""


def test_a_headline_wrapped_before_a_short_tail_is_not_a_kicker_over_it():
    page = newsie.parse(SHORT_TAIL_PAGE, issue_date="2019-10-09")
    [article] = page.articles
    assert article.kicker is None
    assert article.headline.text == "北欧新提案难解“能源”困局"
    assert article.column.text == "国际视点"


# A title in large type wrapped at a measure narrower than the body's column (a PDF's headline
# in one column): two lines of one width over a shorter last line, the first worded as a kicker
# would be (某某负责人表示). The three lines are one headline, not a kicker over a headline.
MEASURE_BODY = """本报济南10月8日电（记者王海）省教
育厅近日下发通知，要求各地各校把校
园食品安全作为开学工作的重中之重，
落实校长负责制，严格食材采购查验。
通知指出，各地要开展学校食堂专
项检查，发现问题限期整改到位。"""


@pytest.mark.parametrize("lines", [("市卫健委负责人表示", "流感疫苗接种工作将", "全面展开"),
                                   ("区政府负责人介绍说", "老城区雨污分流改造", "年底完工")])
def test_a_title_wrapped_at_a_narrow_measure_over_a_short_last_line_is_one_headline(lines):
    text = "\r\n".join([*lines, *MEASURE_BODY.split("\n")]) + "\r\n"
    (article,) = newsie.parse(text, issue_date="2019-10-09").articles
    assert article.kicker is None
    assert article.headline.text == "".join(lines)
    assert "".join(article.paragraphs[0].text.split()).startswith("省教育厅近日下发通知")


# A headline over a dash subtitle that the reflow joined into one line wider than the
# column: the heading model, fitted on one draw of the dev layouts, doubts the pair (about
# 0.14), and the pairing then ran the second article into the first.
DASH_SUBTITLE_PAGE = """第五轮经贸工作层磋商在华盛顿收官
本报华盛顿10月11日电（记者
张明）两国经贸磋商11日在华盛顿
结束，双方在多个领域取得进展。
双方表示，将抓紧工作，及早确定
下一阶段协议文本，并继续推进后
续磋商。有关专家认为，此轮磋商
成果有利于稳定市场预期。
开创两国合作新局面
——两国领导人第三次会晤
在各界引起热烈反响
10月11日至12日，两国领导人
在海滨城市举行第三次会晤，就双
边关系和共同关心的问题坦诚、深
入交换意见。两国各界人士认为，
这次会晤加深了相互了解，为下一
阶段的双边关系规划了蓝图。
“保持战略沟通对发展两国关系
非常关键。”一位学者说，两国应
把握合作大方向，携手实现共同发
展，为地区繁荣作出贡献。
"""


def test_a_title_over_a_dash_subtitle_heads_an_article():
    page = newsie.parse(DASH_SUBTITLE_PAGE, issue_date="2019-10-13", page=3)
    assert [a.headline.text for a in page.articles] == ["第五轮经贸工作层磋商在华盛顿收官", "开创两国合作新局面"]
    talks = page.articles[1]
    assert [s.text for s in talks.subheadlines] == ["——两国领导人第三次会晤在各界引起热烈反响"]
    assert talks.paragraphs[0].text.startswith("10月11日至12日，两国领导人")
    assert page.articles[0].body.endswith("此轮磋商成果有利于稳定市场预期。")


# A quoted title wrapped over two lines (its first fills the column) above a dash subtitle:
# the reflow ran both lines into the paragraph above, whose last sentence closed; a subtitle
# follows its title, never a paragraph (session 82).
QUOTED_TITLE_OVER_DASH_PAGE = """两国新一轮经贸磋商结束
本报上海10月11日电（记者
张明）两国经贸代表11日结束
新一轮磋商。
双方商定，下月继续就协议的
具体条款交换意见，争取尽早
落实成果，让市场主体吃定心丸。
“守住绿水青山，就是守住‘金山
银山’”
——山区群众谈生态保护
本报杭州10月12日电（记者
李华）连日来，记者走访多个山区
村庄，群众纷纷表示，生态好了，日
子也越过越红火。
“过去砍树卖钱，现在护林挣钱。”
一位护林员说，村里的竹林和茶园
引来四方游客，村民腰包一年比
一年鼓。
"""


def test_s82_a_quoted_title_wrapped_over_two_lines_above_a_dash_subtitle_heads_an_article():
    page = newsie.parse(QUOTED_TITLE_OVER_DASH_PAGE, issue_date="2019-10-13", page=3)
    assert [a.headline.text for a in page.articles] == ["两国新一轮经贸磋商结束", "“守住绿水青山，就是守住‘金山银山’”"]
    assert [s.text for s in page.articles[1].subheadlines] == ["——山区群众谈生态保护"]
    assert page.articles[0].body.endswith("让市场主体吃定心丸。")
    assert page.articles[1].paragraphs[0].text.startswith("连日来，记者走访")


# A kicker set wider than its column, with no dash, over a quoted headline that the reflow ran
# into the paragraph below it (as on some real pages): the quoted line is cut off as the
# headline, the wide line is its kicker, not a section head's label (session 83).
WIDE_KICKER_QUOTED_TITLE_PAGE = """山区学校迎来新校舍
本报昆明10月8日电（记者
张明）山区小学的新校舍日前
交付使用，三百多名孩子搬进
了明亮的教室。校长说，新校
舍配齐了图书室和实验室，孩
子们再也不用挤在旧平房里上
课了。家长们说，孩子们回家
后总爱讲学校里的新鲜事。
（本报昆明电）

中老合作职业培训项目受到两国青年和家长普遍好评
“这门手艺能让我们一家人过上好日子”
新学期开始，首批五十名学员走进培
训中心，学习汽车维修和电工技能。
培训中心的主管说，课程由两国教师
共同讲授，学员结业后可到合作企
业就业，目前已有多家企业前来洽谈
用工。学员们说，这门手艺学成了，
回到村里也能开个修理铺，日子一天
比一天有奔头。
（本报万象电）
"""


def test_s83_a_quoted_title_run_into_the_text_under_a_wide_kicker_heads_the_article(monkeypatch):
    _orient_reflow(monkeypatch, "好日子”", parted="普遍好评")
    page = newsie.parse(WIDE_KICKER_QUOTED_TITLE_PAGE, issue_date="2019-10-09", page=3)
    assert [a.headline.text for a in page.articles] == ["山区学校迎来新校舍", "“这门手艺能让我们一家人过上好日子”"]
    second = page.articles[1]
    assert second.kicker.text == "中老合作职业培训项目受到两国青年和家长普遍好评"
    assert second.paragraphs[0].text.startswith("新学期开始，首批五十名学员")
    assert "好日子" not in second.body


# A line of prose closing on a colon over a line opening on the quote it announces (…居民某某感慨：
# / “以前…”): what is said goes on in the paragraph that announces it (session 83).
QUOTE_AFTER_COLON_PAGE = """老街巷换新颜
本报成都10月9日电（记者许
某）经过半年改造，城东的几条
老街巷换了新模样：路面平整了，
墙面干净了，小广场上还添了健
身器材。在这里住了四十多年的
居民王大爷感慨：
“以前一下雨就是一脚泥，现在
出门散步舒心多了。”
社区负责人说，改造前先后召开
了十多次居民议事会，大家的意
见都体现在了方案里。
"""


def test_s83_a_quote_announced_by_a_colon_stays_in_its_paragraph():
    page = newsie.parse(QUOTE_AFTER_COLON_PAGE, issue_date="2019-10-10", page=3)
    (article,) = page.articles
    first, second = article.paragraphs
    assert first.text.endswith("居民王大爷感慨：“以前一下雨就是一脚泥，现在出门散步舒心多了。”")
    assert second.text.startswith("社区负责人说")


# A round-up's closing note naming many reporters, wrapped over four lines of the column
# after the last sentence, on its line (set in narrow columns, the PDF's text joins them all
# into the last paragraph): the note is the article's byline, not its body.
LONG_CLOSING_NOTE_PAGE = _RENOVATION + """的满意度和获得感都在不断提升。 （综
合本报记者张明、李华、王芳、赵强、
刘洋、陈静、杨帆、周涛、吴迪、孙丽、
马超、朱琳、胡军、郭亮、何平、罗斌
报道）
""" + "青少年科创大赛在杭州落幕\n" + _CONTEST


def test_a_closing_note_wrapped_over_several_lines_is_cut_out_of_the_last_paragraph():
    page = newsie.parse(LONG_CLOSING_NOTE_PAGE, issue_date="2019-10-13")
    first = page.articles[0]
    assert first.headline.text == "多地推进老旧小区改造惠及居民"
    assert first.paragraphs[-1].text.endswith("都在不断提升。")
    assert "综合" not in first.body and "郭亮" not in first.body
    reporters = [r for b in first.bylines for r in b.reporters]
    assert {"张明", "李华", "郭亮"} <= set(reporters)


# Heading roles (session 7). A couplet title whose second half carries the column tag:
# the tag makes the halves look unequal, and the first was read as a kicker.
TAG_COUPLET_PAGE = """“我们要把这份手艺传下去。”老人
说，如今村里的年轻人也开始学
做竹编，订单越来越多。
山乡巨变
绿意盎然（美丽中国）
本报记者 王 明
秋日的溪口村，青山环抱，溪水
潺潺。村道两旁，新栽的桂花树
长势正旺，白墙黛瓦的民居错落
有致。
“过去这里是出了名的穷村，如
今成了远近闻名的景区。”村党支
部书记李建国说。
"""


def test_a_couplet_title_with_its_column_tag_is_one_headline():
    page = newsie.parse(TAG_COUPLET_PAGE, issue_date="2019-10-14")
    article = next(a for a in page.articles if a.column is not None)
    assert article.kicker is None
    assert article.headline.text == "山乡巨变 绿意盎然"
    assert article.column.text == "美丽中国"


# The column tag closes the headline: the line below it is its subtitle, not a headline
# under a kicker.
AFTER_TAG_PAGE = """“我们要把这份手艺传下去。”老人
说，如今村里的年轻人也开始学
做竹编，订单越来越多。
前三季度农产品出口稳中有升（权威发布）
民营企业成为拉动增长的主要力量
本报北京10月14日电  （记者林立）
海关总署14日发布数据，前三季
度我国农产品出口总值同比增长
百分之五点二，增速比上半年加
快零点八个百分点。
"""


def test_the_line_below_a_title_closed_by_its_column_tag_is_its_subtitle():
    page = newsie.parse(AFTER_TAG_PAGE, issue_date="2019-10-14")
    article = next(a for a in page.articles if a.headline is not None)
    assert article.kicker is None
    assert article.headline.text == "前三季度农产品出口稳中有升"
    assert [s.text for s in article.subheadlines] == ["民营企业成为拉动增长的主要力量"]
    assert article.column.text == "权威发布"


# A series piece's short line over its title, the title closed by the series tag in brackets:
# the roles read the short line as a column tag, and the bracket gives the article its column.
# The line is the kicker, not text that no field holds (session 80).
TAGGED_UNDER_LABEL_PAGE = """第一座图书馆
书香飘进某某村（新中国的“第一”·70年）
多年以前，某某村的村民们凑钱
买书，在村委会腾出的一间平房里办起了
图书室，农闲时节，屋里常常坐满了人。
如今，这间图书室已经扩建成两层小楼，
藏书两万多册，还开通了电子阅览室，
每天都有不少孩子放学后来这里看书。
"""


@pytest.mark.parametrize("after", [False, True])
def test_s80_a_label_over_a_title_closed_by_its_series_tag_is_the_kicker(after):
    head, _, body = TAGGED_UNDER_LABEL_PAGE.partition("（新中国的“第一”·70年）\n")
    head += "（新中国的“第一”·70年）\n"
    page = newsie.parse(body + head if after else head + body, issue_date="2019-10-05")
    article = next(a for a in page.articles if a.headline is not None)
    assert article.headline.text == "书香飘进某某村"
    assert article.column.text == "新中国的“第一”·70年"
    assert article.kicker is not None and article.kicker.text == "第一座图书馆"


# A heading group that no article takes (left over by the pairing with no run to head) holds
# text that is in no record: the page says so, with the group's source offsets (session 80).
def test_s80_a_heading_group_no_article_takes_is_named_in_the_warnings(monkeypatch):
    from newsie.extractors.segment import segmenter as S

    pair = S.segment_blocks

    def leave_over_the_first_heading(doc, blocks, orientation, page):
        runs, leftovers, captions = pair(doc, blocks, orientation, page)
        first = runs[0]
        leftovers = leftovers + [first.heading]
        first.heading = None
        return runs, leftovers, captions

    monkeypatch.setattr(S, "segment_blocks", leave_over_the_first_heading)
    page = newsie.parse(AFTER_PAGE, issue_date="1998-01-05")
    (note,) = [w for w in page.warnings if "placed in no article" in w]
    start = AFTER_PAGE.index("\n" + _AFTER_LINES[5]) + 1  # the title's line, then the name's under it
    end = start + len(_AFTER_LINES[5]) + len(_AFTER_LINES[6].rstrip())
    assert note == f"1 heading group(s) placed in no article, at source offsets {start}-{end}"
    assert page.articles[0].headline is None


# A letter-spaced headline under a kicker set plainly: two roles, not one two-line headline.
SPACED_UNDER_KICKER_PAGE = """据新华社斯德哥尔摩10月12日电  12日，
在瑞典进行的国际乒联巡回赛瑞典站男
单决赛中，中国队选手许昕以4比2战胜
队友，夺得冠军。
这是许昕本赛季第二个巡回赛男单
冠军。赛后他表示，“还有很多地方需
要提高，下一步要把发球练得更好。”
国际乒联巡回赛瑞典站
许 昕 男 单 夺 冠
本报北京10月12日电  （记者刘硕）
第十一届全国少数民族传统体育运动
会12日在郑州闭幕，来自全国各地的
运动员参加了十七个大项的比赛。
本届运动会共设竞赛项目十七个，
表演项目一百九十四个。
民族运动会郑州闭幕
"""


def test_a_letter_spaced_headline_under_a_plain_kicker_keeps_them_apart():
    page = newsie.parse(SPACED_UNDER_KICKER_PAGE, issue_date="2019-10-13")
    first = page.articles[0]
    assert first.kicker.text == "国际乒联巡回赛瑞典站"
    assert first.headline.text == "许昕男单夺冠"


# A title whose bracketed series tag wraps over several lines keeps them all: no line
# inside the open bracket starts the headline below a kicker.
OPEN_TAG_PAGE = """清晨，山间雾气还未散尽，村民

们已经在茶园里忙碌起来。这片

茶园，是陈立新带着大家一锄一

锄开出来的。去年冬天，他因病

辞世，乡亲们自发为他送行。

在村委会门前的“心愿榜”上，

“让茶园富起来”一行大字依旧
清晰。

为了乡亲们的好日子（守初心
担使命
找差距
抓落实·扎实推进“不忘初心、牢记使命”主题教育·榜样的初
心故事）

——追记福建某村党支部原书记陈立新
本报记者 王 明

秋日的溪口村，青山环抱，溪水

潺潺。村道两旁，新栽的桂花树

长势正旺，白墙黛瓦的民居错落

有致。

山乡巨变绿意盎然
"""


def test_a_title_s_series_tag_wrapped_over_lines_stays_in_the_headline():
    page = newsie.parse(OPEN_TAG_PAGE, issue_date="2019-10-08")
    first = page.articles[0]
    assert first.kicker is None
    assert first.headline.text.startswith("为了乡亲们的好日子（守初心")
    assert first.headline.text.endswith("榜样的初心故事）")
    assert [s.text for s in first.subheadlines] == ["——追记福建某村党支部原书记陈立新"]


# A picture story (图片报道) between two articles: a short title over one short paragraph, the
# photo's text, with a headline beyond doubt under it. The heading model reads a short title
# between two runs as a section head (about 0.1-0.3), and the pairing took it into the
# article above.
PICTURE_STORY_PAGE = """秋粮收获进度过半
本报北京10月12日电  （记者李晓明）农业农村
部最新农情调度显示，全国秋粮已收获过半，进度
同比略快。各地抢抓晴好天气，组织农机跨区作业，
确保颗粒归仓。
农业农村部相关负责人介绍，今年秋粮播种面积
稳定，单产有望提高，全年粮食产量将保持在较高
水平。各地要加强烘干、仓储等设施建设，减少粮
食产后损失，切实保障农民种粮收益。
金色田野
10月11日，安徽省凤台县农民驾驶收割机在田间收获水稻。
城乡居民医保财政补助标准提高——
每人每年新增三十元
本报北京10月12日电  （记者王君平）国家医保
局、财政部日前联合印发通知，明确今年城乡居民
医保人均财政补助标准新增三十元，同步提高个人
缴费标准。
通知要求，各地要做好新增资金的落实，确保
居民待遇水平不降低，进一步减轻群众就医负担。
"""


def test_a_picture_story_between_two_articles_is_an_article_of_its_own():
    page = newsie.parse(PICTURE_STORY_PAGE, issue_date="2019-10-13", page=4)
    assert [a.headline.text for a in page.articles] == ["秋粮收获进度过半", "金色田野", "每人每年新增三十元"]
    photo = page.articles[1]
    assert [p.text for p in photo.paragraphs] == ["10月11日，安徽省凤台县农民驾驶收割机在田间收获水稻。"]
    assert page.articles[0].section_heads == ()
    assert page.articles[0].body.endswith("切实保障农民种粮收益。")


# A white paper's numbered section heads set wider than the body's column: display type
# makes a heading, but a headline never opens on a numbering (（一）), so the heading
# model weighs them, and they stay section heads of the one article.
NUMBERED_DISPLAY_PAGE = """中国的能源发展
（2019年10月）
能源是人类文明进步的基础和动力，
攸关国计民生和国家安全。中国坚持节
约资源和保护环境的基本国策，推动能
源生产和消费革命，能源发展取得历史
性成就。
（一）能源供给能力显著增强保障水平稳步提升
经过多年发展，中国已成为世界上最
大的能源生产国，形成了煤、油、气、
电、核、新能源和可再生能源多轮驱动
的能源生产体系。
能源输送能力显著提高，建成天然气
主干管道、特高压输电线路，形成了横
贯东西、纵贯南北的能源输送网络。
（二）能源消费结构持续优化清洁能源占比明显提高
能源消费总量增长放缓，清洁能源消
费比重大幅提高，煤炭消费比重持续下
降，能源利用效率不断提升。
"""


def test_numbered_section_heads_in_display_type_stay_in_their_article():
    page = newsie.parse(NUMBERED_DISPLAY_PAGE, issue_date="2019-10-13", page=10)
    [paper] = page.articles
    assert paper.headline.text == "中国的能源发展"
    assert [s.text for s in paper.section_heads] == [
        "（一）能源供给能力显著增强保障水平稳步提升", "（二）能源消费结构持续优化清洁能源占比明显提高"]
    assert paper.body.endswith("能源利用效率不断提升。")


# A commentary's summary sentence set between its headline and its body, in display type
# like the headline, with no full stop: the role model read it as the headline and the
# headline as its kicker; it opens the body.
PULL_QUOTE_PAGE = """社区食堂开进老街巷
本报杭州10月9日电（记者王
晓明）杭州市上城区近日新开
了12家社区食堂，为辖区老人
提供平价午餐和送餐上门服务。
据介绍，食堂由街道提供场地，
引入专业餐饮企业运营，老人凭
卡就餐可享受八折优惠。
守护好群众的“钱袋子”
让监管跑在风险前面，让群众的钱袋子更安全
近来，一些打着“高收益、零风险”
旗号的理财骗局，把目光盯上了老
年人。骗子们先以小恩小惠拉近关
系，再一步步诱导老人投入积蓄，
等到资金链断裂，往往血本无归。
防范此类骗局，既要靠老人提高警
惕，更要靠监管部门主动作为，把
风险挡在门外。
"""


def test_a_summary_sentence_under_a_headline_opens_the_body():
    page = newsie.parse(PULL_QUOTE_PAGE, issue_date="2019-10-10", page=5)
    assert [a.headline.text for a in page.articles] == ["社区食堂开进老街巷", "守护好群众的“钱袋子”"]
    note = page.articles[1]
    assert note.kicker is None
    assert note.paragraphs[0].text == "让监管跑在风险前面，让群众的钱袋子更安全"


# A page printing each headline after its body, and the next article's column tag first,
# before that article's body: the tag joined the headline above it, and the role model read
# the tag as that headline.
COLUMN_FIRST_PAGE = """本报北京10月10日电（记者李
明）记者从交通运输部获悉，前三
季度全国完成交通固定资产投资
2.3万亿元，同比增长3.1%。
其中，农村公路完成投资3200
亿元，新改建农村公路20万公里。
交通投资保持平稳增长
共和国的“首个”·交通篇
1956年，我国第一条完全自主设
计、自主施工的公路建成通车，结
束了当地不通公路的历史。
几十年来，一代代筑路人接续奋斗，
让天堑变通途。
第一条自主修建的公路
"""


def test_a_column_tag_set_before_the_next_body_is_not_the_headline_above_it():
    page = newsie.parse(COLUMN_FIRST_PAGE, issue_date="2019-10-11", page=4)
    assert [a.headline.text for a in page.articles] == ["交通投资保持平稳增长", "第一条自主修建的公路"]
    assert page.articles[0].column is None
    assert page.articles[1].column.text == "共和国的“首个”·交通篇"


# A feature of three profiles, each under a two-line head (a person, then a phrase) cut to
# one pattern: the heading model doubts each alone, the page's pairing gave each its own
# article; twins on one page are one article's section heads.
TWIN_HEADS_PAGE = """守护绿水青山的人们
今年以来，各地涌现出一批投身
生态保护的普通人。他们扎根一线，
用行动诠释着人与自然和谐共生的理
念。记者近日走访三地，记录下他们
的故事。
治沙能手张立平
让荒漠披上绿装
五十多岁的张立平，脸上刻满了
风沙的痕迹。二十年前，他承包了村
外的一片沙地，开始种树。
起初，树苗一场大风就被刮倒。
他四处请教专家，摸索出草方格固沙
的办法，成活率一年年提高。如今，
这片沙地已是郁郁葱葱的林场。
护林员刘春梅
守着大山不言累
刘春梅是村里唯一的女护林员。
每天清晨，她背上水壶和干粮，沿着
山路巡护，一走就是几十里。
十年来，她管护的林区没有发生
一起火灾。她说，看着山上的树一年
比一年多，心里就踏实。
环保志愿者陈晓
带着孩子识鸟类
陈晓是一名中学教师，也是当地
观鸟协会的志愿者。周末，她常带着
学生到湿地观察鸟类，讲解保护知识。
在她的带动下，越来越多的家长
和孩子加入进来，湿地周边的护鸟队
伍不断壮大。
"""


def test_doubtful_two_line_heads_cut_to_one_pattern_are_section_heads():
    page = newsie.parse(TWIN_HEADS_PAGE, issue_date="2019-10-03", page=5)
    assert [a.headline.text for a in page.articles] == ["守护绿水青山的人们"]
    assert [s.text for s in page.articles[0].section_heads] == [
        "治沙能手张立平", "让荒漠披上绿装", "护林员刘春梅", "守着大山不言累", "环保志愿者陈晓", "带着孩子识鸟类"]


# A box label (核心阅读) under a headline, as a PDF's text gives it: the box's first line
# broken off by the reflow (no indent, a word cut at the line end) stood between two runs
# as a doubtful heading group and headed an article of its own.
BOX_LABEL_PAGE = "\r\n".join([
    '新车型、新线路，城市公交再提速',
    '“蓝鲸 3”号 驶上快速路',
    '本报记者 李明远',
    '核心阅读',
    '全省首批自主研发的氢能公',
    '交通示范车队“蓝鲸 3”号 15',
    '日首发试运，它将与“白鲸”号',
    '一起开启“双鲸领航”时代。本',
    '次城市公交的车载监测调度设备',
    '也纷纷升级，这将助力多线路联',
    '合调度、优化换乘站等任务的完',
    '成。',
    '从 2009 年全市首次投放纯',
    '电动公交车开始，到如今全市公',
    '交电动化已走过了 10个年头。',
    '今年，正值市公交集团成立 60',
    '周年，快速线开通 10 周年，地',
    '铁网开通 5 周年……10 月 15 日，',
    '全市第三十六条快速公交线将从',
    '城东出发，再驶上城西快速路试',
    '运行。',
    '新搭档',
    '“双鲸”并行跑快线',
    '这次城市公交线试运的最大',
    '亮点，是全省首批自主研发的氢',
    '能公交车示范车队——“蓝鲸 3”',
    '号上路运营，并与“白鲸”号一',
    '起“双鲸领航”，开启城市公交',
    '运营新格局。',
    '“双鲸领航”背后有着多重',
    '考量。',
]) + "\r\n"


def test_a_doubtful_group_under_a_box_label_is_the_box_text():
    page = newsie.parse(BOX_LABEL_PAGE, issue_date="2019-10-15", page=12)
    assert [a.headline.text for a in page.articles] == ["“蓝鲸3”号 驶上快速路"]
    assert "全省首批自主研发的氢能公" in [s.text for s in page.articles[0].section_heads]


# A page printing each headline after its body: a dateline set on a line of its own, and
# the short first line of the text it opens broken off by the reflow, which made that line
# a doubtful heading group and an article of its own with no body.
DATELINE_LINE_PAGE = """本报北京10月8日电（记者王
晓）国家统计局8日发布数据，前
三季度全国规上工业企业增加值
同比增长5.6%，其中高技术制造
业增加值增长8.7%，增速明显快
于全部规模以上工业。
国家统计局有关负责人表示，
工业生产总体平稳，结构持续优
化，新动能加快成长。
前三季度工业生产总体平稳
新华社北京 10 月 9日电
10月 8 日出版的第 20期
《农村工作通讯》杂志发表农业
农村部负责同志的署名文章《扎
实推进乡村产业振兴》。
文章强调，产业兴旺是乡村振
兴的重点，要把发展乡村产业作
为巩固脱贫成果的根本之策，因
地制宜培育特色产业，让农民更
多分享产业增值收益。
文章指出，各地要完善联农带
农机制，推动乡村产业高质量发
展。
《农村工作通讯》发表署名文章
"""


def test_a_doubtful_group_under_a_bare_dateline_is_not_a_headline():
    page = newsie.parse(DATELINE_LINE_PAGE, issue_date="2019-10-09", page=4)
    assert [a.headline.text for a in page.articles] == ["前三季度工业生产总体平稳", "《农村工作通讯》发表署名文章"]
    # (session 63: a line under a bare dateline is read as the text's, no heading: its first paragraph)
    assert page.articles[1].paragraphs[0].text.startswith("10月8日出版的第20期")
    assert not page.articles[1].section_heads


# Column tags on a line of their own over the headline, set like a heading line: standing
# columns (权威发布, 生活漫步) that the masthead list lacked read as the headline, the real
# headline as its subtitle, and the page as one article.
STANDING_COLUMN_PAGE = """权威发布
前三季度全国网上零售额增长16.8%
本报北京10月15日电（记者王
珂）商务部新闻发言人15日表示，
前三季度全国网上零售额达7.3万
亿元，同比增长16.8%，比社会消
费品零售总额增速高8.6个百分点。
其中，实物商品网上零售额5.8万
亿元，同比增长20.5%。
生活漫步
小小收音机里的大时代
上世纪五十年代，一台收音机是许
多家庭最贵重的家当。一家人围坐
在收音机旁，听新闻、听戏曲，是
那个年代最温暖的记忆。
如今，手机、平板随手可得，人们
获取信息的方式早已天翻地覆。
"""


def test_a_standing_column_on_its_own_line_is_a_column_tag_not_the_headline():
    page = newsie.parse(STANDING_COLUMN_PAGE, issue_date="2019-10-16", page=2)
    assert [a.headline.text for a in page.articles] == ["前三季度全国网上零售额增长16.8%", "小小收音机里的大时代"]
    assert [a.column.text for a in page.articles] == ["权威发布", "生活漫步"]


# A kicker naming who acts (中央气象台发布…) over a letter-spaced headline of nearly its length:
# nothing in the widths parts them, and the role model read the two lines as one headline.
ACTOR_KICKER_PAGE = """长江流域严打非法采砂
本报北京10月20日电（记者张
天培）公安部20日通报，今年以来
各地公安机关共破获非法采砂案件
1200余起，抓获犯罪嫌疑人3000余
名，查扣采砂船只500余艘。
对此，有关部门部署沿江流域多
省（市）执法力量联手开展专项行
动，依法整治非法采砂违法行为。
中央气象台发布寒潮蓝色预警
中 东 部 地 区 气 温 将 明 显 下 降
本报北京 10 月 20 日电
（记者刘毅）受寒潮影响，20日
至 22 日，我国中东部各地将有一次
大范围大风降温过程，气温普遍下降
6 ℃—10℃，局地降温可达 12℃以上。
气象专家提醒，公众应及时添衣保
暖，做好防风防寒准备。
"""


def test_a_kicker_naming_who_acts_is_not_read_into_the_headline_below_it():
    page = newsie.parse(ACTOR_KICKER_PAGE, issue_date="2019-10-21", page=4)
    assert [a.headline.text for a in page.articles] == ["长江流域严打非法采砂", "中东部地区气温将明显下降"]
    assert page.articles[1].kicker.text == "中央气象台发布寒潮蓝色预警"


# A kicker that is a body's name alone, over a headline saying what it did, where the body
# repeats the two as one sentence (国家卫生健康委通报10起…): the line break looked like a word
# the title wrapped, and the two lines stayed one headline.
NAME_KICKER_PAGE = """国家卫生健康委
通报十起医疗乱象典型案例
本报北京10月12日电（记者白
剑峰）日前，国家卫生健康委通报
10起医疗乱象典型案例，涉及虚假
宣传、过度诊疗、违规收费等问题。
通报要求，各地要举一反三，严肃
查处违法违规行为。
"""


def test_a_kicker_that_is_a_body_s_name_alone_is_not_a_wrapped_headline():
    page = newsie.parse(NAME_KICKER_PAGE, issue_date="2019-10-13", page=4)
    (article,) = page.articles
    assert article.kicker.text == "国家卫生健康委"
    assert article.headline.text == "通报十起医疗乱象典型案例"


# A subtitle that opens on a verb with no subject of its own (开始对…), under a letter-spaced
# headline: it goes on the headline's subject, so it is the subtitle, not the headline's
# second line.
VERB_SUBTITLE_PAGE = """李 克 强 抵 达 曼 谷

开始对泰国进行正式访问
本报曼谷11月2日电 （记者王

云松、赵益普）国务院总理李克强2

日乘专机抵达曼谷，开始对泰国进行

正式访问。

当地时间下午3时许，专机抵达曼

谷廊曼国际机场。泰国政府高级官员

到机场迎接，当地华侨华人和中资企

业代表挥舞两国国旗热烈欢迎。

"""


def test_a_line_opening_on_a_verb_without_a_subject_is_the_subtitle():
    page = newsie.parse(VERB_SUBTITLE_PAGE, issue_date="2019-11-03", page=1)
    (article,) = page.articles
    assert article.headline.text == "李克强抵达曼谷"
    assert [s.text for s in article.subheadlines] == ["开始对泰国进行正式访问"]


# A short photo caption, one sentence, right above its credit line, and a one-line caption
# with its credit on the same line: the segmenter wanted more than 25 characters of caption
# (a body's paragraph, it feared) and read both as body text.
SHORT_CAPTION_PAGE = """果农在合作社分拣新摘的苹果。
本报记者 林 涛摄
金秋果园采摘忙
本报记者 赵晓梅
时下正值苹果成熟季节，山东省
烟台市栖霞市的果园里一片繁忙，
果农们忙着采摘、分拣、装箱，一
箱箱苹果从这里运往全国各地。
今年，当地引进新品种，推广
矮砧密植栽培技术，苹果亩产和品
质都有了明显提升。
工人在车间检修设备。 本报记者 王 强摄
"""


def test_a_short_caption_above_its_credit_is_a_caption():
    page = newsie.parse(SHORT_CAPTION_PAGE, issue_date="2019-10-12", page=6)
    assert [c.text for c in page.captions] == [
        "果农在合作社分拣新摘的苹果。本报记者 林 涛摄", "工人在车间检修设备。本报记者 王 强摄"]
    assert [a.headline.text for a in page.articles] == ["金秋果园采摘忙"]
    assert all("苹果。" not in p.text[:14] for p in page.articles[0].paragraphs)


# Two photos side by side: the PDF's text runs their captions together on one line, the
# first one's credit in the middle. A credit that another caption follows closes its caption.
SIDE_BY_SIDE_CAPTIONS_PAGE = """图①：游客在古城墙下拍照留念。 本报记者 张 文摄 图②：市民在广场观看灯光秀。 李 明摄（影像中国）
假日文旅市场持续升温
本报记者 周 航
国庆假期，各地文旅市场持续
升温，热门景区游人如织，夜游、
演艺、研学等新业态备受青睐。
据统计，假期前三天，全市接待
游客同比增长一成以上。
"""


def test_a_credit_between_two_captions_on_one_line_parts_them():
    page = newsie.parse(SIDE_BY_SIDE_CAPTIONS_PAGE, issue_date="2019-10-04", page=7)
    assert [c.text for c in page.captions] == [
        "图①：游客在古城墙下拍照留念。本报记者 张 文摄", "图②：市民在广场观看灯光秀。李 明摄（影像中国）"]
    assert [a.headline.text for a in page.articles] == ["假日文旅市场持续升温"]


# A caption set wider than the column, whose first line the reflow broke off (in PDF text,
# where the widths of the page's columns mislead it): a line stopping mid-word (…送上喜气 /
# 洋洋的“福”字。) right above the caption's tail is the caption's first line, not a title.
def test_a_caption_line_broken_off_above_its_tail_is_the_caption():
    from newsie.extractors.segment import BODY, CAPTION, CREDIT, TITLE, Block
    from newsie.extractors.segment.grouping import _group

    lines = [
        (TITLE, "园林游持续火热", {}),
        (BODY, "国庆假期，苏州古典园林迎来客流高峰，园林部门实行分时预约，景区秩序井然。", {"n_lines": 3}),
        (TITLE, "苏州市拙政园景区工作人员为游客们送上喜气", {"wider": True}),
        (CAPTION, "洋洋的“福”字。本报记者 尹 峰摄", {}),
        (BODY, "假期前三天，全市重点景区接待游", {}),
        (BODY, "10月2日，游客在网师园观看昆曲表演。", {}),
        (CREDIT, "孙 晴摄（影像中国）", {}),
    ]
    blocks, at = [], 0
    for i, (kind, text, kw) in enumerate(lines):
        blocks.append(Block(i, at, at + len(text), text, kind=kind, **kw))
        at += len(text) + 1
    seq, captions = _group(blocks)
    assert [b.index for b in captions] == [2, 3, 5, 6]
    assert [b.index for x in seq for b in (x if isinstance(x, list) else x.blocks)] == [0, 1, 4]


# A caption in the column's width, its credit closing its last line, and the next article's
# headline right below it: the reflow ran the caption on into the headline. A credit closing
# a caption ends its paragraph.
CREDIT_THEN_HEADLINE_PAGE = """图①：游客在拙政园荷花池畔拍照
留念。
本报记者 尹 峰摄
图②：网师园夜游中，演员
表演昆曲。 新华社记者 孙 晴摄
园林里的假日
本报记者 孙 晴
“园林好，好在四季有景。”
10 月 3日上午，苏州古典
园林迎来客流高峰，拙政园、
留园、网师园等景区推出夜游、
讲解、非遗展示等活动。
园林部门实行分时预约，引
导游客错峰游览，秩序井然。
"""


def test_a_credit_closing_a_caption_ends_its_paragraph():
    page = newsie.parse(CREDIT_THEN_HEADLINE_PAGE, issue_date="2019-10-04", page=9)
    assert [c.text for c in page.captions] == [
        "图①：游客在拙政园荷花池畔拍照留念。本报记者 尹 峰摄", "图②：网师园夜游中，演员表演昆曲。新华社记者 孙 晴摄"]
    assert [a.headline.text for a in page.articles] == ["园林里的假日"]


# A page whose paragraphs are parted by blank lines, a heading line wider than its narrow
# column and, right below it with no blank line, a photo caption set across the page: the
# reflow read the heading as the caption's first line (both wider than the column). A line
# far narrower than the caption line below it is a heading over the caption.
HEADING_OVER_CAPTION_PAGE = """园林里的假日

本报记者 孙 晴

国庆假期，苏州古

典园林迎来客流高

峰，拙政园、留园、

网师园等景区推出

夜游、讲解、非遗

展示等活动。

园林部门实行分时

预约，引导游客错

峰游览，秩序井然。

古城旅游持续升温平江路再现往日繁华
10 月 3 日，游客在江苏苏州平江路历史文化街区游览，青石板路两旁的老宅商铺挂起国旗。这是当日上午，街区
游人如织。

本报记者 尹 峰摄
"""


def test_a_heading_line_over_a_caption_set_across_the_page_is_no_caption_line():
    doc = Document(HEADING_OVER_CAPTION_PAGE)
    paragraphs = _paragraph_texts(doc)
    assert "古城旅游持续升温平江路再现往日繁华" in paragraphs
    assert any(p.startswith("10月3日，游客在江苏苏州平江路") for p in paragraphs)


# A caption's first two lines read as titles (and the second cut off its paragraph, so it
# shares the paragraph's index with the caption's tail): both join the caption.
def test_a_caption_opening_read_as_two_title_lines_joins_the_caption():
    from newsie.extractors.segment import BODY, CREDIT, TITLE, Block
    from newsie.extractors.segment.grouping import _group

    lines = [
        (0, BODY, "国庆假期，苏州古典园林迎来客流高峰，景区秩序井然。", {"n_lines": 3}),
        (1, TITLE, "10月3日上午，游客在江苏苏州拙政园荷花", {"wider": True}),
        (2, TITLE, "池畔拍照留念，园林部门实行分时预约引导", {"wider": True}),
        (2, BODY, "游客错峰游览。", {}),
        (3, CREDIT, "本报记者 尹 峰摄", {}),
    ]
    blocks, at = [], 0
    for i, kind, text, kw in lines:
        blocks.append(Block(i, at, at + len(text), text, kind=kind, **kw))
        at += len(text) + 1
    seq, captions = _group(blocks)
    assert [b.text[:4] for b in captions] == ["10月3", "池畔拍照", "游客错峰", "本报记者"]
    assert [b.index for x in seq for b in (x if isinstance(x, list) else x.blocks)] == [0]


# A heading line right above a photo's caption opening 图为… (no blank line between them on a
# page whose paragraphs are parted by blank lines): the reflow ran the heading into the
# caption. A line opening a caption by 图为, 图②： or 图片说明 opens a paragraph.
HEADING_OVER_PHOTO_ITEM_PAGE = """园林里的假日

本报记者 孙 晴

国庆假期，苏州古典园林迎来客流高

峰，拙政园、留园、网师园等景区推出

夜游、讲解、非遗展示等活动。

古城平江路再现往日繁华
图为游客在平江路历史文化街区游览。

本报记者 尹 峰摄
"""


def test_a_line_opening_a_caption_opens_a_paragraph():
    doc = Document(HEADING_OVER_PHOTO_ITEM_PAGE)
    paragraphs = _paragraph_texts(doc)
    assert "古城平江路再现往日繁华" in paragraphs
    assert "图为游客在平江路历史文化街区游览。" in paragraphs


# Stacked photo captions, one credited by its source only (人民视觉), which the credit
# pattern does not read: the next item's label (图⑥：) opens the next caption.
SOURCE_CREDIT_CAPTIONS_PAGE = """图⑤：渔民在码头检修渔船。 本报记者 尹 峰摄
图⑥：船工在渡口检查救生设备。 人民视觉
图⑦：游客在古镇码头乘船游览。 本报记者 孙 晴摄
水乡古镇迎客忙
本报记者 周 航
国庆假期，江南水乡古镇迎来客流
高峰，各地推出游船、非遗展示等
活动，吸引大批游客前来游览。
"""


def test_a_caption_item_label_opens_the_next_caption():
    page = newsie.parse(SOURCE_CREDIT_CAPTIONS_PAGE, issue_date="2019-10-05", page=10)
    assert [c.text[:3] for c in page.captions] == ["图⑤：", "图⑥：", "图⑦："]
    assert [a.headline.text for a in page.articles] == ["水乡古镇迎客忙"]


# A wire photo's caption closed by 新华社发 (no photographer named), in an e-paper's clean
# text (one paragraph per line): the caption is a caption, not the article's last paragraph.
WIRE_PHOTO_CLEAN_PAGE = """
中欧班列开行量稳步增长

　　本报北京10月8日电  （记者王明）今年以来，中欧班列开行量稳步增长，运输货物品类不断丰富。
　　有关负责人表示，下一步将继续优化班列线路布局，提升通关便利化水平。
　　九月三十日，装载机械、日用品、电子元件等货物的中欧班列从铁路口岸开出。这是今年从该口岸开出的第一百列班列。 新华社发
"""


def test_a_caption_closed_by_a_wire_credit_is_a_caption():
    page = newsie.parse(WIRE_PHOTO_CLEAN_PAGE, issue_date="2019-10-09", page=3)
    assert [c.text.endswith("新华社发") for c in page.captions] == [True]
    assert len(page.articles) == 1
    assert page.articles[0].paragraphs[-1].text.startswith("有关负责人表示")

# Heading groups whose roles the role model's scores alone would get wrong on a day it was not
# fitted on: a couplet title over a subtitle that says how (以展促产 / 以会兴城 / 苏州把办展会与
# 强产业有机结合), a kicker naming who published what over the claim (《半月谈》杂志发表专题评论
# 文章 / 把基层减负的各项措施落到实处). The trees are surer than they are right on unseen pages;
# their scores are damped (segment._ROLE_TEMPERATURE) so that the print-order tolls (a further
# headline line pays) weigh in.
COUPLET_OVER_SUBTITLE_PAGE = """本报苏州10月20日电  
（记者周航）第二十届中国苏州电
子信息博览会20日闭幕。本届展
会为期三天，吸引了来自十六个国
家和地区的六百余家企业参展，签
约项目一百二十个。
近年来，苏州围绕展会布局产
业链，把展会带来的客流、信息流
和资金流转化为产业发展的动力，
一批参展企业落户当地。
以展促产
以会兴城
苏州把办展会与强产业有机结合
本报南京10月20日电  
（记者孙晴）记者从江苏省交通运
输厅获悉：今年前三季度，全省完
成交通基础设施投资一千三百亿
元，同比增长百分之八。
江苏交通投资稳步增长
"""

PUBLISHER_KICKER_PAGE = """本报苏州10月20日电  （记者

周航）第二十届中国苏州电子信

息博览会20日闭幕。本届展会为期

三天，吸引了来自十六个国家和地区

的六百余家企业参展，签约项目一百

二十个。

近年来，苏州围绕展会布局产业

链，把展会带来的客流、信息流和资

金流转化为产业发展的动力，一批参

展企业落户当地。

《半月谈》杂志发表专题评论文章

把基层减负的各项措施落到实处

本报南京10月20日电  （记者

孙晴）记者从江苏省交通运输厅获

悉：今年前三季度，全省完成交通

基础设施投资一千三百亿元，同比增

长百分之八。

江苏交通投资稳步增长
"""


@pytest.mark.parametrize(("text", "kicker", "headline", "subs"), [
    (COUPLET_OVER_SUBTITLE_PAGE, None, "以展促产 以会兴城", ["苏州把办展会与强产业有机结合"]),
    (PUBLISHER_KICKER_PAGE, "《半月谈》杂志发表专题评论文章", "把基层减负的各项措施落到实处", []),
])
def test_damped_role_scores_let_print_order_decide(text, kicker, headline, subs):
    page = newsie.parse(text, issue_date="2019-10-21", page=5)
    first = page.articles[0]
    assert (first.kicker.text if first.kicker else None) == kicker
    assert first.headline.text == headline
    assert [s.text for s in first.subheadlines] == subs
    assert page.articles[1].headline.text == "江苏交通投资稳步增长"
# A page-1 part closed by （下转第3版） under a feature with in-body section heads, then the
# next article under a headline worded like those section heads: the part ends at its
# marker, so the heading after it is never taken in as a section head of the jumped article.
JUMP_THEN_SECTION_LIKE_HEADLINE_PAGE = """金秋时节稻谷飘香

　　国庆假期，湖南各地晚稻陆续进入收割
期，田间地头一派繁忙景象，农机手驾驶收
割机在金黄的稻田里来回穿梭。
科技助力，丰收底气更足
　　“今年雨水调匀，晚稻长势比往年好。”
益阳市赫山区种粮大户李建国说，合作社
三百多亩晚稻预计亩产超过一千斤，村里
的烘干中心也已开足马力。
服务到田，种粮收益更稳
　　在常德市鼎城区，农技人员分片包干，
把烘干、仓储、销售等服务送到田间地头，
种粮大户的心里更踏实了。（下转第3版）
乡村大舞台，唱响丰收歌
　　夜幕降临，村口的文化广场上灯火通
明，村民们自编自演的花鼓戏、三句半轮
番登场，台下掌声笑声此起彼伏。
节目接地气，村民爱来看
　　“过去看戏要赶十几里路，现在家门口
就有舞台。”七十岁的村民张秀英说，村里
的文艺队每周排练两次，节目全是身边事。
"""


def test_a_heading_after_a_jump_marker_is_never_a_section_head_of_the_jumped_part():
    page = newsie.parse(JUMP_THEN_SECTION_LIKE_HEADLINE_PAGE, issue_date="2019-10-06", page=1)
    heads = _headlines(page)
    assert heads == ["金秋时节稻谷飘香", "乡村大舞台，唱响丰收歌"]
    jumped, stage = page.articles
    assert jumped.continued_to == 3 and jumped.body.endswith("种粮大户的心里更踏实了。")
    assert stage.continued_to is None and stage.body.startswith("夜幕降临")


# A jump part (上接第1版) whose letter-spaced section head the segmenter reads as its
# headline: the part is cut in two on page 10, and only the second piece carries the
# headline of the page-1 article. The issue joins both pieces to the page-1 part.
JUMP_FIRST_PAGE = """江南古镇焕新颜

　　本报杭州10月8日电（记者王林）国庆假
期，浙江各地古镇游人如织。近年来，当地
坚持保护与发展并重，修缮老街古宅，引入
非遗工坊，古镇面貌焕然一新。（下转第10版）
"""
JUMP_PART_WITH_SECTION_HEAD_PAGE = """　　本报上海10月8日电（记者陈晨）上海
今天发布新一批公共文化服务项目，涵盖
图书馆、美术馆、社区文化中心等场馆。

公共文化服务再扩容

（上接第1版）在嘉善县西塘镇，烟雨长廊
下的老字号重新开张，手工艺人现场展示
竹编、蓝印花布等技艺，吸引不少游客驻
足观看。
　　“过去老街冷冷清清，如今一到节假日就
热闹起来。”经营糕点铺的沈师傅说。
理 念 之 变
　　古镇改造中，当地坚持修旧如旧，不拆
真遗存，不建假古董，请老匠人按原工艺
修缮门窗、石桥和河埠头。
　　“古镇的魅力就在于原汁原味。”镇文旅
负责人说，下一步将继续完善交通、停车
等配套设施，让游客来得了、留得住。

江南古镇焕新颜
"""


def test_a_jump_part_cut_at_a_section_head_is_joined_whole():
    issue = newsie.parse_issue({1: JUMP_FIRST_PAGE, 10: JUMP_PART_WITH_SECTION_HEAD_PAGE}, issue_date="2019-10-09")
    jumped = next(a for a in issue.articles if a.headline and a.headline.text == "江南古镇焕新颜")
    assert jumped.body.startswith("国庆假期") and jumped.body.endswith("让游客来得了、留得住。")
    assert [p.page for p in jumped.paragraphs][:1] == [1] and jumped.paragraphs[-1].page == 10
    others = [a.headline.text if a.headline else None for a in issue.articles if a is not jumped]
    assert others == ["公共文化服务再扩容"]


# The last words of a page-1 part set apart on a line of their own (no punctuation, after a
# sentence end) right above its （下转第2版） line: they are the part's text, not the headline
# of an article holding nothing but the marker.
WORDS_BEFORE_A_BARE_MARKER_PAGE = """湖畔古村迎来新客人
本报杭州10月8日电（记者王林）国庆假期，
淳安县下姜村迎来一批又一批游客。村里的
民宿家家客满，农家乐的灶台从早忙到晚，
村民们脸上洋溢着笑容，满怀期待。
下姜村的变化已延续十多
（下转第2版）
秋收时节话丰年
本报长沙10月8日电（记者李明）连日来，湖
南各地晚稻陆续开镰收割，田间地头一派繁
忙景象，种粮大户忙着抢收抢晒。
"""


def test_the_lines_right_above_a_bare_jump_marker_end_the_jumped_part():
    page = newsie.parse(WORDS_BEFORE_A_BARE_MARKER_PAGE, issue_date="2019-10-09", page=1)
    heads = _headlines(page)
    assert heads == ["湖畔古村迎来新客人", "秋收时节话丰年"]
    village = page.articles[0]
    assert village.continued_to == 2 and village.body.endswith("下姜村的变化已延续十多")


# A page-1 lead with in-body section heads whose last section holds one short paragraph
# closed by （下转第2版）: the heading model doubts the section head over it, and without
# a rule the pairing made it the headline of an article holding only that paragraph. A
# doubtful group right above a run that jumps is a section head of the jumped article.
SECTION_HEAD_OVER_A_JUMP_PAGE = """我为家乡添光彩

本报记者 王 林

　　国庆期间，各地群众以多种形式表达对
祖国的热爱，城乡处处洋溢着节日气氛。
礼赞祖国 致敬时代
　　在湖南长沙橘子洲头，数千名市民游客
齐声合唱《我和我的祖国》，歌声响彻湘江
两岸，不少人眼含热泪。
　　在江西井冈山，前来瞻仰革命旧址的游
客络绎不绝，讲解员的故事让人动容。
感受巨变 情系家国
　　别开生面的庆祝活动在各地上演。（下转第2版）

秋收时节话丰年

　　本报长沙10月5日电（记者李明）连日来，
湖南各地晚稻陆续开镰收割，田间地头一派
繁忙景象，种粮大户忙着抢收抢晒。
"""


def test_a_doubtful_heading_right_above_a_jumping_run_is_a_section_head():
    page = newsie.parse(SECTION_HEAD_OVER_A_JUMP_PAGE, issue_date="2019-10-06", page=1)
    heads = _headlines(page)
    assert heads == ["我为家乡添光彩", "秋收时节话丰年"]
    lead = page.articles[0]
    assert lead.continued_to == 2 and [s.text for s in lead.section_heads] == ["礼赞祖国 致敬时代", "感受巨变 情系家国"]
    assert lead.body.startswith("国庆期间") and lead.body.endswith("别开生面的庆祝活动在各地上演。")


# Key points opened by ■ set under the reporters' line before the dateline of the lead
# article they sum up, its headline printed after its body: the points are the article's
# opening, not an article of their own without a headline.
BULLET_POINTS_BEFORE_A_DATELINE_PAGE = """本报记者 王 林 李 明

■ 七十年来，全省干部群众众志成城、艰

苦创业，创造了让人民引以为傲的发展奇迹。

■ 前进征程上，我们要坚持以人民为中心，

不断让老百姓的日子越过越红火。

本报长沙10月1日电 金秋十月，湘江两岸

红旗招展。10月1日上午，湖南各界群众

在长沙橘子洲头集会，热烈庆祝中华人民

共和国成立七十周年。

集会在雄壮的国歌声中开始，全场齐声高

唱，歌声响彻湘江两岸。（下转第3版）

湖南各界群众集会庆祝新中国成立七十周年

新华社长沙10月1日电 记者从湖南省文化和

旅游厅获悉，国庆假期首日，全省主要景区

接待游客人数同比增长，文旅市场平稳有序。

湖南国庆假期首日文旅市场平稳有序
"""


def test_bullet_points_before_a_dateline_open_the_article_they_sum_up():
    page = newsie.parse(BULLET_POINTS_BEFORE_A_DATELINE_PAGE, issue_date="2019-10-02", page=1)
    heads = _headlines(page)
    assert heads == ["湖南各界群众集会庆祝新中国成立七十周年", "湖南国庆假期首日文旅市场平稳有序"]
    lead = page.articles[0]
    assert lead.continued_to == 3 and lead.body.startswith("■七十年来")


# The first line of a key point opened by ■, set apart by the reflow under the reporters'
# line (no sentence end, cut mid-word): body text, never a heading or a section head.
BULLET_FIRST_LINE_PAGE = """湖南各界群众集会庆祝新中国成立七十周年
本报记者 王 林 李 明
■ 七十年来，全省干部群众众志成城、艰
苦创业，创造了让人民引以为傲的发展奇迹。今天，
三湘大地处处焕发着勃勃生机与活力，再大的困难
都阻挡不了湖南人奋进的步伐。
本报长沙10月1日电 金秋十月，湘江两岸红旗招展。
10月1日上午，湖南各界群众在长沙橘子洲头集会，
欢庆伟大祖国迎来七十华诞的喜庆时刻。
"""


def test_a_line_opened_by_a_bullet_is_body_text():
    page = newsie.parse(BULLET_FIRST_LINE_PAGE, issue_date="2019-10-02", page=1)
    (article,) = page.articles
    assert article.headline.text == "湖南各界群众集会庆祝新中国成立七十周年"
    assert not article.section_heads and article.body.startswith("■七十年来")


# A page-1 lead cut in two by a letter-spaced pull quote (read as a headline), the part
# after it carrying the 下转 marker; its jump part on page 2 repeats the real headline. The
# issue joins the article from its true headline on.
PULL_QUOTE_FIRST_PAGE = """支部如何唱好主角

　　本报记者 王 林

　　党支部是党在基层的战斗堡垒，连日来
记者在多地调研，听到最多的一句话是抓
支部关键在抓支部书记。

抓 支 部 ， 关 键 是 抓 书 记 ！

　　在湖南平江县，村党支部书记带领群众
发展油茶产业，村集体收入连年增长，村
民们的腰包鼓了起来。（下转第2版）
"""
PULL_QUOTE_JUMP_PAGE = """支部如何唱好主角

（上接第1版）在江西井冈山，支部把党员
群众聚合在一起，办起红色培训，带动全
村脱贫致富。

秋收时节话丰年

　　本报长沙10月5日电（记者李明）连日来，
湖南各地晚稻陆续开镰收割，田间地头一派
繁忙景象，种粮大户忙着抢收抢晒。
"""


def test_a_jumped_article_cut_by_a_pull_quote_is_joined_from_its_headline():
    issue = newsie.parse_issue({1: PULL_QUOTE_FIRST_PAGE, 2: PULL_QUOTE_JUMP_PAGE}, issue_date="2019-10-09")
    heads = [a.headline.text if a.headline else None for a in issue.articles]
    assert heads == ["支部如何唱好主角", "秋收时节话丰年"]
    branch = issue.articles[0]
    assert branch.body.startswith("党支部是党在基层") and branch.body.endswith("带动全村脱贫致富。")
    assert {p.page for p in branch.paragraphs} == {1, 2}


# PDF text (pypdfium2 of a laid-out page): \r\n line ends, no blank lines; a first article,
# then the heading lines given, then the second article's body lines
_PDF_FIRST_ARTICLE = [
    "四川新建改建乡村校舍一百二十所",
    "本报成都10月20日电 （记者林",
    "涛）今年以来，四川省加大对乡村",
    "学校的投入，新建和改扩建校舍一",
    "百二十所，惠及学生三万余人。",
    "据介绍，全省将继续推进乡村学",
    "校标准化建设，补齐办学条件短板。",
]


def _pdf_second_article(head: list[str], body: list[str]) -> str:
    return "\r\n".join([*_PDF_FIRST_ARTICLE, *head, *body]) + "\r\n"


def test_a_lone_last_character_of_a_wrapped_title_keeps_its_role():
    # a title in large type wrapped at its block's width, its last character alone on a line
    text = _pdf_second_article(["乡村振兴 步履不", "停"], [
        "本报凉山10月20日电 （记者周",
        "敏）走进昭觉县一所山区小学，崭",
        "新的教学楼在阳光下格外醒目。",
        "孩子们在宽敞明亮的教室里读书，",
        "操场上新铺的跑道引来阵阵欢笑。",
        "校长说，过去的土坯房已经成为历",
        "史，学校还添置了图书和电脑。",
    ])
    second = newsie.parse(text, issue_date="2019-10-21", page=6).articles[1]
    assert second.kicker is None
    assert second.headline.text.replace(" ", "") == "乡村振兴步履不停"
    assert second.paragraphs[0].text.startswith("走进昭觉县")


def test_a_title_wrapped_between_a_number_and_its_unit_is_one_headline():
    # a title in large type wrapped at its block's width right after a year
    text = _pdf_second_article(["贵州省属事业单位二〇二〇", "年度公开招聘今起报名"], [
        "本报贵阳10月20日电 （记者周",
        "敏）记者从贵州省有关部门获悉，",
        "今年前三季度，全省新增城镇就业",
        "四十余万人，就业形势总体稳定。",
        "当地还将开展职业技能培训，帮助",
        "更多群众在家门口稳定就业增收。",
    ])
    second = newsie.parse(text, issue_date="2019-10-21", page=6).articles[1]
    assert not second.subheadlines
    assert second.headline.text.replace(" ", "") == "贵州省属事业单位二〇二〇年度公开招聘今起报名"


# 分别会见 with its objects wrapped over two lines in display type: the second line lists
# only more office holders, so it is the rest of the one headline, not a headline under a
# kicker (the seed page prints 习近平分别会见伊朗总统佩泽希齐扬 / 埃及总统塞西 印度总理莫迪).
RESPECTIVELY_PAGE = """本报北京3月5日电  （记者李明）中

共中央政治局委员、外交部长王毅5日

在北京会见来华访问的法国外长巴罗。

王毅表示，中方愿同法方加强沟通，

推动双边关系稳定发展。

当天，王毅还分别会见了德国外长贝

尔伯克和意大利外长塔亚尼。双方表示，

愿同中方深化务实合作。

王毅分别会见法国外长巴罗

德 国 外 长 贝 尔 伯 克 意 大 利 外 长 塔 亚 尼

"""


def test_a_list_of_office_holders_under_fenbie_huijian_is_the_same_headline():
    page = newsie.parse(RESPECTIVELY_PAGE, issue_date="2025-03-06", page=3)
    (article,) = page.articles
    assert article.kicker is None
    assert article.headline.text.replace(" ", "") == "王毅分别会见法国外长巴罗德国外长贝尔伯克意大利外长塔亚尼"

# A feature of several parts under one headline: each part's head is set to one shape (who
# the part portrays over its title) right over a bare reporter line. Such groups are the
# parts of one article, not articles of their own (segment._parallel_parts).
PARTS_PAGE = """守护绿水青山的人们
本报记者 李 明
生态文明建设离不开每一个人的努力。
本版今天刊发几位普通人的故事，记录
他们守护绿水青山的点点滴滴。
护林老人张大山
一辈子守住一片林
本报记者 赵 亮
清晨，张大山背上水壶走进林区，这
是他巡山的第三十个年头。山上的一
草一木，他都像自家孩子一样熟悉。
“树长起来了，山就活了。”张大山说。
环保志愿者陈晓
带着孩子捡起垃圾
本报记者 孙 伟
每到周末，陈晓就带着志愿者来到河
边，捡拾垃圾、清理河道，几年下来，
参与的市民已有上千人次。
“大家一起动手，河水一年比一年清
了。”陈晓说。
湿地管护员王刚
候鸟归来添新绿
本报记者 钱 进
连日来，湿地公园迎来大批候鸟，水
鸟在芦苇间嬉戏觅食。王刚和同事们
每天巡护，记录鸟类的种类和数量。
"""


def test_parts_set_to_one_shape_over_reporter_lines_are_section_heads():
    page = newsie.parse(PARTS_PAGE, issue_date="2019-10-03", page=5)
    (article,) = page.articles
    assert article.headline.text.replace(" ", "") == "守护绿水青山的人们"
    heads = [h.text for h in article.section_heads]
    assert "一辈子守住一片林" in heads and "候鸟归来添新绿" in heads


# Voices of one feature, each signed by a line of its own under its text (——role and name)
# over the note of the reporter who wrote it up: such a lone subtitle line, two or more on a
# page, signs a part of one article and heads nothing (segment._lone_subtitles), even where
# the heading model leans the other way (a model fitted on other days: here every group it
# reads gets 0.6).
VOICES_PAGE = """普通劳动者向祖国表白——
我们的幸福生活
本报记者 李 明 王 芳
新中国成立70周年之际，几位普通劳动
者向本报记者讲述亲身经历，抒发爱国之
情、报国之志。
——编 者
这些年，村里的路修通了，水也引来
了，乡亲们的日子一天比一天红火。
我们要继续带领大家发展产业，让村
子变得更美、乡亲们的腰包更鼓。
——河北省保定市阜平县骆驼湾村
党支部书记赵亮
（本报记者孙伟采访整理）
我在公交线路上开了二十多年车，亲
眼看着城市一天天变大、变美。
乘客们的笑脸，就是对我最好的鼓励，
我会继续把每一趟车开好。
——北京公交集团第一客运分公司驾
驶员钱进
（本报记者周敏采访整理）
从教三十年，我见证了山里孩子的变
化，越来越多的孩子走出大山。
只要孩子们需要，我就一直守在讲台
上，把更多的孩子送出大山。
——云南省怒江州福贡县山村小学教
师吴芳
（本报记者郑华采访整理）
本版统筹：刘 洋
"""


def _model_reads(monkeypatch, probability: float) -> None:
    """Let the heading model read ``probability`` for every heading group."""
    from newsie.extractors import segment as S

    monkeypatch.setattr(S.heads, "heading_probability", lambda seq, i, lengths=None: probability)


def test_lone_signature_lines_over_write_up_notes_head_no_article(monkeypatch):
    _model_reads(monkeypatch, 0.6)
    page = newsie.parse(VOICES_PAGE, issue_date="2019-10-04", page=2)
    (article,) = page.articles
    assert article.headline.text == "我们的幸福生活"
    assert [h.text.replace("\n", "")[:8] for h in article.section_heads][-3:] == ["——河北省保定市", "——北京公交集团", "——云南省怒江州"]


# The items of one feature filed under the same field: each part's head opens with the same
# short label and a colon (地点：…) over its title. They are the article's section heads
# (segment._labelled_parts), even where the heading model leans the other way (a model
# fitted on other days: here every group it reads gets 0.6); a list's line of several fields
# (书名：… 作者：…) is no such label.
PLACES_PAGE = """假日里的坚守
本报记者 李 明
国庆假期，许多人坚守在工作岗位上，
用辛勤付出守护万家团圆。
地点：西南边境某哨所
守护边境平安
清晨，边防官兵迎着第一缕阳光出发，
沿着边境线巡逻，一走就是一整天。
“守好祖国的边境线，是我们的职责。”
一名战士说。
地点：珠江边某渡口
渡口边的守望
天刚放亮，渡口就已热闹起来，船员们
检查设备、引导乘客，确保安全出行。
“节假日客流大，一点都不能马虎。”
船长陈师傅说。
地点：东北某林场
林海深处的巡护
秋日的林场寒意渐浓，护林员们背起
行囊走进林海，一步一步巡查火情。
"""


def test_heads_filed_under_one_label_are_section_heads(monkeypatch):
    _model_reads(monkeypatch, 0.6)
    page = newsie.parse(PLACES_PAGE, issue_date="2019-10-08", page=7)
    (article,) = page.articles
    assert article.headline.text == "假日里的坚守"
    assert "渡口边的守望" in [h.text for h in article.section_heads]
    # two fields on one line: a list, not a label
    from newsie.extractors import segment as S

    def title(text):
        return S.Block(index=0, start=0, end=len(text), text=text, kind=S.TITLE)

    seq = [S.grouping._Run([]), [title("书名：繁花 作者：金宇澄")], S.grouping._Run([]), [title("书名：装台 作者：陈彦")], S.grouping._Run([])]
    assert S.heads._labelled_parts(seq, [0.0, 0.6, 0.0, 0.6, 0.0]) == []
    seq[1][0], seq[3][0] = title("书名：繁花"), title("书名：装台")
    assert S.heads._labelled_parts(seq, [0.0, 0.6, 0.0, 0.6, 0.0]) == [1, 3]


# A doubtful heading group whose words are shared with the text below it and with none of
# the text above it speaks of one side alone, as a headline of the article below does; the
# pairing pays more to take it in as a section head (segment._one_sided_bonus). Here the
# heading model doubts every group it reads (0.3, under its threshold).
ONE_SIDED_PAGE = """秋粮收获进度过半
本报北京10月8日电（记者李明）农业农
村部最新调度显示，全国秋粮已收获过半，
玉米、大豆等作物长势良好，各地抢抓晴
好天气抓紧收割晾晒，确保颗粒归仓。
专家表示，今年秋粮有望再获丰收，为稳
定全年粮食生产打下坚实基础。
城市书房温暖市民
家门口的城市书房越来越多，不少市民下
班后走进书房，捧起一本好书，度过一段
安静时光。书房免费开放，持卡即可借阅。
“以前看书要跑很远，现在走几步就到。”
一位读者说。
"""


def test_a_doubtful_heading_that_speaks_of_the_text_below_alone_heads_it(monkeypatch):
    _model_reads(monkeypatch, 0.3)
    page = newsie.parse(ONE_SIDED_PAGE, issue_date="2019-10-09", page=4)
    assert [a.headline.text for a in page.articles] == ["秋粮收获进度过半", "城市书房温暖市民"]
    # the same title worded apart from the text below it is taken in as a section head
    # (under a text that is no datelined news item: under one, a title heads the next article)
    other = ONE_SIDED_PAGE.replace("城市书房温暖市民", "阅读点亮生活").replace("本报北京10月8日电（记者李明）", "")
    (article,) = newsie.parse(other, issue_date="2019-10-09", page=4).articles
    assert [h.text for h in article.section_heads] == ["阅读点亮生活"]

_ROLES_BODY = [
    "本报西宁10月20日电 （记者周",
    "敏）记者从青海省有关部门获悉，",
    "今年前三季度，全省新增城镇就业",
    "四十余万人，就业形势总体稳定。",
    "当地还将开展职业技能培训，帮助",
    "更多群众在家门口稳定就业增收。",
]


def _second_article_under(head: list[str]):
    """The second article of a pdf-like page whose second heading is ``head``."""
    return newsie.parse(_pdf_second_article(head, _ROLES_BODY), issue_date="2019-10-21", page=6).articles[1]


# A kicker and its headline the reflow joined or set alike, each case with its reason:
@pytest.mark.parametrize("lines", [
    # two heading lines of (nearly) one length, each longer than a couplet title's half:
    # the event, then what happened at it, not one headline in two halves
    ["青海湖环湖自行车赛开赛", "中国车手夺得首站冠军"],
    # a kicker and its headline set at one width (the figures are half-width), joined by
    # the reflow: a title wrapped at a measure would leave its second line shorter
    ["全国少数民族传统体育运动会", "青海代表队获得2019年度奖牌"],
    # the reflow joins a kicker holding a comma to its headline; commas do not keep a title
    # block whole, only sentence ends do
    ["国庆假期，青海各地推出文旅新举措", "游客体验更舒心"],
], ids=["longer-than-a-couplet-half", "one-width", "comma-in-the-kicker"])
def test_a_kicker_and_its_headline_are_two_roles(lines):
    second = _second_article_under(lines)
    assert second.kicker is not None and second.kicker.text == lines[0]
    assert second.headline.text == lines[1]


def test_the_lines_under_a_column_tag_are_weighed_as_a_group_of_their_own():
    # a standing column's tag over a kicker and its headline: read with the tag above them,
    # the two lines took the roles of the group's second and third lines (a headline and its
    # subtitle); weighed on their own, as a group under no tag, they are a kicker and its
    # headline
    second = _second_article_under(["新知新觉", "为下一代人留下一片好山水", "生态保护工作要一代接着一代抓下去"])
    assert second.column is not None and second.column.text == "新知新觉"
    assert second.kicker is not None and second.kicker.text == "为下一代人留下一片好山水"
    assert second.headline.text == "生态保护工作要一代接着一代抓下去"
    assert not second.subheadlines


# One title wrapped over lines, each case with its reason:
@pytest.mark.parametrize("lines", [
    # a title in large type wrapped at a narrow measure: two lines of one width and a short
    # last one are one text, not a kicker over a headline set at the same width
    ["省总工会等部门联合举办", "第三届职工技能大赛成果", "展示会"],
    # a title wrapped at its measure inside a word (举措): a cut there would leave a clause of
    # one character (措，) under it
    ["国庆假期青海各地推出文旅新举", "措，游客体验更舒心"],
], ids=["one-width-short-last-line", "wrapped-inside-a-clause"])
def test_a_wrapped_title_is_one_headline(lines):
    second = _second_article_under(lines)
    assert second.kicker is None
    assert second.headline.text.replace(" ", "") == "".join(lines)


def test_a_later_piece_naming_who_attended_is_a_subtitle_even_under_a_couplet_like_line():
    # two short lines of near one length, the second saying who attended: a headline and
    # its subtitle, not the two halves of one headline
    second = _second_article_under(["农村公路建设提速", "副省长王明出席"])
    assert second.headline.text == "农村公路建设提速"
    assert [s.text for s in second.subheadlines] == ["副省长王明出席"]


def test_the_tail_of_a_wrapped_kicker_is_not_the_first_half_of_a_couplet():
    # a kicker wrapped after 在 (its tail 西宁隆重开幕 goes on the line above) over a short
    # title of about the same length as that tail: not a couplet title 西宁隆重开幕 / 生态产品走俏
    second = _second_article_under(["第五届青海国际生态博览会今天在", "西宁隆重开幕", "生态产品走俏"])
    assert "生态产品走俏" not in second.headline.text


def test_a_date_in_brackets_under_a_title_is_never_its_headline():
    # a document's date in brackets under its title, joined to it by the reflow: the date is
    # no headline under a kicker
    second = _second_article_under(["中国和老挝两国政府联合声明", "（二〇二四年十月十三日）"])
    assert second.kicker is None
    assert second.headline.text == "中国和老挝两国政府联合声明"


# An article on a later page jumps too, not only page 1's lead. Its headline, set before
# its body under an article closed by an author's note, is no section head of the article
# above: a run closed by a bracketed note ends an article (jumps.py pages).
HEADLINE_UNDER_A_NOTE_OVER_A_JUMP_PAGE = """让老手艺焕发新活力

　　本报记者 张 华

　　在浙江东阳的木雕工坊里，老师傅们一刀
一刻，把花鸟山水雕进木头里。近年来，当地
把传统技艺和文创设计结合起来，年轻人也愿
意回来学手艺了。
　　“手艺要传下去，就得让它有市场。”一位
从业四十多年的老艺人说，如今订单排到了明
年春天，徒弟也收了十几个。
　　（作者为浙江省东阳市文化馆馆员）
乡村振兴，关键在产业兴旺
　　乡村振兴，产业是基础。发展乡村产业，
首先要解决的问题，就是如何把闲置的土地
和劳动力用起来。
　　近年来，巴州区抓住土地流转这个关键，
通过确权颁证让农民吃下定心丸，为就地转
产转业提供保障。全区流转土地二十一万亩，
建成现代农业示范园区十九个、农
（下转第 7 版）
"""


def test_a_heading_under_a_closing_note_over_a_jumping_run_heads_the_jumped_article():
    page = newsie.parse(HEADLINE_UNDER_A_NOTE_OVER_A_JUMP_PAGE, issue_date="2019-10-14", page=5)
    heads = _headlines(page)
    assert heads == ["让老手艺焕发新活力", "乡村振兴，关键在产业兴旺"]
    assert [a.continued_to for a in page.articles] == [None, 7]
    assert "徒弟也收了十几个。" in page.articles[0].body and "乡村" not in page.articles[0].body
    assert page.articles[1].body.startswith("乡村振兴，产业是基础。") and not page.articles[1].section_heads


# Headlines printed after their bodies: the doubtful title between an article and the next
# one's run closed by （下转第7版） is the headline of the article above, not a section head of
# the jumped one; the doubt such a group gets is left to the pairing, not decided outright.
HEADLINE_AFTER_A_BODY_OVER_A_JUMP_PAGE = """　　在福建德化的陶瓷作坊里，匠人们拉坯
施釉，把一团瓷泥做成白如凝脂的器物。近
年来，当地把传统工艺和现代设计结合起来，
瓷器走进了更多人的家里，年轻人也愿意回
到家乡学手艺了。
　　“技艺要传下去，就得让它有销路。”一位
从业三十多年的老师傅说，如今瓷器订单排
到了明年夏天，学徒也收了二十几个。
让老窑火烧出新天地
　　产业兴旺，是乡村振兴的重点。发展乡村
产业，先要回答的问题，就是如何把闲置的
山林和劳动力用起来。
　　近年来，南江县抓住林权改革这个关键，
通过确权发证让林农吃下定心丸，为发展林
下经济提供保障。全县流转林地十二万亩，
建成特色产业示范基地九个、林
（下转第 7 版）
乡村振兴，重在产业兴旺
"""


@pytest.mark.parametrize("number", [5, 1, None])
def test_a_headline_after_its_body_over_a_jumping_run_is_not_taken_in_as_a_section_head(number):
    # on page 1 too (or a page of unknown number): the text opening the page has no heading
    # above it, so the jumping run below is not the page's lead under a sure headline
    page = newsie.parse(HEADLINE_AFTER_A_BODY_OVER_A_JUMP_PAGE, issue_date="2019-10-14", page=number)
    heads = _headlines(page)
    assert heads == ["让老窑火烧出新天地", "乡村振兴，重在产业兴旺"]
    assert [a.continued_to for a in page.articles] == [None, 7]
    assert page.articles[0].body.endswith("学徒也收了二十几个。") and not page.articles[1].section_heads


# The same shape on page 1 where both runs are one article: a section head between the text
# opening the page and the run that jumps, the headline after them. Left to the pairing (not
# taken in outright), the section head stays in the article: the two runs share its words.
SECTION_HEAD_OVER_A_JUMP_UNDER_A_HEADLESS_OPENING_PAGE = """　　国庆假期，湖南各地晚稻陆续进入收割
期，田间地头一派繁忙景象，农机手驾驶收
割机在金黄的稻田里来回穿梭，晚稻收割进
度已经过半，稻谷烘干中心开足马力。
　　“今年雨水调匀，晚稻长势比往年好。”
益阳市赫山区种粮大户李建国说，合作社
三百多亩晚稻预计亩产超过一千斤。
科技助力，丰收底气更足
　　在常德市鼎城区，农技人员分片包干，
把晚稻烘干、仓储、销售等服务送到田间地
头，种粮大户李建国们的心里更踏实了。湖
南晚稻收割进度已经过半，合作社的烘干中
心也开足马力，晚稻丰收在望。（下转第3版）
金秋时节晚稻飘香
"""


@pytest.mark.parametrize("number", [1, 5])
def test_a_section_head_over_a_jumping_run_under_a_headless_opening_stays_in(number):
    page = newsie.parse(SECTION_HEAD_OVER_A_JUMP_UNDER_A_HEADLESS_OPENING_PAGE, issue_date="2019-10-06", page=number)
    (article,) = page.articles
    assert article.headline.text == "金秋时节晚稻飘香" and article.continued_to == 3
    assert [h.text for h in article.section_heads] == ["科技助力，丰收底气更足"]
    assert article.body.startswith("国庆假期") and article.body.endswith("晚稻丰收在望。")


# A jump part (上接第1版) under its repeated headline, a long feature with in-body section
# heads. A section head right under the part's first run that the heading model doubts
# (here made to read 0.55, over its threshold, as pdf pages give 健身花样多) is doubted
# more: the pairing keeps it in the part, not as the headline of an article of its own.
SECTION_HEAD_UNDER_A_JUMP_START_PAGE = """老年人的新生活

（上接第1版）
　　在北京市西城区的社区养老服务驿站，
老人们每天都能吃上热乎乎的午饭，驿站还
提供助浴、理发、康复训练等服务，价格实
惠，老人们都说好。
　　“过去总担心给子女添麻烦，现在家门口
就有人照顾。”一位八十多岁的老人说。
健身花样多
　　在天坛公园，不分酷暑寒冬，老人们清晨
就聚在一起，打太极、练八段锦、跳广场舞，
精神头十足。社区还专门开设了老年健身课，
请来专业教练手把手教学。
　　据了解，全市已建成社区养老服务驿站一
千多家，一刻钟养老服务圈正在形成。
秋粮收获进度过半

　　本报北京10月6日电（记者李明）记者从农业
农村部获悉：目前全国秋粮收获进度过半，
各地抢抓晴好天气，加快收获晾晒。
"""


def _parse_doubting(monkeypatch, text: str, group: list[str], probability: float, **kw):
    """The page parsed with the heading model reading ``probability`` for the heading group
    of the lines ``group`` (and as shipped for the others)."""
    from newsie.extractors import segment as S

    shipped = S.heading_probability

    def doubted(seq, i, lengths=None):
        return probability if [b.text.strip() for b in seq[i]] == group else shipped(seq, i, lengths)

    monkeypatch.setattr(S.heads, "heading_probability", doubted)
    return newsie.parse(text, **kw)


def _doubtful_head_under_a_jump_part(monkeypatch, text, head, headline, first, last):
    page = _parse_doubting(monkeypatch, text, [head], 0.55, issue_date="2019-10-07", page=8)
    heads = _headlines(page)
    assert heads == [headline, "秋粮收获进度过半"]
    part = page.articles[0]
    assert part.continued_from == 1 and [s.text for s in part.section_heads] == [head]
    assert part.body.startswith(first) and part.body.endswith(last)


def test_a_doubtful_heading_under_a_jump_parts_first_run_stays_a_section_head(monkeypatch):
    _doubtful_head_under_a_jump_part(monkeypatch, SECTION_HEAD_UNDER_A_JUMP_START_PAGE, "健身花样多",
                                     "老年人的新生活", "在北京市西城区", "一刻钟养老服务圈正在形成。")


# Two jump parts on one page, the second under its own headline printed before its
# （上接第4版）. Even where the heading model reads that headline as an in-body section
# head (made to read 0.02 here), a group right above a run opened by a 上接 marker heads an
# article: the part that begins there is never more of the run above it.
HEADLINE_OVER_A_JUMP_PART_PAGE = """相信未来会更加美好
（上接第2版）
仍会坚守“一国两制”的原则，
对香港的未来充满信心。他说，香港
的发展离不开祖国的支持，年轻人要
多到内地走走看看。
澳门城市大学的一位教授表示，
新中国成立70年来，国家一路攻坚克
难，百姓生活品质和经济实力实现历
史性跨越，辉煌成就来之不易。
“没有国何来家”
（上接第4版）
“作为中国人，我为祖国取得的
非凡进步感到自豪。看到电影中呈
现的祖辈们所走过的艰难岁月，我忍不
住流泪。”一位香港企业家说，今后
将组织更多香港青年到内地交流。
"""


def test_a_heading_right_above_a_jump_part_is_no_section_head_of_the_run_above(monkeypatch):
    page = _parse_doubting(monkeypatch, HEADLINE_OVER_A_JUMP_PART_PAGE, ["“没有国何来家”"], 0.02,
                           issue_date="2019-10-03", page=5)
    heads = _headlines(page)
    assert heads == ["相信未来会更加美好", "“没有国何来家”"]
    assert [a.continued_from for a in page.articles] == [2, 4]
    assert page.articles[0].body.endswith("辉煌成就来之不易。") and not page.articles[0].section_heads
    assert page.articles[1].body.startswith("“作为中国人，")


@pytest.mark.parametrize("lines", [
    # a title wrapped at its measure inside a foreign name (拉尼尔· / 维克拉马辛哈): no heading
    # part ends on the interpunct
    ["斯里兰卡总理拉尼尔·", "维克拉马辛哈将来华访问"],
    # 的 ties what follows to the line above: not a kicker ending on a figure over a headline
    # opening on a particle
    ["预计今年全省85%", "的农村公路完成提档升级"],
])
def test_a_title_wrapped_where_no_heading_part_ends_or_begins_stays_whole(lines):
    second = _second_article_under(lines)
    assert second.kicker is None
    assert second.headline.text.replace(" ", "") == "".join(lines)


def test_a_heading_line_opening_on_a_dash_is_a_subtitle_even_at_the_titles_width():
    # a title and its ——subtitle wrapped at one narrow measure (every line as wide as the
    # first): the line opening on the dash starts the subtitle, not more of the headline
    second = _second_article_under(["同心共筑中国梦", "——青海玉树各族", "干部群众共建美", "好家园纪实"])
    assert second.headline.text == "同心共筑中国梦"
    assert "".join(s.text.replace(" ", "") for s in second.subheadlines) == "——青海玉树各族干部群众共建美好家园纪实"

# A title over a dash subtitle heads an article even where the subtitle lists a pair with 、
# (segment._DASH_SUB_STOP): 乡村处处新气象 / ——基层干部、群众谈变化.
# A comma in the subtitle still keeps the pair out (a voice signed with a dash, a name and
# what they do: ——农民张大山，种粮三十年). Here the heading model doubts every group (0.1).
DASH_PAIR_PAGE = """秋收时节农机忙
本报长春10月9日电（记者王刚）眼下
正是秋收时节，吉林各地农机手驾驶收割
机穿梭在田间地头，一派繁忙的丰收景象。
今年全省农机化水平进一步提升，
玉米机收率超过八成，农民省时又省力。
乡村处处新气象
——基层干部、群众谈变化
走进山村，新修的公路通到家门
口，一排排新房错落有致，村民们的脸上
洋溢着笑容。
“日子越过越好了。”村民老张说。
"""


def test_a_title_over_a_dash_subtitle_listing_a_pair_heads_an_article(monkeypatch):
    _model_reads(monkeypatch, 0.1)
    page = newsie.parse(DASH_PAIR_PAGE, issue_date="2019-10-10", page=5)
    assert [a.headline.text for a in page.articles] == ["秋收时节农机忙", "乡村处处新气象"]
    # a name and what they do, with a comma: a voice inside the feature, taken in
    voice = DASH_PAIR_PAGE.replace("——基层干部、群众谈变化", "——农民张大山，种粮三十年")
    (article,) = newsie.parse(voice, issue_date="2019-10-10", page=5).articles
    assert article.headline.text == "秋收时节农机忙"


# An editor's note stands under a feature's headline and over its body, signed ——编者; the
# heading group it opens heads the feature's first part, not an article of its own
# (segment._under_editors_note), even where the heading model leans the other way (a model
# fitted on other days: here every group it reads gets 0.6).
EDITORS_NOTE_PAGE = """我与祖国共成长
编者按：新中国走过七十年，一代代奋斗
者在各自岗位上默默奉献。本版今起推出
系列报道，讲述他们与祖国共成长的故事。
——编 者
乡村教师的坚守
在大山深处的村小，王老师已经教了
三十年书。从土坯房到新校舍，她见证了
山村教育的巨大变化。
“看着孩子们走出大山，我就觉得值。”
她说。
"""


def test_a_heading_under_an_editors_note_heads_its_first_part(monkeypatch):
    _model_reads(monkeypatch, 0.6)
    (article,) = newsie.parse(EDITORS_NOTE_PAGE, issue_date="2019-10-08", page=6).articles
    assert article.headline.text == "我与祖国共成长"
    assert "乡村教师的坚守" in [h.text for h in article.section_heads]


# The voices of one feature, each under its title and signed by the speaker's name and role in
# brackets (吴京（电影《攀登者》主演）): two or more on a page are the feature's section heads
# (segment._signed_voices), even where the heading model leans the other way (here 0.6).
SIGNED_VOICES_PAGE = """银幕上的家国情怀
国庆档期，多部献礼影片在全国热映。几位
电影人讲述了这些作品创作背后的故事。
用镜头记录时代
张 明（电影《山河》导演）
拍这部电影，我们先后走访了十多个村
庄，听老乡们讲过去的日子，每一个故事都
让人动容，也让我们更懂得今天的来之不易。
唱响山乡新变化
李 红（电视剧《大江大河》主演）
为了演好这个角色，我在山里住了三
个月，每天跟着乡亲们下地干活、上山采茶。
"""


def test_titles_signed_by_speakers_are_the_voices_of_one_feature(monkeypatch):
    _model_reads(monkeypatch, 0.6)
    (article,) = newsie.parse(SIGNED_VOICES_PAGE, issue_date="2019-10-03", page=8).articles
    assert article.headline.text == "银幕上的家国情怀"
    assert "唱响山乡新变化" in [h.text for h in article.section_heads]


# A numbered table's title inside a report (表1 …, 表2 …) is part of its body, not an article's
# headline (segment._table_titles), even where the heading model leans the other way (here 0.6).
TABLE_TITLE_PAGE = """县域经济发展报告发布
本报北京10月9日电（记者王明）近日发
布的县域经济发展报告显示，我国县域经济
总体保持平稳增长，综合实力持续提升。
表1 全国县域经济主要指标
报告显示，县域常住人口占全国总人口
的一半以上，经济总量占全国的四成左右，
是扩大内需的重要空间。
表2 2019年度县域经济百强县市
百强县市中，东部地区占比超过六成，中
西部地区数量逐年增加，区域差距有所缩小。
"""


def test_a_table_title_inside_a_report_is_not_a_headline(monkeypatch):
    _model_reads(monkeypatch, 0.6)
    (article,) = newsie.parse(TABLE_TITLE_PAGE, issue_date="2019-10-10", page=9).articles
    assert article.headline.text == "县域经济发展报告发布"


# PDF text: a letter printed in full inside its news story: a label naming it (回信) over its
# salutation, the letter closed by its signature and a date on lines of their own, then the
# story under its dateline. The label is no more of the headline, and the signature and date
# close the letter (segment._letter_labels, segment._letter_closings): neither heads an article.
LETTER_PAGE = "\r\n".join("""习近平给某某小学全体师生回信勉励同学们
好好学习天天向上
回信
某某小学全体师生：
你们好！来信收到了。得知学校这
些年办得越来越好，同学们学习进
步、身体健康，我很高兴。
希望你们珍惜时光，勤奋学习，锻
炼身体，长大后做对国家和人民有
用的人。祝你们学习进步、生活快乐！
习近平
2019 年 10月 6 日
新华社北京10月7日电 近日，中共
中央总书记、国家主席习近平给某某
小学全体师生回信，勉励同学们好好
学习，健康成长。
某某小学位于山区，现有学生三百
余名。近日，学校师生给习近平总书
记写信，汇报了学校的发展变化。""".split("\n")) + "\r\n"


def test_a_letter_printed_in_full_keeps_its_label_and_signature_in_the_body():
    (article,) = newsie.parse(LETTER_PAGE, issue_date="2019-10-08", page=1).articles
    assert "".join(article.headline.text.split()) == "习近平给某某小学全体师生回信勉励同学们好好学习天天向上"
    paragraphs = ["".join(p.text.split()) for p in article.paragraphs]
    assert paragraphs[0] == "回信"
    assert "习近平" in paragraphs and "2019年10月6日" in paragraphs
# The parts of one feature, each a one-line title over its own reporter's line and cut to the
# same lengths as the others (segment._parallel_part_lines), are its section heads, even where
# the heading model reads them as sure headlines (here 0.9); the feature's own headline over
# its reporter line, cut to other lengths, still heads it.
ONE_LINE_PARTS_PAGE = """秋日田野收获忙
本报记者 王 明
金秋时节，各地农民抢抓晴好天气收割
晾晒，田间地头处处是丰收的景象。
稻浪翻滚 静享安宁
本报记者 孟海鹰
走进村里的稻田，金黄的稻穗压弯了
腰，收割机来回穿梭，村民们忙着装袋。
“今年雨水匀，亩产比去年高了一成。”
种粮大户老李笑着说。
柑橘飘香 美味美景
本报记者 范昊天
山坡上的柑橘园里，果农们正忙着采
摘，一筐筐橙黄的果子被运下山去。
游客们也赶来采摘，体验丰收的喜悦。
"""


def test_one_line_parts_cut_alike_over_reporter_lines_are_section_heads(monkeypatch):
    _model_reads(monkeypatch, 0.9)
    (article,) = newsie.parse(ONE_LINE_PARTS_PAGE, issue_date="2019-10-04", page=7).articles
    assert article.headline.text == "秋日田野收获忙"
    assert [h.text for h in article.section_heads] == ["稻浪翻滚 静享安宁", "柑橘飘香 美味美景"]


# The same with two-line parts, the first at the top of the page, under no run: it still
# counts as the twin of the part below, which stays inside the one article, and is itself a
# section head of the run below it (segment._first_parts_off): the page prints the feature's
# headline after its body.
TWO_LINE_PARTS_PAGE = """云南丽江
感受多彩民俗
本报记者 叶 青
古城的民宿里，游客们围坐在一起，跟
着老人学写东巴文，学说纳西话。
“每位游客离开时都能带走一份祝福。”
民宿老板说。
吉林延边
品尝酱香味道
本报记者 祝 伟
走进朝鲜族村寨，白墙黛瓦，绿树掩映，
村民们正忙着腌制辣白菜、晾晒大酱。
游客们跟着学做打糕，尝一尝地道风味。
体验多彩民俗
"""


def test_parts_cut_alike_count_the_one_at_the_top_of_the_page(monkeypatch):
    _model_reads(monkeypatch, 0.9)
    (article,) = newsie.parse(TWO_LINE_PARTS_PAGE, issue_date="2019-10-05", page=7).articles
    assert article.headline.text == "体验多彩民俗"
    assert [h.text for h in article.section_heads] == ["云南丽江", "感受多彩民俗", "吉林延边", "品尝酱香味道"]


# A letter printed in full ends with its signature, a name over the date
# (segment._letter_closings): inside the letter's article, never the headline of what follows
# it, even where the heading model leans the other way (here 0.6).
SIGNED_LETTER_PAGE = """习近平给北京市退休教师回信
新华社北京10月7日电  近日，北京市一所
中学的退休教师给习近平写信，汇报退休后
参加志愿服务的情况。习近平给他们回信。
回信全文如下：
北京市退休教师同志们：
你们好！来信收悉。你们退休不褪色，热
心公益事业，生活充实快乐，我很高兴。
祝你们健康长寿、生活幸福！
习近平
2019年10月6日
回信在当地引起热烈反响。退休教师们
表示，要继续发挥余热，为社区建设出力。
"""


def test_a_letters_signature_is_no_headline(monkeypatch):
    _model_reads(monkeypatch, 0.6)
    (article,) = newsie.parse(SIGNED_LETTER_PAGE, issue_date="2019-10-08", page=1).articles
    assert article.headline.text == "习近平给北京市退休教师回信"


# A bare reporter line standing alone between two heading groups opens the text below it,
# so the heading under it (a figure set large, 13.2万公里) is inside that text
# (segment._under_a_bare_opener), even where the heading model reads it as a sure headline
# (here 0.9).
FIGURE_UNDER_REPORTER_PAGE = """交通强国建设迈出坚实步伐
本报记者 左 为
13.2万公里
2018年末，我国铁路营业总里程达到
13.2万公里，其中高铁2.9万公里，居世
界第一。公路总里程484.65万公里。
交通运输部有关负责人表示，将加快建
设现代化综合交通体系。
"""


def test_a_heading_under_a_lone_reporter_line_is_inside_the_text_below(monkeypatch):
    _model_reads(monkeypatch, 0.9)
    (article,) = newsie.parse(FIGURE_UNDER_REPORTER_PAGE, issue_date="2019-10-04", page=4).articles
    assert article.headline.text == "交通强国建设迈出坚实步伐"
# The older dateline, its reporters run on with no brackets up to 报道： (full-width digits, as
# the papers of the 1990s print them), opens an article as the bracketed form does, and is no
# body text; so does the form with a place and no date.
OLD_DATELINE_PAGE = """冬季农田水利建设进展顺利
本报北京１月４日讯记者周  平报道：全
国冬季农田水利建设进展顺利，截至目前，
已完成土石方量超过去年同期的水平。
各地把水利建设同结构调整结合起来，
一批节水工程相继建成并投入使用。
福州销毁一批违禁游戏机
本报福州电记者林青报道：福州市今天
在市郊集中销毁一批违禁游戏机和非法出
版物，有关部门负责人到场监督。
据了解，这批物品是近三个月来在文化
市场整顿中查获的。
"""


def test_an_older_dateline_with_its_reporters_unbracketed_opens_an_article():
    page = newsie.parse(OLD_DATELINE_PAGE, issue_date="1998-01-05")
    assert [a.headline.text for a in page.articles] == ["冬季农田水利建设进展顺利", "福州销毁一批违禁游戏机"]
    water, games = page.articles
    assert [(b.kind, b.place, b.reporters) for b in water.bylines] == [("本报讯", "北京", ("周平",))]
    assert [(b.kind, b.place, b.reporters) for b in games.bylines] == [("本报电", "福州", ("林青",))]
    assert water.paragraphs[0].text.startswith("全国冬季农田水利建设")
    assert games.paragraphs[0].text.startswith("福州市今天")


# Author lines (a bare name, several names, a pundit's signature) under a headline: the
# heading's author and the article's byline, never headline text (invented pages, hard-wrapped
# as a PDF's text is; the older pages print full-width digits).
SIGNED_PAGE = """让绿水青山成为金山银山
张  枨
走进浙北山区的村庄，溪水清澈，竹
林成片，游客络绎不绝。十多年前，这里
还是靠采石为生的穷村，如今家家户户吃
上了旅游饭，村集体收入年年增长。
生态优势转化为发展优势，关键在于
找准路子。各地情况不同，不能照搬照抄，
而要因地制宜，久久为功。
"""

SIGNED_BY_THREE_PAGE = """山村里的冬学
——记一所农民夜校
郭明远 熊  毅 欧阳春
冬闲时节，村委会的大屋里每晚都亮
着灯。四十多位村民围坐在一起，听农技
员讲果树过冬的管护办法。
夜校办了五年，村里人都说学到了真
本事，不少人靠种果树盖起了新房。
"""


@pytest.mark.parametrize("text, headline, names", [
    (SIGNED_PAGE, "让绿水青山成为金山银山", ("张枨",)),
    (SIGNED_BY_THREE_PAGE, "山村里的冬学", ("郭明远", "熊毅", "欧阳春")),
])
def test_a_bare_name_under_a_headline_is_its_author_not_its_headline(text, headline, names):
    page = newsie.parse(text, issue_date="2019-10-15")
    art = page.articles[0]
    assert art.headline.text == headline
    assert [b.reporters for b in art.bylines] == [names]
    assert art.author is not None and art.author.text.replace(" ", "") == "".join(names)
    assert art.paragraphs[0].text.startswith(("走进浙北", "冬闲时节"))


# Headlines drawn after their bodies, each author line before the body it signs: the name
# under a headline belongs to the article below it, not to the headline's own.
AFTER_PAGE = """本报北京１月４日讯记者周  平报道：全
国冬季农田水利建设进展顺利，截至目前，
已完成土石方量超过去年同期的水平。
各地把水利建设同结构调整结合起来，
一批节水工程相继建成并投入使用。
冬季农田水利建设进展顺利
钱  远
老家的集市每逢五、十开市。天刚亮，
四乡八村的人们就挑着担子、推着车子赶
来了，卖菜的、卖鸡鸭的、卖农具的，挤
满了一条长街。
集市上最热闹的是年货摊子，对联、
年画、鞭炮样样都有，讨价还价声不断。
赶年集
本报评论员
改革越往深处走，越需要勇气和智慧。
面对新情况新问题，我们既要大胆探索，
又要稳妥推进，把好事办好，实事办实。
只要坚持实事求是，一切从实际出发，
就没有克服不了的困难。
在深化改革中勇于探索
"""


def test_an_author_line_under_a_headline_set_after_its_body_signs_the_body_below():
    page = newsie.parse(AFTER_PAGE, issue_date="1998-01-05")
    heads = _headlines(page)
    assert heads == ["冬季农田水利建设进展顺利", "赶年集", "在深化改革中勇于探索"]
    water, market, editorial = page.articles
    assert [b.reporters for b in water.bylines] == [("周平",)]
    assert water.paragraphs[0].text.startswith("全国冬季农田水利建设")  # the dateline is no body text
    assert [b.reporters for b in market.bylines] == [("钱远",)]
    assert [(b.agency, b.reporters) for b in editorial.bylines] == [("本报", ())]
    assert editorial.column is None
    assert market.paragraphs[0].text.startswith("老家的集市")
    assert editorial.paragraphs[0].text.startswith("改革越往深处走")


# The same page opening on a signed piece: its author line at the top, over the text it signs,
# stands as a heading group of its own that the pairing leaves over (the headline under the text
# takes the text). The line signs the article below it; it is no column tag (session 80).
_AFTER_LINES = AFTER_PAGE.splitlines(keepends=True)
TOP_SIGNED_PAGE = "".join(_AFTER_LINES[6:14] + _AFTER_LINES[:6])  # 钱  远 … 赶年集, then the water report


@pytest.mark.parametrize("signature, reporters", [("钱  远", ("钱远",)), ("本报评论员", ())])
def test_s80_an_author_line_opening_a_page_of_headlines_after_bodies_signs_the_first_article(signature, reporters):
    text = TOP_SIGNED_PAGE.replace("钱  远", signature)
    page = newsie.parse(text, issue_date="1998-01-05")
    assert _headlines(page) == ["赶年集", _AFTER_LINES[5].strip()]
    market, water = page.articles
    assert market.column is None
    assert [b.reporters for b in market.bylines] == [reporters]
    assert market.author is not None and market.author.text.replace(" ", "") == signature.replace(" ", "")
    assert market.paragraphs[0].text.startswith("老家的集市")
    assert [b.reporters for b in water.bylines] == [("周平",)]


# The last line of a subtitle set wider than the column, wrapped: not an author line even
# when it reads like a name.
WRAPPED_SUB_PAGE = """让更多农产品走出大山
——各地电商企业热议《关于促进农村电子商务发展的意见》
白春林
山区的核桃、板栗、蜂蜜，过去愁卖，
如今通过网店销往全国各地。不少电商
企业表示，意见出台后，物流成本有望进
一步降低，农民增收的路子更宽了。
"""


def test_the_wrapped_tail_of_a_wide_subtitle_is_no_author_line():
    from newsie.extractors.segment import classify

    blocks = classify(Document(WRAPPED_SUB_PAGE))
    tail = next(b for b in blocks if b.text.strip() == "白春林")
    assert not tail.author_line


# A page of essays, each title signed by its author on the line below it (冬夜读书记 / 林  青).
# Titles so signed are cut alike on such a page, but a signed title heads an essay of its own:
# they are never one article's twin section heads (heads._signed_title), even where the
# heading model doubts them (made to read 0.6 here for every group).
SIGNED_ESSAYS_PAGE = """迎春文艺晚会在京举行
首都各界群众两千余人观看演出
本报北京１月４日讯记者王  明报道：由
中央有关部门主办的迎春文艺晚会今晚在
人民大会堂举行，歌舞、戏曲、曲艺节目
轮番上演，台下掌声不断。
冬夜读书记
林  青
窗外的北风刮了一整夜，屋里的炉火
却烧得正旺。我翻开一本旧书，书页已
经泛黄，字里行间却仍有当年的温度。
读书原不必求多，读一页是一页的收获。
故乡的年味儿
马  川
腊月一到，村里便热闹起来。家家户户
扫房子、蒸馒头、写春联，孩子们数着
日子盼过年，大人们忙着备年货。
那种年味，至今想起来仍觉得温暖。
"""


def test_titles_signed_by_their_authors_head_essays_not_twin_section_heads(monkeypatch):
    _model_reads(monkeypatch, 0.6)
    page = newsie.parse(SIGNED_ESSAYS_PAGE, issue_date="1998-01-05", page=12)
    heads = _headlines(page)
    assert heads == ["迎春文艺晚会在京举行", "冬夜读书记", "故乡的年味儿"]
    essay, village = page.articles[1:]
    assert [b.reporters for b in essay.bylines] == [("林青",)]
    assert essay.body.startswith("窗外的北风") and village.body.startswith("腊月一到")



# A feature whose parts are each signed by a contributor, their titles cut to one pattern
# (希望 / 周  平, 足迹 / 孙海燕, 远方 / 刘  川): one article's section heads, the twins
# heads._signed_parts leaves to heads._twin_heads (the heading model made to read 0.6).
SIGNED_PARTS_PAGE = """我和我的家乡
为庆祝新年，本版刊发几位读者的来稿，
讲述家乡这些年的变化。
希望
周  平
小时候，村里只有一条泥巴路，下雨
天出门，鞋子总是陷在泥里拔不出来。
如今水泥路通到了家门口，公交车一天
跑好几趟，进城再也不发愁了。
足迹
孙海燕
父亲当了一辈子护林员，山上的每一
棵树他都熟悉。他常说，树是种给子孙
的，自己吃点苦不算什么。
远方
刘  川
大学毕业那年，我离开家乡去了南方，
一晃就是十几年。每次回家，都能看到
新的变化，心里总是暖洋洋的。
"""


def test_signed_parts_cut_to_one_pattern_stay_one_features_section_heads(monkeypatch):
    _model_reads(monkeypatch, 0.6)
    page = newsie.parse(SIGNED_PARTS_PAGE, issue_date="2019-10-08", page=20)
    (feature,) = page.articles
    assert feature.headline.text == "我和我的家乡"
    assert [h.text for h in feature.section_heads][::2] == ["希望", "足迹", "远方"]


# A series tag set over each of two articles on its page, word for word (乡村振兴一线行): a column,
# not the first line of either headline (roles.repeated_labels, _repeated_label_tolls). The role
# model is made to lean to the headline for every line, as models fitted on other days read
# such a tag they never saw.
ROLES_SERIES_PAGE = """乡村振兴一线行
合作社让大伙的腰包鼓起来了
本报南昌10月8日电  （记者张明远）走进江西
省某县的蔬菜基地，一排排大棚整齐排列，村民
们正忙着采摘辣椒。“以前各家各户单打独斗，
卖不上价钱，现在加入合作社，收入翻了一番。”
村民老刘一边装箱一边说。
近年来，当地依托合作社发展特色种植，统一
品种、统一技术、统一销售，带动周边三千多户
农民增收。
乡村振兴一线行
小小菌菇撑起致富大产业
本报长沙10月8日电  （记者李晓华）在湖南某
县的食用菌产业园，工人们正在给菌棒喷水。
产业园负责人介绍，园区今年新建标准化菇棚
两百余个，吸纳附近村民就近务工，人均月收入
超过三千元。
当地还引进龙头企业，建设冷链仓储中心，让
新鲜菌菇当天就能运往周边城市。
"""


def _roles_lean_to_headline(monkeypatch) -> None:
    """Let the role model score the headline role 1 and the others 0 for every line."""
    from newsie.extractors.segment import roles

    def lean(model, features):
        return [1.0 if c == "headline" else 0.0 for c in model["classes"]]

    monkeypatch.setattr(roles, "boosted", lean)


def test_a_tag_set_over_two_articles_of_the_page_is_their_column(monkeypatch):
    _roles_lean_to_headline(monkeypatch)
    page = newsie.parse(ROLES_SERIES_PAGE, issue_date="2019-10-09", page=4)
    assert [a.headline.text for a in page.articles] == ["合作社让大伙的腰包鼓起来了", "小小菌菇撑起致富大产业"]
    assert [a.column.text if a.column else None for a in page.articles] == ["乡村振兴一线行", "乡村振兴一线行"]


def test_a_tag_set_over_one_article_only_is_left_to_the_model(monkeypatch):
    _roles_lean_to_headline(monkeypatch)
    page = newsie.parse(ROLES_SERIES_PAGE.split("乡村振兴一线行\n小小")[0], issue_date="2019-10-09", page=4)
    (article,) = page.articles
    assert "".join(article.headline.text.split()) == "乡村振兴一线行合作社让大伙的腰包鼓起来了"


# A kicker over two leaders' like acts, the second worded in parallel with the first (…互致贺电 /
# …互致贺电): the headline and its subtitle, not a two-line kicker over a headline
# (roles._parallel_pieces, _parallel_piece_tolls).
ROLES_PARALLEL_PAGE = """就中智建交五十周年
王建国同智利总统费尔南多互致贺电
刘振华同智利众议长马丁内斯互致贺电
新华社北京12月15日电  今年12月15日是中国和
智利建交五十周年纪念日。国家主席王建国同智
利总统费尔南多互致贺电，热烈庆祝两国建交五
十周年。
王建国在贺电中指出，建交五十年来，中智关系
经受住国际风云变幻考验，始终保持健康稳定发
展，双方多领域交流合作成效显著。
同日，全国人大常委会委员长刘振华同智利众议
长马丁内斯也互致贺电。
"""


def test_a_piece_worded_like_the_headline_above_it_is_its_subtitle():
    page = newsie.parse(ROLES_PARALLEL_PAGE, issue_date="2019-12-16", page=1)
    (article,) = page.articles
    assert article.kicker.text == "就中智建交五十周年"
    assert article.headline.text == "王建国同智利总统费尔南多互致贺电"
    assert [s.text for s in article.subheadlines] == ["刘振华同智利众议长马丁内斯互致贺电"]


# A saying wholly in quotes under a tag: a headline of its own, not the second line of one
# headline with the tag (roles._quoted_lines), even where the role model leans to the headline
# for every line (the same page unquoted reads as one headline: the test above).
ROLES_QUOTED_PAGE = ROLES_SERIES_PAGE.split("乡村振兴一线行\n小小")[0].replace(
    "合作社让大伙的腰包鼓起来了\n", "“合作社让大伙的腰包鼓起来了”\n")


def test_a_saying_in_quotes_under_a_tag_is_the_headline_alone(monkeypatch):
    _roles_lean_to_headline(monkeypatch)
    page = newsie.parse(ROLES_QUOTED_PAGE, issue_date="2019-10-09", page=4)
    (article,) = page.articles
    assert article.headline.text == "“合作社让大伙的腰包鼓起来了”"
    assert (article.column or article.kicker).text == "乡村振兴一线行"
# A later page opening with a jump part (上接第1版) under its repeated headline, then the
# headline of another article whose body jumps on (下转第8版). The heading model doubts that
# headline (a group right above a jumping run on a page other than page 1 is doubted more,
# heads._over_a_jump), and the pairing took it in as a section head of the jump part: one
# article carried on from page 1 and jumping to page 8, which no article does.
STITCH_FROM_PART_THEN_JUMP_PAGE = """让改革发展成果惠及全体人民
（上接第1版）会议强调，要坚持以人民为
中心的发展思想，把群众的操心事、烦心事
作为工作的着力点，让改革发展成果更多更
公平惠及全体人民。
　　会议要求，各地各部门要抓好各项政策
落地见效，确保各项任务按期完成。
古镇保护走出新路子
　　在浙江嘉善县西塘镇，烟雨长廊下游人
如织，青石板路两旁的老宅修葺一新。近
年来，当地坚持保护为先、合理利用，古
镇面貌焕然一新，文旅产业蓬勃发展。
　　镇上的居民告诉记者，老宅修缮不搞大
拆大建，修旧如旧，留住了原汁原味的水
乡风貌。（下转第8版）
"""


@pytest.mark.parametrize("doubt", [0.15, 0.3, 0.45])
def test_a_jump_part_does_not_go_on_into_an_article_that_jumps(monkeypatch, doubt):
    from newsie.extractors import segment as S

    monkeypatch.setattr(S.heads, "heading_probability",
                        lambda seq, i, lengths=None: 0.9 if seq[i][0].text.startswith("让改革") else doubt)
    page = newsie.parse(STITCH_FROM_PART_THEN_JUMP_PAGE, issue_date="2019-10-06", page=4)
    part, town = page.articles
    assert part.headline.text == "让改革发展成果惠及全体人民"
    assert (part.continued_from, part.continued_to) == (1, None)
    assert part.body.endswith("确保各项任务按期完成。") and not part.section_heads
    assert town.headline.text == "古镇保护走出新路子"
    assert (town.continued_from, town.continued_to) == (None, 8)
    assert town.body.startswith("在浙江嘉善县西塘镇") and town.body.endswith("原汁原味的水乡风貌。")


# Two page-1 articles that jump to page 2. The first one's title block is read as a kicker
# (我为家乡自豪 我为家乡祝福) over a headline; its part on page 2 repeats that first line as
# its headline, and the other article's part stands first there with no headline at all.
# Headlines alone (no shared words) and the order of the parts paired them crosswise.
STITCH_KICKER_REPEATED_PAGE_1 = """我为家乡自豪 我为家乡祝福
乡村振兴结出新硕果
——各地干部群众喜迎丰收节
　　本报记者  王  林
　　金秋时节，各地乡村处处洋溢着丰收的
喜悦。连日来，记者走访多地田间地头，
看到的是一张张灿烂的笑脸。
　　在湖南益阳，种粮大户李建国站在田埂
上，望着金黄的稻浪笑得合不拢嘴。“今年
亩产比去年又多了五十斤。”他说，合作社
统一育秧、统一收割，省了不少心。（下转第2版）
秋收时节话丰年
　　本报长沙10月5日电（记者李明）连日来，
湖南各地晚稻陆续开镰收割，田间地头一派
繁忙景象，种粮大户忙着抢收抢晒。农业
部门组织农机手跨区作业，保障颗粒归仓。（下转第2版）
"""

STITCH_KICKER_REPEATED_PAGE_2 = """（上接第1版）据了解，今年全省晚稻种植面积
稳中有增，优质稻比重进一步提高，农民
增收有了新的保障。
我为家乡自豪 我为家乡祝福
（上接第1版）在江西赣州，脐橙种植户刘
春花正忙着给果园除草施肥。她说，这些年
日子越过越红火，家乡变化看得见摸得着。
"""


def test_a_jump_part_is_paired_by_the_heading_words_it_repeats_whatever_their_role():
    issue = newsie.parse_issue({1: STITCH_KICKER_REPEATED_PAGE_1, 2: STITCH_KICKER_REPEATED_PAGE_2},
                               issue_date="2019-10-06")
    first = issue.pages[0].articles[0]
    assert first.kicker.text == "我为家乡自豪 我为家乡祝福"  # the case the rule is for
    bodies = {a.headline.text: a.body for a in issue.articles}
    assert bodies["乡村振兴结出新硕果"].startswith("金秋时节")
    assert bodies["乡村振兴结出新硕果"].endswith("家乡变化看得见摸得着。")
    assert bodies["秋收时节话丰年"].startswith("连日来")
    assert bodies["秋收时节话丰年"].endswith("农民增收有了新的保障。")


# A jump part (上接第5版) closed by its author's note wrapped over two lines, under it the
# column tag and the letter-spaced headline of the part (a page printing headlines after
# their bodies). The reflow joined the note's lines and the tag into one paragraph, read as
# a kicker: the part's last words were lost to its heading (stitched, its tail was missing).
STITCH_NOTE_OVER_A_TAG_PAGE = """（上接第5版）

　　乡村要振兴，人才是关键。近年来，不

少地方纷纷出台政策，吸引大学毕业生返

乡创业，为乡村发展注入了新的活力。

　　留住人才，既要靠待遇，更要靠事业。

只有让返乡青年有干事的舞台、有成长的

空间，才能真正把人才留在乡村。

　　（作者为华中农业大学（武汉校区）

经济管理学院乡村振兴研究员）

新论

让 人 才 在 乡 村 扎 根

　　（上接第5版）秋收时节，记者来到湖北

潜江的一处农场，金黄的稻田一望无际，

收割机来回穿梭，农场主正忙着指挥装车。

　　“今年的收成比去年还要好。”他说。

秋 收 时 节 话 丰 年
"""


def test_a_closing_note_joined_to_the_heading_below_it_is_body_text():
    page = newsie.parse(STITCH_NOTE_OVER_A_TAG_PAGE, issue_date="2019-10-08", page=6)
    part, harvest = page.articles
    assert part.headline.text == "让人才在乡村扎根" and part.kicker is None
    assert part.body.startswith("乡村要振兴")
    assert part.paragraphs[-1].text == "（作者为华中农业大学（武汉校区）经济管理学院乡村振兴研究员）"
    assert harvest.headline.text == "秋收时节话丰年" and harvest.continued_from == 5
# DENSE98: a page of short items, each a title over its text and closed by its writer's
# name in brackets (……（林  平）). The signature ends the piece above, so the title under it
# heads an item of its own (heads._under_a_signed_close), even where the heading model
# reads it as a section head (made to read 0.05 here for that group).
DENSE98_SIGNED_ITEMS_PAGE = """江城新建三座过街天桥
本报讯  为方便群众出行，江城市今年
在市区交通繁忙路段新建三座过街天桥，
日前已全部建成投入使用。天桥两侧设
有无障碍坡道，方便老人和残疾人通行。
据了解，三座天桥总投资一千二百万元。
（林  平）
山区小学用上新课桌
今年秋季开学前，青山县教育局为全县
四十多所山区小学更换了新课桌椅，一
万余名学生从中受益。县里还为这些学
校配送了图书和体育器材，孩子们的课
余生活丰富了许多。
（河北青山县教育局赵明远）
老街改造留住乡愁
古镇老街改造工程近日完工。施工中，
当地坚持修旧如旧，保留了青石板路和
木结构店铺，老字号重新开张，吸引了
不少游客前来观光。（周  文）
"""


def test_a_title_under_a_writers_bracketed_signature_heads_an_item_of_its_own(monkeypatch):
    page = _parse_doubting(monkeypatch, DENSE98_SIGNED_ITEMS_PAGE, ["山区小学用上新课桌"], 0.05,
                           issue_date="1998-01-06", page=4)
    heads = _headlines(page)
    assert heads == ["江城新建三座过街天桥", "山区小学用上新课桌", "老街改造留住乡愁"]
    assert page.articles[0].body.endswith("一千二百万元。") and page.articles[1].body.startswith("今年秋季开学前")


# The same signature over a feature's next voice (某某—— / its title) or over an editor's
# label leaves the group to the heading model: one feature's parts are signed each by their
# writer (DENSE98_SIGNED_VOICES_PAGE: both groups read 0.05, both stay section heads).
DENSE98_SIGNED_VOICES_PAGE = """新年寄语
新年到来之际，本版邀请几位普通劳动者
说说他们的新年心愿。
公交司机李红——
让乘客坐得更舒心
开了十多年公交车，我最大的心愿就是
让每一位乘客都能平平安安到家。新的
一年，我还要把服务做得更细一些。
（王  东）
乡村教师陈亮——
让山里娃走得更远
我在山里教书二十年，看着一批批孩子
走出大山，心里特别高兴。新的一年，
希望学校能多添几台电脑。（孙  凯）
"""


def test_a_feature_voice_under_a_writers_signature_stays_a_section_head(monkeypatch):
    from newsie.extractors import segment as S

    shipped = S.heading_probability

    def doubted(seq, i, lengths=None):
        return 0.05 if seq[i][0].text.strip().endswith("——") else shipped(seq, i, lengths)

    monkeypatch.setattr(S.heads, "heading_probability", doubted)
    page = newsie.parse(DENSE98_SIGNED_VOICES_PAGE, issue_date="1998-01-06", page=5)
    (feature,) = page.articles
    assert feature.headline.text == "新年寄语"
    assert [h.text.strip() for h in feature.section_heads][::2] == ["公交司机李红——", "乡村教师陈亮——"]
# PDFHEAD: a title with commas wrapped at its measure, its last two characters carried down
# beside its column tag: the reflow joined the two lines; the tag is no part of the clause the
# cut would leave below, so the cut would tear a clause, and the block stays one headline
PDFHEAD_TAGGED_TAIL = ["过节送礼，少些“面子”多些", "心意（快评）"]


def test_pdfhead_a_column_tag_does_not_make_a_torn_clause_whole():
    from newsie.extractors import segment as S

    doc = Document("\n".join(PDFHEAD_TAGGED_TAIL) + "\n")
    doc.paragraph_lines[:] = [(0, 1)]  # as the reflow joins the two lines
    text = "".join(PDFHEAD_TAGGED_TAIL)
    block = S.Block(0, 0, len(text), text, kind=S.TITLE, n_lines=2, col=12.0, width_ratio=0.9)
    group, roles = S.roles._role_lines(doc, [block])
    assert len(group) == 1 and roles == ["headline"]
    # a tail that holds a whole clause besides its tag may still be cut off as the headline
    assert S.roles._torn_clause(doc, doc.lines, 1)
    doc = Document("冬日暖阳，温暖回家路\n返乡路上有人守护（快评）\n")
    assert not S.roles._torn_clause(doc, doc.lines, 1)


# PDFHEAD: the line that closes a title with its bracketed column tag is the headline's last
# line, never a subtitle's: a kicker wrapped over two lines, then the title with its tag
PDFHEAD_TAGGED = ["黄河岸边第一", "座大型水库", "库区群众喜迁新居（家国七十年）"]


def test_pdfhead_the_line_closing_a_title_with_its_column_tag_is_the_headline():
    from newsie.extractors.segment import TITLE, Block, assign_roles
    from newsie.extractors.segment.roles import _tag_closer

    group = [Block(k, 0, len(t), t, kind=TITLE, col=14.0, width_ratio=len(t) / 14.0)
             for k, t in enumerate(PDFHEAD_TAGGED)]
    assert _tag_closer(group) == 2
    assert assign_roles(group)[1][-1] == "headline"
    # a bracketed line alone (a date, a place) closes no title: no toll there
    dated = [Block(0, 0, 4, "联合声明", kind=TITLE), Block(1, 5, 20, "（二〇二〇年五月六日 北京）", kind=TITLE)]
    assert _tag_closer(dated) is None


def test_pdfhead_a_bracket_that_signs_a_letter_or_a_work_closes_no_title():
    # a reader's letter printed under its own title, its last sentence signed in brackets, and
    # a list of works with their authors: neither bracket is a column tag, so no toll there
    from newsie.extractors.segment import TITLE, Block
    from newsie.extractors.segment.roles import _tag_closer

    letter = [Block(0, 0, 7, "请还我们一片蓝天", kind=TITLE),
              Block(1, 8, 30, "希望有关部门尽快整治！（河北唐县张明）", kind=TITLE)]
    assert _tag_closer(letter) is None
    works = [Block(0, 0, 3, "图片：", kind=TITLE), Block(1, 4, 20, "2、秋山图（中国画）（王秋林）", kind=TITLE)]
    assert _tag_closer(works) is None
    titled = [Block(0, 0, 7, "请还我们一片蓝天", kind=TITLE), Block(1, 8, 20, "尽快整治（读者来信）", kind=TITLE)]
    assert _tag_closer(titled) == 1
    # an editor's note of the pictures printed with the text closes a subtitle as well
    noted = [Block(0, 0, 9, "全省冬季植树造林全面展开", kind=TITLE),
             Block(1, 10, 30, "各地干部群众踊跃参加义务植树（附图片2张）", kind=TITLE)]
    assert _tag_closer(noted) is None
# PDFCOUNT: a title wrapped at far fewer characters a line than its column is set in a
# headline's type (heads._wrapped_in_headline_type), whatever the heading model reads (made
# to read 0.2 here: without the rule the title is taken in as a section head of the first
# article). An in-body section head is set near the body's type and wraps near the column.
PDFCOUNT_BODY = [
    "本报长沙10月20日电 （记者李",
    "明）记者从湖南省教育厅获悉，今",
    "年全省新建乡村学校足球场一百余",
    "块，山区学生踢球不再靠荒地。",
    "省教育厅有关负责人表示，将继续",
    "加大投入，让更多孩子在绿茵场上",
    "奔跑，享受运动带来的快乐。",
]


def test_pdfcount_a_title_wrapped_at_half_its_column_heads_an_article(monkeypatch):
    _model_reads(monkeypatch, 0.2)
    text = _pdf_second_article(["“山区孩子也能在", "绿茵场上奔跑”"], PDFCOUNT_BODY)
    page = newsie.parse(text, issue_date="2019-10-21", page=6)
    heads = [a.headline.text.replace(" ", "") if a.headline else None for a in page.articles]
    assert heads == ["四川新建改建乡村校舍一百二十所", "“山区孩子也能在绿茵场上奔跑”"]
    assert page.articles[1].paragraphs[0].text.startswith("记者从湖南省教育厅")


def test_pdfcount_a_section_head_wrapped_near_its_column_stays_in_its_article(monkeypatch):
    from newsie.extractors.segment.heads import _wrapped_in_headline_type

    _model_reads(monkeypatch, 0.2)
    # (the part under the section head opens on no dateline of its own: a dated part is a
    # news item of its own, pairing._TWO_DATELINES)
    text = _pdf_second_article(["“山区孩子也能在绿茵场上", "自由奔跑”"], ["记者还从湖南省教育厅获悉，今", *PDFCOUNT_BODY[2:]])
    page = newsie.parse(text, issue_date="2019-10-21", page=6)
    (article,) = page.articles
    assert [h.text.replace("\n", "").replace("\r", "") for h in article.section_heads] == ["“山区孩子也能在绿茵场上自由奔跑”"]
    assert not _wrapped_in_headline_type([b for b in _blocks_of(text) if b.text.startswith("“山区")])


def _invented_block(kind, text, **kw):
    """A block of an invented page holding ``text`` as one ``kind`` (body, title, kicker ...),
    for the tests that weigh heading groups and runs built by hand."""
    from newsie.extractors import segment as S

    return S.Block(0, 0, len(text), text, kind=kind, **kw)


def _invented_runs(*texts):
    """One run of an invented page per text, each a single body block (the runs between the
    heading groups the heading and pairing tests build by hand)."""
    from newsie.extractors import segment as S

    return [S.grouping._Run([_invented_block(S.BODY, t)]) for t in texts]


def _blocks_of(text: str):
    from newsie.extractors.segment.blocks import classify

    return classify(Document(text))


# PDFCOUNT: a dash subtitle wrapped over two lines in its column, run by the reflow into the
# opening paragraph below it (blocks._two_line_subtitle_off): cut off as the subtitle,
# the title over it heads an article (the heading model made to read 0.2 for every group).
PDFCOUNT_SUBTITLE_HEAD = ["把人民放在心中最高位置", "——论学习贯彻全省基层组织建设工", "作会议上的部署要求和指示精神"]
PDFCOUNT_SUBTITLE_BODY = [
    "人民是历史的创造者，是",
    "决定党和国家前途命运的力量。",
    "全省各级党组织要把群众的",
    "冷暖放在心上，把实事办到群众",
    "心坎上。",
    "办好民生实事，关键在于落",
    "实。各地要细化任务清单，明确",
    "责任分工，确保件件有着落。",
]


def test_pdfcount_a_subtitle_wrapped_over_two_lines_is_cut_off_the_body_below(monkeypatch):
    _model_reads(monkeypatch, 0.2)
    text = _pdf_second_article(PDFCOUNT_SUBTITLE_HEAD, PDFCOUNT_SUBTITLE_BODY)
    page = newsie.parse(text, issue_date="2019-10-21", page=4)
    heads = _headlines(page)
    assert heads == ["四川新建改建乡村校舍一百二十所", "把人民放在心中最高位置"]
    second = page.articles[1]
    assert [s.text.replace("\r\n", "") for s in second.subheadlines] == ["——论学习贯彻全省基层组织建设工作会议上的部署要求和指示精神"]
    assert second.paragraphs[0].text.replace("\r\n", "").startswith("人民是历史的创造者")


# PDFCOUNT: a feature's parts, each a name closed by —— over a title; the reflow joined one
# part's name and title into one block (株洲市…王小红——平安行驶三十万公里). On a page that sets
# two such names apart already, blocks._kicker_dash_lines_off cuts the block at the dash, so
# the parts read as one shape; on a page with no name set apart the block is left as it is.
PDFCOUNT_PARTS_LINES = [
    "走进新时代 我们在一线",
    "国庆假期，许多人坚守在工作",
    "岗位上，用奉献守护万家团圆。",
    "长沙市开福区社区网格员陈",
    "晓梅——",
    "把群众的事当成自己的事",
    "清晨七点，陈晓梅已经走进",
    "了小区。她挨家挨户查看独居老人",
    "的情况，记下大家反映的问题。",
    "（本报记者 周 敏）",
    "湘潭市高新区快递站负责人刘",
    "建军——",
    "让每一个包裹准时到家",
    "节日里包裹量翻了一番，刘建军",
    "带着十几名快递员连轴转，确保每",
    "一个包裹都能按时送到客户手中。",
    "（本报记者 李 明）",
    "株洲市石峰区公交车驾驶员王小红——",
    "平安行驶三十万公里",
    "从业十五年，王小红驾驶公交车",
    "安全行驶三十万公里，从未发生过",
    "一起责任事故，乘客都夸她开车稳。",
    "（本报记者 林 涛）",
]


def _pdfcount_heading_blocks(lines: list[str]) -> list[tuple[str, str]]:
    from newsie.extractors.segment.blocks import BODY, _kicker_dash_lines_off, classify

    doc = Document("\r\n".join(lines) + "\r\n")
    return [(b.kind, b.text.replace(" ", "")) for b in _kicker_dash_lines_off(doc, classify(doc)) if b.kind != BODY]


def test_pdfcount_a_parts_name_the_reflow_joined_to_its_title_is_cut_off_as_a_kicker():
    heads = _pdfcount_heading_blocks(PDFCOUNT_PARTS_LINES)
    assert heads[-2:] == [("kicker", "株洲市石峰区公交车驾驶员王小红——"), ("title", "平安行驶三十万公里")]


def test_pdfcount_a_name_joined_to_a_title_stays_where_no_part_is_set_apart():
    lines = PDFCOUNT_PARTS_LINES[:3] + PDFCOUNT_PARTS_LINES[17:]
    heads = _pdfcount_heading_blocks(lines)
    assert ("title", "株洲市石峰区公交车驾驶员王小红——平安行驶三十万公里") in heads


# A page printing headlines after their bodies, a photo right under a headline (ORIENT):
# the headline closes the Kunming article, the photo's caption and credit follow, then the
# Nanjing article and its headline. Body lines are set each with a blank line after, as
# some e-paper columns are.
_ORIENT_KUNMING_LINES = [
    "本报昆明10月8日电（记者杨",
    "林）记者从云南省文化和旅游",
    "厅获悉，国庆假期全省接待游",
    "客人数同比增长，乡村旅游成",
    "为新的亮点。",
    "“游客多了，我们的土特产也",
    "好卖了。”开农家乐的李大姐",
    "笑着说，“乡村游让我们的日",
    "子越过越红火，明年还要再添",
    "几间客房。”",
]
_ORIENT_NANJING_LINES = [
    "本报南京10月8日电（记者陈",
    "静）江苏省近日出台措施，支",
    "持中小企业加快数字化转型，",
    "今年将培育一百家智能制造示",
    "范工厂。",
    "省工业和信息化厅有关负责",
    "人表示，将为企业提供上云",
    "补贴、技术服务和人才培训，",
    "帮助企业降低转型成本。",
]
ORIENT_PHOTO_UNDER_HEADLINE_PAGE = (
    "\r\n\r\n".join(_ORIENT_KUNMING_LINES) + "\r\n\r\n"
    + "“乡村游让我们的日子越过越红火”（新时代新农村在行动）\r\n"
    + "国庆期间，江西省婺源县篁岭景区游人如织。晒秋人家的竹匾里红\r\n"
    + "辣椒、黄菊花、绿豆角错落铺开，色彩斑斓。“晒秋”民俗引来四\r\n"
    + "方游客，景区的民宿家家客满，游客们纷纷驻足观赏、拍照留\r\n"
    + "念。\r\n\r\n"
    + "王小川 摄（影像中国）\r\n\r\n"
    + "\r\n".join(_ORIENT_NANJING_LINES) + "\r\n"
    + "江苏助力中小企业数字化转型\r\n"
)


def _orient_reflow(monkeypatch, joined: str, parted: str | None = None) -> None:
    """Let the reflow run the line ending in ``joined`` into the line below it, and part the
    line ending in ``parted`` from the one below it, as it does on some real pages."""
    import newsie.document as D

    shipped = D._decide_breaks

    def decide(lines, widths, *counted):  # (counted: what Document read with the lines, SPEED34)
        out = shipped(lines, widths, *counted)
        for ln in lines:
            if ln.text.strip().endswith(joined):
                ln.breaks_after = False
            if parted and ln.text.strip().endswith(parted):
                ln.breaks_after = True
        return out

    monkeypatch.setattr(D, "_decide_breaks", decide)


def test_a_headline_the_reflow_ran_into_the_photo_caption_under_it_is_cut_off(monkeypatch):
    _orient_reflow(monkeypatch, "（新时代新农村在行动）")
    page = newsie.parse(ORIENT_PHOTO_UNDER_HEADLINE_PAGE, issue_date="2019-10-09", page=4)
    heads = _headlines(page)
    assert heads == ["“乡村游让我们的日子越过越红火”", "江苏助力中小企业数字化转型"]
    assert page.articles[0].column.text == "新时代新农村在行动"
    (caption,) = page.captions
    assert caption.text.startswith("国庆期间") and "乡村游" not in caption.text


def test_a_caption_line_the_reflow_broke_off_above_its_credit_stays_in_the_caption(monkeypatch):
    _orient_reflow(monkeypatch, "（新时代新农村在行动）", parted="拍照留")
    page = newsie.parse(ORIENT_PHOTO_UNDER_HEADLINE_PAGE, issue_date="2019-10-09", page=4)
    assert len(page.articles) == 2
    assert "念。" not in page.articles[0].body and "念。" not in page.articles[1].body
    (caption,) = page.captions
    assert "拍照留念。" in caption.text.replace("\r\n", "").replace("\n", "")


# A report's opening line set short of its column (the reflow broke it off its paragraph),
# ending inside a word: it opens on a date and a comma, as a report's first sentence does,
# and runs on into the line below. It is body text, not the headline or a subtitle.
HEADBODY_DATE_OPENING_PAGE = """湖畔公园迎来首批游客
10月8日上午，市民游客走进
新落成的湖畔公园，沿着步道观赏湖光山色，
公园管理处负责人介绍，园内新栽各类苗木
两万余株，还建成了三处亲水平台。
"""

HEADBODY_YEAR_OPENING_PAGE = """湖畔公园迎来首批游客
2019 年 10 月 8 日，市民游客
走进新落成的湖畔公园，沿着步道观赏湖光，
公园管理处负责人介绍，园内新栽各类苗木
两万余株，还建成了三处亲水平台。
"""

# The same with no date: the opening line holds a comma and its line end splits a word the
# page runs across elsewhere (受 / 访居民 … 受访居民).
HEADBODY_SPLIT_WORD_PAGE = """社区志愿服务暖人心
志愿者声声问候，受
访居民句句感谢，汇成了社区里最温暖的声音，
多名受访居民表示，志愿服务让邻里之间更
加亲近了，社区的面貌也焕然一新了。
"""


@pytest.mark.parametrize("text, headline, opening", [
    (HEADBODY_DATE_OPENING_PAGE, "湖畔公园迎来首批游客", "10月8日上午，市民游客走进"),
    (HEADBODY_YEAR_OPENING_PAGE, "湖畔公园迎来首批游客", "2019年10月8日，市民游客"),
    (HEADBODY_SPLIT_WORD_PAGE, "社区志愿服务暖人心", "志愿者声声问候，受"),
], ids=["date", "year", "split-word"])
def test_an_opening_line_that_runs_on_into_its_paragraph_is_body_text(text, headline, opening):
    page = newsie.parse(text, issue_date="2019-10-09")
    (article,) = page.articles
    assert article.headline.text == headline
    assert article.kicker is None and not article.subheadlines
    assert article.body.replace(" ", "").startswith(opening)


def test_a_headline_with_a_comma_over_its_body_stays_the_headline():
    from newsie.extractors.segment.blocks import _DATE_OPENING

    assert _DATE_OPENING.match("10月8日上午，市民游客走进")
    assert _DATE_OPENING.match("9日，在某市会展中心开幕的")
    assert not _DATE_OPENING.match("立行立改，让居民办事少跑腿")
    page = newsie.parse("""乡村振兴，产业先行
湖畔镇把特色种植作为增收的主渠道。近年来，
镇里建起三个合作社，带动周边农户种植蓝莓，
农户人均收入逐年提高。
""", issue_date="2019-10-09")
    assert [a.headline.text for a in page.articles] == ["乡村振兴，产业先行"]


# A headline the reflow broke after an enumeration comma: the line 浙江、江苏、 reads as no
# heading line (a heading line does not end on 、), yet no paragraph ends on 、 either: right
# above a heading line it is that heading's first line, not the last line of the body above.
HEADBODY_ENUMERATION_PAGE = """秋收时节话丰年
本报南京10月8日电  （记者王伟）连日来，
各地农民抢抓晴好天气收割晚稻，田间
地头一派繁忙景象。
浙江、江苏、
安徽推进乡村振兴见实效
本报杭州10月8日电  （记者陈晨）记者从
有关部门获悉，今年以来，三省协同推进
乡村振兴，农民收入稳步增长。
"""


def test_a_line_ending_on_an_enumeration_comma_over_a_heading_is_its_first_line():
    page = newsie.parse(HEADBODY_ENUMERATION_PAGE, issue_date="2019-10-09")
    harvest, villages = page.articles
    assert harvest.body.endswith("地头一派繁忙景象。")
    assert villages.headline.text.replace(" ", "") == "浙江、江苏、安徽推进乡村振兴见实效"


# A feature of parts, each a place——kicker and a title over its reporter's line, the first
# part's head set right under the feature's headline, in one heading group with it
# (segment._first_parts_off): the feature's headline heads the article, the first part's
# head is a section head like the others, even where the heading model is sure of the group.
FUSED_FIRST_PART_PAGE = """山河处处新气象
东海渔村——
渔船归港鱼满舱
本报记者 周 晴
天刚放亮，码头上已经热闹起来。一艘艘
渔船满载而归，渔民们忙着卸货、过秤，
鱼贩子们围在一旁，讨价还价声此起彼伏。
“今年鱼多，价钱也好。”老船长笑着说。
西北果园——
苹果红了笑声多
本报记者 马 骏
漫山遍野的苹果树上挂满了红彤彤的果
子，果农们踩着梯子采摘，一筐筐装好
的苹果被运到村口的收购点。
“一亩地能多收两千元。”果农老杜说。
南方茶山——
新茶飘香客商来
本报记者 林 芳
茶山上，采茶工们背着竹篓穿梭在茶垄
间，指尖翻飞。山下的茶厂里机器轰鸣，
新制的茶叶散发着清香，客商纷纷上门。
"""


def test_s12_parttitle_a_first_part_under_the_features_headline_is_a_section_head(monkeypatch):
    _model_reads(monkeypatch, 0.9)
    (article,) = newsie.parse(FUSED_FIRST_PART_PAGE, issue_date="2019-10-06", page=6).articles
    assert article.kicker is None and article.headline.text == "山河处处新气象"
    assert [h.text for h in article.section_heads][:2] == ["东海渔村——", "渔船归港鱼满舱"]


# The same for a feature's voices, each a name——kicker over a title, no reporter line: the
# first voice's head, set under the feature's headline in one group with it, is a section
# head like the voices after it, which the heading model doubts (here 0.3).
FUSED_FIRST_VOICE_PAGE = """我们这样走过七十年
老矿工赵德胜——
井下三十年无悔
“刚下井那会儿，一天要背几十趟煤筐，
肩膀磨破了也不吭声。”说起往事，赵德
胜眼里闪着光。如今矿上全是机器作业，
他常去给年轻人讲当年的故事。
乡村教师孙秀兰——
讲台上的青春
“孩子们考上大学那天，是我最高兴的
日子。”孙秀兰在山村小学教了一辈子书，
学校从两间土房变成了三层教学楼。
返乡青年钱小北——
把山货卖到全国
大学毕业后，钱小北回到家乡开网店，
把核桃、木耳卖到了全国各地，还带着
乡亲们一起搞电商，日子越过越红火。
"""


def test_s12_parttitle_a_first_voice_under_the_features_headline_is_a_section_head(monkeypatch):
    _model_reads(monkeypatch, 0.3)
    (article,) = newsie.parse(FUSED_FIRST_VOICE_PAGE, issue_date="2019-10-06", page=6).articles
    assert article.kicker is None and article.headline.text == "我们这样走过七十年"
    assert [h.text for h in article.section_heads][:2] == ["老矿工赵德胜——", "井下三十年无悔"]


# COUNT98: a round-up of places, each part filed under the bare name of its place, a name its
# text repeats in its first words (北山 / 本报北山…电…北山县…; 南湖 / …南湖市…): the parts of one
# article, not articles of their own (heads._word_parts), even where the heading model reads
# every group as a sure heading (0.9 here). The page's other one-word part (西岭, whose text
# names its city first) goes with them.
COUNT98_PLACE_PARTS_PAGE = """各地新春走访困难群众
新春将至，各地组织干部深入基层，走访
慰问困难群众，把温暖送到千家万户。
北山
本报北山１月６日电  记者张明报道：北山
县近日拨出专款，为全县三千多户困难家
庭送去米面油和过冬棉衣。
南湖
本报讯  南湖市民政部门日前开通求助热
线，困难群众一个电话，工作人员当天就
上门了解情况，帮助解决实际困难。
西岭
东川市今年起为西岭山区的孤寡老人
每月发放生活补贴，并组织志愿者定期
上门打扫卫生、陪老人聊天。
"""


def test_s12_count98_place_names_over_their_reports_are_one_round_ups_parts(monkeypatch):
    _model_reads(monkeypatch, 0.9)
    page = newsie.parse(COUNT98_PLACE_PARTS_PAGE, issue_date="1998-01-07", page=3)
    (roundup,) = page.articles
    assert roundup.headline.text == "各地新春走访困难群众"
    assert [h.text for h in roundup.section_heads] == ["北山", "南湖", "西岭"]


# COUNT98: a commentary printed after a news item on the same page, its title over its
# writer's name (节俭过年好 / 周明). On a page that signs one or two titles so, a signed title
# heads a piece of its own (heads._lone_signed_titles), even where the heading model doubts it
# (0.03 here): a feature whose voices are each signed signs three or more.
COUNT98_LONE_SIGNED_PAGE = """东川新建一座图书馆
本报东川１月８日电  记者李华报道：东川
市新图书馆今天开馆，馆内藏书四十万册，
设有少儿阅览室和电子阅览室，每天开放
十二个小时，市民凭身份证即可借书。
节俭过年好
周明
又到一年岁末，请客送礼之风在一些地
方又有抬头。过年本是团圆喜庆的事，
不必讲排场、比阔气。把钱花在刀刃上，
多办几件实事，群众才会真心拥护。
  节俭不是小气。省下一桌酒席的钱，可
以给敬老院添几床新被褥，也可以给山
里的孩子买上几箱图书，这样的年过得
更有意义。
"""


def _assert_signed_piece(monkeypatch, text: str, group: list[str], issue_date: str, heads: list[str],
                         opening: str) -> None:
    """``text`` parsed with the heading model doubting the signed title ``group`` (0.03): its
    articles' headlines are ``heads``, and the second (the signed piece) opens on ``opening``."""
    page = _parse_doubting(monkeypatch, text, group, 0.03, issue_date=issue_date, page=5)
    assert _headlines(page) == heads
    assert page.articles[1].body.startswith(opening)


def test_s12_count98_a_lone_title_over_its_writers_name_heads_a_piece_of_its_own(monkeypatch):
    _assert_signed_piece(monkeypatch, COUNT98_LONE_SIGNED_PAGE, ["节俭过年好", "周明"], "1998-01-08",
                         ["东川新建一座图书馆", "节俭过年好"], "又到一年岁末")


# A title over a single name, the model reading the title as a kicker and the name as the
# only headline (the exception for a name that is itself the title): the title is the
# headline and the name its author. A name alone stays the headline (invented pages).
TITLE_OVER_NAME_PAGES = [
    ("""思乡，藏在灶台边
王泉
每到年关，我总要亲手蒸一锅馒头。面
团揉好，放进笼屉，看着白气腾腾升起，就
想起小时候在老家过年的情景。
那时家里穷，一年到头难得吃上几回白
面。母亲总把最好的留到除夕，一家人围着
灶台，说说笑笑，日子虽苦心里却暖。
""", "思乡，藏在灶台边", "王泉"),
    ("""又闻『拍脑袋』
赵岗
有的干部上项目不做调查，不算细账，
一拍脑袋就定了，结果钱花了不少，事情却
没办成，群众意见很大。
决策要讲科学，更要讲民主。多听听基层
的声音，多算算长远的账，才能少走弯路。
""", "又闻『拍脑袋』", "赵岗"),
]


@pytest.mark.parametrize("text, headline, name", TITLE_OVER_NAME_PAGES)
def test_s12_author98_a_name_under_a_title_read_as_a_kicker_is_its_author(text, headline, name):
    art = newsie.parse(text, issue_date="1998-01-05").articles[0]
    assert art.headline.text == headline
    assert art.kicker is None
    assert art.author is not None and art.author.text.replace(" ", "") == name


def test_s12_author98_the_name_title_exception_is_narrowed_not_dropped():
    from newsie.extractors.segment.roles import _title_over_name
    from newsie.extractors.segment.blocks import Block

    def blocks(*texts):
        return [Block(k, 0, 0, t) for k, t in enumerate(texts)]

    # a full title read as a kicker over the name: the name is the author
    assert _title_over_name(blocks("思乡，藏在灶台边", "王泉"), ["kicker", "headline"])
    # a short column tag over a name, names over names, a name over its subtitle: kept
    assert not _title_over_name(blocks("时代楷模", "何立军"), ["column", "headline"])
    assert not _title_over_name(blocks("贺新春", "孙卫东"), ["kicker", "headline"])
    assert not _title_over_name(blocks("何立军", "——记一位乡村教师"), ["headline", "subtitle"])
    assert not _title_over_name(blocks("何立军"), ["headline"])


# ROUNDUP: a jump part whose 上接 marker stands on a line of its own between the part's
# headline and its first part title ((上接第1版) / 炊烟里的新日子): the title is inside the part,
# one of its section heads, never the headline of an article of its own, even where the
# heading model leans to a headline (0.6 here); the marker opens the text below it
# (heads._opens_a_body), as a bare reporter line does.
ROUNDUP_BARE_FROM_MARKER_PAGE = """山村的新变化
（上接第1版）
炊烟里的新日子
傍晚时分，村口的小饭馆坐满了客人，老
板娘端上一盘盘农家菜，城里来的游客边
吃边夸，说这里的腊肉比饭店里的还香。
“以前种地只够糊口，现在开了饭馆，一
年能挣好几万。”老板娘擦着手笑着说。
几年前，进村只有一条泥巴路，一下雨就
走不了车。如今水泥路修到了各家门口，
快递车、旅游大巴天天都能开进来。
"""


def test_s12_roundup_a_title_under_a_bare_jump_marker_is_the_parts_section_head(monkeypatch):
    from newsie.extractors import segment as S

    def reads(seq, i, lengths=None):
        texts = [b.text.strip() for b in seq[i]]
        return 0.9 if "山村的新变化" in texts else 0.6 if "炊烟里的新日子" in texts else 0.1

    monkeypatch.setattr(S.heads, "heading_probability", reads)
    page = newsie.parse(ROUNDUP_BARE_FROM_MARKER_PAGE, issue_date="2019-10-05", page=8)
    (part,) = page.articles
    assert part.headline.text == "山村的新变化" and part.continued_from == 1
    assert [h.text.strip() for h in part.section_heads] == ["炊烟里的新日子"]
    assert part.body.startswith("傍晚时分") and part.body.endswith("天天都能开进来。")


# ROUNDUP: a feature under one headline whose parts each carry a one-line title over their
# reporter's line, the first part's title set in one heading group with the feature's
# headline (走进秋天的田野 / 山楂红了 日子旺了 / 本报记者 …), the next part's title as long and
# over its own reporter's line (菱角满塘 笑语满村 / 本报记者 …). The first part's title is a
# section head of the feature (heads._first_part), and the next part's title is doubted with
# it: one article, under the feature's headline. Only in a feature that jumps (a run down to
# the next part's ends in a 下转 marker): on other pages the rule cost a page (seed 7 sim).
ROUNDUP_ONE_LINE_PARTS_PAGE = """走进秋天的田野
山楂红了 日子旺了
本报记者 吴 敏
清晨的山坡上，村民们提着竹篮采摘山楂，
一串串红果压弯了枝头，笑声传遍了山谷，
合作社的老周一边过秤一边算着今年的收
成。村里办起了果脯作坊，山楂做成的点
心一车车销往城里。“今年的价钱好。”
菱角满塘 笑语满村
本报记者 郑 涛
水塘边，几条小船在菱叶间来回穿行，船
上的人弯腰采菱，不一会儿就装满了一船。
养殖户小冯说，菱角煮熟了又粉又甜，今
年村里还搞起了采菱体验游，游客不少。
（下转第8版）
"""


def test_s12_roundup_a_one_line_first_part_title_under_the_features_headline(monkeypatch):
    _reads_the_features_title_sure(monkeypatch, "走进秋天的田野")
    page = newsie.parse(ROUNDUP_ONE_LINE_PARTS_PAGE, issue_date="2019-10-04", page=7)
    (article,) = page.articles
    assert article.headline.text == "走进秋天的田野"
    assert [h.text.strip() for h in article.section_heads] == ["山楂红了 日子旺了", "菱角满塘 笑语满村"]
    assert article.continued_to == 8


# MERGE98: a page of essays, each a one-line title over its writer's name, titled each in its
# own words and the first a sure heading. A doubted signed title there heads an essay of its
# own (heads._essay_page lifts _lone_signed_titles' limit of two signed groups a page), not a
# section head of the essay above (invented page).
MERGE98_ESSAY_PAGE = """山间的小路
林水生
小时候上学，要走一条弯弯的山路。路
边长满了野花，春天开得最好，我们一边
走一边摘，到了学校手里总是一大把。
  如今山路修成了水泥路，汽车能开到
村口，野花却少了，心里总有些空落落的。
海边那座旧灯塔
吴晓帆
渔村东头有一座旧灯塔，几十年来为
夜归的渔船指路。守塔的老人姓郑，每天
傍晚都要爬上塔顶，把灯擦得锃亮。
  老人说，只要还有一条船在海上，这盏
灯就不能灭。
外婆的腌菜坛
周青禾
外婆家的灶房里摆着一排腌菜坛，坛
口用青石压着。每年秋后，外婆把洗净的
芥菜晾干，一层菜一层盐码进坛里。
  冬天的早晨，一碟腌菜配一碗热粥，是
我记忆里最香的味道。
雪夜听松
钱朗
冬夜漫长，最宜读书。泡一壶茶，开一盏
台灯，翻开一本旧书，窗外风声呼呼，屋里
却安安静静，只听得见翻书的声音。
"""


def test_s12_merge98_a_doubted_signed_title_on_a_page_of_essays_heads_its_own_essay(monkeypatch):
    page = _parse_doubting(monkeypatch, MERGE98_ESSAY_PAGE, ["外婆的腌菜坛", "周青禾"], 0.2,
                           issue_date="1998-01-09", page=12)
    heads = _headlines(page)
    assert heads == ["山间的小路", "海边那座旧灯塔", "外婆的腌菜坛", "雪夜听松"]
    assert page.articles[2].body.startswith("外婆家的灶房里")


# COUNT11 (session 13): a commentary closed by its writer's note (（作者为…）) ends there, so a
# heading group right under that note heads the next article (heads._under_an_authors_note),
# even where the heading model reads it as a section head (made to read 0.05 here). On a page
# whose heading groups are closed by an author line (a feature's signed voices, each part
# closed by its writer's note) the group is left to the heading model (invented pages).
COUNT11_AUTHORS_NOTE_PAGE = """让小河重新清起来
治理一条小河，难在坚持。河道清淤、
岸线整治、截污纳管，每一步都要真金白
银地投入，更要久久为功地守护。
有的地方治河一阵风，检查过后又回到
老样子。只有把责任落实到每一段河岸，
小河才能长久清澈。
（作者为某省水利研究院研究员）
把村里的路灯修亮
入冬以来，青柳镇组织电工走村入户，
排查修复了两百多盏损坏的路灯，村民
晚上出行方便了许多。
镇里还建立了路灯巡查制度，发现问题
三天内修好，群众满意度明显提高。
"""


def test_s13_count11_a_title_under_an_authors_note_heads_the_next_article(monkeypatch):
    page = _parse_doubting(monkeypatch, COUNT11_AUTHORS_NOTE_PAGE, ["把村里的路灯修亮"], 0.05,
                           issue_date="2019-10-09", page=5)
    heads = _headlines(page)
    assert heads == ["让小河重新清起来", "把村里的路灯修亮"]
    assert page.articles[0].paragraphs[-1].text == "（作者为某省水利研究院研究员）"
    assert page.articles[1].body.startswith("入冬以来")


# CONT11: the opening line of a body paragraph read with the heading above it. The reflow broke
# the body's first line off its paragraph (从东部城市到西部、北部 / 乡村，各地学校…) and the line,
# short of any sentence end, was read as a heading line: it holds prose punctuation between
# words and stops inside a clause, and the paragraph below goes on without an indent, so it is
# body text (blocks._body_openings_off_headings). A jumped article lost its first words so, and
# with them its stitch. A headline with a comma right under its kicker stays the headline
# (invented page).
RUN_ON_OPENING_PAGE = """秋收时节访山村
本报记者 林 远
清晨的山谷里雾气还没有散去，村口的晒谷
场上已经铺满了金黄的稻谷。合作社的老周
一边翻晒一边说，今年的收成比去年好。
村里新修的公路通到了山脚下，收购的货车
每天都能开进来，稻谷不愁卖了。
山区小学的新课堂
乡村学校用上新教具
从东部城市到西部、北部
乡村，各地学校都在尝试新的教学方法，老
师们把课堂搬到田野里，孩子们学得很开心。
今年秋天，学校又添了一间图书室，捐来的
新书摆满了书架，课间总有学生来借书看。
"""


def test_s13_cont11_a_bodys_opening_line_is_not_a_heading_line():
    page = newsie.parse(RUN_ON_OPENING_PAGE, issue_date="2019-10-05", page=5)
    school = page.articles[-1]
    assert school.headline.text == "乡村学校用上新教具"
    assert school.body.startswith("从东部城市到西部、北部")
    assert all("西部" not in s.text for s in school.subheadlines)


@pytest.mark.parametrize("title", ["果园丰收，笑声满山", "老手艺，又回来了"])
def test_s13_cont11_a_headline_with_a_comma_stays_a_headline(title):
    from newsie.extractors.segment import blocks as B

    text = RUN_ON_OPENING_PAGE.replace("乡村学校用上新教具\n从东部城市到西部、北部\n", f"{title}\n")
    if title.startswith("果园"):
        text = text.replace("山区小学的新课堂\n", "山区小学的新课堂——\n")
    doc = Document(text)
    blocks = B.classify(doc)
    assert [b.text for b in B._body_openings_off_headings(doc, blocks) if b.kind == B.BODY] == [
        b.text for b in blocks if b.kind == B.BODY]


# HEAD11: a title in two halves of one length set apart by a space (到某处学本领 在某处长才干) is
# a whole headline: the line above it is its kicker, not its first line, even where the body
# repeats the words across the line end (roles._spaced_couplets); and a couplet wrapped at its
# measure (种下致富果 铺就 / 小康路) is one headline, not a kicker over a short one.
HEAD11_COUPLET_PAGE = """南岭县多措并举培养青年干部
到田间学本领 在基层长才干
本报南岭10月8日电  （记者林晓）南岭县近年来选派青年
干部到田间地头蹲点锻炼，让他们在基层一线学本领、
长才干，三年来已有两百多名青年干部到村任职。
县委组织部负责人介绍，青年干部到基层后，与农户同
吃同住，帮助解决灌溉、销售等实际难题。
湖滨公园完成改造向市民开放
本报湖滨10月8日电  （记者周航）湖滨公园改造工程近
日完工，新增步道三公里、座椅两百余张，即日起免费
向市民开放。
种下致富果 铺就
小康路
本报山城10月8日电  （记者吴桐）山城镇去年引进猕猴桃
种植，今年首批果子上市，每亩收入过万元，种植户们
说，日子越过越有奔头。
"""


def test_s13_head11_a_spaced_couplet_is_a_whole_headline():
    cadres, park, fruit = newsie.parse(HEAD11_COUPLET_PAGE, issue_date="2019-10-09", page=5).articles
    assert cadres.kicker.text == "南岭县多措并举培养青年干部"
    assert cadres.headline.text == "到田间学本领 在基层长才干"
    assert park.kicker is None and park.headline.text == "湖滨公园完成改造向市民开放"
    assert fruit.kicker is None
    assert fruit.headline.text.replace(" ", "") == "种下致富果铺就小康路"


# Lines of invented text matching each rule anchored at a line's start, one at least per branch
_S13_SPEEDR2_ANCHORED = {
    "_BLOCK_START": ("本报讯（记者甲乙）", "据本报讯", "本报杭州3月2日电", "据本报某地电", "新华社某城5月6日电",
                     "据新华社电", "新华社记者 张甲", "本报记者", "本报通讯员 李乙", "本报特约评论员", "（记者王丙）",
                     "( 通讯员赵丁)", "（下转第3版）", "(上接第2版)", "转第4版", "接 第5版", "——一个副题"),
    "_BYLINE_LINE": ("本报记者 王某某", "新华社记者 李甲 王乙", "中新社记者 冯壬", "特约记者 赵丙", "见习记者钱丁",
                     "实习记者 孙戊", "本报特派记者 周己", "记者 吴庚 郑辛", "通讯员 陈·甲"),
    "_SET_APART": ("（2031年1月2日，某城）", "(2030年3月14日)", "尊敬的各位来宾：", "亲爱的朋友们，", "各位同事：",
                   "女士们，", "先生们，", "同志们，", "朋友们:"),
    "_DATELINE_TAIL": ("电（记者某）", "日电", "12电", "3月电", "12月5日电", "月6日电"),
}


def test_s13_speedr2_anchored_rules_match_no_line_their_first_characters_leave_out():
    """The reflow tries the rules anchored at a line's start only on lines opened by one of
    the characters listed for them (_BLOCK_FIRST ...): a rule edited to match a line opened
    by another character must have its list grown, else lines it should match are skipped."""
    import newsie.document as d

    firsts = {"_BLOCK_START": d._BLOCK_FIRST, "_BYLINE_LINE": d._BYLINE_FIRST,
              "_SET_APART": d._SET_APART_FIRST, "_DATELINE_TAIL": d._TAIL_FIRST}
    han = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说"
    for name, examples in _S13_SPEEDR2_ANCHORED.items():
        pattern, first = getattr(d, name), firsts[name]
        # the characters to try first: the rule's own, ASCII, CJK punctuation, some Han; no space
        # (a line's text is stripped: the \s the rules allow after a bracket never opens it)
        universe = {c for c in set(pattern.pattern) | set(map(chr, range(33, 127))) | d._CJK_PUNCT | set(han)
                    if not c.isspace()}
        if name == "_DATELINE_TAIL":  # tried on every line not opened by a Han character (its \d)
            universe = {c for c in universe if "\u4e00" <= c <= "\u9fff"}
        for text in examples:
            assert pattern.match(text) is not None, (name, text)
            assert text[0] in first or text[0] not in universe, (name, text)
            for k in range(len(text) + 1):
                for c in universe - first:
                    assert pattern.match(c + text[k:]) is None, (name, c + text[k:])


def test_s13_speeds2_window_bigrams_are_the_joined_texts_bigrams():
    """The cohesion windows' bigrams, built from each block's cached bigrams and the pairs
    across block joints, equal the bigrams of the window's joined text."""
    import random

    from newsie.extractors.segment.blocks import Block
    from newsie.extractors.segment.grouping import _bigrams, _group_bigrams, _window_bigrams

    alphabet = "山水云月花鸟，。、“” ab7—"
    rng = random.Random(5)
    for _ in range(3000):
        blocks = [Block(i, 0, 0, "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9))))
                  for i in range(rng.randint(0, 5))]
        joined = "".join(b.text for b in blocks)
        for n in (1, 4, 11, 30, -1, -4, -11, -30):
            assert _window_bigrams(blocks, n) == _bigrams(joined[:n] if n > 0 else joined[n:])
        assert _group_bigrams(blocks) == _bigrams("".join(b.text for b in blocks))


def test_s39_speed_bigrams_are_each_words_neighbouring_characters():
    """_bigrams numbers each bigram (its UTF-32 pair of code points) and drops the pairs around
    each character that is not a word's: the same sets as the pairs of neighbouring characters
    inside each run of Han characters, Latin letters and digits, one number per pair; a
    character beyond the BMP is one character, not two."""
    import random

    import regex

    from newsie.extractors.segment.grouping import _bigram, _bigrams

    def plain(text: str) -> set[str]:
        words = "".join(c if regex.match(r"[\p{Han}A-Za-z0-9]", c) else " " for c in text).split()
        return {w[k : k + 2] for w in words for k in range(len(w) - 1)}

    alphabet = "山水云月花鸟𠀀𪚥，。、“” \nab7—"
    rng = random.Random(39)
    examples = ["", "山", "山水", "，", "山，", "，山", "，山水，", "山水，云月。", "𠀀𪚥山", "ab 7山水"]
    for _ in range(3000):
        examples.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))))
    for text in examples:
        got = _bigrams(text)
        assert got == {_bigram(p) for p in plain(text)}, text
        assert len(got) == len(plain(text)), text
    assert _bigram("山水") != _bigram("水山")


def test_s13_speeds2_column_name_guard_agrees_with_the_lookup():
    """is_column_name turns long texts down before the lookup: it agrees with the lookup
    itself (_columns._column_name) on names, names with a series number, padded and long texts."""
    from newsie.extractors import _columns

    bound = _columns._COLUMN_NAME_LONGEST
    names = sorted(_columns.COLUMN_NAMES | _columns.STANDING_COLUMNS)
    longest = max(names, key=len)
    texts = [longest + "（123）", longest + "（1234）", longest + "⑳", "  " + longest + "  ",
             "平原上的风" * 9, "晨光" * 20 + "·" + names[0], names[0] + "·" + "晨光" * 20,
             " " * (bound + 3) + names[0], "田野" * (bound // 2 + 1)]
    texts += [n + suffix for n in names for suffix in ("", "②", "（7）", "的故事")]
    for t in texts:
        assert _columns.is_column_name(t) == _columns._column_name(t), t
    assert _columns.is_column_name(longest + "（123）")


# The stitch step, on pages already parsed: the page-1 part of a jumped article whose title
# line was filed as its kicker and whose opening lead-in phrase (a short line over the
# reporter's line and the first paragraph) was filed as its headline. Its 上接 part on page 3
# repeats the title line as its headline: joined, the title line is the article's headline
# and the lead-in phrase opens the body (an in-body section head), where the whole article's
# text has it. With a subtitle under it, the headline is a real one and keeps its place.
def _s13_stitch_span(source: str, text: str, page: int | None = None):
    from newsie.records import Span

    start = source.index(text)
    return Span(start=start, end=start + len(text), text=text, page=page)


def _one_paragraph_article(source: str, id: str, headline: str, paragraph: str | None = None, **kw):
    """An article of page text ``source`` (invented): its headline and, where given, one
    paragraph that is its whole body, as spans into ``source``; ``kw`` the other fields."""
    from newsie.records import Article

    if paragraph is not None:
        kw.update(paragraphs=(_s13_stitch_span(source, paragraph),), body=paragraph)
    return Article(id=id, headline=_s13_stitch_span(source, headline), **kw)


def _s13_stitch_pages(with_subtitle: bool = False):
    from newsie.records import Article, Page

    one = ("山村小学添新绿\n操场边的小菜园\n" + ("——一所乡村学校的劳动课\n" if with_subtitle else "")
           + "本报记者 林一川\n清晨的山路上，孩子们背着书包结伴而来。\n（下转第3版）\n")
    three = "山村小学添新绿\n（上接第1版）放学以后，菜园里又热闹起来。\n"
    sp = _s13_stitch_span
    first = Article(id="p1-a1", kicker=sp(one, "山村小学添新绿"), headline=sp(one, "操场边的小菜园"),
                    subheadlines=(sp(one, "——一所乡村学校的劳动课"),) if with_subtitle else (),
                    author=sp(one, "本报记者 林一川"),
                    paragraphs=(sp(one, "清晨的山路上，孩子们背着书包结伴而来。"),),
                    body="清晨的山路上，孩子们背着书包结伴而来。", continued_to=3)
    second = Article(id="p3-a1", headline=sp(three, "山村小学添新绿"),
                     paragraphs=(sp(three, "放学以后，菜园里又热闹起来。"),),
                     body="放学以后，菜园里又热闹起来。", continued_from=1)
    return [Page(source=one, page_number=1, articles=(first,)),
            Page(source=three, page_number=3, articles=(second,))]


def test_s13_stitch_an_opening_filed_as_headline_goes_back_to_the_body_on_a_repeated_kicker():
    from newsie.issue import stitch

    (whole,), _ = stitch(_s13_stitch_pages())
    assert whole.headline.text == "山村小学添新绿" and whole.kicker is None
    assert [s.text for s in whole.section_heads] == ["操场边的小菜园"]
    assert whole.section_heads[0].page == 1
    assert whole.body == "清晨的山路上，孩子们背着书包结伴而来。\n放学以后，菜园里又热闹起来。"


def test_s13_stitch_a_headline_with_a_subtitle_under_it_keeps_its_place():
    from newsie.issue import stitch

    (whole,), _ = stitch(_s13_stitch_pages(with_subtitle=True))
    assert whole.headline.text == "操场边的小菜园" and whole.kicker.text == "山村小学添新绿"
    assert not whole.section_heads


# HEADJOIN: a kicker ending with a dash over a title, the only heading group with a line ending
# so between the sure headings either side, heads an article even where the heading model
# doubts it (a long kicker read as a sentence): section heads take that form in series, a round-up's parts under their places or
# speakers (heads._lone_kickers_between_sure_heads). Invented page.
HEADJOIN_LONE_KICKER_PAGE = """山城夜市重新热闹起来
本报记者 杜 青
　　傍晚时分，江边的夜市亮起了灯，摊主们
支起棚子，烤串和凉粉的香味飘满了街巷。
　　去年整修之后，夜市的摊位统一了样式，
垃圾有人清运，游客比往年多了一倍。
　　“生意好做了，心里也踏实。”摊主老郑说。
绿溪县出台扶持乡村手艺人十条措施——

竹编作坊接到了海外订单
　　竹编艺人周大姐的作坊里，十几位村民
正低头编着果篮，订单排到了明年春天。
　　县里请来设计师改进花样，又帮作坊开了
网店，手艺人的收入比过去翻了一番。
"""


def test_s13_headjoin_a_lone_dash_kicker_over_a_title_heads_an_article(monkeypatch):
    group = ["绿溪县出台扶持乡村手艺人十条措施——", "竹编作坊接到了海外订单"]
    page = _parse_doubting(monkeypatch, HEADJOIN_LONE_KICKER_PAGE, group, 0.05, issue_date="2019-10-09", page=6)
    heads = _headlines(page)
    assert heads == ["山城夜市重新热闹起来", "竹编作坊接到了海外订单"]
    assert page.articles[1].kicker is not None and page.articles[1].kicker.text.startswith("绿溪县")
    assert page.articles[1].body.startswith("竹编艺人")


# JUMPS (session 14): a round-up's 上接 part on its jump page is cut into pieces at its parts'
# heads, or where the reflow read a body line as a title; the stitch step takes the piece right
# below the part into it when that piece's headline reads as running text (a quote opened by
# 说：, two clause stops, or one in a line longer than a title), or its kicker is a part's head
# in the form of one inside the jumped article (a short place closed by a dash). Invented pages.
def _s14_jumps_pages(piece_kicker: str | None, piece_headline: str, first_heads: tuple[str, ...] = ()):
    from newsie.records import Article, Byline, Page

    sp = _s13_stitch_span
    one = ("湖区四季\n" + "".join(h + "\n" for h in first_heads)
           + "本报记者 林一川\n春天的湖面上，渔船一早就出发了。\n（下转第3版）\n")
    three = ("湖区四季\n（上接第1版）夏天，游客坐着小船穿过荷塘。\n"
             + (piece_kicker + "\n" if piece_kicker else "") + piece_headline + "\n"
             + "秋天的芦苇荡里，候鸟成群落下又飞起。\n"
             + "山里通了班车\n本报记者 王小舟\n新开的班车每天往返两趟。\n")
    first = Article(id="p1-a1", headline=sp(one, "湖区四季"),
                    section_heads=tuple(sp(one, h) for h in first_heads),
                    paragraphs=(sp(one, "春天的湖面上，渔船一早就出发了。"),),
                    body="春天的湖面上，渔船一早就出发了。", continued_to=3)
    part = Article(id="p3-a1", headline=sp(three, "湖区四季"),
                   paragraphs=(sp(three, "夏天，游客坐着小船穿过荷塘。"),),
                   body="夏天，游客坐着小船穿过荷塘。", continued_from=1)
    piece = Article(id="p3-a2", headline=sp(three, piece_headline),
                    kicker=sp(three, piece_kicker) if piece_kicker else None,
                    paragraphs=(sp(three, "秋天的芦苇荡里，候鸟成群落下又飞起。"),),
                    body="秋天的芦苇荡里，候鸟成群落下又飞起。")
    other = Article(id="p3-a3", headline=sp(three, "山里通了班车"),
                    bylines=(Byline(span=sp(three, "本报记者 王小舟"), kind="本报记者", reporters=("王小舟",)),),
                    paragraphs=(sp(three, "新开的班车每天往返两趟。"),), body="新开的班车每天往返两趟。")
    return [Page(source=one, page_number=1, articles=(first,)),
            Page(source=three, page_number=3, articles=(part, piece, other))]


def _s14_jumps_bodies(pages):
    from newsie.issue import stitch

    articles, _ = stitch(pages)
    return [a.body for a in articles]


def test_s14_jumps_a_body_line_read_as_a_title_under_a_jump_part_goes_on_with_it():
    pages = _s14_jumps_pages(None, "秋收时节，湖边的村子里家家户户都晒起了新米")
    assert _s14_jumps_bodies(pages) == [
        "春天的湖面上，渔船一早就出发了。\n夏天，游客坐着小船穿过荷塘。\n秋天的芦苇荡里，候鸟成群落下又飞起。",
        "新开的班车每天往返两趟。"]
    pages = _s14_jumps_pages(None, "老渔民笑着说：“今年的鱼")
    assert len(_s14_jumps_bodies(pages)) == 2


def test_s14_jumps_a_part_head_in_the_form_of_the_jumped_articles_goes_on_with_it():
    pages = _s14_jumps_pages("芦苇荡——", "候鸟归来", first_heads=("渔村码头——", "清晨出湖"))
    assert len(_s14_jumps_bodies(pages)) == 2
    pages = _s14_jumps_pages("地点：湖心岛", "候鸟归来", first_heads=("地点：南岸渡口", "清晨出湖"))
    assert len(_s14_jumps_bodies(pages)) == 2


def test_s14_jumps_a_title_under_a_jump_part_stays_an_article():
    for kicker, headline, heads in ((None, "候鸟归来", ()), ("芦苇荡——", "候鸟归来", ()),
                                    (None, "“湖水清了，鸟也回来了”", ()),
                                    ("地点：湖心岛", "候鸟归来", ("渔村码头——",))):
        assert len(_s14_jumps_bodies(_s14_jumps_pages(kicker, headline, heads))) == 3, headline


# The piece right above the part that jumps opens it where its kicker opens on a round-up
# part's head (a short place closed by a dash) and the part holds a head in that form; where
# the part's own kicker is such a head, it is a part too and the headline is its jump part's.
def _s14_jumps_run_in_pages(above_kicker: str):
    from newsie.records import Page

    sp = _s13_stitch_span
    one = (above_kicker + "\n清晨出湖\n天刚亮，渔船就出了码头。\n芦苇荡——\n候鸟归来\n"
           "成群的白鹭在浅滩上觅食。\n（下转第3版）\n")
    three = "湖区四季\n（上接第1版）入夜，湖面上只剩下点点渔火。\n"
    art = _one_paragraph_article
    above = art(one, "p1-a1", "清晨出湖", "天刚亮，渔船就出了码头。", kicker=sp(one, above_kicker))
    jumper = art(one, "p1-a2", "候鸟归来", "成群的白鹭在浅滩上觅食。", kicker=sp(one, "芦苇荡——"), continued_to=3)
    part = art(three, "p3-a1", "湖区四季", "入夜，湖面上只剩下点点渔火。", continued_from=1)
    return [Page(source=one, page_number=1, articles=(above, jumper)),
            Page(source=three, page_number=3, articles=(part,))]


def test_s14_jumps_a_round_up_part_above_the_part_that_jumps_opens_it():
    from newsie.issue import stitch

    (whole,), _ = stitch(_s14_jumps_run_in_pages("渔村码头——"))
    assert whole.headline.text == "湖区四季" and whole.kicker is None
    assert [s.text for s in whole.section_heads] == ["渔村码头——", "清晨出湖", "芦苇荡——", "候鸟归来"]
    assert whole.body == "天刚亮，渔船就出了码头。\n成群的白鹭在浅滩上觅食。\n入夜，湖面上只剩下点点渔火。"
    articles, _ = stitch(_s14_jumps_run_in_pages("本报特稿"))
    assert [a.headline.text for a in articles] == ["清晨出湖", "候鸟归来"]


def test_s14_jumps_a_piece_going_on_with_a_jump_part_keeps_its_heading_as_a_section_head():
    from newsie.issue import stitch

    articles, _ = stitch(_s14_jumps_pages("芦苇荡——", "候鸟归来", first_heads=("渔村码头——", "清晨出湖")))
    assert articles[0].headline.text == "湖区四季"
    assert [s.text for s in articles[0].section_heads] == ["渔村码头——", "清晨出湖", "芦苇荡——", "候鸟归来"]


# Paragraphs of invented text matching each rule classify runs only on paragraphs opened by
# one of the characters listed for it (_AGENCY_OPENS ...), one at least per branch
_S14_SPEED4_ANCHORED = {
    "_DATELINE": ("_AGENCY_OPENS", ("本报某城3月2日电（记者甲乙）", "据新华社某地5月6日电", "新华社某镇12月1日讯（记者丙）",
                                    "中新社某港1月9日电 某事", "人民网某市2月3日电")),
    "_XUN": ("_AGENCY_OPENS", ("本报讯（记者王某）", "中新网讯 某事", "新华社讯记者张甲报道：")),
    "_BARE_DIAN": ("_AGENCY_OPENS", ("本报电 某某消息", "据新华社电", "央视网电（某某）")),
    "_PLACE_SAID": ("_AGENCY_OPENS", ("本报某城电记者张甲报道：某事", "据新华社某地讯 记者王乙、李丙报道：")),
    "_LEAD_IN": ("_LEAD_IN_OPENS", ("本报讯某事", "（记者甲）某事", "(记者乙)")),
    "_REPORTER_LINE": ("_ROLE_OPENS", ("本报记者 王某某", "记者 甲乙", "通讯员 丙丁", "本报驻某国记者 李甲",
                                       "特约记者 周乙 吴丙", "实习生 郑丁", "见习记者 冯戊", "摄影记者 陈己", "首席记者 褚庚")),
    "_CAPTION_START": ("_CAPTION_OPENS", ("图①：某物", "图为某景", "上图：某景", "左图为某物", "图3：某人")),
    "_LABEL_OPENING": (None, ("【人物】某人做某事",)),
    "_SPEECH_DATE": ("_BRACKET_OPENS", ("（2031年1月2日，某城）", "(2030年3月14日)")),
}


def test_s14_speed4_classify_runs_its_anchored_rules_only_on_what_they_may_match():
    """classify tries a rule anchored at a paragraph's start only on paragraphs opened by one
    of the characters listed for it (a regex run costs more than a look at one character): a
    rule edited to match a paragraph opened by another character must have its list grown."""
    import newsie.extractors.segment.blocks as B
    from newsie.document import _CJK_PUNCT

    han = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说某"
    for name, (opens_name, examples) in _S14_SPEED4_ANCHORED.items():
        pattern = getattr(B, name)
        opens = getattr(B, opens_name) if opens_name else frozenset("【")
        run = pattern.fullmatch if name == "_REPORTER_LINE" else pattern.match
        # the paragraph's text is stripped: it never opens on a space
        universe = {c for c in set(pattern.pattern) | set(map(chr, range(33, 127))) | _CJK_PUNCT | set(han)
                    if not c.isspace()}
        for text in examples:
            assert run(text) is not None, (name, text)
            assert text[0] in opens, (name, text)
            for k in range(len(text) + 1):
                for c in universe - opens:
                    assert run(c + text[k:]) is None, (name, c + text[k:])
    # _FURNITURE's colon stands within _FURNITURE_REACH characters; _AUTHOR holds a space
    for n in range(12):
        for word in ("统筹", "电话", "传真"):
            text = "甲" * n + word + "：某某"
            assert (B._FURNITURE.match(text) is not None) == ("：" in text[: B._FURNITURE_REACH]), text
    for text in ("某某协会会长 王甲", "某国总统 甲乙丙"):
        assert B._AUTHOR.match(text) is not None and B._AUTHOR.match(text.replace(" ", "")) is None


def test_s14_speed4_box_label_turns_down_at_the_first_character():
    """box_label answers None before its regex for a text opened by a character its pattern
    does not hold: _BOX_CHARS holds every frame character and label letter."""
    import newsie.document as d

    assert set("【】〖〗[]") | set("".join(d.BOX_LABELS)) <= d._BOX_CHARS
    assert d.box_label("【 相关链接 】") == "相关链接" and d.box_label(" 核心阅读") == "核心阅读"
    for c in "某甲，。（“a1":
        assert c not in d._BOX_CHARS and d.box_label(c + "核心阅读") is None


def test_s14_speed4_raw_lines_offsets_summed_in_c_agree_with_the_line_pattern():
    """_raw_lines of a text without \\r (offsets summed by accumulate over the split lines)
    gives what the line pattern's reading (_raw_lines_cr, for texts with \\r) gives."""
    import newsie.document as d

    for text in ("", "甲", "甲\n", "\n\n", "某城\n某事\n\n　某人说\n", "a b\n\nc", "某\n" * 7 + "尾"):
        got = list(d._raw_lines(text))  # (the split reads one empty line more at the end: blank, skipped)
        assert [x for x in got if x[1]] == [x for x in d._raw_lines_cr(text) if x[1]]
        assert [c for _, c in got] == text.split("\n")
        assert all(text[p : p + len(c)] == c for p, c in got)


# COUNT14's pages: an article whose last line closes on a full stop, and a title under it.
COUNT14_FIRST_ARTICLE = """河畔新绿
本报记者 陈 舟
入秋以后，河道两岸补种了一批水杉和
垂柳，沿河的步道也重新铺过了一遍。
每天傍晚，附近的居民都会来这里散步，
孩子们在草坪上放风筝，十分热闹。
“以前这里杂草丛生，现在成了大家的
后花园。”住在河边的老张笑着说。
"""


# COUNT14: a title with a series tag in brackets after it, the tag's words joined by · but
# worded with a number and a comma, which the column-tag pattern does not read
# (老街早点（30年，小城·烟火）), right under the previous article's last line. The
# heading model read it as an in-body section head (made to read 0.05 here); such a tag marks
# a headline (heads._series_tagged_title), so it heads the next article (invented page).
COUNT14_SERIES_TAG_PAGE = COUNT14_FIRST_ARTICLE + """老街早点（30年，小城·烟火）
天刚蒙蒙亮，老街上的早点铺就支起了
蒸笼，豆浆和油条的香气飘出很远。
开了三十年铺子的刘师傅说，街坊们的
口味没怎么变，来吃早点的人却越来越多。
"""


def test_s14_count14_a_title_with_a_series_tag_heads_an_article(monkeypatch):
    group = ["老街早点（30年，小城·烟火）"]
    page = _parse_doubting(monkeypatch, COUNT14_SERIES_TAG_PAGE, group, 0.05, issue_date="2019-10-09", page=6)
    assert len(page.articles) == 2
    assert page.articles[0].body.endswith("老张笑着说。")
    assert page.articles[1].headline.text.startswith("老街早点")
    assert page.articles[1].body.startswith("天刚蒙蒙亮")


# COUNT14: a title wrapped in a headline's type over lines the reflow set apart, torn inside a
# word (深山里的 / 小学校: the first line ends on 的), right under the previous article's last
# line. The heading model read it as an in-body section head (made to read 0.05 here); a title
# line at far less than its column's width that breaks off inside a word is set in a headline's
# type (heads._torn_across_lines), so it heads the next article (invented page).
COUNT14_TORN_TITLE_PAGE = COUNT14_FIRST_ARTICLE + """深山里的
小学校
山路弯弯，翻过两道岭才能看到那几间
红瓦白墙的教室，二十多个孩子在这里
读书。学校只有三位老师，却开齐了语
文、数学、音乐和美术课。
去年，县里给学校接通了网络，孩子们
第一次在屏幕上看到了大海的样子。
"""


def test_s14_count14_a_title_torn_across_short_lines_heads_an_article(monkeypatch):
    page = _parse_doubting(monkeypatch, COUNT14_TORN_TITLE_PAGE, ["深山里的", "小学校"], 0.05,
                           issue_date="2019-10-09", page=6)
    assert len(page.articles) == 2
    assert page.articles[0].headline.text == "河畔新绿"
    assert page.articles[0].body.endswith("老张笑着说。")
    assert page.articles[1].headline.text.replace(" ", "") == "深山里的小学校"
    assert page.articles[1].body.startswith("山路弯弯")
    # two short lines that each end on a whole word are left to the heading model
    text = COUNT14_TORN_TITLE_PAGE.replace("深山里的\n小学校", "守住良田\n稳住产量")
    page = _parse_doubting(monkeypatch, text, ["守住良田", "稳住产量"], 0.05, issue_date="2019-10-09", page=6)
    assert [a.headline.text for a in page.articles] == ["河畔新绿"]


# BODY14: hard-wrapped text of short indented paragraphs (two- and three-line voices, each under
# a one-line head, every paragraph's first line indented) indents nearly half its lines, and was
# read as an e-paper's one paragraph per line: every wrapped line a paragraph of its own, a page
# of one-line "articles". Wrapped text has no indented line wider than a column, and its indented
# lines run on mid-sentence into the line below (document._wrapped_short_paragraphs). Invented page.
SHORT_VOICES_PAGE = """\u3000\u3000在山乡巨变的这些年里，一位位普通人
用双手改变了家乡的面貌。几位讲述者向
本报记者说起了自己的故事。
\u3000\u3000——编 者
\u3000\u3000柳青禾——
\u3000\u3000果园里，年年有新盼头
\u3000\u3000我们村原来是出了名的穷村，山坡上
只长野草。后来大家一起种下了苹果树。
\u3000\u3000如今果子卖到了城里，乡亲们的腰包
鼓了起来，孩子们也都上了好学校。
\u3000\u3000——某省某县果树种植合作社社员
\u3000\u3000石远帆——
\u3000\u3000渡口边，一桥连起两岸
\u3000\u3000过去过河全靠一条小木船，遇上涨水
就只能等着。现在大桥修通了，开车几
分钟就到了对岸的集镇上。
\u3000\u3000我在渡口边开了一家小饭馆，来往的
客人多了，生意一年比一年红火。
\u3000\u3000——某市某镇个体经营户
"""


def test_s14_body14_indented_short_paragraphs_of_wrapped_text_are_joined():
    doc = Document(SHORT_VOICES_PAGE)
    assert not doc.one_per_line
    paragraphs = _paragraph_texts(doc)
    assert "我们村原来是出了名的穷村，山坡上只长野草。后来大家一起种下了苹果树。" in paragraphs
    assert "我在渡口边开了一家小饭馆，来往的客人多了，生意一年比一年红火。" in paragraphs


def test_s14_body14_an_epaper_text_of_short_paragraphs_stays_one_per_line():
    # one paragraph per line: each indented line ends its sentence, or one is wider than a column
    lines = [line for line in SHORT_VOICES_PAGE.splitlines() if line]
    joined, para = [], ""
    for line in lines:
        if line.startswith("\u3000") and para:
            joined.append(para)
            para = ""
        para += line
    joined.append(para)
    doc = Document("\n".join(joined) + "\n")
    assert doc.one_per_line
    assert len(doc.paragraphs) == len(joined)


# Session 14, helper HEADCUT (invented pages). A joined heading block is cut where its pieces
# read best with the cut's bonus counted for the cut kept as well: a kicker cut off a three-line
# block is not undone by a later cut that splits the title in a word (城市文明 / 养犬…).
HEADCUT_BODY = """本报杭州10月14日电（记者林晓）某市
人民政府新闻办公室发言人14日发表谈
话，表示坚决支持市政府出台新规，引
导市民文明养犬，维护公共环境秩序。
发言人说，新规征求了各界意见，将
于下月起施行。
"""


def test_s14_headcut_a_kicker_cut_off_a_joined_heading_is_not_undone_by_a_later_cut():
    text = "市政府新闻办公室发言人发表谈话\n坚决支持市政府依法出台城市文明\n养犬管理规定\n" + HEADCUT_BODY
    (article,) = newsie.parse(text, issue_date="2019-10-15", page=4).articles
    assert article.kicker is not None and article.kicker.text == "市政府新闻办公室发言人发表谈话"
    assert article.headline.text == "坚决支持市政府依法出台城市文明养犬管理规定"


# A cut that gives both pieces the headline role is no cut: the title stays one text, with no
# space where a word wrapped (文明养 / 犬管理规定).
def test_s14_headcut_a_title_cut_into_two_headline_pieces_stays_one_text():
    text = "市政府新闻办发言人发表谈话\n支持市政府出台《文明养\n犬管理规定》\n" + HEADCUT_BODY
    (article,) = newsie.parse(text, issue_date="2019-10-15", page=4).articles
    assert article.kicker is not None and article.kicker.text == "市政府新闻办发言人发表谈话"
    assert article.headline.text == "支持市政府出台《文明养犬管理规定》"


# An occasion opening on 就 over a title naming a message (贺电, 贺信…) is the kicker, however
# the two wrap; a second message below is the subtitle. A 就… title with no message under a
# speaker's line stays the headline.
OCCASION_BODY = """新华社北京10月14日电 国家主席今天同
来访国家总统互致贺电，庆祝两国建立
外交关系四十五周年。
贺电表示，四十五年来，两国关系经受住
国际风云变幻考验，各领域合作成果丰硕。
"""


def test_s14_headcut_an_occasion_over_a_message_title_is_its_kicker():
    text = "就两国建交四\n十五周年\n国家主席同某国总统某某某互致贺电\n" + OCCASION_BODY
    (article,) = newsie.parse(text, issue_date="2019-10-15", page=1).articles
    assert article.kicker is not None and article.kicker.text.replace(" ", "") == "就两国建交四十五周年"
    assert article.headline.text == "国家主席同某国总统某某某互致贺电"
    text = ("就两国建交四\n十五周年\n国家主席同某国总统\n某某某互致贺电\n总理同某国总理某某互致贺电\n"
            + OCCASION_BODY)
    (article,) = newsie.parse(text, issue_date="2019-10-15", page=1).articles
    assert article.kicker is not None and article.kicker.text.replace(" ", "") == "就两国建交四十五周年"
    assert article.headline.text.replace(" ", "") == "国家主席同某国总统某某某互致贺电"
    assert [s.text for s in article.subheadlines] == ["总理同某国总理某某互致贺电"]
    text = "市政府新闻办发言人\n就城市文明养犬管理规定发表谈话\n" + OCCASION_BODY
    (article,) = newsie.parse(text, issue_date="2019-10-15", page=1).articles
    assert article.headline.text == "就城市文明养犬管理规定发表谈话"


# No heading part ends on a comma: a line that does goes on into the next with its role
# (练好基层“内功”， / 筑牢安全防线 is one headline, not a kicker over a headline).
COMMA_BODY = """本报北京10月14日电（记者林晓）各地
近日加大安全生产检查力度，聚焦重点
行业和关键环节，排查整治各类隐患，
确保人民群众生命财产安全。
检查组要求，各单位要压实责任，
完善应急预案，做到防患于未然。
"""


def test_s14_headcut_a_heading_line_ending_in_a_comma_goes_on_into_the_next():
    for heading in ("评论员观察\n练好基层“内功”，\n筑牢安全防线\n", "练好基层“内功”，\n筑牢安全防线\n"):
        (article,) = newsie.parse(heading + COMMA_BODY, issue_date="2019-10-15", page=4).articles
        assert article.kicker is None
        assert article.headline.text.replace(" ", "") == "练好基层“内功”，筑牢安全防线"


# HEADCUT2 (session 14): a title wrapped onto a five-character tail the reflow left apart
# is one headline (the break falls inside a word), and a countdown line over a short title
# is a kicker, not a title wrapped onto it. Invented pages.
S14_HEADCUT2_BODY = """本报讯  （记者周明远）青禾湖畔新建的市民生态
步道日前全线贯通，步道全长约十二公里，沿线设
有休息驿站和观景平台。附近居民纷纷前来散步，
对步道的设计和绿化赞不绝口。
据介绍，步道还将陆续增设照明和指示设施，方便
市民夜间出行。
"""

S14_HEADCUT2_COUNTDOWN_PAGE = """距青禾湖风筝节开幕还有12天
欢迎您来玩
本报讯  （记者周明远）第三届青禾湖风筝节将于
下月初在湖畔草坪举办，届时将有来自各地的数十
支风筝队参加比赛和表演。组委会表示，目前各项
筹备工作进展顺利，场地布置已基本完成。
据介绍，本届风筝节还设有亲子手工区和夜间灯光
风筝展，市民可提前在网上预约入场。
"""


def test_s14_headcut2_a_title_wrapped_onto_a_five_character_tail_is_one_headline():
    page = newsie.parse("青禾湖畔的市民生态步道昨\n日全线贯通\n" + S14_HEADCUT2_BODY, issue_date="2019-10-09")
    [article] = page.articles
    assert article.kicker is None
    assert article.headline.text == "青禾湖畔的市民生态步道昨日全线贯通"


def test_s14_headcut2_a_countdown_line_is_a_kicker_over_its_short_title():
    page = newsie.parse(S14_HEADCUT2_COUNTDOWN_PAGE, issue_date="2019-10-09")
    [article] = page.articles
    assert article.kicker.text == "距青禾湖风筝节开幕还有12天"
    assert article.headline.text == "欢迎您来玩"


# Session 15, helper HEAD15 (invented page). No heading part opens on 并 or 暨: a heading line
# that does goes on the title above it, with its role, not a subtitle under it (某某出席某开幕式 /
# 并致辞 is one headline), also where the title above wraps inside a word.
S15_HEAD15_BODY = """本报讯  （记者周明远）青禾市第五届湖畔艺术节
昨晚在滨湖大剧院开幕，来自各地的二十多个艺术
团体将在十天里献上四十余场演出。开幕式上，市
长致辞欢迎各方来宾，并为艺术节志愿者代表颁发
聘书。
据介绍，本届艺术节还安排了露天音乐会和非遗展
示，市民可在网上预约观看。
"""


@pytest.mark.parametrize("heading, title", [
    ("青禾市市长出席第五届湖畔艺术节开幕式\n并致辞\n", "青禾市市长出席第五届湖畔艺术节开幕式并致辞"),
    ("青禾市市长出席第五届湖畔艺术\n节开幕式\n并致辞\n", "青禾市市长出席第五届湖畔艺术节开幕式并致辞"),
    ("青禾湖畔艺术节开幕\n暨第五届滨湖音乐周启动\n", "青禾湖畔艺术节开幕暨第五届滨湖音乐周启动"),
])
def test_s15_head15_a_heading_line_opening_on_a_conjunction_goes_on_the_title_above(heading, title):
    [article] = newsie.parse(heading + S15_HEAD15_BODY, issue_date="2019-10-09").articles
    assert article.kicker is None and not article.subheadlines
    assert article.headline.text.replace(" ", "") == title


def test_s15_head15_a_title_opening_on_bingfei_is_no_conjunction():
    from newsie.extractors.segment.roles import _OPENS_JOINED

    assert _OPENS_JOINED.match("并致辞") and _OPENS_JOINED.match("暨某某音乐周启动")
    assert not _OPENS_JOINED.match("并非一蹴而就") and not _OPENS_JOINED.match("致辞并颁奖")
    # a title may open on a word that 并 or 暨 begins
    for title in ("并购重组提速", "并肩守护青山", "并网发电量创新高", "暨南学子返乡支教"):
        assert not _OPENS_JOINED.match(title), title


# CONT15 (session 15): a jump part (上接第1版) that opens the page, nothing above it, its
# headline printed after its body. A section head right under the part's first run that the
# heading model doubts (made to read 0.55 here) is doubted more, as under a part with a
# heading above it: the part stays whole under its own headline, marker and all, not cut
# into a headless piece holding the marker and an article under the section head.
CONT15_JUMP_PART_OPENING_THE_PAGE = """（上接第1版）
　　在湖边的文化广场上，来自各地的乐队轮
番登台，摇滚、民谣和交响乐专场从上午一
直演到深夜，台下观众挥舞荧光棒，跟着节
拍一起合唱。
　　“没想到小城也能办这么热闹的音乐节。”
一位从外省赶来的游客说。
夜游线路首开
　　今年湖区新装了数千盏景观灯，沿岸步道
全部翻修，夜游线路首次向游客开放。游船
每半小时一班，灯光秀每晚两场，吸引了大
批年轻人前来打卡。
　　当地文旅部门表示，将总结办节经验，把
音乐节办成一张亮丽的城市名片。
湖畔音乐节人气旺

秋粮收获进度过半

　　本报北京10月6日电（记者周林）记者从有关
部门获悉：目前全国秋粮收获进度过半，各地
抢抓晴好天气，加快收获晾晒。
"""


def test_s15_cont15_a_doubtful_heading_under_a_jump_part_opening_the_page_stays_a_section_head(monkeypatch):
    # (the part opens the page: no heading group above its first run)
    _doubtful_head_under_a_jump_part(monkeypatch, CONT15_JUMP_PART_OPENING_THE_PAGE, "夜游线路首开",
                                     "湖畔音乐节人气旺", "在湖边的文化广场上", "亮丽的城市名片。")


# CONT15: a part cut mid-sentence whose （下转第 7 版） the layout set on one line with the
# next article's headline: the reflow reads marker and title as that article's heading, but a
# 下转 marker closes the text it follows, never the body under it: it goes to the article
# whose body ends right above it.
CONT15_MARKER_ON_THE_NEXT_HEADLINES_LINE = """山城夜市烟火旺
　　本报重庆10月6日电（记者周林）入夜，
山城的老街亮起灯笼，小吃摊前排起长队，
游客一边品尝麻辣小面，一边欣赏江边夜景。
　　摊主老王说，国庆期间每天要卖出上千
碗面，比平时翻了一番。早在上世纪90年
（下转第 7 版） 古镇秋色引客来
　　本报成都10月6日电（记者李青）金秋时节，
川西古镇层林尽染，不少游客专程赶来赏秋
拍照，镇上的茶馆和民宿生意红火。
　　当地还推出了非遗手作体验，游客可以亲
手制作竹编和蜀绣小物件。
"""


def test_s15_cont15_a_jump_marker_read_into_the_next_heading_closes_the_article_above():
    page = newsie.parse(CONT15_MARKER_ON_THE_NEXT_HEADLINES_LINE, issue_date="2019-10-07", page=2)
    assert len(page.articles) == 2
    night, town = page.articles
    assert night.headline.text == "山城夜市烟火旺" and night.continued_to == 7
    assert night.body.endswith("早在上世纪90年")
    assert town.continued_to is None and town.body.startswith("金秋时节")
    # the marker is cut out of the title it was read into
    assert town.headline.text == "古镇秋色引客来"


# Session 15, helper RUNIN (invented page). A title in two halves set apart by a space, whole on
# its line and opening a paragraph, ends that paragraph: the body's indented first line under it
# is no second line of a paragraph the title opened (the reflow ran them together, and the body's
# first sentence was then broken at the next line's end).
RUNIN_COUPLET_PAGE = """湖边新修了一条环湖步道
本报讯 去年秋天，县里在湖边修
起了一条环湖步道，沿途种下了
上千株柳树和桃树。如今每到周
末，附近的居民都会带着孩子来
这里散步、骑车、放风筝，湖边
一下子热闹了起来。
一位老人说，过去这里是一片荒
滩，谁也想不到会变得这么美。
湖畔稻谷飘香 渔村喜迎丰年
金秋时节，湖边的村子
里家家户户都忙着收割晚稻。
田埂上，收割机来回穿梭，金黄
的稻穗堆成了一座座小山。村里
的合作社今年种了八百亩优质稻，
亩产比去年多了将近一百斤。
合作社的负责人说，明年还要再
扩大种植面积，让更多的乡亲们
跟着一起增收致富。
"""


def test_s15_runin_a_spaced_couplet_title_line_ends_its_paragraph():
    doc = Document(RUNIN_COUPLET_PAGE)
    paragraphs = _paragraph_texts(doc)
    assert "湖畔稻谷飘香 渔村喜迎丰年" in paragraphs
    assert any(p.startswith("金秋时节，湖边的村子里家家户户都忙着收割晚稻。田埂上") for p in paragraphs)
    doc = newsie.parse(RUNIN_COUPLET_PAGE)
    assert [a.headline.text for a in doc.articles] == ["湖边新修了一条环湖步道", "湖畔稻谷飘香 渔村喜迎丰年"]
    assert doc.articles[1].body.startswith("金秋时节，湖边的村子里家家户户都忙着收割晚稻。")


# OTHER98 (session 15): a names-only line the reflow ran into the headline's block under the
# title (the title and the name one paragraph, the body lines each set apart by an empty line)
# is cut off as an author line; on a page printing headlines after their bodies it signs the
# body below it (invented page).
def _s15_other98_page(*parts):
    return "\r\n\r\n".join(("\r\n\r\n" if kind == "body" else "\r\n").join(lines) for kind, lines in parts) + "\r\n"


S15_OTHER98_AFTER_PAGE = _s15_other98_page(
    ("body", ["小镇的供销社去年改成了超市，货架", "上的商品从几十种增加到两千多种。镇上",
              "的老人说，过去买块肥皂要走十里路，如", "今出门几步就能买齐过日子的东西。",
              "超市还开通了送货上门，村里人打个", "电话，东西当天就能送到家门口。"]),
    ("head", ["小镇有了新超市", "林青"]),
    ("body", ["清晨的河堤上，总能看到一位老人在", "捡拾垃圾。他今年七十三岁，退休后义务",
              "守护这段河堤已经整整八年。", "有人问他图什么，他笑着说，河水干", "净了，大家看着心里舒坦，我也高兴。"]),
    ("head", ["老人和他的河堤"]),
)


def test_s15_other98_a_name_the_reflow_ran_into_a_headline_is_an_author_line():
    page = newsie.parse(S15_OTHER98_AFTER_PAGE, issue_date="1998-01-05")
    heads = _headlines(page)
    assert heads == ["小镇有了新超市", "老人和他的河堤"]
    market, river = page.articles
    assert market.author is None and not market.bylines
    assert river.author is not None and river.author.text == "林青"
    assert [b.reporters for b in river.bylines] == [("林青",)]
    assert river.paragraphs[0].text.startswith("清晨的河堤上")


def test_s15_other98_no_name_is_cut_off_where_the_line_end_tears_a_word():
    from newsie.extractors.segment.roles import _torn_in_body

    # a title wrapped at its width whose tail reads as a name (…谱写新 / 华章): the body runs
    # the characters around the line end on (新华章), so the tail stays in the title
    assert _torn_in_body("大棚里谱写新", "华章", "村支书说，大家正在谱写新华章。")
    assert not _torn_in_body("小镇有了新超市", "林青", "小镇的供销社去年改成了超市。")


# OTHER98 (session 15): a signature (names alone, or an office, outlet or reporter's role, a
# space and names) read as the only headline under the title the role model took for its
# kicker: the title is the headline and the signature its author line (invented texts; the
# role model's reading is forced, as the pages that show it are long).
# (session 22: a signature with an office is taken off before the role model reads the lines,
# so the forced reading applies to the lines it is given)
@pytest.mark.parametrize("title, signature", [
    ("冬日里的一堂科学课", "某师范大学教授 钱远"),
    ("雪夜里的巡线人", "本报驻外记者 杜衡"),
    ("雪夜里的巡线人", "杜衡"),
])
def test_s15_other98_a_signature_read_as_the_headline_under_its_title_is_the_author(monkeypatch, title, signature):
    from newsie.extractors.segment import roles
    from newsie.extractors.segment.blocks import classify

    doc = Document(f"{title}\n{signature}\n给山里孩子上一堂科学课，是我多年的心愿。\n今年冬天，这个心愿终于实现了。\n")
    group = [b for b in classify(doc) if b.text in (title, signature)]
    assert [b.text for b in group] == [title, signature]
    monkeypatch.setattr(roles, "_line_roles", lambda doc, lines, *a, **k: (lines, ["kicker", "headline"][-len(lines):]))
    parts = roles._heading_parts(doc, group)
    assert [b.text for b in parts["titles"]] == [title]
    assert parts["kicker"] == []
    assert [b.text for b in parts["authors"]] == [signature]


# Session 22: a signature of an office, an outlet, a unit or a place, a space and names, closing
# a heading group under the title, is its author line before the role model reads the lines
# (the other month's reading pages: 某某集团公司 某某 / 某部某司司长 某某 / 某省某市 某某 read as a
# further headline line; invented texts, the role model's reading forced to two headline lines).
@pytest.mark.parametrize("signature", ["青山茶叶集团公司 钟原", "某部科技发展司司长 钟原", "湖东省青山市 钟原"])
def test_s22_an_office_signature_closing_a_heading_is_its_author_line(monkeypatch, signature):
    from newsie.extractors.segment import roles
    from newsie.extractors.segment.blocks import classify

    title = "山村小学有了新操场"
    doc = Document(f"{title}\n{signature}\n今年秋天，山村小学的孩子们有了一块新操场。\n操场是乡亲们一起修起来的。\n")
    group = [b for b in classify(doc) if b.text in (title, signature)]
    assert [b.text for b in group] == [title, signature]
    monkeypatch.setattr(roles, "_line_roles", lambda doc, lines, *a, **k: (lines, ["headline"] * len(lines)))
    parts = roles._heading_parts(doc, group)
    assert [b.text for b in parts["titles"]] == [title]
    assert [b.text for b in parts["authors"]] == [signature]


@pytest.mark.parametrize("line", ["农民成了技术员 乡村有了新气象", "走进青山市 看新变化"])
def test_s22_a_title_in_two_halves_is_no_office_signature(line):
    from newsie.extractors.segment.roles import _office_signer

    assert not _office_signer(line)


def test_s15_other98_a_short_column_tag_over_a_name_keeps_the_name_as_headline(monkeypatch):
    needs_pure("newsie.extractors.segment.roles")  # (it patches a function of roles)
    from newsie.extractors.segment import roles
    from newsie.extractors.segment.blocks import classify

    doc = Document("乡村名医\n钱远\n他在山村行医三十年，走遍了方圆百里的村寨。\n")
    group = [b for b in classify(doc) if b.text in ("乡村名医", "钱远")]
    monkeypatch.setattr(roles, "_line_roles", lambda doc, lines, *a, **k: (lines, ["kicker", "headline"]))
    parts = roles._heading_parts(doc, group)
    assert [b.text for b in parts["titles"]] == ["钱远"]
    assert roles._signer_line("钱远") and not roles._signer_line("四位九 段棋手")


def test_s15_pair15_a_paragraphs_first_line_read_as_a_title_goes_back_to_its_run():
    # a heading group's last line is the first line of the paragraph below, cut off inside a
    # word the page's text spells whole (…到来之 / 际，…): it is body text, not the headline
    from newsie.extractors import segment as S

    block = functools.partial(_invented_block, col=15.0)

    above = S.grouping._Run([block(S.BODY, "值此中秋佳节之际，社区为老人送上慰问品。（本报记者 李明）")])
    title = block(S.TITLE, "东城区农产品展销会开幕", width_ratio=0.6)
    torn = block(S.TITLE, "在迎接农民丰收节到来之", width_ratio=0.8)
    below = S.grouping._Run([block(S.BODY, "际，全区各街道陆续举办庆祝活动，展销优质农产品。")])
    _, runs, leftovers = S.pairing._pair_mixed([above, [title, torn], below])
    assert runs[-1].heading == [title]
    assert [b.text for b in runs[-1].blocks] == [torn.text, below.blocks[0].text]
    assert runs[-1].blocks[0].kind == S.BODY
    # a lone such line is left to the heading model and the pairing
    again = S.grouping._Run([below.blocks[0]])
    _, runs, _ = S.pairing._pair_mixed([above, [title], below, [torn], again])
    assert any(torn in (r.heading or []) or torn in r.section_heads for r in runs)


def test_s15_mixed15_a_group_holding_two_headings_is_cut_at_the_kicker_of_the_second(monkeypatch):
    # a heading group between two bodies holds the headline of the body above (two title lines,
    # printed under it) and the one of the body below (a kicker over its title): the cut goes
    # at the kicker, not between the first article's two title lines
    from newsie.extractors import segment as S

    block = functools.partial(_invented_block, col=15.0)

    above = S.grouping._Run([block(S.BODY, "新华社北京5月6日电 青石县建城千年，县长致信海外乡亲，"
                                           "邀请在外乡亲回乡参加建城千年纪念活动。")])
    first = [block(S.TITLE, "就青石县建城千年"), block(S.TITLE, "县长致信春耕时节田间地头的农机手")]
    second = [block(S.KICKER, "春耕时节各地农机手忙不停——"), block(S.TITLE, "新式播种机走进田间地头")]
    below = S.grouping._Run([block(S.BODY, "眼下正值春耕时节，新式播种机走进田间地头，农机手们"
                                           "驾驶播种机在田里来回忙碌。")])
    _, runs, leftovers = S.pairing._pair_mixed([above, first + second, below])
    assert [r.heading for r in runs] == [first, second] and not leftovers


# MERGE98 (session 15): a reporter line (本报记者 某某) opens an article under its headline, so
# the one heading group on a page right over a bare reporter line heads an article even where
# the heading model reads it as a section head (made to read 0.05 here): its text is not given
# to the article above (heads._over_a_lone_reporter_line; not where two or more such groups
# stand on the page: a feature's parts, each over its reporter's line) (invented page).
MERGE98_REPORTER_PAGE = """湖畔新城建起智慧公园
本报讯 今年秋天，湖畔新城的智慧公园正式开放。
园内的步道铺设了感应灯带，夜跑的市民
经过时灯光随之亮起，既节能又安全。
公园管理处还在入口设置了自助借书亭，
市民扫码就能借阅图书，周末人气很旺。
山区果农用上冷链车
本报记者 孙晓岚
青禾县的苹果进入采摘季，合作社新添的
三辆冷链车每天往返果园和物流中心，果
子从树上到仓库只要半天。
果农老钱说，有了冷链车，果子卖得远了，
价钱也比往年高了一成。
"""


def test_s15_merge98_a_doubted_title_over_a_lone_reporter_line_heads_an_article(monkeypatch):
    page = _parse_doubting(monkeypatch, MERGE98_REPORTER_PAGE, ["山区果农用上冷链车"], 0.05,
                           issue_date="1998-01-12", page=5)
    heads = _headlines(page)
    assert heads == ["湖畔新城建起智慧公园", "山区果农用上冷链车"]
    assert page.articles[0].body.endswith("周末人气很旺。")
    assert page.articles[1].body.startswith("青禾县的苹果")


# BREAK16 (session 16): a one-line title under its kicker, run by the reflow into the body's
# first line below it (the title as wide as an indented first line, the body's opening line two
# ems short under a full line), ends its paragraph (invented page).
BREAK16_TITLE_PAGE = """河边的老茶馆又开张了
城东河边有一家开了四十多
年的老茶馆，前些年因为房子老旧
关了门。今年春天，街道出钱把房
子修缮一新，请回了原来的老掌
柜。如今每天一早，茶馆里坐满
了喝茶聊天的街坊，说书人也重新
登了台，老茶馆又热闹了起来。
县里的孩子们有了新去处——
山村小学有了一片新操场
在村口，记者见到了16岁的小
姑娘阿兰，她正拉着弟弟往学校里
跑。新铺的塑胶跑道绕着一块平
整的草坪，孩子们正在上体育课。
校长说，过去学校只有一块泥地，
一下雨就没法上课，今年县里拨
了专款，暑假里把操场翻修一新。
"""


def test_s16_break16_a_title_over_a_paragraphs_opening_line_ends_its_paragraph():
    doc = Document(BREAK16_TITLE_PAGE)
    paragraphs = _paragraph_texts(doc)
    assert "山村小学有了一片新操场" in paragraphs
    assert any(p.startswith("在村口，记者见到了16岁的小姑娘阿兰") for p in paragraphs)
    # a body's opening line under its headline runs on into the full line below it
    assert any(p.startswith("城东河边有一家开了四十多年的老茶馆") for p in paragraphs)
    page = newsie.parse(BREAK16_TITLE_PAGE)
    assert [a.headline.text for a in page.articles] == ["河边的老茶馆又开张了", "山村小学有了一片新操场"]
    assert page.articles[1].body.startswith("在村口，记者见到了16岁的小姑娘阿兰")
    # the same lines under a line that ends a sentence, or ending on a particle, are prose
    text = BREAK16_TITLE_PAGE.replace("县里的孩子们有了新去处——", "县里的孩子们有了新去处。")
    assert "山村小学有了一片新操场" not in [Document(text).text[s:e] for s, e in Document(text).paragraphs]
    text = BREAK16_TITLE_PAGE.replace("山村小学有了一片新操场", "山村小学里有了一片新的")
    assert "山村小学里有了一片新的" not in [Document(text).text[s:e] for s, e in Document(text).paragraphs]


# the same with a full-width title over an opening line four ems short of its column (a date
# opening the body, 9月1日，…), the line below it wider (invented page)
BREAK16_DATED_PAGE = BREAK16_TITLE_PAGE.split("县里的孩子们")[0] + """孩子们有了新去处——
山村小学有了一片崭新的操场
9月1日，记者走进山村里
的小学，见到了16岁的小姑娘阿兰，
她正拉着弟弟往学校里跑。新铺的
塑胶跑道绕着一块平整的草坪，孩
子们正在上体育课。校长说，过去
学校只有一块泥地，一下雨就没
法上课，今年县里拨了专款，暑假
里把操场翻修一新。
"""


def test_s16_break16_a_full_title_over_a_dated_opening_line_ends_its_paragraph():
    doc = Document(BREAK16_DATED_PAGE)
    paragraphs = _paragraph_texts(doc)
    assert "山村小学有了一片崭新的操场" in paragraphs
    assert any(p.startswith("9月1日，记者走进山村里的小学") for p in paragraphs)



# OTHER16 (session 16): a page of signed pieces, each a title over its writer's name line, one
# of them signed by two writers (so no page of essays by heads._essay_page). The heading model
# sure of one such title (made to read 0.9 here) marks the page as one of signed pieces, not a
# feature's signed voices (which it doubts alike): a doubted signed title there (0.2) heads a
# piece of its own (heads._a_sure_signed_title lifts _lone_signed_titles' limit of two signed
# groups a page) (invented page).
OTHER16_SIGNED_PAGE = """春到茶山
林水生
清明前后，茶山上一片新绿。采茶的姑
娘们天不亮就上山，背着竹篓，手指翻飞，
一上午能采十来斤鲜叶。
  茶农老方说，今年雨水匀，芽头壮，
春茶的价钱比去年好。
河湾里的渡船
郑小禾 孙立
河湾里有一条老渡船，摆渡的是一位六
十多岁的老汉。两岸的村民赶集、上学，
都要坐他的船，一趟收五角钱。
  前年河上修了桥，坐船的人少了，老汉
还是每天守在渡口。
巷口的修鞋摊
何青
巷口有个修鞋摊，摊主是个瘸腿的中年
人，手艺好，价钱公道，街坊们的鞋坏了
都愿意拿来让他修。
  他说，修了二十年鞋，认识了半条街的
人，日子过得踏实。
晒谷场上的电影
宋立秋
小时候最盼村里放电影。白布往晒谷场
上一挂，全村老小搬着板凳早早占座，孩
子们在人堆里钻来钻去。
"""


def _parse_doubting_groups(monkeypatch, text: str, probs: dict, **kw):
    """The page parsed with the heading model reading ``probs[lines]`` for the heading groups
    of those lines (and as shipped for the others)."""
    from newsie.extractors import segment as S

    shipped = S.heading_probability

    def doubted(seq, i, lengths=None):
        return probs.get(tuple(b.text.strip() for b in seq[i]), shipped(seq, i, lengths))

    monkeypatch.setattr(S.heads, "heading_probability", doubted)
    return newsie.parse(text, **kw)


def test_s16_other16_a_doubted_signed_title_beside_a_sure_one_heads_its_own_piece(monkeypatch):
    page = _parse_doubting_groups(monkeypatch, OTHER16_SIGNED_PAGE,
                                  {("春到茶山", "林水生"): 0.9, ("巷口的修鞋摊", "何青"): 0.2},
                                  issue_date="1998-01-10", page=12)
    heads = _headlines(page)
    assert heads == ["春到茶山", "河湾里的渡船", "巷口的修鞋摊", "晒谷场上的电影"]
    assert page.articles[2].body.startswith("巷口有个修鞋摊")


# OTHER16: a commentary under its title and a pundit's signature (论… / 本报评论员) printed after
# a news item. The signature is an author line with no names (bylines.author_names gives ()):
# the title heads a piece of its own (heads._lone_signed_titles), even where the heading model
# doubts it (0.03 here) (invented page).
OTHER16_PUNDIT_PAGE = """南湖新建一座体育馆
本报南湖１月９日讯  记者王强报道：南湖
市新体育馆今天落成，馆内设有篮球场、
羽毛球场和游泳池，每天向市民开放十个
小时，学生凭学生证可以免费入场。
论办事要算细账
本报评论员
勤俭是我们的传家宝。办一切事业都要
精打细算，把有限的钱用在最要紧的地方，
不搞铺张浪费，不搞形象工程。
  勤俭不是不花钱，而是把钱花得值。一
些地方把钱花在修广场、建大门上，群众
并不满意，这样的教训值得记取。
"""


def test_s16_other16_a_title_over_a_pundits_signature_heads_its_own_piece(monkeypatch):
    _assert_signed_piece(monkeypatch, OTHER16_PUNDIT_PAGE, ["论办事要算细账", "本报评论员"], "1998-01-09",
                         ["南湖新建一座体育馆", "论办事要算细账"], "勤俭是我们的传家宝")


# OTHER16: a headline set as wide as its column, which the reflow runs into the paragraph
# below it, whose first line opens on a dateline (本报某地某月某日讯…). A dateline opens an
# article's first paragraph: the line above it is the headline (blocks._title_over_dateline_off)
# (invented page, set as the double-spaced text some e-paper extractions give).
OTHER16_DATELINE_PAGE = """西岭县盘山公路今天建成通车

本报西岭１月６日讯记者赵明报道：西

岭县新修的盘山公路今天通车，全长三

十二公里，沿途十一个村的村民从此告

别了肩挑背扛的日子，山里的核桃、板

栗可以用汽车直接运到县城。

东港码头扩建工程昨天开工

本报东港１月６日讯记者钱芳报道：东

港码头扩建工程昨天开工，新建两个万

吨级泊位，建成后码头年吞吐能力将增

加三百万吨，满足周边企业运输需要。

"""


def test_s16_other16_a_title_run_into_a_dateline_below_it_is_the_headline():
    page = newsie.parse(OTHER16_DATELINE_PAGE, issue_date="1998-01-06", page=2)
    heads = _headlines(page)
    assert heads == ["西岭县盘山公路今天建成通车", "东港码头扩建工程昨天开工"]
    assert page.articles[0].body.startswith("西岭县新修的盘山公路")


# OTHER16: two essays' titles of one length (eight characters here), each over its writer's
# name, share it by chance; a feature's signed parts cut to one pattern are titled in a word or
# two (heads._PART_TITLE_MAX). Only the short ones are read as parts (heads._signed_parts), so a
# page of essays keeps its doubted signed titles as headlines (invented titles and names).
def test_s16_other16_long_signed_titles_of_one_length_are_no_features_parts():
    from newsie.extractors.segment.blocks import Block
    from newsie.extractors.segment.heads import _signed_parts

    def signed(title, name):
        return [Block(0, 0, 0, title), Block(0, 0, 0, name, author_line=True)]

    essays = [signed("村口那棵老槐树下", "郑小禾"), signed("外婆家门前的小河", "何青"), signed("灯下读旧信", "林水生")]
    parts = [signed("乡愁", "郑小禾"), signed("远方", "何青"), signed("灯下读旧信", "林水生")]
    assert _signed_parts(essays) == set()
    assert _signed_parts(parts) == {0, 1}


# Session 16, helper HEAD16 (invented texts; the role model's reading is forced). A quotation
# wholly in quotes under another heading line is a headline (under a column or a kicker), not
# the subtitle of the line above it: no subtitle of the reading truth is one.
def _roles_leaning(monkeypatch, leaning: list[dict[str, float]]):
    """The role module, its model made to read line k of a group as ``leaning[k]`` gives."""
    from newsie.extractors.segment import roles

    needs_pure("newsie.extractors.segment.roles")  # (line_features and boosted, patched below, are called from compiled code)

    classes = roles._role_model()["classes"]
    monkeypatch.setattr(roles, "line_features", lambda group, k, facts: k)
    monkeypatch.setattr(roles, "boosted", lambda model, k: [leaning[k][c] for c in classes])
    return roles


def test_s16_head16_a_quoted_line_under_a_heading_line_is_no_subtitle(monkeypatch):
    from newsie.extractors.segment import TITLE, Block

    roles = _roles_leaning(monkeypatch, [{"headline": 2.0, "column": 1.5, "kicker": 0.0, "subtitle": 0.0},
                                         {"subtitle": 2.0, "headline": 1.5, "kicker": 0.0, "column": 0.0}])
    texts = ["沿海城市中外记者采风行", "“海风里吹来了新日子”"]
    group = [Block(0, 0, 11, texts[0], kind=TITLE), Block(1, 12, 23, texts[1], kind=TITLE)]
    assert roles.assign_roles(group)[1] == ["column", "headline"]
    # a quoted line that is no whole quotation may still be a subtitle
    group[1] = Block(1, 12, 24, "“海风”吹来了渔村新日子", kind=TITLE)
    assert roles.assign_roles(group)[1] == ["headline", "subtitle"]


# HEAD16: a standing column's name and its series words (a block the classifier reads as a
# column: 某栏目·系列名) that the reflow ran into the title below it is cut like a joined title
# block: the column, then the headline (invented texts).
@pytest.mark.parametrize("column", ["人民论坛·湖畔新声·守护身边的绿色家园", "今日谈·湖畔新声·守护身边的绿色家园"])
def test_s16_head16_a_column_line_the_reflow_ran_into_the_title_is_cut_off(column):
    text = (f"{column}\n让每一片湿地都有守护者\n　　湖畔湿地是候鸟南迁途中的歇脚地。每年\n"
            "入冬，成群的候鸟在这里停留觅食，吸引了\n不少观鸟爱好者。\n")
    [article] = newsie.parse(text, issue_date="2019-10-09").articles
    assert article.column.text == column
    assert article.headline.text == "让每一片湿地都有守护者"


def test_s16_head16_a_column_block_joined_across_a_kickers_dash_may_be_cut_there():
    from newsie.extractors.segment import Block
    from newsie.extractors.segment.blocks import COLUMN
    from newsie.extractors.segment.roles import _cuttable, _dash_joined

    text = "今日谈·湖畔回访③记者重访湖畔渔村，听村民讲变化——渔村新貌 日子更甜"
    joined = Block(0, 0, len(text), text, kind=COLUMN, n_lines=2)
    assert _dash_joined(joined) and not _cuttable(joined)  # (commas: cut only after the dash)
    assert not _cuttable(Block(0, 0, 8, "今日谈·湖畔新声", kind=COLUMN, n_lines=1))


# HEAD16: a heading line the page sets word for word over two articles or more (a column or
# series tag) pays 3.0 for the headline and kicker roles (was 2.0): the role model's weak
# column reading of such a line (forced here) no longer makes it the headline over its title.
def test_s16_head16_a_line_repeated_over_articles_is_their_column(monkeypatch):
    from newsie.extractors.segment import TITLE, Block

    roles = _roles_leaning(monkeypatch, [{"headline": 2.0, "column": 0.0, "kicker": 0.0, "subtitle": 0.0},
                                         {"subtitle": 2.0, "headline": 1.0, "kicker": 0.0, "column": 0.0}])
    texts = ["湖畔新声", "让每一片湿地都有守护者"]
    group = [Block(0, 0, 4, texts[0], kind=TITLE), Block(1, 5, 16, texts[1], kind=TITLE)]
    assert roles.assign_roles(group, "", frozenset({texts[0]}))[1] == ["column", "headline"]
    assert roles.assign_roles(group)[1] == ["headline", "subtitle"]  # not repeated: as the model reads it


# STITCH16 (session 16): a jumped article's parts at issue level. The 上接 part repeats the
# whole title, so a line the segmenter read on under the title of the 下转 part is not the
# headline: a head inside the body where the jump part holds such heads, else the subtitle
# (issue._title_read_on). Invented pages.
S16_STITCH16_FIRST_PAGE = """湖区渔家的新日子
开湖第一网
　　本报记者 林一川
　　天刚蒙蒙亮，南湖边的码头上就热闹起
来。老渔民周大伯把渔网搬上船，和儿子一
起驶向湖心，今年的开湖节就要开始了。
　　“今年的水好，鱼也肥。”周大伯一边收
网一边说，网里的鲢鱼活蹦乱跳。（下转第3版）
"""
S16_STITCH16_JUMP_PAGE = """湖区渔家的新日子
　　（上接第1版）收网以后，渔获被送到岸边的
集市上，不到中午就卖完了。
岸上的新营生
　　湖边的村子里，不少渔家开起了民宿和
农家乐，游客白天看捕鱼，晚上尝湖鲜。
　　“过去靠湖吃湖，现在靠湖养湖。”村支书
说，全村的收入比五年前翻了一番。
"""


def test_s16_stitch16_a_head_read_into_the_title_of_a_jumped_article_opens_its_body():
    pages = {1: S16_STITCH16_FIRST_PAGE, 3: S16_STITCH16_JUMP_PAGE}
    (whole,) = newsie.parse_issue(pages, issue_date="2019-10-09").articles
    assert whole.headline.text == "湖区渔家的新日子" and not whole.subheadlines
    assert [(s.text, s.page) for s in whole.section_heads] == [("开湖第一网", 1), ("岸上的新营生", 3)]
    head = whole.section_heads[0]
    assert pages[1][head.start : head.end] == "开湖第一网"
    assert pages[1][whole.headline.start : whole.headline.end] == "湖区渔家的新日子"
    assert whole.body.startswith("天刚蒙蒙亮") and whole.body.endswith("翻了一番。")


def test_s16_stitch16_a_line_read_into_the_title_is_its_subtitle_where_the_jump_part_has_no_heads():
    jump = S16_STITCH16_JUMP_PAGE.replace("岸上的新营生\n", "")
    (whole,) = newsie.parse_issue({1: S16_STITCH16_FIRST_PAGE, 3: jump}, issue_date="2019-10-09").articles
    assert whole.headline.text == "湖区渔家的新日子"
    assert [s.text for s in whole.subheadlines] == ["开湖第一网"] and not whole.section_heads


# The pieces that go on with a jump part (issue._run_in_parts, _run_on_parts) are parts of
# it: their headings are heads inside the joined article, not lost (the page-1 part cut at
# its opening line read as a headline: that line opens the body).
def _s16_stitch16_run_in_pages():
    from newsie.records import Page

    one = "山区公路通到家门口\n通车那天，村里的老人们早早\n站在路边，等着第一辆班车。\n（下转第3版）\n"
    three = "山区公路通到家门口\n（上接第1版）村里的合作社把山货装上了货车。\n"
    art = _one_paragraph_article
    title = art(one, "p1-a1", "山区公路通到家门口")
    cut = art(one, "p1-a2", "通车那天，村里的老人们早早", "站在路边，等着第一辆班车。", continued_to=3)
    part = art(three, "p3-a1", "山区公路通到家门口", "村里的合作社把山货装上了货车。", continued_from=1)
    return [Page(source=one, page_number=1, articles=(title, cut)),
            Page(source=three, page_number=3, articles=(part,))]


def test_s16_stitch16_a_piece_run_into_a_jumped_part_keeps_its_headline_as_a_head_inside():
    issue = newsie.issue.assemble(_s16_stitch16_run_in_pages())
    (whole,) = issue.articles
    assert whole.headline.text == "山区公路通到家门口"
    assert [s.text for s in whole.section_heads] == ["通车那天，村里的老人们早早"]
    assert whole.body == "站在路边，等着第一辆班车。\n村里的合作社把山货装上了货车。"


# The piece right under a jump part whose first paragraph opens on a clause stop goes on
# with the part: the line read as its headline is a body line whose sentence goes on there.
def _s16_stitch16_reads_on_pages(opening: str):
    from newsie.records import Page

    one = "湖区四季\n春天的湖面上，渔船一早就出发了。\n（下转第3版）\n"
    three = ("湖区四季\n（上接第1版）夏天，游客坐着小船穿过荷塘。\n芦苇荡里的候鸟成群\n" + opening + "\n"
             + "山里通了班车\n新开的班车每天往返两趟。\n")
    art = _one_paragraph_article
    first = art(one, "p1-a1", "湖区四季", "春天的湖面上，渔船一早就出发了。", continued_to=3)
    part = art(three, "p3-a1", "湖区四季", "夏天，游客坐着小船穿过荷塘。", continued_from=1)
    piece = art(three, "p3-a2", "芦苇荡里的候鸟成群", opening)
    other = art(three, "p3-a3", "山里通了班车", "新开的班车每天往返两趟。")
    return [Page(source=one, page_number=1, articles=(first,)),
            Page(source=three, page_number=3, articles=(part, piece, other))]


def test_s16_stitch16_a_piece_opening_on_a_comma_under_a_jump_part_goes_on_with_it():
    articles = newsie.issue.assemble(_s16_stitch16_reads_on_pages("，落下又飞起，引得游人驻足。")).articles
    assert [a.body for a in articles] == [
        "春天的湖面上，渔船一早就出发了。\n夏天，游客坐着小船穿过荷塘。\n，落下又飞起，引得游人驻足。",
        "新开的班车每天往返两趟。"]
    assert [s.text for s in articles[0].section_heads] == ["芦苇荡里的候鸟成群"]
    articles = newsie.issue.assemble(_s16_stitch16_reads_on_pages("白鹭落下又飞起，引得游人驻足。")).articles
    assert len(articles) == 3


# A jump part of nothing but its heading (the 上接 marker under the repeated title, no
# paragraph) goes on in the piece under it, where that piece has no byline of its own.
def _s16_stitch16_bare_part_pages(with_byline: bool):
    from newsie.records import Byline, Page

    sp = _s13_stitch_span
    one = "古桥修缮完工\n石匠们用老办法补好了桥面。\n（下转第2版）\n"
    two = ("古桥修缮完工\n（上接第1版）\n河道清淤\n" + ("本报记者 许小河\n" if with_byline else "")
           + "雨季来临前，桥下的河道也清理干净了。\n")
    art = _one_paragraph_article
    first = art(one, "p1-a1", "古桥修缮完工", "石匠们用老办法补好了桥面。", continued_to=2)
    part = art(two, "p2-a1", "古桥修缮完工", continued_from=1)
    byline = (Byline(span=sp(two, "本报记者 许小河"), kind="本报记者", reporters=("许小河",)),) if with_byline else ()
    opening = "雨季来临前，桥下的河道也清理干净了。"
    piece = art(two, "p2-a2", "河道清淤", opening, bylines=byline)
    return [Page(source=one, page_number=1, articles=(first,)),
            Page(source=two, page_number=2, articles=(part, piece))]


def test_s16_stitch16_a_jump_part_of_nothing_but_its_heading_goes_on_in_the_piece_under_it():
    (whole,) = newsie.issue.assemble(_s16_stitch16_bare_part_pages(False)).articles
    assert whole.headline.text == "古桥修缮完工"
    assert whole.body == "石匠们用老办法补好了桥面。\n雨季来临前，桥下的河道也清理干净了。"
    assert [s.text for s in whole.section_heads] == ["河道清淤"]
    assert len(newsie.issue.assemble(_s16_stitch16_bare_part_pages(True)).articles) == 2


# Session 16 (helper COUNT16). The headlines of one series, each under the series' line and
# over its reporter's line, share the shape of a feature's parts (segment._parallel_parts)
# but not its words: the same series line over each title makes them articles of their own
# (heads._parallel_parts reads no part where two such groups share a line), even where the
# heading model leans the other way (a model fitted on other days: here every group it reads
# gets 0.6).
S16_SERIES_PAGE = """老手艺里的新生活
本报记者 李 明
这个国庆假期，古镇的手艺人迎来了
一年里最忙的时候。游客们围在作坊门
口，看师傅们编竹篮、打铜器、做糖画。
“老手艺有了新顾客。”一位师傅说。
山乡寻味
一坛米酒酿十年
本报记者 赵 亮
清晨的酒坊里飘着米香，老周正把蒸
好的糯米摊开晾凉。他家的米酒要在陶
坛里静放一季，才能开坛装瓶。
“慢工出好酒。”老周说。
山乡寻味
一块豆腐走出山
本报记者 孙 伟
磨豆、煮浆、点卤，豆腐坊的灯每天
凌晨三点就亮了。今年起，这里的豆腐
通过冷链车送进了城里的超市。
“山里的味道，城里人也喜欢。”她说。
"""


def test_s16_count16_series_headlines_sharing_a_line_are_articles(monkeypatch):
    _model_reads(monkeypatch, 0.6)
    page = newsie.parse(S16_SERIES_PAGE, issue_date="2019-10-05", page=7)
    heads = [a.headline.text.replace(" ", "") if a.headline else None for a in page.articles]
    assert heads == ["老手艺里的新生活", "一坛米酒酿十年", "一块豆腐走出山"]


# RUNIN16 (session 16): a one-line title ending on a quoted phrase of its own (某某建起“某某”),
# balanced, run into the body's opening line under its kicker, ends its paragraph as one ending
# on a word does (document._title_last) (invented page).
def _assert_title_ends_its_paragraph(text: str, title: str, opening: str) -> None:
    """The reflow of ``text`` gives ``title`` a paragraph of its own, and a paragraph opening on
    ``opening`` (the body's first line the title had run into)."""
    paragraphs = _paragraph_texts(Document(text))
    assert title in paragraphs
    assert any(p.startswith(opening) for p in paragraphs)


def test_s16_runin16_a_title_ending_on_a_quoted_phrase_ends_its_paragraph():
    text = BREAK16_TITLE_PAGE.replace("山村小学有了一片新操场", "山村小学建起“开心操场”")
    _assert_title_ends_its_paragraph(text, "山村小学建起“开心操场”", "在村口，记者见到了16岁的小姑娘阿兰")


# RUNIN16: the body's opening line may open on a span of time counted back (30年前，…), a span
# up to now (建村以来，…) or an invitation (应某某邀请，…): a one-line title over it ends its
# paragraph (document._OPENING_WORDS) (invented page).
RUNIN16_SPAN_PAGE = BREAK16_TITLE_PAGE.split("县里的孩子们")[0] + """一座山村的变迁——
石头村走出了一条致富路
30年前，石头村还是全县最穷
的村子之一，村里没有一条像样的
路，山货运不出去。后来村里修通
了公路，种上了核桃和花椒，家家
户户的日子一天天红火起来，今年
全村人均收入比十年前翻了两番。
"""


@pytest.mark.parametrize("opening", ["30年前，石头村还是全县最穷", "建村以来，石头村一直是全县",
                                     "应县里的邀请，石头村派出了"])
def test_s16_runin16_a_title_over_a_span_of_time_or_an_invitation_ends_its_paragraph(opening):
    text = RUNIN16_SPAN_PAGE.replace("30年前，石头村还是全县最穷", opening)
    _assert_title_ends_its_paragraph(text, "石头村走出了一条致富路", opening)


# RUNIN16: a one-line title closed by its column's name in brackets (某某某某（某某栏）), run into
# the body's opening line, ends its paragraph as the bare title does (document._title_last)
# (invented page).
def test_s16_runin16_a_title_closed_by_a_bracketed_column_name_ends_its_paragraph():
    text = BREAK16_TITLE_PAGE.replace("山村小学有了一片新操场", "山村小学有了操场（山乡行）")
    _assert_title_ends_its_paragraph(text, "山村小学有了操场（山乡行）", "在村口，记者见到了16岁的小姑娘阿兰")


# Session 17, helper JUMP17 (invented texts; the heading model's reading is forced). A round-up
# that jumps: its last part's head (a place closed by a dash over a title, over a bare reporter
# line) stands right over the run that closes with （下转第N版）, and another part of the same
# form opens the page (no run above it, so the parallel-parts rule does not see it): the last
# part is a section head of the round-up, which carries the marker, not an article of its own.
_S17_JUMP17_PART_ONE = """  青石镇柳溪村——

  小院种出好日子

本报记者  林  楠

  清晨的柳溪村还笼着一层薄雾，村民

周大山已经在自家小院里忙开了。几年前，

这里还是堆满杂物的空地，如今瓜果满架，

成了远近闻名的“共享菜园”。

  “过去守着院子没收入，现在游客来摘

菜、吃农家饭，一年能多挣两万多元。”周

大山一边说，一边把刚摘下的黄瓜装进竹筐。

"""
# (the plain title set flush, as a page that indents its paragraphs sets its headlines; session
# 67: an indented line there is body text, blocks._indented_as_body)
_S17_JUMP17_PLAIN_ONE = _S17_JUMP17_PART_ONE.replace("  青石镇柳溪村——\n\n", "").replace(
    "本报记者  林  楠\n\n", "").replace("  小院种出好日子", "小院种出好日子")
_S17_JUMP17_PART_TWO = """  白沙县老城区——

  老街巷焕发新活力

本报记者  韩  舟

  走进白沙县老城区，青砖灰瓦的老街巷

修葺一新，咖啡馆、手作坊和老字号店铺错

落有致，来往游人络绎不绝。

  “街还是那条街，但人气完全不一样

了。”经营糕点铺三十年的许阿婆笑着说，

改造时县里保留了老墙老树，只换了地下管

网，连门牌都是照着旧样式重做的。

（下转第 7 版）
"""


def _s17_jump17_articles(monkeypatch, text: str):
    from newsie.extractors.segment import heads

    monkeypatch.setattr(heads, "_heading_strength", lambda seq, i, lengths: 0.9)
    page = newsie.parse(text, page=5, issue_date="2024-10-02")
    return [(a.headline.text, a.continued_to, [s.text for s in a.section_heads]) for a in page.articles]


def test_s17_jump17_a_round_ups_last_part_over_a_jump_is_a_section_head(monkeypatch):
    arts = _s17_jump17_articles(monkeypatch, _S17_JUMP17_PART_ONE + _S17_JUMP17_PART_TWO)
    assert [(h, to) for h, to, _ in arts] == [("小院种出好日子", 7)]
    assert {"白沙县老城区——", "老街巷焕发新活力"} <= set(arts[0][2])
    # a lone part's head over a jump (the article above has a plain title, no reporter line)
    # still heads its article
    arts = _s17_jump17_articles(monkeypatch, _S17_JUMP17_PLAIN_ONE + _S17_JUMP17_PART_TWO)
    assert [(h, to) for h, to, _ in arts] == [("小院种出好日子", None), ("老街巷焕发新活力", 7)]


# BODY17 (session 17): a round-up closed by its credit naming three reporters or more
# (（本报记者甲、乙、丙）, （综合本报记者…报道）) or by a pointer to related reports (（相关报道见第N版）)
# ends there: a heading group right under such a note heads the next article
# (heads._under_a_closing_credit), even where the heading model reads it as a section head
# (made to read 0.15 here). A part closed by its one reporter's credit is left to the heading
# model (invented pages, invented names).
BODY17_ROUND_UP_PAGE = """各地秋收忙
金秋时节，北方各地的玉米进入收获期，
田间地头一片繁忙，收割机来回穿梭。
南方的晚稻也陆续成熟，农技人员走进田
间，指导农户抢晴收割、及时晾晒。
（本报记者林青山、赵小禾、周一帆、吴未名）
小巷里的读书角
傍晚时分，城南一条小巷里的读书角亮起
了灯，几位老人正在翻看杂志。
读书角由居民自发建起，如今藏书已有两
千多册，成了街坊们常来常往的好去处。
"""

BODY17_CROSS_REFERENCE_PAGE = """秋粮收购有序开展
各地粮食部门提前备好仓容，合理布设收
购网点，方便农民就近售粮。
收购价格总体平稳，售粮农户满意度较高。
（相关报道见第十版）
山村通上了公交车
清晨六点，第一班公交车从镇上开出，沿
着新修的盘山路驶向山里。
以前进城要走两个小时山路，如今坐车半
个小时就能到，村民出行方便多了。
"""

BODY17_ONE_REPORTER_PAGE = """各地秋收忙
金秋时节，北方各地的玉米进入收获期，
田间地头一片繁忙，收割机来回穿梭。
南方的晚稻也陆续成熟，农技人员走进田
间，指导农户抢晴收割、及时晾晒。
（本报记者林青山）
小巷里的读书角
傍晚时分，城南一条小巷里的读书角亮起
了灯，几位老人正在翻看杂志。
读书角由居民自发建起，如今藏书已有两
千多册，成了街坊们常来常往的好去处。
"""


@pytest.mark.parametrize("text, first, second, opening", [
    (BODY17_ROUND_UP_PAGE, "各地秋收忙", "小巷里的读书角", "傍晚时分"),
    (BODY17_CROSS_REFERENCE_PAGE, "秋粮收购有序开展", "山村通上了公交车", "清晨六点"),
])
def test_s17_body17_a_title_under_a_round_ups_closing_credit_heads_the_next_article(monkeypatch, text, first,
                                                                                   second, opening):
    page = _parse_doubting(monkeypatch, text, [second], 0.15, issue_date="2019-10-08", page=4)
    heads = _headlines(page)
    assert heads == [first, second]
    assert not page.articles[0].section_heads
    assert page.articles[1].body.startswith(opening)


def test_s17_body17_a_title_under_one_reporters_credit_is_left_to_the_heading_model(monkeypatch):
    from newsie.extractors.segment.heads import _ROUND_UP_CREDIT

    assert _ROUND_UP_CREDIT.fullmatch("本报记者林青山、赵小禾、周一帆")
    assert _ROUND_UP_CREDIT.fullmatch("综合本报记者林青山、赵小禾、周一帆报道")
    assert not _ROUND_UP_CREDIT.fullmatch("本报记者林青山")
    assert not _ROUND_UP_CREDIT.fullmatch("本报记者林青山、赵小禾")
    assert not _ROUND_UP_CREDIT.fullmatch("本报记者林青山、赵小禾、周一帆采访整理")
    page = _parse_doubting(monkeypatch, BODY17_ONE_REPORTER_PAGE, ["小巷里的读书角"], 0.15,
                           issue_date="2019-10-08", page=4)
    heads = _headlines(page)
    assert heads == ["各地秋收忙"]
    assert [s.text for s in page.articles[0].section_heads] == ["小巷里的读书角"]


def test_s17_count17_dash_lead_ins_on_a_page_are_a_features_section_heads(monkeypatch):
    # COUNT17: a feature whose parts open on a line leading into them with a dash (水从哪里来——),
    # the heading model doubting each (under its threshold): two or more such groups between runs
    # on a page are section heads of the text around them, taken in before the pairing (on a
    # page printing headlines after their bodies the pairing took some as the headline of the
    # part above). A lone one, a group the model reads as a heading, a kicker over its title and
    # a subtitle naming a genre (——…纪实) over such a line stay.
    from newsie.extractors import segment as S

    block = _invented_block

    runs = _invented_runs(
        "山村的清晨，雾气还没有散开，村民们已经下地了。",
        "过去吃水要到三里外的河沟去挑，如今自来水通到了灶台边。",
        "合作社去年卖出核桃二十多吨，村里还开起了两家农家乐。")
    headline = [block(S.TITLE, "山村新事多")]
    first = [block(S.KICKER, "水从哪里来——")]
    second = [block(S.TITLE, "——老村长"), block(S.TITLE, "日子越过越红火，钱从哪"), block(S.KICKER, "里来——")]
    seq = [headline, runs[0], first, runs[1], second, runs[2]]
    threshold = S.heads._heading_model()["threshold"]
    probs = {0: 1.0, 2: 0.3, 4: 0.2}
    assert 0.3 < threshold < S.heads._SOFT_HIGH
    monkeypatch.setattr(S.heads, "_heading_strength", lambda seq, i, lengths=None: probs[i])
    out, soft = S.heads._absorb_section_heads(seq, S.heads._SOFT_LOW)
    assert len(out) == 2 and not soft
    assert [b.text for b in out[1].section_heads] == ["水从哪里来——", "——老村长", "日子越过越红火，钱从哪", "里来——"]
    out, soft = S.heads._absorb_section_heads(seq[:4], S.heads._SOFT_LOW)  # a lone one: left to the pairing
    assert len(out) == 4 and id(first) in soft
    probs[4] = (threshold + S.heads._SOFT_HIGH) / 2  # read as a heading, if barely: the model's word stands
    out, soft = S.heads._absorb_section_heads(seq, S.heads._SOFT_LOW)
    assert len(out) == 4 and [b.text for b in out[1].section_heads] == ["水从哪里来——"] and id(second) in soft
    probs[4] = 0.2
    titled = [block(S.KICKER, "钱从哪里来——"), block(S.TITLE, "核桃树成了摇钱树")]  # a kicker over its title
    out, soft = S.heads._absorb_section_heads([headline, runs[0], first, runs[1], titled, runs[2]], S.heads._SOFT_LOW)
    assert len(out) == 6 and id(first) in soft and id(titled) in soft
    assert S.heads._dash_lead_in(second) and not S.heads._dash_lead_in(titled)
    assert not S.heads._dash_lead_in([block(S.SUB, "——山村新事多采访纪实"), block(S.KICKER, "钱从哪里来——")])


def test_s17_speed17_shared_width_as_the_full_search():
    # the width most lines of a sorted window share (within [b - 1.5, b + 0.5]), read from the
    # widest down and ended early, picks what trying every width picks: the most lines, a tie
    # to the wider width, 0.0 under three lines
    import random

    from newsie.document import _shared

    def every_width(window):
        best, support = 0.0, 0
        for b in window:
            s = sum(1 for w in window if b - 1.5 <= w <= b + 0.5)
            if s >= support:
                best, support = b, s
        return best if support >= 3 else 0.0

    rng = random.Random(17)
    for _ in range(3000):
        window = tuple(sorted(rng.choice((6.0, 9.5, 10.0, 11.0, 11.5, 12.0, 12.5, 13.0, 20.0)) + rng.choice((0.0, 0.5, 1.5))
                              for _ in range(rng.randint(0, 13))))
        # (_shared reads widths in half ems, whole numbers: session 30)
        assert _shared([int(2 * w) for w in window]) == every_width(window), window
    assert _shared([20, 21, 24, 24]) == 12.0 and _shared([22, 25]) == 0.0


# STITCH17: a part that jumps holding nothing but the tail of a round-up part's head closed by
# a dash (the head's first words read as the headline of the piece above) goes on from that
# piece (issue._dash_fragment in _reads_in). Invented page.
def _s17_stitch17_fragment_pages(tail: str):
    from newsie.records import Article, Page

    one = ("守护青山的人们\n青山镇护林队\n“山上一草一木都是宝。”护林员们常这样说。\n"
           + tail + "\n（下转第3版）\n")
    three = "守护青山的人们\n（上接第1版）王大山每天清晨都要上山巡一圈。\n"
    art = _one_paragraph_article
    above = art(one, "p1-a1", "青山镇护林队", "“山上一草一木都是宝。”护林员们常这样说。")
    fragment = Article(id="p1-a2", paragraphs=(_s13_stitch_span(one, tail),), body=tail, continued_to=3)
    part = art(three, "p3-a1", "守护青山的人们", "王大山每天清晨都要上山巡一圈。", continued_from=1)
    return [Page(source=one, page_number=1, articles=(above, fragment)),
            Page(source=three, page_number=3, articles=(part,))]


def test_s17_stitch17_a_jumping_dash_fragment_goes_on_from_the_piece_above():
    (whole,) = newsie.issue.assemble(_s17_stitch17_fragment_pages("老队员王大山——")).articles
    assert whole.headline.text == "守护青山的人们"
    assert whole.body == "“山上一草一木都是宝。”护林员们常这样说。\n老队员王大山——\n王大山每天清晨都要上山巡一圈。"
    assert [s.text for s in whole.section_heads] == ["青山镇护林队"]
    # a jumping piece of running text (no dash at its end) does not take the piece above
    articles = newsie.issue.assemble(_s17_stitch17_fragment_pages("老队员王大山说起了往事。")).articles
    assert len(articles) == 2


# OTHER17 (session 17): a title that fills its column over its writer's name on a line of its own
# (the other month's signed pieces). The reflow ran the name on into the title (a full line goes
# on), so the headline read 某某某某某某方晓川 and the piece had no byline;
# document._end_titles_over_signatures ends the title's paragraph there (invented page).
OTHER17_SIGNED_PAGE = """村里的合作社今年分了红，每户拿
到两千多元。社员们说，明年还要多
种些果树，把日子过得更红火。
老街新开的书屋成了孩子的乐园
方晓川
镇上的老街开了一家小书屋，店面
不大，摆满了各类图书。每到周末，
附近的孩子们就来这里看书写作业，
店主还常常给他们讲故事。
书屋的主人是一位退休教师，他说
开书屋不为挣钱，只想让孩子们多读
几本好书。
"""


def test_s17_other17_a_title_run_on_into_its_writers_name_ends_its_paragraph():
    paragraphs = _paragraph_texts(Document(OTHER17_SIGNED_PAGE))
    assert "老街新开的书屋成了孩子的乐园" in paragraphs and "方晓川" in paragraphs
    page = newsie.parse(OTHER17_SIGNED_PAGE)
    piece = page.articles[-1]
    assert piece.headline.text == "老街新开的书屋成了孩子的乐园"
    assert [r for b in piece.bylines for r in b.reporters] == ["方晓川"]
    # a number torn from its unit at the line end, or a "name" the page repeats, is one line wrapped
    for title, name in (("老街新开的书屋迎来了一百", "万人"), ("老街新开的书屋成了孩子的乐园", "方晓川")):
        text = OTHER17_SIGNED_PAGE.replace("老街新开的书屋成了孩子的乐园\n方晓川", f"{title}\n{name}")
        if name == "方晓川":
            text = text.replace("店主还常常", "方晓川还常常")
        assert f"{title}{name}" in _paragraph_texts(Document(text))


# OTHER17 (session 17): a reporter line with its paper and post (本报驻某国记者 某某) over the
# body, which the reflow ran on into the body's first line (a short line, read as an indented
# first line): document._end_signatures_over_bodies ends its paragraph (invented page).
OTHER17_POSTED_PAGE = """港口的吊车日夜不停，集装箱
堆得像小山一样。码头工人说，
今年的货比去年多了三成。
海边小城办起了风筝节
本报驻南非记者 许小川
海边的小城今年办起了风筝
节，来自各地的风筝爱好者聚
在沙滩上，放飞了上百只风筝。
最大的一只风筝有二十多米长，
要六个人一起才能放上天。
"""


def test_s17_other17_a_posted_reporters_line_run_into_the_body_ends_its_paragraph():
    assert "本报驻南非记者 许小川" in _paragraph_texts(Document(OTHER17_POSTED_PAGE))
    piece = newsie.parse(OTHER17_POSTED_PAGE).articles[-1]
    assert piece.headline.text == "海边小城办起了风筝节"
    assert [r for b in piece.bylines for r in b.reporters] == ["许小川"]
    assert piece.body.startswith("海边的小城今年办起了风筝节")


# OTHER18 (session 18): document._end_titles_over_signatures stays out of a page holding a jump
# marker (the parts of a jumped piece are stitched by their headings) and out of a piece closed by
# a reporter's write-up credit (several speakers' parts, each titled and signed inside its body).
# The same invented page as OTHER17's, with the title over its name left run on.
def test_s18_other18_no_title_ended_over_a_name_above_a_write_up_credit():
    text = OTHER17_SIGNED_PAGE + "（本报记者于小禾采访整理）\n"
    assert "老街新开的书屋成了孩子的乐园方晓川" in _paragraph_texts(Document(text))
    # the credit above the title closes the piece before it: the title still ends its paragraph
    text = OTHER17_SIGNED_PAGE.replace("老街新开的书屋", "（本报记者于小禾采访整理）\n老街新开的书屋", 1)
    assert "老街新开的书屋成了孩子的乐园" in _paragraph_texts(Document(text))


def test_s18_other18_no_title_ended_over_a_name_on_a_page_of_jump_parts():
    for marker in ("（下转第四版）", "（上接第一版）"):
        text = OTHER17_SIGNED_PAGE.replace("更红火。", f"更红火。{marker}", 1)
        assert "老街新开的书屋成了孩子的乐园方晓川" in _paragraph_texts(Document(text))


# STITCH18 (session 18): a jumped article's opening read into a heading. On a page that prints
# headlines after their bodies ([body A] [title A] [body B] [title B]), B's opening sentence set
# apart (a lead-in) is taken in by title A's heading as its last line, or is left over as a
# heading group of its own right above B's text; it opens B (grouping._openings_off_headings_after,
# grouping._openings_off_leftovers). A short title with a comma and a subtitle closed on a figure
# stay in the heading. Invented blocks.
def _s18_stitch18_runs(opening: str, width_ratio: float = 0.95):
    from newsie.extractors.segment.blocks import BODY, TITLE, Block
    from newsie.extractors.segment.grouping import _Run

    body_a = Block(0, 0, 18, "志愿者们把最后一箱书搬上了货车。", kind=BODY, col=18.0)
    title_a = Block(1, 19, 26, "山村图书角揭牌", kind=TITLE, width_ratio=0.4, col=18.0)
    line = Block(2, 27, 27 + len(opening), opening, kind=TITLE, width_ratio=width_ratio, col=18.0)
    body_b = Block(3, 60, 80, "新图书角里摆着两千多册新书。", kind=BODY, col=18.0)
    title_b = Block(4, 81, 88, "孩子们有了读书的好去处", kind=TITLE, width_ratio=0.6, col=18.0)
    return [_Run([body_a], [title_a, line]), _Run([body_b], [title_b])], line


def test_s18_stitch18_an_opening_taken_in_by_the_heading_above_opens_the_body_below():
    from newsie.extractors.segment.blocks import BODY
    from newsie.extractors.segment.grouping import _openings_off_headings_after

    runs, line = _s18_stitch18_runs("秋雨刚停，孩子们就早早等在了图书角门口")
    _openings_off_headings_after(runs)
    assert [b.text for b in runs[0].heading] == ["山村图书角揭牌"]
    assert runs[1].blocks[0] is line and line.kind == BODY


@pytest.mark.parametrize("line, ratio", [
    ("读书，真好", 0.3),  # a short title with a comma, well short of the column's measure
    ("截至十月底，全县已建成图书角86个，藏书12万册", 0.95),  # a subtitle closed on a figure
])
def test_s18_stitch18_a_short_comma_title_or_a_figure_subtitle_stays_in_the_heading(line, ratio):
    from newsie.extractors.segment.grouping import _openings_off_headings_after

    runs, block = _s18_stitch18_runs(line, ratio)
    _openings_off_headings_after(runs)
    assert runs[0].heading[-1] is block and runs[1].blocks[0].text.startswith("新图书角")


def test_s18_stitch18_a_leftover_opening_over_a_body_whose_heading_follows_it_opens_that_body():
    from newsie.extractors.segment.blocks import BODY, COLUMN, TITLE, Block
    from newsie.extractors.segment.grouping import _openings_off_leftovers, _Run

    lead = [Block(0, 0, 17, "夜色渐浓，河岸两边的灯笼一盏盏亮了", kind=TITLE, width_ratio=0.95, col=18.0),
            Block(1, 18, 30, "起来，古镇迎来了一年里最热闹的时候", kind=TITLE, width_ratio=0.9, col=18.0)]
    body = Block(2, 31, 60, "今年的灯会共设展区六个，展出花灯三百余组。", kind=BODY, col=18.0)
    title = Block(3, 61, 68, "古镇灯会开幕", kind=TITLE, width_ratio=0.35, col=18.0)
    runs, leftovers = [_Run([body], [title])], [lead]
    _openings_off_leftovers(runs, leftovers)
    assert leftovers == [] and runs[0].blocks[:2] == lead and all(b.kind == BODY for b in lead)
    # a column tag left over there stays a tag, and so does a group over a body whose heading is above it
    tag = [Block(0, 0, 4, "河畔夜话", kind=COLUMN, width_ratio=0.25, col=18.0)]
    runs, leftovers = [_Run([body], [title])], [tag]
    _openings_off_leftovers(runs, leftovers)
    assert leftovers == [tag]
    lead2 = [Block(0, 0, 17, "夜色渐浓，河岸两边的灯笼一盏盏亮了起来", kind=TITLE, width_ratio=0.95, col=18.0)]
    runs, leftovers = [_Run([body], [Block(-1, -8, -1, "古镇灯会开幕", kind=TITLE, col=18.0)])], [lead2]
    _openings_off_leftovers(runs, leftovers)
    assert leftovers == [lead2]


# STITCH18: a body's first line run into a subtitle that quotes a list (——记“甲、乙、丙”…): the
# stops inside the quote are the quoted words', not a sign that the heading runs as prose, so the
# line goes back to the body (blocks._body_openings_off_headings). Invented page.
S18_STITCH18_QUOTED_SUBTITLE_PAGE = """河湾村的书屋热闹起来
本报记者 林 远
周末一大早，河湾村的农家书屋就坐满了
人，有的看报纸，有的翻农技手册，还有孩
子们围在一起读绘本，屋里静悄悄的。
书屋管理员老陈说，前些年书屋冷冷清清，
如今借书的人越来越多，书架都快不够用了。
乡亲们的书屋
——记“借书、还书、荐书”三项制度落地
入秋以后，书屋又添了三百多册
新书，村里的年轻人下了班也愿意来坐一坐，看看
书、聊聊天，书屋成了村里最热闹的地方。
村委会还请来县图书馆的老师，每月办一
次读书会，参加的村民一次比一次多。
"""


def test_s18_stitch18_a_bodys_first_line_under_a_subtitle_quoting_a_list_goes_back_to_the_body():
    page = newsie.parse(S18_STITCH18_QUOTED_SUBTITLE_PAGE, issue_date="2019-10-05", page=5)
    books = page.articles[-1]
    assert books.headline.text == "乡亲们的书屋"
    assert [s.text for s in books.subheadlines] == ["——记“借书、还书、荐书”三项制度落地"]
    assert books.body.startswith("入秋以后，书屋又添了三百多册")


# TITLES18 (session 18): a long text with no section head over its first part, then one group
# the heading model doubts but not much (0.2 up to its threshold), alone between the page's sure
# headings: two articles, the group the second's headline (heads._lone_doubt_under_a_long_run).
# A short text above it, or a second doubted group in the same stretch (an article's section
# heads come in sets), leaves it to the pairing as before. Invented page, invented names.
_S18_TITLES18_LONG = [
    "入秋以来，河湾镇组织党员志愿者和沿河村民开展了一场持续两个月的清河行动，"
    "从上游的石板桥一直清到下游的老渡口，全长十多公里的河道焕然一新。",
    "行动开始前，镇里请来水利站的技术员沿河走了三趟，把淤积严重、垃圾成堆的河段"
    "一一标在图上，再按村分段包干，每段都有党员带头、村民跟进。",
    "沿河的七个村各自组织了清淤小队，白天下河捞杂物、清淤泥，晚上在村部碰头，"
    "把第二天要清的河段和要借的工具一样样落实下来。",
    "家住桥头村的老周今年六十多岁，每天天不亮就扛着竹耙出门。他说，小时候常在"
    "这条河里摸鱼游泳，后来河水变浑了，心里一直不是滋味。",
    "镇上的学校也加入进来，老师带着学生在岸边捡拾塑料瓶和废纸，还在校门口办起"
    "了护河小展览，把清河前后的照片贴在一起，让大家比一比。",
    "清出来的淤泥没有一倒了之。镇农技站化验后，把符合标准的淤泥运到附近的果园"
    "和苗圃里改良土壤，几户果农说今年的橘子长得格外好。",
    "为了不让河道再脏回去，镇里定下了河长巡河的规矩，每个村选出两名护河员，"
    "每周至少巡河两次，发现问题当天上报、当天处理。",
    "清河行动也带动了村里的产业。河湾村的几户人家在河边开起了农家小院，周末常有城里人"
    "来钓鱼、吃农家菜，一个月下来，每户能多挣两三千元。",
    "镇里还请来县里的环保志愿者，给沿河的养殖户讲怎样处理畜禽粪污，几家养猪场先后"
    "建起了沼气池，污水不再直接排进河里。",
    "下游的老渡口是全镇最难清的一段。那里常年堆着建筑垃圾，志愿者们借来两台挖掘机，"
    "连干了五天，才把河床上的碎砖烂瓦清干净。",
    "行动中，镇纪委的干部也常到河边转一转，看看包干的河段有没有清到位，发现有应付了事的，"
    "就当场拍照、限期整改。",
    "为了让孩子们从小爱护河流，学校把每月的第一个周六定为护河日，老师带着学生沿河"
    "捡垃圾、测水温，再把看到的情况写成小日记。",
    "如今走在河堤上，清清的河水映着两岸的柳树，不少在外地上班的年轻人回家后都说，"
    "好像又看到了小时候的那条河。镇里正打算沿河修一条步道，方便大家饭后散步。",
]
_S18_TITLES18_SECOND = [
    "城东社区的老年食堂上个月正式开张，每天中午为辖区内的老人提供两荤两素的热乎饭菜，"
    "价格实惠，还能送餐上门。",
    "食堂由社区和附近一家餐馆合办，菜单每周一换，老人们可以提前一天在登记簿上点菜。",
]


def _s18_titles18_wrap(paragraphs: list[str], width: int = 19) -> str:
    """Paragraphs set in lines of ``width`` characters, as e-paper text comes out."""
    lines = []
    for p in paragraphs:
        lines += [p[k:k + width] for k in range(0, len(p), width)]
    return "\n".join(lines)


def _s18_titles18_page(long: bool = True, second_head: str | None = None) -> str:
    above = _S18_TITLES18_LONG if long else _S18_TITLES18_LONG[:2]
    if second_head is not None:
        above = above[:4] + [second_head] + above[4:]
    return ("河湾镇两个月清出一条清水河\n" + _s18_titles18_wrap(above) + "\n社区老年食堂开张了\n"
            + _s18_titles18_wrap(_S18_TITLES18_SECOND) + "\n")


def test_s18_titles18_a_lone_doubted_group_under_a_long_text_heads_an_article(monkeypatch):
    assert sum(map(len, _S18_TITLES18_LONG)) >= 800
    probs = {("河湾镇两个月清出一条清水河",): 0.9, ("社区老年食堂开张了",): 0.2, ("人人都是护河员",): 0.1}
    page = _parse_doubting_groups(monkeypatch, _s18_titles18_page(), probs, issue_date="2019-10-08", page=5)
    assert _headlines(page) == ["河湾镇两个月清出一条清水河", "社区老年食堂开张了"]
    assert not page.articles[0].section_heads
    assert page.articles[1].body.startswith("城东社区的老年食堂")
    # the text above is short: the heading model's doubt stands
    page = _parse_doubting_groups(monkeypatch, _s18_titles18_page(long=False), probs,
                                  issue_date="2019-10-08", page=5)
    assert _headlines(page) == ["河湾镇两个月清出一条清水河"]
    assert [s.text for s in page.articles[0].section_heads] == ["社区老年食堂开张了"]
    # another doubted group in the same stretch: section heads of one article, both
    page = _parse_doubting_groups(monkeypatch, _s18_titles18_page(second_head="人人都是护河员"), probs,
                                  issue_date="2019-10-08", page=5)
    assert _headlines(page) == ["河湾镇两个月清出一条清水河"]
    assert [s.text for s in page.articles[0].section_heads] == ["人人都是护河员", "社区老年食堂开张了"]


# STITCHPDF18 (session 18): a round-up whose banner (the headline its jump part repeats)
# was read as the kicker of its first part's own heading. The part that jumps is a later
# part; issue._run_in_parts takes the parts before it up to the one whose kicker opens on
# that headline (_banner_words), and the banner is the joined article's headline, the
# first part's label and title heads inside its body (_banner_as_headline). Where the
# parts carry labels as kickers, the labelled part under the jump part is one more part
# (_labelled_part). Invented pages.
def _s18_stitchpdf18_roundup_pages(labelled: bool):
    from newsie.records import Page, Span

    sp = _s13_stitch_span
    banner = "江畔人家的新生活"
    one = (banner + "\n" + ("养蜂能手周小禾\n" if labelled else "") + "蜜蜂飞进百花园\n"
           + "周小禾的蜂箱摆满了半山坡。\n"
           + "茶农吴青山\n春茶采摘忙\n吴青山家的茶园今年添了新苗。\n（下转第4版）\n")
    four = (banner + "\n（上接第1版）新茶上市那天，收购商早早等在村口。\n"
            + "渔民方大海\n江上打鱼人上岸\n方大海如今在岸边开了一家小饭馆。\n")
    if labelled:
        start = one.index(banner)
        end = one.index("养蜂能手周小禾") + len("养蜂能手周小禾")
        kicker = Span(start=start, end=end, text=banner + " 养蜂能手周小禾")
    else:
        kicker = sp(one, banner)
    art = _one_paragraph_article
    first = art(one, "p1-a1", "蜜蜂飞进百花园", "周小禾的蜂箱摆满了半山坡。", kicker=kicker)
    cut = art(one, "p1-a2", "春茶采摘忙", "吴青山家的茶园今年添了新苗。", kicker=sp(one, "茶农吴青山"),
              continued_to=4)
    part = art(four, "p4-a1", banner, "新茶上市那天，收购商早早等在村口。", continued_from=1)
    after = art(four, "p4-a2", "江上打鱼人上岸", "方大海如今在岸边开了一家小饭馆。", kicker=sp(four, "渔民方大海"))
    return [Page(source=one, page_number=1, articles=(first, cut)),
            Page(source=four, page_number=4, articles=(part, after))]


def test_s18_stitchpdf18_a_banner_read_as_the_first_parts_kicker_heads_the_joined_roundup():
    articles = newsie.issue.assemble(_s18_stitchpdf18_roundup_pages(False)).articles
    whole = articles[0]
    assert whole.headline.text == "江畔人家的新生活" and whole.kicker is None
    assert whole.body == ("周小禾的蜂箱摆满了半山坡。\n吴青山家的茶园今年添了新苗。\n"
                          "新茶上市那天，收购商早早等在村口。")
    assert [s.text for s in whole.section_heads] == ["蜜蜂飞进百花园", "茶农吴青山", "春茶采摘忙"]
    assert len(articles) == 2  # no labels over the first part's title: the piece under the jump part stays


def test_s18_stitchpdf18_a_banner_over_a_label_in_one_kicker_and_the_labelled_part_under_the_jump():
    (whole,) = newsie.issue.assemble(_s18_stitchpdf18_roundup_pages(True)).articles
    assert whole.headline.text == "江畔人家的新生活" and whole.kicker is None
    assert [s.text for s in whole.section_heads] == [
        "养蜂能手周小禾", "蜜蜂飞进百花园", "茶农吴青山", "春茶采摘忙", "渔民方大海", "江上打鱼人上岸"]
    assert whole.body.endswith("新茶上市那天，收购商早早等在村口。\n方大海如今在岸边开了一家小饭馆。")


def test_s18_speed18b_openings_running_on_reads_each_line_when_it_is_reached():
    # the lines that open a paragraph and run on, read as a rule walking them leaves them:
    # a paragraph the walker ends makes the line below it an opening
    from newsie.document import Line, _opens_and_runs_on, _openings_running_on

    lines = [Line(0, 0, 0, 10.0, t, breaks_after=b)
             for t, b in (("甲", False), ("乙", False), ("丙", True), ("丁", False), ("戊", False), ("己", True))]
    assert [i for i in range(len(lines)) if _opens_and_runs_on(lines, i)] == [0, 3]
    seen = []
    for i in _openings_running_on(lines, 0, len(lines)):
        seen.append(i)
        lines[i].breaks_after = True  # each opening ends its paragraph: the next line opens one
    assert seen == [0, 1, 3, 4]
    assert list(_openings_running_on(lines, 1, len(lines))) == []
    assert list(_openings_running_on([], 1, -1)) == []  # a page of no lines


def test_s18_speed18b_a_heading_over_several_lines_is_one_span_and_a_one_line_heading_its_lines_span():
    # Draft._span: the parts of a heading of several lines are read, not built as spans; a
    # heading of one line is that line's span
    from newsie.draft import Draft

    text = "山那边的小站\n迎来第一趟车\n\n　　清晨六点，站台上已经站满了等车的人。\n"
    doc = Document(text)
    draft = Draft(doc)
    first, second = doc.lines[0], doc.lines[1]
    one = draft._span([(first.clean_start, first.clean_end)])
    assert one == doc.span(first.clean_start, first.clean_end)
    both = draft._span([(first.clean_start, first.clean_end), (second.clean_start, second.clean_end)])
    assert (both.start, both.end, both.text) == (0, text.index("车") + 1, "山那边的小站 迎来第一趟车")
    assert doc._span_fields(second.clean_start, second.clean_end) == (text.index("迎"), text.index("车") + 1, "迎来第一趟车")


def test_s18_speed18b_the_lines_closed_by_a_photo_credit_are_listed_once_for_the_caption_rules():
    # _LineFacts.credited: the lines closed by a photo credit, in order, read by
    # _end_credit_lines and _join_caption_tails instead of a walk over every line each
    from newsie.document import _LineFacts

    doc = Document("河边新开了一家书店\n\n　　周末的早上，书店门口排起了长队，孩子们最喜欢这里的绘本角。\n\n"
                   "小镇清晨的集市。 张小明摄\n")
    facts = _LineFacts(doc.lines)
    assert facts.credited == [2]
    assert [i for i, p in enumerate(facts.props) if "credit_end" in p] == facts.credited


# HEAD18 (session 18): a heading line that names its topic before a colon with words after it
# (某县：某事, set over a second line of the title) is a headline's, never a kicker's or a
# column's: the kicker and column roles pay 3.0 there (roles._topic_colon_tolls). A line ending
# on the colon (a speaker's kicker), a clock time, a credit's field (作词：), a bracketed note, a
# list's lead-in (…做法：●…) and a title over a signature are left alone (invented texts). HEAD18B:
# only over a heading line set at least 1.3 times wider (the title's main line).
def test_s18_head18_a_topic_colon_line_is_no_kicker(monkeypatch):
    from newsie.extractors.segment import TITLE, Block

    roles = _roles_leaning(monkeypatch, [{"kicker": 2.0, "headline": 1.5, "column": 0.0, "subtitle": 0.0},
                                         {"headline": 2.0, "subtitle": 0.0, "kicker": 0.0, "column": 0.0}])

    def read(top: str, below: str = "万亩良田迎来丰收季", widths: tuple[float, float] = (0.4, 0.9)) -> list[str]:
        group = [Block(0, 0, len(top), top, kind=TITLE, width_ratio=widths[0]),
                 Block(1, len(top) + 1, len(top) + 1 + len(below), below, kind=TITLE, width_ratio=widths[1])]
        return roles.assign_roles(group)[1]

    assert read("青禾县：稻田披新绿") == ["headline", "headline"]
    assert read("远山镇气象站：秋雨偏少") == ["headline", "headline"]
    for top in ("青禾县农业农村局负责人：", "16：30 稻田披新绿", "作词：林青山", "（青禾县：稻田）",
                "主要做法：●抢收稻谷", "青禾县稻田披新绿"):
        assert read(top) == ["kicker", "headline"], top
    assert read("青禾县：稻田披新绿", "本报记者 林青山") == ["kicker", "headline"]  # a signature below


# HEAD18B (session 18): the topic-colon toll holds only where the line below runs at least 1.3
# times wider than the colon line (a short topic lead over the title's wider main line); a colon
# line over a line no wider (a one-line title wrapped at its measure, or set over another
# article's headline) and a colon followed by a bracketed note are left to the model (invented).
def test_s18_head18b_a_topic_colon_line_over_a_line_no_wider_keeps_its_role(monkeypatch):
    from newsie.extractors.segment import TITLE, Block

    roles = _roles_leaning(monkeypatch, [{"kicker": 2.0, "headline": 1.5, "column": 0.0, "subtitle": 0.0},
                                         {"headline": 2.0, "subtitle": 0.0, "kicker": 0.0, "column": 0.0}])

    def read(top: str, below: str, widths: tuple[float, float]) -> list[str]:
        group = [Block(0, 0, len(top), top, kind=TITLE, width_ratio=widths[0]),
                 Block(1, len(top) + 1, len(top) + 1 + len(below), below, kind=TITLE, width_ratio=widths[1])]
        return roles.assign_roles(group)[1]

    assert read("青禾县：稻田披新绿", "万亩良田迎来丰收季", (0.5, 0.7)) == ["headline", "headline"]
    for widths in ((0.5, 0.6), (0.9, 0.4), (0.8, 0.8), (0.0, 0.9)):
        assert read("青禾县：稻田披新绿", "万亩良田迎来丰收季", widths) == ["kicker", "headline"], widths
    assert roles._TOPIC_COLON.match("秋收图记：（远山社稿）") is None  # a bracketed note after the colon


# JUMPPDF19 (session 19): a round-up printed with its banner in one heading group over the
# first part's label and title, and each next part a label and a title cut to the very same
# line lengths, each over its reporter's line. The heading model may be sure of the second
# part's group (a narrow pdf column often makes it so); heads._first_part still reads the
# first part's head as a section head when the second part's cut matches it to the letter
# right under the feature's own headline, and the second part is doubted as well: one
# article under the banner (invented page).
S19_JUMPPDF19_ROUNDUP_PAGE = """山乡四季新画卷
果农钱满仓
一树柿子照亮小院
本报记者 何 川
深秋时节，坡上的柿子树挂满了红灯笼，
钱满仓搬来竹梯，一家人摘了整整一上午。
合作社收购点前排起了长队，今年柿饼
的订单已经排到了腊月。“日子越过越甜
了。”钱满仓说。
渔家孙大海
一网银鱼映红渔火
本报记者 冯 雪
天还没亮，孙大海的渔船就出了港。湖面
上薄雾轻笼，一网下去，银鱼在网里蹦跳，
船舱很快装满了。这几年湖水越来越清，
鱼也越来越多，孙大海又添了一条新船。
（下转第6版）
"""


def test_s19_jumppdf19_a_sure_second_part_cut_like_the_first_parts_head_is_a_section_head(monkeypatch):
    _model_reads(monkeypatch, 0.9)
    (article,) = newsie.parse(S19_JUMPPDF19_ROUNDUP_PAGE, issue_date="2019-10-03", page=5).articles
    assert article.headline.text == "山乡四季新画卷" and article.kicker is None
    assert [h.text for h in article.section_heads] == ["果农钱满仓", "一树柿子照亮小院", "渔家孙大海", "一网银鱼映红渔火"]
    assert article.continued_to == 6
    # cut to other lengths, the sure second part heads an article of its own
    page = newsie.parse(S19_JUMPPDF19_ROUNDUP_PAGE.replace("一网银鱼映红渔火", "一网银鱼映红满湖渔火"),
                        issue_date="2019-10-03", page=5)
    assert len(page.articles) == 2


# The jump part of such a round-up, read whole under the banner on its first page, goes on
# with the next labelled part under it on the jump page (issue._labels_its_parts): the
# article's section heads hold a label right over a title, the piece under the jump part a
# label kicker over its headline (invented pages).
def _s19_jumppdf19_roundup_pages(labels: bool):
    from newsie.records import Page

    sp = _s13_stitch_span
    banner = "山乡四季新画卷"
    label, title = ("果农钱满仓", "一树柿子照亮小院") if labels else ("坡上柿子红了，", "一树柿子照亮小院")
    five = (banner + "\n" + label + "\n" + title + "\n钱满仓一家人摘了整整一上午。\n（下转第6版）\n")
    six = (banner + "\n（上接第5版）合作社收购点前排起了长队。\n"
           + "渔家孙大海\n一网银鱼映红渔火\n孙大海又添了一条新船。\n")
    art = _one_paragraph_article
    heads = (sp(five, label), sp(five, title))
    first = art(five, "p5-a1", banner, "钱满仓一家人摘了整整一上午。", section_heads=heads, continued_to=6)
    part = art(six, "p6-a1", banner, "合作社收购点前排起了长队。", continued_from=5)
    after = art(six, "p6-a2", "一网银鱼映红渔火", "孙大海又添了一条新船。", kicker=sp(six, "渔家孙大海"))
    return [Page(source=five, page_number=5, articles=(first,)), Page(source=six, page_number=6, articles=(part, after))]


def test_s19_jumppdf19_the_labelled_part_under_the_jump_part_of_a_roundup_read_whole_joins_it():
    (whole,) = newsie.issue.assemble(_s19_jumppdf19_roundup_pages(True)).articles
    assert whole.headline.text == "山乡四季新画卷"
    assert whole.body.endswith("合作社收购点前排起了长队。\n孙大海又添了一条新船。")
    assert [s.text for s in whole.section_heads][-2:] == ["渔家孙大海", "一网银鱼映红渔火"]
    # no label over a title among the article's heads: the piece under the jump part stays
    assert len(newsie.issue.assemble(_s19_jumppdf19_roundup_pages(False)).articles) == 2


# TWIN19 (session 19): a series or column tag on a line of its own (某某“某某”·某某篇) over its
# article's title was run on by the reflow into one paragraph with the title; the heading model
# then took the pair in as a section head of the article above (two articles joined). The tag ends
# its paragraph (document._end_series_tags) where the paragraph it opens ends no sentence. Invented
# page.
_S19_TWIN19_LINES = [
    "小镇的老铁匠铺开了六十", "多年，如今成了镇上的一", "处小展馆，每天都有不少", "游客前来参观打铁手艺。",
    "家乡“老物件”·厨房篇", "第一把铁铸菜刀",
    "很多人的厨房里，都有一", "把用了几十年的老菜刀。", "老铁匠说，那时候打一把", "菜刀要敲上好几千下，一",
    "把刀能用上大半辈子。",
    "家乡“老物件”·厨房篇", "第一只搪瓷脸盆",
    "上世纪六十年代，小镇的", "供销社里摆出了第一批本", "地烧制的搪瓷脸盆，很快", "就被抢购一空。",
]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_s19_twin19_a_series_tag_line_ends_its_paragraph_over_the_title(sep):
    text = sep.join(_S19_TWIN19_LINES) + "\n"
    paragraphs = _paragraph_texts(Document(text))
    assert paragraphs.count("家乡“老物件”·厨房篇") == 2
    assert "第一把铁铸菜刀" in paragraphs and "第一只搪瓷脸盆" in paragraphs
    assert _headlines(newsie.parse(text))[-2:] == ["第一把铁铸菜刀", "第一只搪瓷脸盆"]


# BODYHEAD19 (session 19): body text read as a heading, which the pairing made an article of
# its own. Invented pages and blocks.
# (1) A line full of a speaker's office and name, broken off by the reflow over the paragraph
# it opens (某某主任某某 / 说，“……”), read as a title: it is body text
# (blocks._speaker_lines_run_on).
S19_BODYHEAD19_SPEAKER_PAGE = """社区办起了老年食堂
本报记者 何小满
　　社区的老年食堂开张了，每天中
午都有几十位老人来这里吃饭。饭
菜做得软烂可口，价格也很实惠。
　　“饭菜合口味，价钱也公道。”
城东街道社区服务中心主任周海明
　　说，“下一步我们还要开设送餐
服务，让行动不便的老人也能吃上
热饭热菜。”
　　老人们纷纷点赞，说食堂办到了
大家的心坎上。
"""


def test_s19_bodyhead19_a_speakers_line_over_a_paragraph_opening_on_said_is_body():
    page = newsie.parse(S19_BODYHEAD19_SPEAKER_PAGE)
    assert _headlines(page) == ["社区办起了老年食堂"]
    piece = page.articles[0]
    assert not piece.section_heads
    assert "公道。”\n城东街道社区服务中心主任周海明\n说，“下一步" in piece.body
    # a title over a paragraph opening on a word of its own stays a heading line
    text = S19_BODYHEAD19_SPEAKER_PAGE.replace("　　说，“下一步我们还要开设送餐", "　　近日，“下一步我们还要开设送餐")
    assert "城东街道社区服务中心主任周海明" not in newsie.parse(text).articles[0].body


# (2) A page with no sure heading that opens on a run of body text (the headline of its one
# text lost): its doubted heading groups are that text's section heads, not headlines of
# articles of their own (heads._opens_on_a_text).
_S19_BODYHEAD19_TEXT = [
    ["河湾镇今年入秋以来，镇里组织志愿者沿河清理垃圾，两个月里清出的杂物装满了四十多辆卡车，"
     "河水一天比一天清亮起来。", "镇里还在河边立起了宣传牌，请过往的村民一起爱护这条河。"],
    ["城东社区的老年食堂上个月开张，每天中午为老人提供热乎饭菜，价格实惠，还能送餐上门，"
     "老人们说吃得放心。"],
    ["往后，镇里打算沿着河堤修一条步道，再种上两排柳树，让大家饭后有个散步的去处。",
     "不少在外地工作的年轻人回到家乡，都说好像又看到了小时候的那条河，河边的老槐树也还在，"
     "夏天的晚上，老人们还是喜欢坐在树下摇着蒲扇聊天。"],
]


def test_s19_bodyhead19_a_page_with_no_sure_heading_opening_on_a_text_is_one_text(monkeypatch):
    wrap = _s18_titles18_wrap
    text = (wrap(_S19_BODYHEAD19_TEXT[0]) + "\n护河志愿者在行动\n" + wrap(_S19_BODYHEAD19_TEXT[1])
            + "\n家门口吃上热乎饭\n" + wrap(_S19_BODYHEAD19_TEXT[2]) + "\n")
    probs = {("护河志愿者在行动",): 0.03, ("家门口吃上热乎饭",): 0.02}
    page = _parse_doubting_groups(monkeypatch, text, probs, issue_date="2019-10-08", page=5)
    assert len(page.articles) == 1
    assert page.articles[0].body.startswith("河湾镇今年入秋以来")
    assert "家门口吃上热乎饭" in page.articles[0].body


# Two commentaries on one page, each title signed on the line below by its author's office and
# name (某某学院教授 王某), the titles and signatures cut alike: the heads of two articles, not
# one article's twin section heads (heads._name_signed, a signature the author-line marking
# left alone between two bodies), even where the heading model doubts them (made to read 0.6).
S19_OTHER19_SIGNED_COMMENTS_PAGE = """冬季农田水利建设全面展开
本报讯　入冬以来，各地抓住农闲时节，
组织群众修渠筑坝、平整土地，为来年
春耕打好基础。据初步统计，已完成土
石方量比去年同期有较大增长。
把好钱袋子管好每一分
东湖师范学院教授　王立新
　　农田水利投入多，关键在于管好用好。
每一笔资金都要公开透明，接受群众监
督，让钱花在刀刃上，把工程办成放心
工程，让乡亲们真正得到好处。
让小水渠流出大效益
西岭农业研究所研究员　周建华
　　小型水利设施量大面广，建得起更要管
得住。要落实管护责任，建立长效机制，
让每一条小水渠都能常年发挥作用，为
农业稳产增收提供可靠保障。
"""


def test_s19_other19_titles_signed_by_office_and_name_head_commentaries_not_twin_heads(monkeypatch):
    _model_reads(monkeypatch, 0.6)
    page = newsie.parse(S19_OTHER19_SIGNED_COMMENTS_PAGE, issue_date="1998-01-08", page=9)
    assert _headlines(page) == ["冬季农田水利建设全面展开", "把好钱袋子管好每一分", "让小水渠流出大效益"]
    assert "小型水利设施" in page.articles[2].body and "小型水利设施" not in page.articles[1].body


# Two headlines each set in two title lines, each over its reporter's bare line, between
# two bodies: one shape (two title lines) by chance, not the parts of one feature, whose heads
# are cut alike down to their last lines (heads._cut_alike). The heading model made to read 0.9.
S19_OTHER19_WRAPPED_HEADS_PAGE = """全市中小学校开展冬季安全教育活动
本报讯　近日，全市中小学校普遍开展冬
季安全教育活动，围绕防火、防滑、交通
安全等内容，组织学生观看宣传片、参加
应急演练，提高自救自护的本领。
南湖区老旧小区改造提速
一万多户居民住进了舒心房
本报记者　宋文涛
　　南湖区今年共改造老旧小区四十多个，
惠及居民一万余户。改造后的小区道路
平整，路灯明亮，居民纷纷点赞。
北山县山区供水工程通水
乡亲告别挑水
本报记者　梁晓东
　　北山县投资建设的山区供水工程日前全
部通水，二十多个村的群众告别了挑水
吃的日子，喝上了干净的自来水。
"""


def test_s19_other19_two_wrapped_headlines_over_reporter_lines_are_no_parallel_parts(monkeypatch):
    _model_reads(monkeypatch, 0.9)
    page = newsie.parse(S19_OTHER19_WRAPPED_HEADS_PAGE, issue_date="1998-01-05", page=12)
    assert len(page.articles) == 3
    assert page.articles[2].body.startswith("北山县投资")


# A whole series tag on its own line over its title (two runs of words joined by a middle dot,
# spaces allowed in a run): the tag is the column or kicker, not the headline's first line,
# even where the role model leans to the headline for every line and the body runs the tag's
# last word on into the title's first (周年 / 我省…: "年我省" in the body, read as a wrap).
_S19_TAGROLE19_GROUP = ("奋进的足迹 时代的回响·纪念建校60周年", "我省高等教育的跨越之路")


def test_s19_tagrole19_a_whole_tag_line_over_a_title_is_not_the_headline(monkeypatch):
    from newsie.extractors.segment import TITLE, Block, assign_roles

    _roles_lean_to_headline(monkeypatch)
    group = [Block(k, 0, len(t), t, kind=TITLE, col=14.0, width_ratio=len(t) / 14.0)
             for k, t in enumerate(_S19_TAGROLE19_GROUP)]
    body = "六十年来我省高校从无到有。建校60周年我省举办了系列活动。"
    roles = assign_roles(group, body)[1]
    assert roles[0] in ("column", "kicker") and roles[1] == "headline"
    # a foreign name's parts, a quoted title wrapped after its quote: no toll, one headline
    for texts in (("邻国总统卡洛斯·门德斯将", "下月访问我国"), ("“山海之间·青年画展”", "在省城开幕")):
        group = [Block(k, 0, len(t), t, kind=TITLE, col=14.0, width_ratio=len(t) / 14.0)
                 for k, t in enumerate(texts)]
        assert assign_roles(group)[1] == ["headline", "headline"]


# A name under a title whose family name author_names leaves out, since it opens common words
# too (向, 洪, 萧, 傅): where it stands alone between the title and the body, the place of an
# author line, it signs the piece; it is no part of the headline (invented pages; the other
# month's essays are so signed).
RARE_SURNAME_SIGNED_PAGE = """小河边的晨读
向远航
天刚亮，河堤上就有了读书声。几个
中学生捧着课本，一边走一边背诵，声音
被晨风送得很远。
老人们说，这条河边的读书声已经响
了二十多年，换了一茬又一茬的孩子。
"""

RARE_SURNAME_SIGNED_OTHER_PAGE = """灯下补衣
洪亦舟
母亲的针线筐里总放着几块旧布头。
谁的衣服磨破了，她就在灯下一针一
针地补好，补丁缝得又平又整，看不
出一点毛边。
如今日子好了，衣服破了很少再补，
可那盏灯下的身影，我一直记得。
"""


@pytest.mark.parametrize("text, headline, name", [
    (RARE_SURNAME_SIGNED_PAGE, "小河边的晨读", "向远航"),
    (RARE_SURNAME_SIGNED_OTHER_PAGE, "灯下补衣", "洪亦舟"),
])
def test_s20_head20_a_name_of_a_rarer_family_under_a_title_is_its_author(text, headline, name):
    page = newsie.parse(text, issue_date="1998-01-20")
    art = page.articles[0]
    assert art.headline.text == headline
    assert art.author is not None and art.author.text.replace(" ", "") == name
    assert art.paragraphs[0].text.startswith(("天刚亮", "母亲的"))


def test_s21_speed21_raw_lines_of_crlf_text_split_in_c_agree_with_the_line_pattern():
    """_raw_lines of a text whose every break is \\r\\n (split on it in C) gives exactly what
    the line pattern's reading (_raw_lines_cr) gives, a final break opening no line; a text
    mixing its breaks is read by the pattern."""
    import newsie.document as d

    for text in ("\r\n", "甲\r\n", "甲\r\n乙", "\r\n\r\n某城\r\n\r\n　某人说\r\n", "a b\r\n\r\nc\r\n\r\n",
                 "某\r\n" * 7 + "尾", "某\r\n乙\n丙\r丁\r\n", "甲\r\r\n乙", "甲\n\r乙\r\n"):
        got = list(d._raw_lines(text))
        assert got == list(d._raw_lines_cr(text)), repr(text)
        assert all(text[p : p + len(c)] == c for p, c in got)


def test_s21_speed21_line_pieces_keep_the_word_gaps_the_space_rule_keeps():
    """_line_pieces (the space rule read inline) keeps one space of exactly the runs the rule
    keeps: none beside CJK punctuation or between a wide and a narrow character, a wider gap
    only between the wide characters of a letter-spaced line, each Latin word gap."""
    import newsie.document as d

    def wide(ch):
        return ord(ch) >= 0x2E80 or ch in d._CJK_PUNCT

    def kept(left, right, run, spaced):  # the rule, as written before it was inlined
        if left in d._CJK_PUNCT or right in d._CJK_PUNCT or wide(left) != wide(right):
            return False
        return len(run) >= 2 if spaced and wide(left) else True

    for text in ("某地 10 月 22 日", "甲 乙  丙 丁", "绿水 青山，  某某", "open  data 某 x", "（ 某 ）a\u3000b",
                 "2 0 1 9", "某·某  某", "ａ　某"):
        runs = list(d._SPACE.finditer(text))
        for spaced in (False, True):
            want, pos = [], 0
            for m in runs:
                keep = kept(text[m.start() - 1], text[m.end()], m.group(), spaced)
                want.append((7 + pos, 7 + m.start() + keep))
                pos = m.end()
            want.append((7 + pos, 7 + len(text)))
            assert d._line_pieces(7, 7 + len(text), text, runs, spaced) == want, (text, spaced)


# A kicker whose closing dash the PDF's line wrap set on a line of its own (某地举办某活动 / —— /
# 某某标题): the dash alone closes the kicker above it; it opens no subtitle, whose dash stays
# with the words it opens (invented pages).
LONE_DASH_BODY = ("本报成都10月12日电  记者林晓舟报道：青川县日前出台扶持小微企业\r\n"
                  "的十二条措施，从减免房租、贴息贷款到简化审批，为刚起步的创业者\r\n"
                  "减轻负担。县里还设立了服务专窗，由专人帮助企业办理各项手续。\r\n"
                  "  据介绍，新政实施一个月来，已有八十多家小微企业提出申请，其中\r\n"
                  "大部分是返乡青年创办的农产品加工和电商企业。\r\n")


@pytest.mark.parametrize("kicker, headline", [
    ("青川县多个部门联合举办小微企业开放日活动", "开门问计 共谋发展"),
    ("山区教师林某某", "守望大山的“小蜜蜂”"),
])
def test_s21_role21_a_dash_alone_on_its_line_closes_the_kicker_above(kicker, headline):
    page = newsie.parse(kicker + "\r\n——\r\n" + headline + "\r\n" + LONE_DASH_BODY, issue_date="2019-10-12")
    art = page.articles[0]
    assert art.kicker is not None and art.kicker.text.replace(" ", "") == kicker + "——"
    assert art.headline.text == headline
    assert not art.subheadlines


# A pen name under a title that falls well short of the column, on a page set at the body's
# scale (a title there wraps only at a full line): the name signs the piece, it is no tail of
# the headline (invented page; the other month's essays are so signed). The name is no common
# word (竹溪, a county's name, reads as a title's tail since session 48: roles._worded_as_tail).
PEN_NAME_PAGE = ("老街的灯火\n\n苇川\n\n"
                 "  天色刚暗下来，老街两旁的铺子就一家接一\n\n"
                 "家亮起了灯。卖糖画的老人支起小摊，孩子们\n\n"
                 "围在一旁，看他手腕一转，一只蝴蝶便落在了\n\n"
                 "竹签上。\n\n"
                 "  街口的书店开到很晚，常有附近的学生坐在\n\n"
                 "门边的台阶上读书，一读就是一个晚上。店主\n\n"
                 "说，这条街上的灯，照亮的不只是买卖。\n\n")


def test_s21_role21_a_pen_name_under_a_short_title_signs_it():
    page = newsie.parse(PEN_NAME_PAGE, issue_date="1998-01-20")
    art = page.articles[0]
    assert art.headline.text == "老街的灯火"
    assert art.author is not None and art.author.text == "苇川"


# A title the reflow read as the indented first line of the paragraph below it: the title stands
# about three ems short of the column, the body's first line, indented, about one and a half (its
# measure read with half-width punctuation reaches a full line's), and the line after it is full.
S21_HARVEST = """河谷里的稻子今年熟得格外早，乡亲们
趁着晴天抢收，打谷机从清晨响到傍晚，
晒场上堆起了金黄的谷堆，孩子们在谷堆
旁追逐嬉戏，老人们坐在树荫下算着今年
的收成，脸上满是笑意。
山那边的果园也迎来了丰收，一筐筐橙
子装上货车，沿着新修的公路运往城里的
市场，果农们说往年要挑着担子走半天山
路，如今足不出村就能把果子卖出去。
{title}
{opening}
{second}
农具、老照片和几代人留下的书信，吸引
了不少邻村的人前来参观，村干部说要让
年轻人记住村子走过的路。
"""


def test_s21_reflow21_a_title_over_an_indented_first_line_ends_its_paragraph():
    text = S21_HARVEST.format(title="小河村百年旧祠堂变身村史陈列馆", opening="入夏村里请来工匠把闲置多年的旧祠",
                              second="堂修缮一新，布置成村史陈列馆，陈列着老")
    paragraphs = _paragraph_texts(Document(text))
    assert "小河村百年旧祠堂变身村史陈列馆" in paragraphs
    assert any(p.startswith("入夏村里请来工匠") for p in paragraphs)
    page = newsie.parse(text, issue_date="2019-10-20")
    assert "小河村百年旧祠堂变身村史陈列馆" in _headlines(page)


def test_s21_reflow21_an_older_dateline_opens_a_block_under_its_title():
    # 本报某地某月某日讯 (the older form of the dateline) opens the article's first paragraph: the
    # title above it ends its own
    text = S21_HARVEST.split("{title}")[0] + (
        "东坪乡九个村全部用上了自来水管网\n"
        "本报青山1月5日讯记者林远报道：东坪乡\n"
        "九个村的群众从今年元旦起全部用上了自\n"
        "来水，困扰山区群众多年的吃水难问题得\n"
        "到解决，乡里还组建了管护队伍。\n")
    paragraphs = _paragraph_texts(Document(text))
    assert "东坪乡九个村全部用上了自来水管网" in paragraphs
    assert any(p.startswith("本报青山1月5日讯") for p in paragraphs)


# Session 22: an older-form dateline and its reporters (本报某地1月4日讯 记者某某报道：) cut before
# 报道 (a short first line, a blank line between all the page's lines) is one paragraph again,
# so the byline reads its reporters (the other month's reading days: byline sim .809 -> .822).
@pytest.mark.parametrize("first, then", [
    (["本报青山1月4日讯记"], "者林青报道：青山县今年新修了"),
    (["本报青山1月4日讯新华社记者"], "方原、本报记者林青报道：青山县"),
    (["本报青山1月4日讯记者方", "原、林"], "青报道：青山县今年新修了"),
])
def test_s22_a_dateline_cut_before_its_reporters_report_goes_on(first, then):
    from newsie import document as D

    lines = D._split_lines("\n".join(first + [then, "三条通村公路，全长四十多公里。"]) + "\n")
    for line in lines:
        line.breaks_after = True
    D._join_broken_reports(lines, D._LineFacts(lines))
    assert [ln.breaks_after for ln in lines] == [False] * len(first) + [True, True]


@pytest.mark.parametrize("first, then", [
    ("本报青山1月4日讯记者林青报道：青山县", "今年新修了三条通村公路。"),  # closed on its line already
    ("本报青山1月4日讯", "青山县今年新修了三条通村公路。"),  # no reporter named: the text opens below
    ("本报青山1月4日讯记者", "青山县今年新修了三条通村公路。"),  # no 报道 closes it there
])
def test_s22_a_dateline_with_nothing_to_join_keeps_its_break(first, then):
    from newsie import document as D

    lines = D._split_lines(f"{first}\n{then}\n")
    for line in lines:
        line.breaks_after = True
    D._join_broken_reports(lines, D._LineFacts(lines))
    assert [ln.breaks_after for ln in lines] == [True, True]


# A pen name the reflow ran into the block of the title above it (the two lines set apart by a
# single line break, every other line by a blank line): the name still signs the title (HEAD22).
S22_MARKET = ["老城墙下的早市", "天还没亮，城墙根下就摆满了菜摊，", "挑着担子的菜农从附近村子赶来，吆",
              "喝声此起彼伏。卖豆腐的老汉守着一", "副旧担子，一守就是三十年，街坊们", "都说他的豆腐最嫩。早市散得也快，",
              "太阳一出来，摊子便收得干干净净，", "只留下满地的菜叶等着清扫的人来。"]
S22_FERRY = ["渡口的老船工撑了一辈子的船，河", " 上的每一处浅滩他都记得清清楚楚。", "天黑以后，他总在船头挂一盏马灯，",
             "晚归的乡亲远远望见灯光，就知道渡", "船还在等着。有人劝他早点歇着，他", "笑着摆摆手，说只要还有人要过河，",
             "这盏灯就得亮着。"]


def test_s22_head22_a_pen_name_the_reflow_joined_to_its_title_signs_it():
    text = ("\r\n\r\n".join(S22_MARKET) + "\r\n\r\n夜航船上的灯\r\n青禾\r\n\r\n"
            + "\r\n\r\n".join(S22_FERRY) + "\r\n")
    assert any("夜航船上的灯青禾" in p for p in _paragraph_texts(Document(text)))  # the reflow joins them
    page = newsie.parse(text, issue_date="1998-01-20")
    art = next(a for a in page.articles if a.headline and a.headline.text.startswith("夜航船"))
    assert art.headline.text == "夜航船上的灯"
    assert art.author is not None and art.author.text == "青禾"


# HEAD22: on a page where pen names sign the titles, a pen name under the title with one more
# heading line under it (the body's first line read as a heading line) signs the title, and that
# line is no part of the headline (invented texts, the role model's reading forced to headlines).
def test_s22_head22_a_pen_name_between_the_title_and_a_further_heading_line_signs_the_title(monkeypatch):
    needs_pure("newsie.extractors.segment.roles")  # (it patches a function of roles)
    import dataclasses

    from newsie.extractors.segment import roles
    from newsie.extractors.segment.blocks import classify

    title, name, line = "山路上的邮车", "林溪", "每天清晨，绿色的邮车沿着盘山公路驶进"
    body = ["大山深处，把报纸、信件和包裹一件件送到乡亲们手里。", "邮车司机老周在这条路上跑了整整十五年，",
            "哪一段路有急弯，哪一户人家在等信，他都记得清清楚楚。"]
    doc = Document("\n".join([title, name, line] + body) + "\n")
    group = [b for b in classify(doc) if b.text in (title, name, line)]
    assert [b.text for b in group] == [title, name, line]
    # set in a column 18 characters wide (a text this short gives the page no measure)
    group = [dataclasses.replace(b, col=18.0, width_ratio=len(b.text) / 18) for b in group]
    monkeypatch.setattr(roles, "_line_roles", lambda doc, lines, *a, **k: (lines, ["headline"] * len(lines)))
    parts = roles._heading_parts(doc, group, body="".join(body), pen_names=True)
    assert [b.text for b in parts["titles"]] == [title]
    assert [b.text for b in parts["authors"]] == [name]
    parts = roles._heading_parts(doc, group, body="".join(body), pen_names=False)  # (no pen names on the page)
    assert [b.text for b in parts["titles"]] == [title, name, line]


# WRAP39: on a page that wraps its titles short (no pen names asked there: a short line under a
# title may be its wrapped tail) but signs a title with a name the lexicon knows, a last line no
# tail reads as signs the title above it: a pen name of two rare characters that are no word,
# none of them in the body, no word across the line end (invented texts, the role model's
# reading forced to headlines).
def _signed_group(title, name, body):
    import dataclasses

    from newsie.extractors.segment.blocks import classify

    doc = Document("\n".join([title, name] + body) + "\n")
    group = [b for b in classify(doc) if b.text in (title, name)]
    assert [b.text for b in group] == [title, name]
    # set in a column 18 characters wide (a text this short gives the page no measure)
    return doc, [dataclasses.replace(b, col=18.0, width_ratio=len(b.text) / 18) for b in group]


WRAP39_BODY = ["巷口那间修鞋的小铺子开了快三十年，铺主是个", "寡言的老人，每天清早支起木板，傍晚才收摊。",
               "街坊们的旧鞋到了他手里，缝缝补补又能穿上好", "几年，大家都说这手艺如今越来越难找了。"]


def test_s39_wrap39_a_pen_name_no_tail_reads_as_signs_the_title_on_a_signed_page(monkeypatch):
    needs_pure("newsie.extractors.segment.roles")  # (it patches a function of roles)
    from newsie.extractors.segment import roles

    doc, group = _signed_group("小巷深处的修鞋铺", "苇川", WRAP39_BODY)
    monkeypatch.setattr(roles, "_line_roles", lambda doc, lines, *a, **k: (lines, ["headline"] * len(lines)))
    parts = roles._heading_parts(doc, group, body="".join(WRAP39_BODY), signed=True)
    assert [b.text for b in parts["titles"]] == ["小巷深处的修鞋铺"]
    assert [b.text for b in parts["authors"]] == ["苇川"]
    parts = roles._heading_parts(doc, group, body="".join(WRAP39_BODY), signed=False)  # (no name signs a title there)
    assert [b.text for b in parts["titles"]] == ["小巷深处的修鞋铺", "苇川"]


@pytest.mark.parametrize("title, tail", [
    ("青禾县排球队卧薪尝胆", "再图强"),  # an adverb opens it
    ("老人修鞋三十年手艺", "人人夸"),  # a common word in it (人人)
    ("某市今冬供暖省煤", "省电"),  # a pair of phrases (省煤 / 省电)
    ("青禾县两支球队皆有", "败绩"),  # the line above ends on a verb wanting its object
])
def test_s39_wrap39_a_short_tail_that_reads_as_words_stays_with_its_title(monkeypatch, tail, title):
    needs_pure("newsie.extractors.segment.roles")  # (it patches a function of roles)
    from newsie.extractors.segment import roles

    doc, group = _signed_group(title, tail, WRAP39_BODY)
    monkeypatch.setattr(roles, "_line_roles", lambda doc, lines, *a, **k: (lines, ["headline"] * len(lines)))
    parts = roles._heading_parts(doc, group, body="".join(WRAP39_BODY), signed=True)
    assert [b.text for b in parts["titles"]] == [title, tail]
    assert not parts["authors"]


def test_s39_wrap39_a_page_signs_by_name_where_a_heading_holds_names_alone_under_its_title():
    import dataclasses

    from newsie.extractors.segment.blocks import Block
    from newsie.extractors.segment.roles import signs_by_name

    title, name = Block(0, 0, 7, "老街的灯火", kind="title"), Block(1, 8, 10, "林青", kind="title")
    assert signs_by_name([[title, dataclasses.replace(name, author_line=True)]])
    assert not signs_by_name([[title, name]])  # (not an author line: no body under it, say)
    assert not signs_by_name([[dataclasses.replace(name, author_line=True), title]])  # (names over the title)


# PDF22 (session 22): a headline set as one quotation, its type size lost by the extraction,
# fills its column like a body line; the reflow ran it into the opening of the article below.
QUOTED_TITLE_PAGE = "\r\n".join("""山区小镇建起新图书馆
本报记者 李明
青石镇新图书馆日前正式开
放，馆内藏书两万余册，设有
少儿阅览区和电子阅览室，每
天吸引不少居民前来借阅。
镇上的老教师周文华说，过去
想借一本书要坐车去县城，如
今走几步路就能读到新书。
（本报青石镇10月8日电）
“让孩子们在家门口读好书”
放学后的阅览室里坐满了学
生。志愿者刘晓红每周三来这
里给孩子们讲故事，她说看到
孩子们爱上阅读，心里特别高
兴，今后还要组织更多活动。""".split("\n")) + "\r\n"


def test_a_quoted_headline_run_into_the_body_below_opens_an_article():
    page = newsie.parse(QUOTED_TITLE_PAGE, issue_date="2019-10-09")
    assert _headlines(page) == ["山区小镇建起新图书馆", "“让孩子们在家门口读好书”"]
    assert "".join(p.text for p in page.articles[1].paragraphs).startswith("放学后")


# A heading group whose only line is an author line the role model does not read as the
# headline (a name read as a kicker): the line goes to the authors and no line is left for the
# role model, which was asked about none and raised (a page of the other month's redrawn
# judging days, session 22's review). Invented texts, the role model's reading forced.
def test_s22_a_group_of_one_author_line_leaves_no_line_to_read(monkeypatch):
    needs_pure("newsie.extractors.segment.roles")  # (it patches a function of roles)
    from newsie.extractors.segment import roles
    from newsie.extractors.segment.blocks import classify

    assert roles._line_roles(Document("林青\n"), [], False, "") == ([], [])
    doc = Document("林青\n今年秋天，山村小学的孩子们有了一块新操场。\n操场是乡亲们一起修起来的。\n")
    group = [b for b in classify(doc) if b.text == "林青"]
    group[0].author_line = True
    real = roles._role_lines
    monkeypatch.setattr(roles, "_role_lines", lambda doc, lines, *a: (lines, ["kicker"]) if lines else real(doc, lines, *a))
    parts = roles._heading_parts(doc, group)
    assert [b.text for b in parts["authors"]] == ["林青"]
    assert parts["titles"] == [] and parts["kicker"] == []


# PDF23: a plain one-line title the heading model doubts, right under a short datelined news
# item, heads the next article (heads._under_a_news_item): a wire report carries no section
# head. PDF text has no type size, so such a title over its body reads like a section head.
NEWS_ITEM_PAGE = "\r\n".join([
    "江南古镇迎来秋季游客高峰",
    "本报杭州10月20日电 （记者周",
    "青）记者从省里的文旅部门获",
    "悉，入秋以来省内古镇游客明显增",
    "多，各地推出夜游、非遗体验等活",
    "动，游客人数比去年同期增长两成。",
    "乡村书屋飘书香",
    "傍晚时分，青山村的乡村书屋里坐",
    "满了前来读书的村民。书屋去年建成",
    "后，村里每周组织一次读书会，邀请",
    "老师为大家讲解新书。",
    "“过去农闲时没啥事做，现在常来",
    "这里看看书。”村民王大伯笑着说。",
]) + "\r\n"


def test_a_doubted_title_under_a_short_news_item_heads_the_next_article(monkeypatch):
    _model_reads(monkeypatch, 0.2)
    page = newsie.parse(NEWS_ITEM_PAGE, issue_date="2019-10-21", page=6)
    assert [a.headline.text.replace(" ", "") for a in page.articles] == ["江南古镇迎来秋季游客高峰", "乡村书屋飘书香"]
    assert page.articles[1].paragraphs[0].text.startswith("傍晚时分")
    # a title torn off the first line of the paragraph under it stays a body line
    torn = NEWS_ITEM_PAGE.replace("乡村书屋飘书香\r\n傍晚时分，青山村的乡村书屋里坐", "村里的乡村书屋去年建\r\n成，傍晚时分青山村的乡村书屋里坐")
    assert len(newsie.parse(torn, issue_date="2019-10-21", page=6).articles) == 1


def test_a_doubted_weather_label_or_a_sentence_subject_under_a_news_item_heads_nothing(monkeypatch):
    # the weather box's label, and a unit's name the next line's sentence goes on from (whole or
    # torn across the line end), are no titles: the rule leaves them to the heading model
    _model_reads(monkeypatch, 0.2)
    weather = NEWS_ITEM_PAGE.replace("乡村书屋飘书香", "明天气象预报")
    assert len(newsie.parse(weather, issue_date="2019-10-21", page=6).articles) == 1
    for title, opening in [("青山村文化有限责任公司", "成立于去年五月，村里每周组织一次读"),
                           ("青山村文化公司副总经", "理王明说，村里每周组织一次读书会，")]:
        unit = NEWS_ITEM_PAGE.replace("乡村书屋飘书香\r\n傍晚时分，青山村的乡村书屋里坐", f"{title}\r\n{opening}")
        assert len(newsie.parse(unit, issue_date="2019-10-21", page=6).articles) == 1, title
    # the rule itself still reads the page's title under the item
    assert len(newsie.parse(NEWS_ITEM_PAGE, issue_date="2019-10-21", page=6).articles) == 2


def test_s23_pair23_a_doubted_group_between_two_dated_items_heads_the_second():
    # a doubted heading group (soft: taking it in as a section head is a gain) stands between
    # a short item opened by a dateline and a run closed by its own credit (…电）): each news
    # item carries one dateline, so the group heads the run below instead of being taken in
    # as a section head that joins the two items (invented page)
    from newsie.extractors import segment as S

    block = functools.partial(_invented_block, col=15.0)

    above = S.grouping._Run([block(S.LEAD, "新华社青州6月3日电"),
                             block(S.BODY, "青州市第五届风筝节昨日开幕，来自各地的风筝爱好者齐聚河滩。")])
    group = [block(S.TITLE, "湖滨小学建起气象观测站")]
    below = S.grouping._Run([block(S.BODY, "六月初，湖滨小学的学生们在老师带领下，每天记录风向和雨量。"),
                             block(S.BODY, "孩子们说，看云识天气让课堂更有趣。（本报湖滨6月3日电）")])
    _, runs, leftovers = S.pairing._pair_mixed([above, group, below], soft={id(group): -2.5})
    assert len(runs) == 2 and runs[1].heading == group and not leftovers
    # with no dateline above, the doubted group is still taken in as a section head
    plain = S.grouping._Run([block(S.BODY, "风筝节上，河滩边的风筝一只比一只飞得高，观众连连叫好。")])
    _, runs, _ = S.pairing._pair_mixed([plain, group, below], soft={id(group): -2.5})
    assert len(runs) == 1 and runs[0].section_heads == group


def test_s24_pdf24_a_lone_dash_kicker_between_sure_heads_is_a_headline(monkeypatch):
    # PDF24: on PDF text (no type size, headlines above their bodies) the heading model doubts a
    # dash kicker over its title as it doubts a round-up's part heads. On a page that also
    # carries a round-up, a lone one stands alone within its stretch between the sure headings
    # (_lone_kickers_between_sure_heads), and heads its own article; the
    # round-up's parts, two under one headline, stay doubted (the pairing's choice).
    from newsie.extractors import segment as S

    block = _invented_block

    runs = _invented_runs(
        "河谷两岸的梯田里，稻穗低垂，农机来回穿梭。",
        "上游的果园迎来采摘季，游客提着竹篮钻进林子。",
        "镇上的加工厂连夜开工，新米当天就能装箱发往外地。",
        "社区食堂开张一个月，每天有两百多位老人来吃午饭。",
        "志愿者轮流上门送餐，行动不便的老人也能吃上热饭。")
    round_up = [block(S.TITLE, "秋收时节的河谷")]
    part_one = [block(S.KICKER, "东岸梯田——"), block(S.TITLE, "稻谷满仓笑声多")]
    part_two = [block(S.KICKER, "西岸果园——"), block(S.TITLE, "果香引来八方客")]
    other = [block(S.TITLE, "新米装箱发往外地")]
    lone = [block(S.KICKER, "老城社区办起长者食堂——"), block(S.TITLE, "老人吃饭不再犯难")]
    seq = [round_up, runs[0], part_one, runs[1], part_two, runs[2], other, runs[3], lone, runs[4]]
    probs = {0: 1.0, 2: 0.2, 4: 0.2, 6: 0.9, 8: 0.2}
    assert probs[2] < S.heads._heading_model()["threshold"]
    monkeypatch.setattr(S.heads, "_heading_strength", lambda seq, i, lengths=None: probs[i])
    out, soft = S.heads._absorb_section_heads(seq, S.heads._SOFT_LOW)
    assert id(part_one) in soft and id(part_two) in soft  # a series: the pairing decides
    assert id(lone) not in soft and any(x is lone for x in out)  # a sure heading


def test_s24_pdf24_a_quoted_title_run_on_from_a_full_line_ends_both_paragraphs():
    # PDF24: PDF text keeps no indent; a title set as wide as the column, under a paragraph whose
    # last line filled the column and closed a sentence, over the body's first line (two ems
    # short, its indent lost), ran on into both. A whole quoted phrase is read as a title inside
    # its quotes.
    text = "\n".join([
        "青山村的合作社今年种下了三百亩高山",
        "茶，村民们在茶园里除草、施肥，忙得",
        "不亦乐乎。合作社负责人说，明年春天",
        "新茶上市，每户预计能增收五千多元。",
        "“搭建两国青年交流的更广阔舞台”",
        "驻外使团日前在河畔广场举办开放",
        "日活动，引来了许多附近居民前来参观",
        "体验。剪纸、书法、茶艺等展示项目前",
        "排起了长队，不少家长带着孩子一起动",
        "手制作，现场气氛十分热烈。一位参加",
        "活动的大学生说，这里让他看到了一个",
        "更加真实立体的东方，希望今后有更多",
        "机会走进这个国家，结识更多的朋友。",
    ])
    doc = Document(text)
    paragraphs = [doc.text[s:e].replace("\n", "") for s, e in doc.paragraphs]
    assert "“搭建两国青年交流的更广阔舞台”" in paragraphs
    assert any(p.startswith("驻外使团日前") for p in paragraphs)


def test_s24_head24_a_title_closing_the_page_heads_the_last_article():
    # a feature in parts whose title is printed after its body: the text ends on that title,
    # which no body follows, so the pairing left it over while the article kept the head of its
    # first part as its headline; the title now heads the article and the first part's head
    # becomes its first section head (invented page)
    from newsie.extractors import segment as S

    def block(i, kind, text):
        return S.Block(i, i * 40, i * 40 + len(text), text, kind=kind, col=13.0)

    def page(last_text, first_heading=None):
        first = first_heading or [block(0, S.KICKER, "某县乡村小学教师赵红——"), block(1, S.TITLE, "把山里孩子送出大山")]
        run = S.grouping._Run([block(2, S.BODY, "清晨六点，赵红已经站在校门口，等着翻山走来的孩子们。"),
                               block(5, S.BODY, "在机床轰鸣的车间里，孙强一干就是二十八年。")],
                              heading=first,
                              section_heads=[block(3, S.KICKER, "某厂高级技师孙强——"), block(4, S.TITLE, "在车床前磨出大国工匠")])
        trailing = [block(6, S.TITLE, last_text)]
        return run, trailing, [trailing]

    run, trailing, leftovers = page("平凡岗位上的不凡坚守")
    S.grouping._trailing_headline_on([run], leftovers)
    assert run.heading == trailing and not leftovers
    assert [b.text for b in run.section_heads] == ["某县乡村小学教师赵红——", "把山里孩子送出大山",
                                                   "某厂高级技师孙强——", "在车床前磨出大国工匠"]
    # a signature's dash line, a page's note, a credit, a staff line, a sentence's tail, a torn
    # caption's names, signatories, a photo agency and a lone column label over the run stay as they were
    for text in ("——某市某学院教授王某", "本版图片除注明者外均为资料照片", "张 三图 李 四文", "版式设计 王 五",
                 "”（本报某地电）", "大家一起说——加油！（本报记者王某）", "某甲、某乙、某丙、某丁、某戊在主席台就座",
                 "某某城市发展课题组", "某视觉"):
        run, trailing, leftovers = page(text)
        S.grouping._trailing_headline_on([run], leftovers)
        assert run.heading[0].text == "某县乡村小学教师赵红——" and leftovers == [trailing], text
    # a page of several articles whose headlines all stand above their bodies: the title left at
    # its end is not taken (a pdf-like page ends on captions' and notes' pieces)
    run, trailing, leftovers = page("平凡岗位上的不凡坚守")
    above = S.grouping._Run([block(0, S.BODY, "某地举办秋季运动会，两千多名选手参赛。")],
                            heading=[block(0, S.TITLE, "秋季运动会开幕")])
    above.blocks[0].start, above.heading[0].start = 1, 0
    S.grouping._trailing_headline_on([above, run], leftovers)
    assert run.heading[0].text == "某县乡村小学教师赵红——" and leftovers == [trailing]
    run, trailing, leftovers = page("秋收时节的田野", [block(1, S.COLUMN, "图片报道")])
    S.grouping._trailing_headline_on([run], leftovers)
    assert run.heading[0].text == "图片报道" and leftovers == [trailing]


def _listing_page(items: int) -> str:
    """An invented programme of a festival set in heading type: a date and a venue over each
    show's title, ``items`` shows, no body text."""
    import random

    draw = random.Random(3)
    shows = ["交响乐团音乐会", "室内乐专场演出", "青年剧团《森林》", "合唱团新年音乐会", "民乐团专场"]
    lines = ["某某艺术节演出日程"]
    for _ in range(items):
        lines.append(f"{draw.randint(1, 12)}.{draw.randint(1, 30)} {draw.randint(10, 20)}:30某某大剧院")
        lines.append(draw.choice(shows))
    return "\n".join(lines)


def test_a_listing_in_heading_type_is_labelled_once_not_once_per_cut(monkeypatch):
    needs_pure("newsie.extractors.segment.roles")  # (it patches a function of roles)
    # a heading group longer than any heading set in print (roles._CUT_GROUP_MAX) is not weighed
    # cut by cut: each cut labelled the whole group again (a 100-show programme took 47
    # labellings of ~46 lines each, 1.7 s a page)
    from newsie.extractors.segment import roles

    labelled: list[int] = []
    real = roles.assign_roles

    def counting(group, *args, **kwargs):
        labelled.append(len(group))
        return real(group, *args, **kwargs)

    monkeypatch.setattr(roles, "assign_roles", counting)
    text = _listing_page(100)
    page = newsie.parse(text, issue_date="2019-10-17", page=9)
    assert max(labelled) > roles._CUT_GROUP_MAX  # the listing is one long group
    assert sum(labelled) <= 2 * max(labelled)
    assert len(page.articles) == 1 and page.articles[0].headline is not None


# An invented page in the other month's order: each article's body, then its headline, and the next
# article's author line, a reporter's role set apart from the name, over the body it opens.
ROLE_LINE_AFTER_PAGE = """今年的新年灯会共展出各式彩灯两百余组，吸引了附近
城乡的大批游客前来观赏，灯会将持续到元宵节。
江南小城新年灯会开幕
本报特派记者 林晓燕
京郊各区县近日陆续开办冬季农业技术培训班，组织农民
利用冬闲时间学习果树修剪、大棚种菜等实用技术。
培训班由农业技术推广站的技术员授课，课程安排紧凑，
农民们学习热情很高，不少人还带着问题来听课。
京郊农民冬闲学技术
"""


def test_a_reporters_role_line_set_apart_from_the_body_is_its_byline():
    page = newsie.parse(ROLE_LINE_AFTER_PAGE, issue_date="1998-01-06")
    assert _headlines(page) == ["江南小城新年灯会开幕", "京郊农民冬闲学技术"]
    fair, school = page.articles
    assert not fair.bylines
    assert [(b.kind, b.reporters) for b in school.bylines] == [("本报记者", ("林晓燕",))]
    assert school.paragraphs[0].text.startswith("京郊各区县")


def test_an_office_and_a_name_is_no_reporters_role_line():
    from newsie.extractors.bylines import _role_line_names

    assert _role_line_names("新华社记者 王小川") == ("王小川",)
    assert _role_line_names("本报驻外记者 王小川 李青") == ("王小川", "李青")
    assert _role_line_names("某某研究所所长 王小川") is None
    assert _role_line_names("王小川 李青") is None


# An invented page. A title wrapped at its width onto a short tail of at
# most five characters keeps the tail in its headline where a dash subtitle follows the tail,
# as where the tail closes the group (roles._short_tails): the wrapped first line is no kicker
# (某某道路 / 越走越宽广 / ——某某见闻 is one headline and its subtitle). The body is HEAD15's above.

@pytest.mark.parametrize("heading, title, subtitle", [
    ("青禾湖畔生态步道建设之路\n越走越宽广\n——青禾市生态建设见闻\n",
     "青禾湖畔生态步道建设之路越走越宽广", "——青禾市生态建设见闻"),
    ("为了湖畔居民的美\n好家园\n——记青禾市护湖志愿队\n", "为了湖畔居民的美好家园", "——记青禾市护湖志愿队"),
])
def test_a_title_wrapped_onto_a_short_tail_over_a_dash_subtitle_is_one_headline(heading, title, subtitle):
    [article] = newsie.parse(heading + S15_HEAD15_BODY, issue_date="2019-10-09").articles
    assert article.kicker is None and article.column is None
    assert article.headline.text.replace(" ", "") == title
    assert [s.text for s in article.subheadlines] == [subtitle]


def test_short_tails_over_a_dash_subtitle():
    from newsie.extractors.segment.roles import _short_tails

    block = lambda text: _invented_block("title", text)  # noqa: E731
    assert _short_tails([block("为了湖畔居民的美"), block("好家园"), block("——记青禾市护湖志愿队")]) == {1}
    # a short line under a longer one with more title below it opens the title's next part
    assert _short_tails([block("青禾县域经济亮点多"), block("湖畔农场"), block("乡村产业新生力军")]) == set()



# An invented page. A headline holding a comma, wrapped at its width onto a short tail that
# closes the group, keeps the tail: 扎实整改，让居民有更 / 多获得感 under its dashed kicker is one
# headline, not a headline over a subtitle (roles._short_tails). Reading pages' truth (2019 days
# 01-10 of five layout draws, the other month's days 01-15): such line pairs lie inside one role
# 56 times on pdf and 9 on sim; 18 are a kicker over its headline, each kicker 22 characters or
# longer and each still read right.
def test_a_headline_with_a_comma_wrapped_onto_a_short_tail_is_one_headline():
    heading = "青禾、白水、东湖三\n地推进湖畔治理工作\n——\n扎实整改，让居民有更\n多获得感\n"
    [article] = newsie.parse(heading + S15_HEAD15_BODY, issue_date="2019-10-09").articles
    assert article.kicker.text.replace(" ", "") == "青禾、白水、东湖三地推进湖畔治理工作——"
    assert article.headline.text.replace(" ", "") == "扎实整改，让居民有更多获得感"
    assert not article.subheadlines


def test_short_tails_under_a_comma():
    from newsie.extractors.segment.roles import _lone_char_tail, _short_tails

    block = lambda text: _invented_block("title", text)  # noqa: E731
    assert _short_tails([block("扎实整改，让居民有更"), block("多获得感")]) == {1}
    # an enumeration comma or a space still marks a line of parts, not a wrapped title
    assert _short_tails([block("扎实整改、让居民有更"), block("多获得感")]) == set()
    # a comma line longer than a headline's is a kicker's or a deck's: a name under it is no tail
    assert _short_tails([block("青禾湖畔的老渡口迎来新的游客，久经风雨的渡船又起航"), block("李青")]) == set()
    # two characters under such a line are its torn last word (roles._lone_char_tail)
    assert _lone_char_tail("某地扎实整改，让居民更", "满意")
    assert not _lone_char_tail("青禾湖畔的老渡口迎来新的游客，久经风雨的渡船又起航", "李青")

# A subtitle set in a narrow heading column, wrapped over three lines (as PDF text of a
# display heading gives it), under a two-line headline; the next article's speech heading
# has two subtitles of its own, a dash line and a bracketed date line.
WRAPPED_SUBTITLE_PAGE = """山乡新貌
处处新
——记者走访
西部十个村庄
见闻录之一
本报记者 林安
清晨的山路上，运送蔬菜的货车一辆接一
辆驶出村口，开往县城的批发市场。这几年，
村里修通了硬化路，种起了高山蔬菜，村民
的日子一年比一年红火。
村党支部书记老陈说，路通了，产业也就活
了，年轻人愿意回来了，村里一下子有了生气。
携手共进 共创未来
——在某国际合作论坛开幕式上的致辞
（2019年10月15日，北京）
尊敬的各位来宾，女士们，先生们：
很高兴同大家相聚在金秋的北京，共同探讨
合作发展大计。在此，我谨代表主办方，对各
位来宾的到来表示热烈欢迎。
"""


def test_a_subtitle_wrapped_over_lines_is_one_subtitle_and_a_dated_line_another():
    page = newsie.parse(WRAPPED_SUBTITLE_PAGE, issue_date="2019-10-16")
    village, speech = page.articles
    assert [s.text for s in village.subheadlines] == ["——记者走访西部十个村庄见闻录之一"]
    assert [s.text for s in speech.subheadlines] == ["——在某国际合作论坛开幕式上的致辞", "（2019年10月15日，北京）"]


# A headline in display type wrapped at a narrow measure: its lines are one title torn
# mid-word (技能大 / 赛), not phrases set one to a line.
MEASURE_WRAPPED_TITLE_PAGE = """全省职工技能大
赛在南昌隆重
举行
本报南昌10月15日电（记者吴青）全省职工技
能大赛15日在南昌隆重举行，来自全省各地的
六百余名职工参加了比赛。
大赛设置了焊工、电工、数控车工等十个工种，
比赛持续三天，获奖职工将获得技术能手称号。
"""


def test_a_title_wrapped_at_its_measure_reads_without_spaces_a_phrased_one_with_them():
    (contest,) = newsie.parse(MEASURE_WRAPPED_TITLE_PAGE, issue_date="2019-10-16").articles
    assert contest.headline.text == "全省职工技能大赛在南昌隆重举行"
    # two phrases of one length, set one to a line, keep the space between them
    speech = newsie.parse(WRAPPED_SUBTITLE_PAGE, issue_date="2019-10-16").articles[1]
    assert speech.headline.text == "携手共进 共创未来"


# The same in a page typed with full-width digits (the 1990s' pages): a title torn inside its
# number (突破１ / ２０座) reads whole, and a full-width digit is as wide as a Han character when
# the lines are measured (１９９７年某地粮 fills the measure that 食总产创新高 falls short of).
FULL_WIDTH_TITLE_BODY = """　　本报某地１月５日电　某地大桥今天合龙，
标志着这座横跨大江的特大桥主体工程完工。
大桥全长１２８０米，总投资５．６亿元，由
当地交通部门筹资兴建，工期二十六个月。
大桥通车后，两岸往来只需十分钟，沿江
群众多年来过江难的问题将得到解决。
"""


def test_a_title_typed_with_full_width_digits_is_measured_and_joined_as_typed():
    from newsie.draft import _wrapped_title

    page = newsie.parse("某地今年新建大桥突破１\n２０座\n" + FULL_WIDTH_TITLE_BODY, issue_date="1998-01-06")
    assert [a.headline.text for a in page.articles] == ["某地今年新建大桥突破120座"]
    assert _wrapped_title(["1997年某地粮", "食总产创新高"], ["１９９７年某地粮", "食总产创新高"])
    assert not _wrapped_title(["1997年某地粮", "食总产创新高"])  # (measured as folded: 6 ems, not 8)


def test_s26_affin26_the_bodies_around_a_doubted_group_say_whether_it_is_a_section_head():
    # AFFIN26: a doubted heading group between two runs is taken in as a section head where the
    # article above it and the run below it share the page's rare words (a place, a product:
    # one article's two parts), and heads the run below where they share none (two articles);
    # the words each run of the page holds weigh by how few runs hold them (invented page)
    from newsie.extractors import segment as S

    block = functools.partial(_invented_block, col=15.0)

    def page(below: str, soft: float):
        above = S.grouping._Run([block(S.BODY, "柳溪镇的茶农今年春天种下新品种白茶，镇农技站派人驻村指导。"),
                                 block(S.BODY, "茶农们说，白茶长势喜人，柳溪镇的茶园面积扩大了一倍。")])
        group = [block(S.TITLE, "技术员常驻茶园")]
        other = S.grouping._Run([block(S.BODY, "老城区的旧纺织厂房经过一年改造，变成了一座开放式图书馆，市民可免费借阅。")])
        seq = [[block(S.TITLE, "柳溪镇白茶喜获丰收")], above, group, S.grouping._Run([block(S.BODY, below)]),
               [block(S.TITLE, "老城区旧厂房变身图书馆")], other]
        _, runs, leftovers = S.pairing._pair_mixed(seq, soft={id(group): soft})
        assert not leftovers
        return [([b.text for b in r.heading], [b.text for b in r.section_heads]) for r in runs]

    same = "柳溪镇农技站的技术员每周进茶园两次，教茶农修剪白茶枝条。"
    other = "北港码头新建的冷链仓库本月投入使用，可存放冷冻海产品三千吨。"
    for soft in (-0.3, 0.0):
        assert page(same, soft)[0] == (["柳溪镇白茶喜获丰收"], ["技术员常驻茶园"]), soft
        assert len(page(other, soft)) == 3 and page(other, soft)[1] == (["技术员常驻茶园"], []), soft


# SUB27 (session 27): a title wrapped at its measure before a short tail (at most five word
# characters, the reflow leaving the two lines apart) keeps the tail in the headline: no subtitle
# under it (a wrapped headline's last line, 青禾县今年新增造林面积 / 超5万亩, read as its subtitle).
# A tail cut from a block the reflow joined is weighed by the cut's own bonus (invented texts).
def test_s27_sub27_a_short_tail_left_apart_is_no_subtitle(monkeypatch):
    from newsie.extractors.segment import TITLE, Block

    roles = _roles_leaning(monkeypatch, [{"headline": 2.0, "kicker": 0.5, "column": 0.0, "subtitle": 0.0},
                                         {"subtitle": 2.0, "headline": 1.2, "kicker": 0.0, "column": 0.0}])
    texts = ["青禾县新建高标准农田", "喜迎丰收"]
    group = [Block(0, 0, 10, texts[0], kind=TITLE), Block(1, 11, 15, texts[1], kind=TITLE)]
    assert roles.assign_roles(group)[1] == ["headline", "headline"]
    # the two pieces of one block the reflow joined (a cut weighed in _role_lines): no toll
    group = [Block(0, 0, 10, texts[0], kind=TITLE), Block(0, 11, 15, texts[1], kind=TITLE)]
    assert roles.assign_roles(group)[1] == ["headline", "subtitle"]
    # a longer line under the headline is left to the model
    group = [Block(0, 0, 10, texts[0], kind=TITLE), Block(1, 11, 19, "秋粮再获丰收在望", kind=TITLE)]
    assert roles.assign_roles(group)[1] == ["headline", "subtitle"]


# SUB27 (session 27): a title wrapped at its measure over two lines of one width, the second going
# on a word the first tore (the body has it whole), goes on into a third line no wider: that line
# is no subtitle (某国总理某某将来 / 华出席某某博览会闭幕 / 式并
# 进行工作访问). A line opening on a dash, under a closed quote, or worded as a subtitle (a
# figure, who attended) is left to the model (invented texts; session 59: the middle line, which
# had closed on 在稻香湖畔隆重开幕, closes on no event held where, which roles._closed_events parts
# from the line below).
def test_s27_sub27_a_line_going_on_a_title_wrapped_at_its_measure_is_no_subtitle(monkeypatch):
    from newsie.extractors.segment import TITLE, Block

    lean = [{"headline": 3.0, "kicker": 0.5, "column": 0.0, "subtitle": 0.0}] * 2
    roles = _roles_leaning(monkeypatch, lean + [{"subtitle": 2.0, "headline": 0.8, "kicker": 0.0, "column": 0.0}])

    def read(texts: list[str]) -> list[str]:
        group, at = [], 0
        for k, t in enumerate(texts):
            group.append(Block(k, at, at + len(t), t, kind=TITLE, col=16.0, width_ratio=len(t) / 16.0, n_lines=1))
            at += len(t) + 1
        return roles.assign_roles(group, "本县第三届农民丰收节在稻香湖畔举行。")[1]

    assert read(["青禾县第三届农民丰收", "节在稻香湖畔拉开帷幕", "迎来八方宾客共庆"]) == ["headline"] * 3
    for third in ("——远山镇秋收见闻", "县长林青山出席开幕", "新增良田3000亩"):
        assert read(["青禾县第三届农民丰收", "节在稻香湖畔拉开帷幕", third]) == ["headline", "headline", "subtitle"], third
    assert read(["“稻田里话丰收”", "“我们的日子更甜”", "秋收时节访农家"])[-1] == "subtitle"


# BODY28: a title with its series tag, wrapped so that the tag's line holds only the title's
# last character (老街上的早点铺子重新开 / 张（小城·烟火）): no line alone reads as a tagged
# title, the lines joined do (heads._wrapped_tagged_title). Even where the heading model reads
# the group as an in-body section head (made to read 0.05 here), it heads the next article
# (invented page).
BODY28_WRAPPED_TAG_PAGE = COUNT14_FIRST_ARTICLE + """老街上的早点铺子重新开
张（小城·烟火）
天刚蒙蒙亮，老街上的早点铺就支起了
蒸笼，豆浆和油条的香气飘出很远。
开了三十年铺子的刘师傅说，街坊们的
口味没怎么变，来吃早点的人却越来越多。
"""


def test_s28_body28_a_wrapped_title_with_its_series_tag_heads_an_article(monkeypatch):
    page = _parse_doubting(monkeypatch, BODY28_WRAPPED_TAG_PAGE, ["老街上的早点铺子重新开", "张（小城·烟火）"],
                           0.05, issue_date="2019-10-09", page=6)
    assert len(page.articles) == 2
    assert page.articles[0].body.endswith("老张笑着说。")
    assert page.articles[1].headline.text.replace(" ", "").startswith("老街上的早点铺子重新开张")
    assert page.articles[1].body.startswith("天刚蒙蒙亮")


def test_s28_body28_a_tagged_title_is_no_first_part_of_a_feature():
    """A dash kicker over a title under its series' tag (某某—— / 标题（最美奋斗者）), the next
    heading group cut to its shape: each a portrait of the series, an article of its own, not
    the first part of one feature (heads._first_part). Without the tag the pair reads as parts."""
    from newsie.extractors.segment.blocks import KICKER, TITLE, Block
    from newsie.extractors.segment.grouping import _Run
    from newsie.extractors.segment.heads import _first_part

    def group(kicker, title):
        return [Block(0, 0, len(kicker), kicker, kind=KICKER), Block(1, 0, len(title), title, kind=TITLE)]

    def run():
        return _Run([Block(2, 0, 12, "某某今年七十岁，仍每天到厂里。")])

    tagged = [run(), group("某市机床厂退休技师某某——", "一把锉刀磨了四十年（最美奋斗者）"), run(),
              group("某县中学退休教师某某——", "讲台上站了一辈子"), run()]
    plain = [run(), group("某市机床厂退休技师某某——", "一把锉刀磨了四十年"), run(),
             group("某县中学退休教师某某——", "讲台上站了一辈子"), run()]
    probs = [0.0, 1.0, 0.0, 0.2, 0.0]
    assert _first_part(plain, probs, 0.4, 1) == 0
    assert _first_part(tagged, probs, 0.4, 1) is None


# BODY28: a quoted title under its series tag, wrapped over two lines (“老街上的灯火又 / 亮起来了”
# （看小城·话变化）), which the reflow ran into the opening of its body, under the note closing
# the article above. No paragraph of body text opens on a title and its series tag: the lines
# are cut off as a title (blocks._tagged_title_off_body) and head an article (invented page).
BODY28_TAGGED_TITLE_IN_BODY_LINES = [
    "老城区改造一期完工",
    "老城区的改造今年完成了第一期，沿",
    "街的店铺重新开门迎客，不少老住户",
    "又搬了回来，街坊们都说日子越过越",
    "有奔头。",
    "（作者为某市文化馆馆员）",
    "“老街上的灯火又",
    "亮起来了”（看小城·话变化）",
    "“以前天一黑，街上就没什么人了，",
    "现在晚上比白天还热闹。”在老街开",
    "了二十年杂货铺的周大姐一边招呼客",
    "人，一边对记者说。去年以来，老街",
    "陆续亮起了路灯，修好了石板路，还",
    "办起了夜市。",
]


def test_s28_body28_a_tagged_title_the_reflow_ran_into_its_body_is_cut_off():
    from newsie.extractors.segment.blocks import TITLE, _tagged_title_off_body, classify

    doc = Document("\r\n".join(BODY28_TAGGED_TITLE_IN_BODY_LINES) + "\r\n")
    blocks = _tagged_title_off_body(doc, classify(doc))
    titles = [b.text.replace(" ", "") for b in blocks if b.kind == TITLE]
    assert "“老街上的灯火又亮起来了”（看小城·话变化）" in titles
    page = newsie.parse("\r\n".join(BODY28_TAGGED_TITLE_IN_BODY_LINES) + "\r\n", issue_date="2019-10-06", page=3)
    assert len(page.articles) == 2
    assert page.articles[1].body.startswith("“以前天一黑")


def test_s28_body28_a_lone_dash_kicker_joined_to_its_title_is_a_headline():
    """A kicker closed by a dash and its title, the reflow having joined them into one block
    (某市出台十条新规支持民营经济——民营企业迎来新机遇), the page's only dash kicker, between two
    runs: a headline (heads._lone_joined_kicker_title); a body line of that form (a comma
    before the dash, the dash inside a quote) is not one (invented lines)."""
    from newsie.extractors.segment.blocks import BODY, TITLE, Block
    from newsie.extractors.segment.grouping import _Run
    from newsie.extractors.segment.heads import _heading_strength

    def page(title):
        body = "某市今年以来出台多项措施，帮助企业渡过难关，稳住了就业。"
        return [_Run([Block(0, 0, len(body), body, kind=BODY)]), [Block(1, 0, len(title), title, kind=TITLE)],
                _Run([Block(2, 0, len(body), body, kind=BODY)])]

    assert _heading_strength(page("某市出台十条新规支持民营经济——民营企业迎来新机遇"), 1) == 1.0
    assert _heading_strength(page("在当地时间晚上，“某某之夜”——一场演出开场"), 1) < 1.0
    two = page("某市出台十条新规支持民营经济——民营企业迎来新机遇")
    two += [[Block(3, 0, 20, "某县开展职业技能培训进村入户——就业门路越走越宽", kind=TITLE)], two[0]]
    assert _heading_strength(two, 1) < 1.0  # two such groups: the parts of a round-up, left to the model


# A title wrapped at its measure over two lines whose line end tears a word the page sets whole
# elsewhere (所 / 谓: 所谓 in another article), the pairs beside the tear (治所, 谓违) nowhere else
# on the page: one headline, not a kicker over its headline. Two words meeting at the line end
# (比赛 / 中国: 赛中 stands on the page, and so does 中国) keep their roles as the model reads them.
def _title_group(texts):
    """A heading group of title lines ``texts`` set in a 16-em heading column (invented lines)."""
    from newsie.extractors.segment import TITLE, Block

    return [Block(k, 0, len(t), t, kind=TITLE, col=16.0, width_ratio=len(t) / 16.0)
            for k, t in enumerate(texts)]


def test_s28_title28_a_word_torn_at_the_measure_that_the_page_holds_whole_joins_the_lines():
    from newsie.extractors.segment import assign_roles
    from newsie.extractors.segment.roles import _page_torn

    torn = _title_group(("青禾县城管部门整治所", "谓路边违规广告牌"))
    page = "青禾县城管部门整治所谓路边违规广告牌本月以来城管队员走访商户清理所谓“临时”招牌四百余块。"
    assert _page_torn(torn, page) == {1}
    assert assign_roles(torn, "", frozenset(), page)[1] == ["headline", "headline"]
    assert assign_roles(torn)[1] != ["headline", "headline"]  # without the page: the model's kicker
    met = _title_group(("青禾县少儿象棋比赛", "中国选手包揽前三"))
    page2 = "青禾县少儿象棋比赛中国选手包揽前三比赛中选手发挥稳定中国棋院派员观摩。"
    assert _page_torn(met, page2) == set()
    # a later line wider than the one above it is no line wrapped off it
    assert _page_torn(_title_group(("城管整治所", "谓路边违规广告牌")), "城管整治所谓路边违规广告牌清理所谓招牌") == set()


def test_s29_a_line_closed_by_a_dateline_in_brackets_ends_the_text_above_it():
    # A speech's closing words on a line of their own, then the dateline that closes the text
    # (干杯！（新华社某地…电）): the end of a paragraph, not a headline with a bracketed tag; the
    # speech's heading lines follow it (its headlines are after its body).
    from newsie.extractors.segment.blocks import TITLE, _is_title_text

    assert not _is_title_text("祝大家身体健康！（新华社青禾9月30日电）", False, False)
    assert not _is_title_text("谢谢大家！（本报青禾10月9日电）", False, False)
    assert _is_title_text("古镇人家新日子（七十年·小城故事）", False, False)  # a bracketed series tag still heads
    text = ("各位来宾，各位朋友：\n"
            "今晚我们在青禾相聚，共同庆祝青禾\n"
            "新区成立二十周年。二十年来，新区面\n"
            "貌日新月异，乡亲日子越过越红火。\n"
            "现在，我提议，为新区的明天，为各\n"
            "位来宾和朋友的健康，\n"
            "干杯！（本报青禾9月30日电）\n"
            "在青禾新区成立二十周年招待会上的致辞\n"
            "（2024年9月30日）\n"
            "青禾县今年秋粮喜获丰收\n"
            "本报青禾10月8日电  （记者林青）青禾县今年\n"
            "秋粮总产量再创新高，全县农民人均收入稳步\n"
            "增长，粮食烘干和仓储能力也明显提升。\n")
    assert not any(b.kind == TITLE and "干杯" in b.text for b in _blocks_of(text))
    page = newsie.parse(text, issue_date="2024-10-09")
    assert "在青禾新区成立二十周年招待会上的致辞" in _headlines(page)
    assert all(h is None or "干杯" not in h for h in _headlines(page))
    speech = next(a for a in page.articles if a.headline and "致辞" in a.headline.text)
    assert "干杯" in "".join(p.text for p in speech.paragraphs)


# JOIN29 (session 29): a doubted heading group over a set of section heads cut to one pattern
# (two or more, each alike the others, it alike none of them) heads the article those section
# heads belong to: it is no section head of the text above it (invented page).
def test_s29_join29_a_title_over_parallel_section_heads_heads_its_article(monkeypatch):
    from newsie.extractors import segment as S

    block = functools.partial(_invented_block, col=15.0)
    long_text = "青山县的护林员们每天清晨进山巡护，记录林木长势和野生动物的踪迹。" * 14
    title = [block(S.TITLE, "山乡处处庆丰年 家家户户话变化")]
    parts = [[block(S.TITLE, "“果园越来越大”")], [block(S.TITLE, "“道路越来越宽”")],
             [block(S.TITLE, "“日子越来越甜”")]]

    def seq_of(head, subs):
        seq = [[block(S.TITLE, "守护青山二十年")], S.grouping._Run([block(S.BODY, long_text)]),
               head, S.grouping._Run([block(S.BODY, "金秋时节，村里的乡亲们忙着采摘、晾晒，院坝里一片欢声笑语。")])]
        for k, sub in enumerate(subs):
            seq += [sub, S.grouping._Run([block(S.BODY, f"第{k + 1}部分：乡亲们说起这些年的变化，个个喜上眉梢。")])]
        return seq

    def doubted(seq, i, lengths=None):
        return 1.0 if seq[i][0].text == "守护青山二十年" else 0.02

    monkeypatch.setattr(S.heads, "_heading_strength", doubted)

    def headings(seq):
        out, _ = S.heads._absorb_section_heads(seq, None, 2)
        return [[b.text for b in x] for x in out if isinstance(x, list)]

    assert headings(seq_of(title, parts)) == [["守护青山二十年"], ["山乡处处庆丰年 家家户户话变化"]]
    # the same group over section heads of no one pattern, or alike them, stays a section head
    mixed = [parts[0], [block(S.TITLE, "新修的村道通到了家门口")], parts[2]]
    assert headings(seq_of(title, mixed)) == [["守护青山二十年"]]
    assert headings(seq_of([block(S.TITLE, "“收成越来越好”")], parts)) == [["守护青山二十年"]]
    # nor a label's line (某地：某事), nor one under a short text
    assert headings(seq_of([block(S.TITLE, "山乡：家家户户话变化")], parts)) == [["守护青山二十年"]]
    assert S.heads._over_parallel_heads(seq_of(title, parts)[:1] + [S.grouping._Run([block(S.BODY, "短讯。")])]
                                        + seq_of(title, parts)[2:], [1.0] + [0.02] * 9, 0.4) == []


def test_s29_join29_a_section_head_repeating_its_headline_stays_a_section_head(monkeypatch):
    # JOIN29: the first section head of an article, wrapped at its column (so cut unlike its
    # siblings), repeats the words of the article's own headline above it: a section head
    from newsie.extractors import segment as S

    block = functools.partial(_invented_block, col=10.0)
    text = "旧街改造的方案几经讨论，居民的意见写进了设计图，工程今年春天开工。" * 14
    seq = [[block(S.TITLE, "旧街改造走进千家万户")], S.grouping._Run([block(S.BODY, text)]),
           [block(S.TITLE, "旧街改造的必要"), block(S.TITLE, "性")], S.grouping._Run([block(S.BODY, "老街的管网已用了四十年。")]),
           [block(S.TITLE, "方案要稳妥")], S.grouping._Run([block(S.BODY, "方案先在两条街试行。")]),
           [block(S.TITLE, "防止走了样")], S.grouping._Run([block(S.BODY, "补贴只用于修缮房屋。")])]
    probs = [1.0, 0.0, 0.02, 0.0, 0.02, 0.0, 0.02, 0.0]
    assert S.heads._over_parallel_heads(seq, probs, 0.4) == []
    seq[2] = [block(S.TITLE, "山乡处处庆丰年"), block(S.TITLE, "家家户户话变化")]
    assert S.heads._over_parallel_heads(seq, probs, 0.4) == [2]


def _assert_torn_lines_keep_one_role(torn, pairs, whole) -> None:
    """Each pair of title lines in ``pairs`` is torn by ``torn`` (one of the cues read at a heading
    line end) and read as one headline; no pair in ``whole`` is torn."""
    from newsie.extractors.segment import assign_roles

    for texts in pairs:
        assert torn(*texts)
        assert assign_roles(_title_group(texts))[1] == ["headline", "headline"]
    for texts in whole:
        assert not torn(*texts)


# WRAP29: a title wrapped at its measure whose line end tears an idiom or a place name of the
# shipped lexicons (哥伦 / 比亚, 新西 / 兰, 日新月 / 异) is one text: its lines keep one role, not a
# kicker over a headline or a headline over a subtitle (invented lines). A line end between two
# words (哥伦比亚 / 洽谈…) tears nothing.
def test_s29_wrap29_a_title_torn_inside_a_place_or_an_idiom_keeps_one_role():
    from newsie.draft import tears_a_name

    _assert_torn_lines_keep_one_role(
        tears_a_name,
        (("青禾县经贸代表团抵达哥伦", "比亚洽谈咖啡贸易"), ("青禾县果农代表团启程赴新西", "兰考察猕猴桃种植"),
         ("青禾县城乡面貌日新月", "异百姓生活越过越好")),
        (("青禾县经贸代表团抵达哥伦比亚", "洽谈咖啡贸易"), ("青禾县经贸代表团", "抵达哥伦比亚")))


# WRAP29: a title wrapped between a number and its measure word (取消两 / 名…, 2万 / 人…), before
# the suffix of a torn word (守护 / 者) or before a conjunction going on from the word above
# (…代表 / 与外地大学生交流) is one text: one role (invented lines). A line opening on a word
# that a conjunction's character begins (与时俱进, 和平) goes on nothing.
def test_s29_wrap29_a_title_torn_before_a_measure_word_a_suffix_or_a_conjunction_keeps_one_role():
    from newsie.extractors.segment.roles import _torn_pair

    _assert_torn_lines_keep_one_role(
        _torn_pair,
        (("青禾县今年共取消两", "名干部的评优资格"), ("青禾县三年来累计有2万", "人搬出深山住新房"),
         ("青禾县表彰一批绿水青山的守护", "者和志愿服务队"), ("青禾县青年志愿者代表", "与外地大学生交流")),
        (("青禾县青年志愿者代表", "与时俱进谋发展"), ("青禾县青年志愿者代表", "和平年代当先锋"),
         ("青禾县青年志愿者代表——", "与外地大学生交流")))


# WRAP29: a title wrapped at its measure inside a common word (限 / 制, 认 / 真, 开 / 放: the pair
# across the line end is a word of models/gazetteer/words.json, neither pair beside it is) is one
# text, one role; two words meeting at the line end (世界杯赛 / 中国棋手: 中国 a word) and a line
# ending on a whole word keep the model's roles (invented lines).
def test_s29_wrap29_a_title_torn_inside_a_common_word_keeps_one_role():
    from newsie.draft import tears_a_word
    from newsie.extractors.segment import assign_roles

    _assert_torn_lines_keep_one_role(
        tears_a_word,
        (("青禾县召开座谈会强调限", "制会议接待费用"), ("青禾县果农合作社今年认", "真做好春耕准备"),
         ("青禾县新建的乡村图书馆开", "放首日迎来读者")),
        (("国际象棋世界杯赛", "中国棋手夺冠"), ("青禾县举办首届农民运动会", "百名选手同场竞技")))
    assert assign_roles(_title_group(("国际象棋世界杯赛", "中国棋手夺冠")))[1] == ["kicker", "headline"]


def test_s29_speed29_agreeing_window_counts_as_the_twelve_looks():
    # _measure's count of lines sharing their width (within half an em) with two of the six
    # lines on either side, counted on a sliding window of doubled widths, is the count of
    # looking at each line's twelve neighbours (lines under 6 ems not counted)
    import random

    from newsie.document import _agreeing

    def looked(keys):
        count = 0
        for i, k in enumerate(keys):
            near = sum(1 for j in range(max(0, i - 6), min(len(keys), i + 7)) if j != i and abs(keys[j] - k) <= 1)
            count += k >= 12 and near >= 2
        return count

    rng = random.Random(29)
    for _ in range(3000):
        keys = [rng.choice((rng.randint(0, 30), rng.randint(38, 44))) for _ in range(rng.randint(0, 40))]
        assert _agreeing(keys) == looked(keys), keys


def test_s29_a_column_name_the_reflow_ran_into_the_heading_above_is_cut_off_as_a_column():
    # Headlines after their bodies: the first article's headline, then the second's column tag
    # on a line of its own; the reflow made one heading paragraph of the two lines.
    from newsie.extractors.segment.blocks import COLUMN, TITLE, _column_lines_off_titles, classify

    text = ("本报青禾10月8日电  （记者林青）青禾县\n"
            "县长8日会见来访的友城代表团，双方就\n"
            "农业合作、文化交流等议题交换意见，\n"
            "并签署了新一轮合作备忘录。\n"
            "青禾县县长会见友城代表团\n"
            "民生观\n"
            "一群退休老人每周聚在社区\n"
            "活动室里，读书、写字、唱歌，\n"
            "相互陪伴，日子过得充实又快\n"
            "乐。社区干部说，老人们的精\n"
            "神面貌比以前好多了。\n"
            "社区里的“银发课堂”\n")
    doc = Document(text)
    cut = [(b.kind, b.text) for b in _column_lines_off_titles(doc, classify(doc))]
    assert (TITLE, "青禾县县长会见友城代表团") in cut and (COLUMN, "民生观") in cut
    page = newsie.parse(text, issue_date="2024-10-09")
    assert _headlines(page) == ["青禾县县长会见友城代表团", "社区里的“银发课堂”"]
    assert page.articles[1].column is not None and page.articles[1].column.text == "民生观"
    # a title whose last line is no column's name stays whole
    whole = Document(text.replace("民生观\n", "再添新内容\n"))
    assert not any(b.kind == COLUMN for b in _column_lines_off_titles(whole, classify(whole)))


def test_s30_a_dashed_list_item_closed_by_a_jump_marker_is_body_not_a_subtitle():
    # The last item of a dashed list (——我们将…) runs out at the part's end, cut by （下转第2版）:
    # the end of the article's body. Read as a dashed subtitle, it became the kicker of the next
    # article's headline.
    from newsie.extractors.segment.blocks import BODY, SUB, classify

    text = ("青禾县召开秋季农业生产现场会\n"
            "本报青禾10月8日电  （记者林青）青禾县8\n"
            "日召开秋季农业生产现场会，部署秋收秋种\n"
            "和冬季农田水利建设。会议提出：\n"
            "——我们将加快建设高标准农田，持续\n"
            "提升粮食产能，稳步推进农机更新换代。\n"
            "——我们将全力促进农民增收，坚持推\n"
            "进乡村 （下转第2版）\n"
            "青禾县秋季果品展销会开幕\n"
            "本报青禾10月8日电  （记者林青）青禾县\n"
            "秋季果品展销会8日开幕，来自全县十二\n"
            "个乡镇的果农带来了苹果、梨和柿子等果\n"
            "品，吸引众多市民前来选购。\n")
    item = next(b for b in classify(Document(text)) if "全力促进" in b.text)
    assert item.jump_to and item.kind == BODY
    page = newsie.parse(text, issue_date="2024-10-09")
    assert _headlines(page) == ["青禾县召开秋季农业生产现场会", "青禾县秋季果品展销会开幕"]
    assert page.articles[1].kicker is None and page.articles[0].continued_to == 2
    # a dashed line that no marker closes still reads as a subtitle
    assert any(b.kind == SUB for b in classify(Document("青禾县农业现场会侧记\n——写在秋收时节\n" + text[15:])))


def test_s30_a_paragraph_opening_on_a_dateline_is_a_lead_however_wide_its_column():
    # A paragraph much wider than the column the page's widths give its lines is read as a
    # photo caption set across columns; one that opens on an agency's or the paper's dateline
    # is an article's lead (a short article under a narrow headline column).
    from newsie.extractors.segment.blocks import CAPTION, LEAD, classify

    lead = ("本报青禾10月13日电（记者林青）青\n"
            "禾县代表团13日晚结束对友好城市的\n"
            "访问后回到青禾。代表团一行在友城参\n"
            "观了农业园区和职业学校。\n")
    caption = lead.replace("本报青禾10月13日电（记者林青）", "10月13日晚，青禾县新城灯光璀璨，")
    for opening, kind in ((lead, LEAD), (caption, CAPTION)):
        doc = Document("青禾县代表团圆满\n结束友城访问\n" + opening)
        doc.column_widths = tuple(9.0 for _ in doc.column_widths)  # the narrow heading column
        assert [b.kind for b in classify(doc)][-1] == kind


def test_s30_a_line_opened_by_a_diamond_or_triangle_bullet_is_body_text():
    # A round-up's items are led in by a bullet and a label (◆青禾县 / the item's text); the
    # reflow set the label apart, a short line under the headline: body text, no heading line.
    from newsie.extractors.segment.grouping import _bullets_to_body
    from newsie.extractors.segment.blocks import BODY, KICKER, TITLE, Block

    for mark in "◆▲△■":
        b = Block(0, 0, 4, f"{mark}青禾县", kind=TITLE)
        _bullets_to_body([b])
        assert b.kind == BODY
    kept = Block(0, 0, 8, "●县域经济总量稳步增长", kind=KICKER)  # ● also lists a headline's key points
    _bullets_to_body([kept])
    assert kept.kind == KICKER
    text = ("秋日田野 丰收在望\n"
            "◆青禾县\n"
            "全县秋粮收获进度已过七成，农机手\n"
            "们白天收割、夜里烘干，确保颗粒归仓。\n"
            "◆白水镇\n"
            "镇里组织志愿者帮助留守老人抢收玉\n"
            "米，二十多户困难家庭的秋粮已收完。\n")
    page = newsie.parse(text, issue_date="2024-10-09")
    assert _headlines(page) == ["秋日田野 丰收在望"]
    assert page.articles[0].paragraphs[0].text.startswith("◆青禾县")


# Session 30, helper KICK30 (invented texts; the role model's reading is forced). Of a heading
# group's two pieces, the one a comma splits while the other holds none is the kicker over the
# headline or the subtitle under it, not the headline: a terse headline stands beside a clause.
def test_s30_kick30_the_piece_a_comma_splits_beside_a_terse_one_is_no_headline(monkeypatch):
    # the model leans to headline + subtitle: a comma clause over a terse title is its kicker
    roles = _roles_leaning(monkeypatch, [{"headline": 1.0, "kicker": 0.2, "subtitle": 0.0, "column": 0.0},
                                         {"subtitle": 1.0, "headline": 0.6, "kicker": 0.0, "column": 0.0}])
    kicker_over = _title_group(["修路、架桥、通公交，青禾县山区交通大变样", "3000名村民告别泥泞路"])
    assert roles.assign_roles(kicker_over)[1] == ["kicker", "headline"]
    # no comma, a comma in both, a quotation, a piece ending on its comma: the model's reading
    for texts in (["青禾县山区交通大变样", "3000名村民告别泥泞路"],
                  ["修路、架桥，青禾县交通大变样", "村民告别泥泞路，出行更方便"],
                  ["“修路架桥，日子更有奔头”", "3000名村民告别泥泞路"]):
        assert roles.assign_roles(_title_group(texts))[1] == ["headline", "subtitle"], texts
    # the model leans to kicker + headline: a comma clause under a terse title is its subtitle
    roles = _roles_leaning(monkeypatch, [{"kicker": 1.0, "headline": 0.6, "subtitle": 0.0, "column": 0.0},
                                         {"headline": 1.0, "subtitle": 0.2, "kicker": 0.0, "column": 0.0}])
    assert roles.assign_roles(_title_group(["青禾市房屋租金总体平稳", "成交小幅回落，租客心态平稳"]))[1] == ["headline", "subtitle"]
    assert roles.assign_roles(_title_group(["青禾市房屋租金总体平稳", "“租得起，住得好”"]))[1] == ["kicker", "headline"]
    monkeypatch.setattr(roles, "_COMMA_PIECE_HEADLINE", 0.0)  # without the toll, the model's reading
    assert roles.assign_roles(_title_group(["青禾市房屋租金总体平稳", "成交小幅回落，租客心态平稳"]))[1] == ["kicker", "headline"]


def test_s30_sect30_the_first_doubted_title_under_a_long_text_heads_the_article_its_followers_divide():
    """The first doubted title under a long closed text that had no section head heads the next
    article, though more doubted groups follow it in its stretch: those are that article's section
    heads (heads._lone_doubt_under_a_long_run, session 30). Not a title signed by a name over its
    office (a feature's signed voices), nor a group after a doubted one (invented lines)."""
    from newsie.extractors.segment.blocks import BODY, TITLE, Block
    from newsie.extractors.segment.grouping import _Run
    from newsie.extractors.segment.heads import _lone_doubt_under_a_long_run

    sentence = "青禾县今年新修乡村公路四十公里，沿线乡亲赶集更便当了，农产品也能及时运出山外。"
    part = "白石镇的柑橘陆续成熟，游客纷纷前来采摘，合作社忙着分拣装箱。"

    def run(k, text):
        return _Run([Block(k, 0, len(text), text, kind=BODY)])

    def page(first):
        above = sentence * 22  # ~880 characters, no section head over it
        seq = [[Block(0, 0, 8, "青禾县交通建设提速", kind=TITLE)], run(1, above),
               [Block(2, 0, 0, t, kind=TITLE) for t in first], run(3, part),
               [Block(4, 0, 6, "采摘游火了", kind=TITLE)], run(5, part)]
        return seq, [1.0, 0.0, 0.3, 0.0, 0.1, 0.0]

    seq, probs = page(["白石镇举办首届柑橘采摘节"])
    assert _lone_doubt_under_a_long_run(seq, probs, 0.5) == [2]
    seq, probs = page(["发展柑橘产业的几点思考", "青禾县农业农村局局长 王某某"])
    assert _lone_doubt_under_a_long_run(seq, probs, 0.5) == []
    # a body line the reflow broke off its paragraph: the run below goes on its word or figure
    seq, probs = page(["白石镇柑橘合作社成立"])
    seq[3] = run(3, "于2012年，现有社员三百余户。")
    assert _lone_doubt_under_a_long_run(seq, probs, 0.5) == []
    seq, probs = page(["“白石镇的柑橘越来越甜"])
    assert _lone_doubt_under_a_long_run(seq, probs, 0.5) == []


def test_s30_speed30_one_search_reads_the_page_as_fold_width_and_the_table_do():
    # one search of the page for a character that folds or reads as simplified stands for the
    # two: what it gives is what _has_traditional and fold_width give, the page itself whole
    # when neither changes a character (invented texts)
    from newsie.document import _has_traditional, _read_page, fold_width

    for text in ("青禾县今年新修山路１２公里。", "青禾縣今年新修山路12公里。", "青禾縣新修山路１２公里",
                 "青禾县今年新修山路12公里。", "", "Ａ　Ｂ\t"):
        traditional, folded = _read_page(text)
        assert (traditional, folded) == (_has_traditional(text), fold_width(text)), text
    plain = "青禾县今年新修山路12公里。"
    assert _read_page(plain)[1] is plain


def test_s30_speed30_squashed_drops_the_white_space_the_pattern_drops():
    # Document.squashed splits the page on str.split's white space where it holds none of the four
    # controls str.isspace adds to \s; with one of them, the pattern reads it (invented texts)
    import regex

    for text in ("青禾县 今年\n新修　山路\u2003十二公里。\n", "青禾县\x1c今年 新修山路。\n", "一行"):
        doc = Document(text)
        assert doc.squashed() == regex.sub(r"\s+", "", doc.match_text), text
    assert "\x1c" in Document("青禾县\x1c今年新修山路").squashed()


def test_s31_split31_a_sentence_between_runs_is_no_head(monkeypatch):
    # SPLIT31: a heading group between two runs that reads as a sentence of the text (a comma
    # inside, a question mark at its end: a question leading a part, set wider than the column)
    # is no article's head, however sure a rule or the model is (the pairing weighs it as a
    # doubtful group, its cost a gain). A headline holding a comma and a kicker asking a question
    # over its title stay.
    from newsie.extractors import segment as S

    block = _invented_block
    runs = _invented_runs(
        "河湾镇的渡口边，新修的栈道一直通到芦苇深处。",
        "镇上请来农技员，把育苗棚搭到了每个村口。",
        "今年的菱角收了两季，合作社的账本翻了一番。",
        "傍晚的集市上，菱角糕摆满了长条桌。")
    headline = [block(S.TITLE, "河湾镇的新日子")]
    question = [block(S.TITLE, "一头是菱角堆在塘边，一头是客商找不到门，", wider=True),
                block(S.TITLE, "路从哪里通？", wider=True)]
    assert S.heads._sentence_group(question)
    assert not S.heads._sentence_group([block(S.TITLE, "菱角的滋味，河湾的日子")])
    assert not S.heads._sentence_group([block(S.TITLE, "河湾笔谈·乡村振兴菱角红了渡口边，游人多了。")])
    assert not S.heads._sentence_group([block(S.TITLE, "《河湾谣》"), block(S.TITLE, "菱角红了的时候，记得回家看看！")])
    assert not S.heads._sentence_group([block(S.KICKER, "育苗棚搭起来以后，收成怎么样？"), block(S.TITLE, "菱角收了两季")])
    seq = [headline, runs[0], question, runs[1]]
    monkeypatch.setattr(S.heads, "_heading_strength", lambda seq, i, lengths=None: 1.0 if i in (0, 2) else 0.0)
    out, soft = S.heads._absorb_section_heads(seq, S.heads._SOFT_LOW)  # left to the pairing, doubted
    assert len(out) == 4 and soft[id(question)] < 0



# PAIR32 (session 32): on a mixed page (some headlines printed under their bodies, some over
# them) two articles' bodies may run together with no dateline between them, the first's
# headline over it and the second's under it. The pairing then shifts every heading below by
# one run, and nothing is left over for pairing._sandwich_cut to see. pairing._shift_cut cuts
# such a run where the heading group on its other side reads as the heading of its far part.
def _laid_out(*items):
    """The blocks of an invented page, each ``(kind, text)`` one line after the other (their
    offsets rising, as the pairing reads which side of a run a heading stands on)."""
    from newsie.extractors import segment as S

    out, at = [], 0
    for k, (kind, text) in enumerate(items):
        out.append(S.Block(k, at, at + len(text), text, kind=kind, col=15.0))
        at += len(text) + 1
    return out


_SCHOOL = ["山区小学的孩子们第一次通过直播课堂，和城里学校的学生一起上了一堂音乐课。",
           "直播课堂由县教育局牵头建设，今年已覆盖全县二十所山区小学，孩子们盼着每周的直播课。",
           "老师们说，过去山里缺少音乐和美术老师，许多课程只能停开，如今孩子们隔着屏幕也能学唱歌、学画画。",
           "县教育局表示，明年将为每所山区小学配齐直播设备，并组织城里的骨干教师定期到山区小学送课。",
           "家长们也很高兴，有的家长专门到学校旁听，看到孩子在课堂上举手发言，心里踏实了许多。",
           "下一步，直播课堂还将开设科学实验课，让山区小学的孩子们也能动手做实验。"]
_RIVER = ["入秋以来，滨江社区组织志愿者清理河道垃圾，河水重新变得清澈，岸边又见白鹭。",
          "志愿者每周巡河两次，发现问题及时报告，社区还为志愿者准备了巡河手册。",
          "守护河道的队伍越来越壮大，不少退休老人和中学生也报名成为滨江社区的志愿者。"]
_MARKET = ["修缮一新的老街夜市重新开张，摊位前游客络绎不绝，夜市里的老字号小吃最受欢迎。",
           "街道还在夜市入口设置了停车场和公共厕所，方便游客。"]
_FLOWERS = "本报南城10月9日电 东湖公园的菊花展开幕，三百多个品种的菊花竞相开放，吸引市民前来观赏。"


def _shifted_page(tail_texts, closing=None):
    """school headline / school body + ``tail_texts`` (one run) / river headline + market
    headline (one group) / market body + ``closing`` but its last item, the page's last heading
    group (by default a datelined item and its headline): heading groups and runs as the
    pairing gets them."""
    from newsie.extractors import segment as S

    closing = closing or [(S.LEAD, _FLOWERS), (S.TITLE, "东湖公园菊花展开幕迎来市民")]
    blocks = _laid_out((S.TITLE, "青山县山区小学用上直播课堂"), *[(S.BODY, t) for t in _SCHOOL + tail_texts],
                       (S.TITLE, "滨江社区志愿者每周守护河道"), (S.TITLE, "修缮一新的老街夜市重新开张"),
                       *[(S.BODY, t) for t in _MARKET], *closing)
    n = len(_SCHOOL) + len(tail_texts)
    return [blocks[:1], S.grouping._Run(blocks[1 : n + 1]), blocks[n + 1 : n + 3],
            S.grouping._Run(blocks[n + 3 : -1]), blocks[-1:]]


def test_pair32_two_bodies_run_together_are_cut_for_the_heading_under_the_second(monkeypatch):
    from newsie.extractors import segment as S

    def pairs(seq):
        _, runs, leftovers = S.pairing._pair_mixed(seq)
        assert not leftovers
        return [("".join(b.text for b in r.heading or []), r.blocks[0].text[:6]) for r in runs]

    right = [("青山县山区小学用上直播课堂", "山区小学的孩"), ("滨江社区志愿者每周守护河道", "入秋以来，滨"),
             ("修缮一新的老街夜市重新开张", "修缮一新的老"), ("东湖公园菊花展开幕迎来市民", "本报南城10")]
    assert pairs(_shifted_page(_RIVER)) == right
    # without the cut the river's headline and the market's go together over the market's body
    monkeypatch.setattr(S.pairing, "_shift_cut", lambda *a: None)
    assert pairs(_shifted_page(_RIVER))[:2] == [("青山县山区小学用上直播课堂", "山区小学的孩"),
                                                ("滨江社区志愿者每周守护河道修缮一新的老街夜市重新开张", "修缮一新的老")]


def test_pair32_a_run_whose_far_part_does_not_speak_of_the_heading_beyond_is_not_cut():
    # the same page with the school article going on where the river's stood: the group under
    # it shares nothing with its tail, and the run stays whole
    from newsie.extractors import segment as S

    more = ["孩子们还把直播课上学会的歌曲唱给家里的老人听，老人们笑得合不拢嘴。",
            "学校的老师们也在直播课堂上学到了新的教学方法，准备在自己的课堂上试一试。"]
    seq = _shifted_page(more)
    assert S.pairing._shift_cut(seq, S.pairing._pair_mixed(seq, recut=False)[1], []) is None


def test_pair32_a_run_headed_from_below_may_hold_the_start_of_the_article_the_group_above_heads(monkeypatch):
    # the mirror: the group over the run holds the headline of the item above it (printed under
    # that body) and the headline of the run's first part (printed over it); the run is headed
    # from below by the group under it, which holds the second part's headline and the next one's
    from newsie.extractors import segment as S

    blocks = _laid_out((S.LEAD, "本报杭州5月6日电 城东新区首座智慧公交站台投入使用，市民候车时可以查询车辆的实时位置。"),
                       (S.BODY, "站台还设有充电插座和饮水机，方便市民候车。"),
                       (S.TITLE, "城东新区智慧公交站台启用"), (S.TITLE, "山区小学用上直播课堂"),
                       *[(S.BODY, t) for t in _SCHOOL[:2] + _RIVER[:2]],
                       (S.TITLE, "滨江社区志愿者守护河道"), (S.TITLE, "老街夜市重新开张"), (S.BODY, _MARKET[0]))
    seq = [S.grouping._Run(blocks[:2]), blocks[2:4], S.grouping._Run(blocks[4:8]), blocks[8:10],
           S.grouping._Run(blocks[10:])]

    def pairs():
        _, runs, _ = S.pairing._pair_mixed(list(seq))
        return [("".join(b.text for b in r.heading or []), r.blocks[0].text[:6]) for r in runs]

    assert pairs() == [("城东新区智慧公交站台启用", "本报杭州5月"), ("山区小学用上直播课堂", "山区小学的孩"),
                       ("滨江社区志愿者守护河道", "入秋以来，滨"), ("老街夜市重新开张", "修缮一新的老")]
    monkeypatch.setattr(S.pairing, "_shift_cut", lambda *a: None)
    assert len(pairs()) == 3


# A letter-spaced line under a plain line of fewer characters: the pdf route's letter spacing
# marks the larger type of a headline, so the plain line above, a kicker wrapped before its
# last character, keeps its own role (KICK33); a couplet's halves stay one headline.
def test_a_letter_spaced_line_under_a_shorter_plain_line_is_the_headline_under_a_kicker():
    second = _second_article_under(["羽毛球世界锦标", "赛", "国 家 队 参 赛 阵 容 揭 晓"])
    assert second.kicker is not None and second.kicker.text == "羽毛球世界锦标赛"
    assert second.headline.text == "国家队参赛阵容揭晓"
    couplet = _second_article_under(["湖光映日", "稻 浪 翻 金"])
    assert couplet.kicker is None and couplet.headline.text.replace(" ", "") == "湖光映日稻浪翻金"
    said = _second_article_under(["某某市长：", "决不松懈", "全 力 守 护 群 众 饮 水 安 全"])
    assert said.headline.text.replace(" ", "") == "决不松懈全力守护群众饮水安全"


# PAIR33 (session 33): a compilation of statements (each speaker's words, then a line naming
# the speaker: ——某单位某职务某某) under one headline. The speaker's line shares the words of
# the statement above it as a headline printed under its body would, and pairing._shift_cut
# cut the run there for it (the pdf route, where no headline stands under its body). A group
# that opens on a subtitle or a dash-led line signs the text above it; it heads nothing.
def _statements_page(first_kind):
    """page headline / two statements (one run, the second speaking of the river) / the second
    speaker's line, wrapped into two (its first line of kind ``first_kind``) / the market's
    body + a datelined item / its headline printed under it (a mixed page)."""
    from newsie.extractors import segment as S

    blocks = _laid_out((S.TITLE, "城乡居民讲述身边的新变化"), *[(S.BODY, t) for t in _SCHOOL[:3] + _RIVER],
                       (first_kind, "——滨江社区河道志愿者服务队队长、"), (S.TITLE, "守护河道的退休教师陈秀兰"),
                       *[(S.BODY, t) for t in _MARKET], (S.LEAD, _FLOWERS), (S.TITLE, "东湖公园菊花展开幕迎来市民"))
    n = 3 + len(_RIVER)
    return [blocks[:1], S.grouping._Run(blocks[1 : n + 1]), blocks[n + 1 : n + 3],
            S.grouping._Run(blocks[n + 3 : -1]), blocks[-1:]]


@pytest.mark.parametrize("first_kind", ["sub", "title"])
def test_pair33_a_speaker_line_under_a_statement_does_not_cut_the_run_above_it(monkeypatch, first_kind):
    from newsie.extractors import segment as S

    seq = _statements_page(first_kind)
    runs = S.pairing._pair_mixed(list(seq), recut=False)[1]
    assert runs[0].heading and runs[0].heading[0].text == "城乡居民讲述身边的新变化"
    assert S.pairing._shift_cut(seq, runs, []) is None
    _, final, _ = S.pairing._pair_mixed(list(seq))
    assert final[0].blocks[0].text == _SCHOOL[0] and final[0].blocks[-1].text == _RIVER[-1]
    # read as a headline's start, the speaker's line would head the river statement cut off
    monkeypatch.setattr(S.pairing, "_signs_above", lambda b: False)
    cut = S.pairing._shift_cut(seq, runs, [])
    assert cut is not None and any(isinstance(x, S.grouping._Run) and x.blocks[0].text == _RIVER[0] for x in cut)



def _credit_closed_page(last):
    """school headline / school body + the river's (one run) / river headline + market headline
    (one group) / the market's body / ``last``, one line closing the page: no run is headed
    from below, so the page reads as mixed only through that line."""
    from newsie.extractors import segment as S

    return _shifted_page(_RIVER, [(S.TITLE, last)])


def test_pair33_a_credit_line_closing_the_page_does_not_make_it_mixed(monkeypatch):
    # PAIR32's page with a credit line closing it instead of a datelined item and its headline:
    # the credit shares no word with the text over it, the page is not read as one whose
    # headlines may stand under their bodies, and the shifted pairing stays; a line closing
    # the page that speaks of the market would read as its headline, and the run is cut
    from newsie.extractors import segment as S

    def pairs(seq):
        return [("".join(b.text for b in r.heading or []), r.blocks[0].text[:6]) for r in S.pairing._pair_mixed(seq)[1]]

    seq = _credit_closed_page("本版图片均由受访者本人提供")
    runs = S.pairing._pair_mixed(list(seq), recut=False)[1]
    assert all(r.heading and r.heading[-1].start < r.blocks[0].start for r in runs)
    assert S.pairing._shift_cut(seq, runs, []) is None
    assert len(pairs(seq)) == 2
    with monkeypatch.context() as m:  # (taken as a headline under the market, it made the cut)
        m.setattr(S.pairing, "_SHIFT_EDGE", 0.0)
        assert S.pairing._shift_cut(seq, runs, []) is not None
    seq = _credit_closed_page("老街夜市迎来四面八方的游客")
    runs = S.pairing._pair_mixed(list(seq), recut=False)[1]
    cut = S.pairing._shift_cut(seq, runs, [])
    assert cut is not None and any(isinstance(x, S.grouping._Run) and x.blocks[0].text == _RIVER[0] for x in cut)


# SECT34: a plain one-line title the heading model doubts, between two runs, right over a news
# lead (who, then when: 某国研究人员近日研制出…). A rule (heads._over_a_news_lead, session 34) made
# it the headline of the report below, a page's box of short reports read as one article's
# section heads; judged on the other month's days 16-31 it cost pages (sim 104 -> 106 wrong-count
# pages, pdf 101 -> 103) and changed no 2019 page, and session 66 dropped it: the heading model's
# doubt stands. Invented page built by hand; the heading model's reading forced.
def _news_lead_page(title: str, lead: str):
    from newsie.extractors import segment as S

    block = functools.partial(_invented_block, col=15.0)
    sure = [block(S.TITLE, "旧电池回收有了新去处")]
    above = S.grouping._Run([block(S.BODY, "入秋以来，城东社区设立了旧电池回收点，居民把用过的电池送来。"),
                             block(S.BODY, "电池回收后统一送往处理厂处理。")])
    group = [block(S.TITLE, title)]
    below = S.grouping._Run([block(S.BODY, lead), block(S.BODY, "研究人员说，这种电池有望在几年内投入使用。")])
    return [sure, above, group, below], group


def test_s66_a_doubted_title_over_a_news_lead_is_left_to_the_model(monkeypatch):
    from newsie.extractors import segment as S

    monkeypatch.setattr(S.heads, "heading_probability", lambda seq, i, lengths=None: 0.95 if i == 0 else 0.2)

    def headed(title, lead):  # is the group left a heading of its own, the heading model overruled?
        seq, group = _news_lead_page(title, lead)
        out, soft = S.heads._absorb_section_heads(seq, S.heads._SOFT_LOW, page=6)
        return any(x is group for x in out) and id(group) not in soft

    assert not headed("新型电池充电只需几分钟", "某国研究人员近日研制出一种新型电池，充电只需几分钟。")
    assert not headed("新型电池充电只需几分钟", "某公司日前推出一种新型电池，充电只需几分钟。")
    # read as sure, the title heads the report below, whatever opens it
    monkeypatch.setattr(S.heads, "heading_probability", lambda seq, i, lengths=None: 0.95)
    assert headed("新型电池充电只需几分钟", "某国研究人员近日研制出一种新型电池，充电只需几分钟。")


# NEIGH34 (session 34): one article prints its headline under its body and the next prints its
# own over its body, so the two headings stand on adjacent lines as one heading group. Where
# each line shares the words of its own side's lead and hardly any of the other's, and the run
# below opens on a dateline, pairing._crossed makes cutting the group between them pay.
def _neighbours_page(first, second):
    """A headline over its river item, a datelined school item, ``first`` and ``second`` as one
    heading group, a datelined flower-show item: heading groups and runs as the pairing gets them."""
    from newsie.extractors import segment as S

    blocks = _laid_out((S.TITLE, "滨江社区志愿者每周守护河道"), *[(S.BODY, t) for t in _RIVER],
                       (S.LEAD, "本报青山10月8日电 " + _SCHOOL[0]), *[(S.BODY, t) for t in _SCHOOL[1:3]],
                       (S.TITLE, first), (S.TITLE, second), (S.LEAD, _FLOWERS),
                       (S.BODY, "菊花展将持续到十一月底，公园还安排了菊艺讲座和摄影比赛，市民可免费入园观赏。"))
    return [blocks[:1], S.grouping._Run(blocks[1:4]), S.grouping._Run(blocks[4:7]), blocks[7:9],
            S.grouping._Run(blocks[9:])]


def _neighbour_pairs(seq):
    from newsie.extractors import segment as S

    _, runs, leftovers = S.pairing._pair_mixed(list(seq))
    assert not leftovers
    return [("".join(b.text for b in r.heading or []), r.blocks[0].text[:6]) for r in runs]


def test_neigh34_two_neighbours_headings_on_adjacent_lines_are_cut_between_them(monkeypatch):
    from newsie.extractors import segment as S

    seq = _neighbours_page("山区孩子的音乐梦", "东湖公园菊香浓")
    assert S.pairing._crossed(seq[3][:1], seq[3][1:], seq[2], seq[4])
    assert _neighbour_pairs(seq) == [("滨江社区志愿者每周守护河道", "入秋以来，滨"), ("山区孩子的音乐梦", "本报青山10"),
                                     ("东湖公园菊香浓", "本报南城10")]
    # without the gain the school item is left bare and both headings go over the flower show
    monkeypatch.setattr(S.pairing, "_CROSSED_SPLIT", 0.0)
    assert _neighbour_pairs(seq)[1:] == [("", "本报青山10"), ("山区孩子的音乐梦东湖公园菊香浓", "本报南城10")]


def test_neigh34_a_heading_group_of_one_article_stays_whole():
    # both lines speak of the flower show below (a headline and the line under it): not crossed
    from newsie.extractors import segment as S

    seq = _neighbours_page("东湖公园菊香浓", "三百多个品种竞相开放")
    assert not S.pairing._crossed(seq[3][:1], seq[3][1:], seq[2], seq[4])
    assert _neighbour_pairs(seq)[2] == ("东湖公园菊香浓三百多个品种竞相开放", "本报南城10")
    # nor where the run below opens on no dateline (it may go on from the text above)
    body = S.grouping._Run([S.Block(b.index, b.start, b.end, b.text, kind=S.BODY, col=b.col) for b in seq[4].blocks])
    crossed = _neighbours_page("山区孩子的音乐梦", "东湖公园菊香浓")
    assert not S.pairing._crossed(crossed[3][:1], crossed[3][1:], crossed[2], body)


# A one-line exclamation in body type between a closed paragraph and the next article's
# dateline: that article's headline, not the last paragraph of the one above (an invented page).
EXCLAIMED_OVER_DATELINE_PAGE = """城东旧楼加装电梯提速
本报合肥1月4日电（记者周
文）今年以来，合肥市加快推进
城东旧楼加装电梯工作，已有
86个小区完成加装，惠及居民
2100余户。据介绍，市里简化
审批流程，并对加装项目给予
每台最高15万元的补贴。
路边黑作坊该管管了！
本报南昌1月4日电 记者日前
在城郊走访时发现，一些无证
小作坊就设在居民楼下，油烟
直排，污水横流，附近居民苦
不堪言。居民们希望有关部门
尽快查处，还街巷一片清净。
"""


def test_an_exclamation_right_above_a_dateline_is_the_next_articles_headline():
    page = newsie.parse(EXCLAIMED_OVER_DATELINE_PAGE, issue_date="1998-01-05", page=4)
    assert [a.headline.text for a in page.articles] == ["城东旧楼加装电梯提速", "路边黑作坊该管管了！"]
    assert page.articles[0].paragraphs[-1].text.endswith("的补贴。")
    assert page.articles[1].paragraphs[0].text.startswith("记者日前在城郊走访时发现")


def test_an_exclamation_closing_a_paragraph_above_more_body_stays_body_text():
    text = EXCLAIMED_OVER_DATELINE_PAGE.replace("路边黑作坊该管管了！\n本报南昌1月4日电 记者日前\n",
                                                "这样的实事，要多办！\n与此同时，记者在走访时也\n")
    page = newsie.parse(text, issue_date="1998-01-05", page=4)
    assert [a.headline.text for a in page.articles] == ["城东旧楼加装电梯提速"]
    assert page.articles[0].paragraphs[1].text == "这样的实事，要多办！"


# SPLIT35 (session 35): a briefs box, a label naming a column of short reports (速览·某某,
# 资讯速递) over a few items, each a title over a short datelined body. The 2019 truth keeps the
# box as one article under its label, each item's title a section head; grouping._briefs_boxes
# takes in the items next to the label while each is a brief on the label's topic.
BRIEFS_BOX_PAGE = """速览·秋收
南湖镇早稻颗粒归仓
本报青山10月8日电（记者林
晓）秋收时节，南湖镇两万亩早
稻全部收割完毕，亩产比去年提
高了三十多公斤，烘干中心昼夜
运转，农户不用再为晒谷发愁。
西岭村玉米喜获丰收
本报青山10月8日电（记者林
晓）西岭村今年的秋收比往年提
前了一周，合作社统一调来收割
机，玉米收下后直接送进村里的
储粮仓，村民们说今年是个好年
景。
东坡果园苹果销往外地
本报青山10月8日电（记者郑
和）东坡果园的苹果进入秋收旺
季，电商平台每天发出两千多单，
果农们在地头就能把苹果卖到外
地去。
城东旧楼加装电梯提速
本报青山10月8日电（记者周
文）今年以来，城东片区加快推
进旧楼加装电梯工作，已有八十
六个小区完成加装，惠及居民两
千余户。
"""


def test_split35_a_briefs_box_under_its_label_is_one_article():
    page = newsie.parse(BRIEFS_BOX_PAGE, issue_date="2019-10-08", page=10)
    assert [a.headline.text for a in page.articles] == ["速览·秋收", "城东旧楼加装电梯提速"]
    box = page.articles[0]
    assert [s.text for s in box.section_heads] == ["南湖镇早稻颗粒归仓", "西岭村玉米喜获丰收", "东坡果园苹果销往外地"]
    assert box.paragraphs[-1].text.endswith("卖到外地去。")


def test_split35_reports_without_a_box_label_stay_articles_of_their_own():
    page = newsie.parse(BRIEFS_BOX_PAGE.replace("速览·秋收\n", ""), issue_date="2019-10-08", page=10)
    assert [a.headline.text for a in page.articles] == ["南湖镇早稻颗粒归仓", "西岭村玉米喜获丰收",
                                                         "东坡果园苹果销往外地", "城东旧楼加装电梯提速"]


def test_split35_a_label_printed_after_the_box_takes_in_the_briefs_above_it():
    from newsie.extractors import segment as S

    _Run = S.grouping._Run
    blocks = _laid_out((S.TITLE, "南湖镇早稻颗粒归仓"), (S.LEAD, "本报青山10月8日电 秋收时节，南湖镇两万亩早稻全部收割完毕。"),
                       (S.TITLE, "西岭村玉米喜获丰收"), (S.LEAD, "本报青山10月8日电 西岭村今年的秋收比往年提前了一周。"),
                       (S.BODY, "合作社统一调来收割机，玉米收下后直接送进储粮仓。"), (S.TITLE, "速览·秋收"),
                       (S.TITLE, "城东旧楼加装电梯提速"), (S.LEAD, "本报青山10月8日电 城东片区已有八十六个小区完成加装。"))
    runs = [_Run(blocks[1:2], blocks[0:1]), _Run(blocks[3:5], blocks[2:3]), _Run(blocks[7:8], blocks[6:7])]
    leftovers = [blocks[5:6]]
    S.grouping._briefs_boxes(runs, leftovers)
    assert not leftovers
    assert [[b.text for b in r.heading] for r in runs] == [["速览·秋收"], ["城东旧楼加装电梯提速"]]
    assert [b.text for b in runs[0].section_heads] == ["南湖镇早稻颗粒归仓", "西岭村玉米喜获丰收"]
    assert len(runs[0].blocks) == 3
    # set over a report off its topic (the pairing gave it the label), the label makes no box
    runs = [_Run(blocks[7:8], blocks[5:7]), _Run(blocks[1:2], blocks[0:1]), _Run(blocks[3:5], blocks[2:3])]
    S.grouping._briefs_boxes(runs, [])
    assert len(runs) == 3
    # … and over one on it (an e-paper's text: the label opens the first item's heading group),
    # it takes in the briefs below
    blocks = _laid_out((S.TITLE, "速览·秋收"), *[(b.kind, b.text) for b in blocks[:5]])
    runs = [_Run(blocks[2:3], blocks[0:2]), _Run(blocks[4:6], blocks[3:4])]
    S.grouping._briefs_boxes(runs, [])
    assert [[b.text for b in r.heading] for r in runs] == [["速览·秋收"]]
    assert [b.text for b in runs[0].section_heads] == ["南湖镇早稻颗粒归仓", "西岭村玉米喜获丰收"]


# MERGE35: a report that opens the page on its dateline with no heading above it is printed
# before its headline, so the doubted title right under it is that headline, not a section
# head of the next text (heads._under_a_dated_opening; a short item is heads._under_a_news_item's).
# Invented page built by hand; the heading model's reading forced.
def _dated_opening_page(dateline: str, title: str, last: str = "市民可以通过手机预约参观。"):
    from newsie.extractors import segment as S

    block = functools.partial(_invented_block, col=15.0)
    opening = S.grouping._Run([block(S.LEAD, dateline + "青川市图书馆新馆今天开馆，馆内藏书六十万册。")]
                              + [block(S.BODY, "新馆设有少儿阅览区、古籍修复室和一间能坐两百人的报告厅，"
                                               "每周末都有读书会和讲座。")] * 30  # (a long report)
                              + [block(S.BODY, "新馆每天开放十二个小时。" + last)])
    group = [block(S.TITLE, title)]
    below = S.grouping._Run([block(S.BODY, "“欢迎大家常来看看！”站在新修的石桥上，老船工笑着招呼游客。"),
                             block(S.BODY, "这座石桥连通了河两岸的三个村子，赶集的人不用再绕远路。")])
    sure = [block(S.TITLE, "石桥通了 集市旺了")]
    return [opening, group, below, sure, S.grouping._Run([block(S.BODY, "新桥落成后，集市上的摊位多了一倍。")])], group


def test_merge35_a_doubted_title_under_a_dated_opening_heads_that_report(monkeypatch):
    from newsie.extractors import segment as S

    # (doubted deeper than heads._lone_doubt_under_a_long_run takes a group under a long run)
    monkeypatch.setattr(S.heads, "heading_probability", lambda seq, i, lengths=None: 0.95 if i == 3 else 0.1)

    def headed(dateline, title, **kw):  # is the group left a heading of its own, the model overruled?
        seq, group = _dated_opening_page(dateline, title, **kw)
        out, soft = S.heads._absorb_section_heads(seq, S.heads._SOFT_LOW, page=4)
        return any(x is group for x in out) and id(group) not in soft

    assert headed("本报青川5月6日电 ", "青川市图书馆新馆开馆")
    with monkeypatch.context() as m:  # (without the rule the model's doubt stands)
        m.setattr(S.heads, "_under_a_dated_opening", lambda seq, probs, threshold: [])
        assert not headed("本报青川5月6日电 ", "青川市图书馆新馆开馆")
    assert headed("新华社青川5月6日电（记者程远）", "青川市图书馆新馆开馆")
    # an opening with no dateline (the text may go on from another page), a round-up's
    # dateline (its parts under section heads), an opening that breaks off mid-sentence, or a
    # line that reads as a sentence, a lead-in or opens on a figure: the model's doubt stands
    assert not headed("", "青川市图书馆新馆开馆")
    assert not headed("本报青川5月6日电 综合记者甲乙报道 ", "青川市图书馆新馆开馆")
    assert not headed("本报青川5月6日电 ", "青川市图书馆新馆开馆", last="市民可以通过手机预约")
    assert not headed("本报青川5月6日电 ", "新馆开馆了，欢迎大家")
    assert not headed("本报青川5月6日电 ", "图书馆新馆——")
    assert not headed("本报青川5月6日电 ", "2023年青川市新建")  # (a paragraph's first line)


# HEAD35: a headline under a kicker closed by a dash that the reflow ran into the paragraph below
# it (the title's type size lost, its line nearly fills the column): cut off as a title
# (blocks._title_under_dash_kicker_off). A kicker that is a name alone (a part's name inside an
# article), a question or a sentence ending on a dash opens no headline (invented page).
HEAD35_BODY_LINES = [
    "“我在这个小站干了三十一年，每天",
    "看着火车进站出站，心里踏实。”说起",
    "自己的工作，李长青笑得很开心。小站",
    "地处深山，冬天最低气温零下二十多",
    "度，站里只有他和两名年轻职工。三",
    "十一年来，他接发列车二十多万趟，",
    "没有出过一次差错。年轻人问他有什",
    "么诀窍，他说就是多看一眼、多问一句。",
]


def _head35_page(kicker: str) -> str:
    lines = ["某市今年新建改建口袋公园四十余处，", "市民出门五分钟就能走进绿地，周末",
             "带孩子来散步的人越来越多。", "（据本报电 记者林文、周小海）",
             kicker, "一辈子守好大山深处的一座小站", *HEAD35_BODY_LINES]
    return "\r\n".join(lines) + "\r\n"


def test_s35_head35_a_headline_run_into_the_body_under_a_dash_kicker_is_cut_off():
    from newsie.extractors.segment.blocks import BODY, TITLE, _title_under_dash_kicker_off, classify

    doc = Document(_head35_page("“最美护路人”李长青——"))
    blocks = classify(doc)
    assert any(b.kind == BODY and b.text.startswith("一辈子守好") for b in blocks)  # as the reflow reads it
    cut = _title_under_dash_kicker_off(doc, blocks)
    assert [b.text for b in cut if b.kind == TITLE] == ["一辈子守好大山深处的一座小站"]
    assert any(b.kind == BODY and b.text.startswith("“我在这个小站") for b in cut)
    for kicker in ("李长青——", "小站的冬天到底有多冷呢——", "冬天来了，“最美护路人”李长青——"):
        doc = Document(_head35_page(kicker))
        assert not [b for b in _title_under_dash_kicker_off(doc, classify(doc)) if b.kind == TITLE], kicker
    page = newsie.parse(_head35_page("“最美护路人”李长青——"), issue_date="2019-10-09", page=4)
    last = page.articles[-1]
    assert last.kicker is not None and last.kicker.text == "“最美护路人”李长青——"
    assert last.headline is not None and last.headline.text == "一辈子守好大山深处的一座小站"
    assert last.body.startswith("“我在这个小站")


def test_s38_speed38_the_bigram_caches_serve_one_page_and_change_nothing():
    """The bigram caches are emptied once a page is segmented (their frozensets would fill the
    collector's old generation, read by no other page); a page segmented with them empty and
    again with them filled by itself, or by another page, reads the same."""
    from newsie.extractors.segment import grouping

    def read(text: str) -> list[tuple]:
        page = newsie.parse(text, issue_date="2019-10-10")
        return [(a.headline.text if a.headline else None, [p.text for p in a.paragraphs]) for a in page.articles]

    first = read(MIXED_PAGE)
    assert grouping._bigrams.cache_info().currsize == 0
    assert grouping._joined_bigrams.cache_info().currsize == 0
    # the caches filled as a page leaves them mid-way, by this page and by another one
    from newsie.extractors.segment.blocks import Block

    for text in (MIXED_PAGE, BOX_PAGE):
        blocks = [Block(i, 0, 0, line) for i, line in enumerate(text.splitlines())]
        grouping._group_bigrams(blocks)
        grouping._window_bigrams(blocks, 40)
        assert grouping._bigrams.cache_info().currsize > 0
        assert read(MIXED_PAGE) == first
        assert grouping._bigrams.cache_info().currsize == 0


def test_s37_sect37_a_doubted_title_between_two_unrelated_texts_heads_the_one_below():
    """A doubted title between a long closed text and a run that speak of different things heads
    the run below (heads._between_unrelated_texts, session 37): the texts' shared bigrams,
    weighed by how rare each is in general Chinese, fall under the level. A section head between
    two parts of one report, a voice's dash label, a short run below stay left to the pairing
    (invented lines)."""
    from newsie.extractors.segment.blocks import BODY, TITLE, Block
    from newsie.extractors.segment.grouping import _Run
    from newsie.extractors.segment.heads import _between_unrelated_texts, topic_similarity

    park = "东湖公园的菊花展昨天开幕，园内摆放菊花三万余盆，游客在花丛间拍照留念，园方延长了开放时间。"
    chess = ("市少年围棋赛在体育馆落幕，来自二十所学校的选手对弈七轮，冠军由一名小学五年级学生获得，"
             "裁判长说今年选手的棋力明显提高。")
    more_park = "菊花展还设有插花体验区，园艺师现场讲解菊花的栽培方法，不少游客带着孩子学习插花。"
    assert topic_similarity(park * 20, chess * 6) < 0.03 < topic_similarity(park * 20, more_park * 8)

    def run(k, text):
        return _Run([Block(k, 0, len(text), text, kind=BODY)])

    def page(title, below):
        seq = [[Block(0, 0, 8, "东湖菊花展开幕", kind=TITLE)], run(1, park * 20),
               [Block(2, 0, 0, t, kind=TITLE) for t in title], run(3, below)]
        return seq, [1.0, 0.0, 0.15, 0.0]

    seq, probs = page(["少年棋手同台竞技"], chess * 6)
    assert _between_unrelated_texts(seq, probs, 0.5) == [2]
    seq, probs = page(["插花体验受欢迎"], more_park * 8)  # a section of the same report
    assert _between_unrelated_texts(seq, probs, 0.5) == []
    seq, probs = page(["市少年围棋协会——", "少年棋手同台竞技"], chess * 6)  # a voice's dash label
    assert _between_unrelated_texts(seq, probs, 0.5) == []
    seq, probs = page(["少年棋手同台竞技"], chess)  # a short run below
    assert _between_unrelated_texts(seq, probs, 0.5) == []
    seq, probs = page(["少年棋手同台竞技"], chess * 6)
    probs[2] = 0.01  # not doubted enough to be weighed: read as a section head before the pairing
    assert _between_unrelated_texts(seq, probs, 0.5) == []
    # session 38: a poem's short title over its poet's name (a name spelt with a middle dot) is
    # not a headline's worth of title: the signature is not counted in the group's Han characters;
    # a signed essay's full title over its author's office and name is still weighed
    seq, probs = page(["秋雨", "阿木·依洛"], chess * 6)
    assert _between_unrelated_texts(seq, probs, 0.5) == []
    seq, probs = page(["秋雨", "山间小路"], chess * 6)  # two title lines: the Han guard counts both
    assert _between_unrelated_texts(seq, probs, 0.5) == [2]
    seq, probs = page(["少年棋手同台竞技", "市体育局副局长 王明"], chess * 6)
    assert _between_unrelated_texts(seq, probs, 0.5) == [2]


def test_s39_a_lone_signed_title_under_a_short_closed_piece_heads_the_text_below():
    """A doubted title over its writer's name, between a short closed piece and a text that speak
    of different things, heads the text below although under 800 characters stand above it
    (heads._SIGNED_ABOVE, session 39): a letter or a brief essay closes there. Not where another
    signed title shares its stretch of the page (a feature's signed voices, one series), nor an
    unsigned title under so short a text (invented lines)."""
    from newsie.extractors.segment.blocks import BODY, TITLE, Block
    from newsie.extractors.segment.grouping import _Run
    from newsie.extractors.segment.heads import _between_unrelated_texts

    park = "东湖公园的菊花展昨天开幕，园内摆放菊花三万余盆，游客在花丛间拍照留念，园方延长了开放时间。"
    chess = ("市少年围棋赛在体育馆落幕，来自二十所学校的选手对弈七轮，冠军由一名小学五年级学生获得，"
             "裁判长说今年选手的棋力明显提高。")

    def run(k, text):
        return _Run([Block(k, 0, len(text), text, kind=BODY)])

    def page(title, above=4):
        seq = [[Block(0, 0, 8, "东湖菊花展开幕", kind=TITLE)], run(1, park * above),
               [Block(2, 0, 0, t, kind=TITLE) for t in title], run(3, chess * 6)]
        return seq, [1.0, 0.0, 0.3, 0.0]

    seq, probs = page(["棋盘上的少年", "李明远"])  # 180 characters above: a short piece closed
    assert _between_unrelated_texts(seq, probs, 0.5) == [2]
    seq, probs = page(["少年棋手同台竞技"])  # unsigned: the long text above is asked for
    assert _between_unrelated_texts(seq, probs, 0.5) == []
    seq, probs = page(["棋盘上的少年", "李明远"], above=1)  # under 100 characters: a lead-in, not a piece
    assert _between_unrelated_texts(seq, probs, 0.5) == []
    # another signed title in the stretch: the voices of one feature
    seq, probs = page(["棋盘上的少年", "李明远"])
    seq[1:1] = [run(4, park * 2), [Block(5, 0, 0, "赏菊记", kind=TITLE), Block(6, 0, 0, "王小雨", kind=TITLE)]]
    probs[1:1] = [0.0, 0.2]
    assert _between_unrelated_texts(seq, probs, 0.5) == []


# An article's text closed by a page's layout credit, set right above the next article's
# kicker: the reflow joins the credit to that heading group, where the roles read it as the
# next article's kicker or column tag.
CLOSING_CREDIT_PAGE = """村里的书屋热闹起来
本报记者 陈明
　　放学后，村里的孩子们三三两两来到书屋，
有的看绘本，有的做作业，志愿者在一旁耐
心辅导。
　　“书屋离家近，周末也开门，孩子们都愿
意来。书多了，孩子们的眼界也宽了。”村
支书笑着说。
版式设计 林晓
文化惠民
老剧场迎来新观众
本报记者 赵丽
　　周末的老剧场座无虚席，一台新编地方戏
正在上演。台下既有白发老人，也有不少
年轻面孔。
　　剧场负责人介绍，今年以来，剧场推出
低价惠民票，演出场次比去年多了一倍。
“大家都想来看看。”一位老观众说。
"""


def test_a_layout_credit_closes_the_article_above_not_the_next_heading():
    page = newsie.parse(CLOSING_CREDIT_PAGE, issue_date="2019-10-05")
    assert _headlines(page) == ["村里的书屋热闹起来", "老剧场迎来新观众"]
    first, second = page.articles
    assert first.paragraphs[-1].text == "版式设计 林晓"
    heading = [x.text for x in (second.kicker, second.column) if x is not None]
    assert heading == ["文化惠民"]


# A voice of a feature closed by its speaker's attribution and the reporter's write-up note,
# right above the next article's column tag: the three lines read as one kicker there.
CLOSING_ATTRIBUTION_PAGE = """我与祖国共成长
本报记者 杨帆
　　“这片林子是我们一锹一锹种出来的，我
要守着它，一直守到走不动为止。希望更多
年轻人回到家乡，把这片绿色一代一代传下
去，让荒山都变成青山。”
——甘肃省某县林场护林员马大山
（本报记者 杨帆采访整理）
图说新风
小巷里的文明新事
本报记者 孙悦
　　清晨，社区志愿者已经在巷口摆好了桌
椅，为过往居民量血压、测血糖。一位老
人笑着说，这样的服务越来越多了。
　　据介绍，今年社区新招募志愿者两百余
名，服务项目覆盖助老、助学等方面。
"""


def test_a_speakers_attribution_and_write_up_note_close_the_article_above():
    page = newsie.parse(CLOSING_ATTRIBUTION_PAGE, issue_date="2019-10-05")
    assert _headlines(page) == ["我与祖国共成长", "小巷里的文明新事"]
    first, second = page.articles
    assert first.paragraphs[-1].text.startswith("——甘肃省某县林场护林员马大山")
    assert first.paragraphs[-1].text.endswith("（本报记者 杨帆采访整理）")
    assert second.kicker is None and second.column.text == "图说新风"


@pytest.mark.parametrize("line", ["版式设计 林晓", "（责任编辑 王青）", "本版图片均由某市文联提供", "周 明图 李小华文",
                                  "图片：", "（本报记者 杨帆采访整理）", "”（新华社北京10月1日电 记者张三、李四）",
                                  "看山看水看变化！（本报记者 王五）"])
def test_closing_notes_read_as_such(line):
    from newsie.extractors.segment.grouping import _closing_line

    assert _closing_line(line) is not None


@pytest.mark.parametrize("line", ["文化惠民", "图说新风", "编辑部的故事", "（上）", "——在某会议上的讲话",
                                  "美丽乡村图景", "本版导读", "看山看水看变化！"])
def test_heading_lines_read_as_no_closing_note(line):
    from newsie.extractors.segment.grouping import _closing_line

    assert _closing_line(line) is None


def test_the_topic_weights_read_are_kept_bounded_and_weigh_the_same(monkeypatch):
    """heads._BIGRAM_WEIGHTS keeps the bigram weights it has read up to heads._WEIGHTS_KEPT, then
    starts anew: a process reading many pages does not grow it without end, and a weight read
    again is the same (invented lines)."""
    from newsie.extractors.segment import heads

    park = "东湖公园的菊花展昨天开幕，园内摆放菊花三万余盆，游客在花丛间拍照留念。"
    more_park = "菊花展还设有插花体验区，园艺师现场讲解菊花的栽培方法。"
    heads._BIGRAM_WEIGHTS.clear()
    kept = heads.topic_similarity(park, more_park)
    assert len(heads._BIGRAM_WEIGHTS) > 20
    monkeypatch.setattr(heads, "_WEIGHTS_KEPT", 8)
    heads._BIGRAM_WEIGHTS.clear()
    assert heads.topic_similarity(park, more_park) == kept
    assert 0 < len(heads._BIGRAM_WEIGHTS) <= 8


@pytest.mark.parametrize("lines", [("中国网球公开赛", "中国选手张帅晋级女单八强"),
                                   ("女排世界杯", "中国女排十一连胜卫冕"),
                                   ("第十四届全运会", "青海选手夺得女子马拉松冠军")])
def test_s42_an_events_name_alone_over_a_longer_line_is_its_kicker(lines):
    # an event's name alone (a competition, a cup, games) over what happened there: the kicker,
    # not the column (the role model read these invented lines as a column tag over a headline)
    from newsie.extractors.segment import assign_roles

    from newsie.extractors.segment.roles import _event_kicker_tolls, _piece_facts

    assert assign_roles(_title_group(lines))[1] == ["kicker", "headline"]
    # no toll over a shorter line (国际象棋世界杯赛 / 中国棋手夺冠), nor on a name that says what
    # happened (…公开赛开幕)
    for texts, charged in (((lines[0], lines[1][:3]), False), ((lines[0] + "开幕", lines[1]), False),
                           (lines, True)):
        group = _title_group(texts)
        logp = [[0.0] * 4 for _ in group]
        _event_kicker_tolls(group, _piece_facts(group), logp)
        assert any(logp[0]) is charged and not any(logp[1])


def test_s42_an_anniversary_series_tag_over_a_title_is_its_column():
    # a series tag naming an anniversary (某某100年) over a title: the column, not the
    # headline's first line (invented lines; the role model read both as one headline)
    from newsie.extractors.segment import assign_roles

    assert assign_roles(_title_group(("奋斗100年", "青禾县村民的好日子")))[1] == ["column", "headline"]
    assert assign_roles(_title_group(("逐梦70年", "展现光辉历程", "抒写伟大梦想")))[1] == [
        "column", "headline", "headline"]


# The PDF extraction set the next article's title, at the top of the next column, on the line of
# the closing note that ends the article above (invented lines, as pdf pages of the benchmark give).
NOTE_THEN_TITLE_PAGE = """我们坚信，两国人民的友谊必将
历久弥新，双边合作必将结出更多
硕果，为地区和平发展作出贡献。
（作者为某国驻华大使） 一日尽览草原美
本报记者 李明
草原上的秋天来得早，牧民们
赶着羊群转场，游客也多了起来。
景区开通了直达的旅游专线，从
城里出发两个小时就能看到成片
的白桦林和蜿蜒的河流。
"""


def test_s42_a_title_on_the_line_of_the_closing_note_above_heads_its_own_article():
    from newsie.document import Document

    paragraphs = _paragraph_texts(Document(NOTE_THEN_TITLE_PAGE))
    assert paragraphs[1:3] == ["（作者为某国驻华大使）", "一日尽览草原美"]
    page = newsie.parse(NOTE_THEN_TITLE_PAGE, issue_date="2019-10-06", page=7)
    first, second = page.articles
    assert first.body.endswith("（作者为某国驻华大使）")
    assert second.headline.text == "一日尽览草原美"
    assert second.body.startswith("草原上的秋天来得早")
    # (before, the title was read with the note as one headline: （作者为某国驻华大使）一日尽览草原美)
    # a sentence after the note, a bracket, or a dateline's reporter note in a lead (the note opens
    # no line there) is not a title: the line stays one line
    for line in ("（作者为某国驻华大使） 他说。我们相信", "（作者为某国驻华大使） （完）",
                 "\u3000\u3000本报北京10月25日电 （记者李明）  日前，中共中央决定："):
        assert len(Document(line + "\n").lines) == 1
    assert len(Document("（作者为某国驻华大使） 一日尽览草原美\n").lines) == 2
    # lines ending in a lone \r (old Mac text) too: the page-wide test asks for no line start
    assert [ln.text for ln in Document("正文。\r（作者为某国驻华大使） 一日尽览草原美\r").lines] == [
        "正文。", "（作者为某国驻华大使）", "一日尽览草原美"]


def test_s42_a_prologue_label_opens_the_body_under_its_headline():
    # 引子 over a feature's prologue, as 核心阅读 over a summary: the article's first paragraph,
    # not a heading line of its own (invented lines after BOX_PAGE)
    page = newsie.parse(BOX_PAGE.replace("核心阅读", "引子"), issue_date="2019-10-15")
    assert _headlines(page) == ["提升职工生活品质交流研讨会召开", "外贸运行稳中提质"]
    trade = page.articles[1]
    assert trade.paragraphs[0].text == "引子"
    assert "引子" not in [s.text for s in trade.section_heads]


def test_s42_a_title_line_ending_inside_its_quotation_joins_the_next_with_nothing_between():
    # Draft._span(title=True): a headline's line ending inside a quotation the lines above opened
    # goes on in the next line, as a wrapped line of text does (“家乡的路修 / 到了家门口”, not 修 到;
    # lines of a short measure that _wrapped_title does not read as wrapped); a kicker's or
    # subtitle's lines join as before, with a space
    from newsie.draft import Draft

    text = "“家乡的路修\n到了家门口\n心里亮堂了”\n\n　　国庆假期，不少青年回到家乡。\n"
    doc = Document(text)
    draft = Draft(doc)
    ranges = [(ln.clean_start, ln.clean_end) for ln in doc.lines[:3]]
    assert draft._span(ranges, title=True).text == "“家乡的路修到了家门口心里亮堂了”"
    assert draft._span(ranges).text == "“家乡的路修 到了家门口 心里亮堂了”"


# A quoted headline wrapped over four lines of a narrow heading measure under a body that ends
# with its reporters' note (invented lines): the pairing cut the group inside the quotation, its
# first lines the headline of the article above, its last line the headline of the one below
WRAPPED_QUOTE_PAGE = """青禾县今年新建乡村图书馆二十
座，每座图书馆藏书三千余册，村民
在家门口就能借到书。（本报记者
李明、王芳）
“家乡的路
修到了家门
口，心里‘亮
堂’了”
——返乡青年谈“我的家乡”
国庆假期，不少在外工作的青年回
到家乡，看到村里修通了柏油路，建起
了文化广场，纷纷感叹家乡的变化。
“以前下雨天出门一脚泥，现在路
修好了，开车回家也方便了。”在外打
工多年的小王说。
"""


def test_s42_a_heading_group_is_not_cut_inside_a_quoted_title():
    page = newsie.parse(WRAPPED_QUOTE_PAGE, issue_date="2019-10-03")
    above, below = page.articles
    assert above.headline is None
    assert below.headline.text == "“家乡的路修到了家门口，心里‘亮堂’了”"
    assert [s.text for s in below.subheadlines] == ["——返乡青年谈“我的家乡”"]
    assert below.body.startswith("国庆假期")


# A title worded as a kicker (某部门…要求…) wrapped at its measure inside a word (做 / 好), over
# a body, then a second article (invented text): the line end tore one headline, but its first
# line was read as the kicker over the rest
def _measure(text: str, width: int) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]


TORN_KICKER_WORDED_PAGE = "\n".join(
    ["某部门在全国会议上要求做", "好冬季安全生产工作"]
    + _measure("本报北京1月8日电（记者张某）某部门日前召开全国冬季安全生产工作会议，部署今冬明春安全生产工作。会议指出，"
            "各地要压实责任，加强隐患排查，确保人民群众生命财产安全。会议还对重点行业领域的安全监管作出了具体安排，"
            "要求各地区各部门加强值班值守和应急准备，及时妥善处置各类突发情况。", 18)
    + ["某市农村公路建设提速"]
    + _measure("本报某市1月8日电（记者李某）某市今年新建改建农村公路一千二百公里，通达全市所有建制村。"
            "当地还建成一批农村客运站点，群众出行更加方便，农产品运输成本明显下降。", 18))


def test_s43_a_title_torn_inside_a_word_keeps_one_role_however_it_is_worded():
    page = newsie.parse(TORN_KICKER_WORDED_PAGE, issue_date="2024-01-09")
    first, second = page.articles
    assert first.kicker is None
    assert first.headline.text == "某部门在全国会议上要求做好冬季安全生产工作"
    assert first.body.startswith("某部门日前召开")
    assert second.headline.text == "某市农村公路建设提速"


# A kicker, a headline and a deck naming who attended, run together (invented names and text),
# over a lead that lists the same people with enumeration commas: the deck was read as the
# headline and the kicker took the headline in
DECK_PAGE = "\n".join(
    ["庆祝某市建市七十周年", "某市各界举行盛大联欢活动", "王一鸣李二强赵三平陈四海同各界群众欢度节日之夜"]
    + _measure("本报某市10月1日电（记者张某）某市各界群众十万余人1日晚在市中心广场举行盛大联欢活动，庆祝建市七十周年。"
               "王一鸣、李二强、赵三平、陈四海等同各界群众一起欢度节日之夜。晚上8时，联欢活动开始，广场上礼花绽放，"
               "歌声嘹亮，各界群众载歌载舞，共同庆祝这一喜庆的日子。活动持续约两个小时，现场秩序井然。", 20)
    + ["某市农村公路建设提速"]
    + _measure("本报某市10月1日电（记者李某）某市今年新建改建农村公路一千二百公里，通达全市所有建制村。"
               "当地还建成一批农村客运站点，群众出行更加方便，农产品运输成本明显下降。", 20))


def test_s43_a_deck_of_the_names_the_lead_lists_is_a_subtitle():
    first, second = newsie.parse(DECK_PAGE, issue_date="2019-10-02").articles
    assert first.kicker.text == "庆祝某市建市七十周年"
    assert first.headline.text == "某市各界举行盛大联欢活动"
    assert [s.text for s in first.subheadlines] == ["王一鸣李二强赵三平陈四海同各界群众欢度节日之夜"]
    assert second.headline.text == "某市农村公路建设提速"
    # the lead's list, read past the words its first and last names run into
    from newsie.extractors.segment.roles import _listed_names
    assert _listed_names("领导同志王一鸣、李二强、赵三平等参加") >= {"王一鸣", "李二强", "赵三平"}


# Session 44: under a kicker closing on who said it (某某在某会议上强调), what was said is the
# headline, its parts often set a line each; such a kicker takes a subtitle only for who attended
# (某某出席). The parts below it were read as a headline and its subtitle, or a couplet's first
# half run into the kicker (invented texts, after the shapes of 2019's days 11-15).
_SAID_BODY = ("本报某地10月14日电（记者某某）会议14日在某地召开。省委常委某某出席会议并讲\n话。他强调，要抓好各项工作，"
              "确保面积\n稳定、质量提升，为明年丰收打下坚实基础。\n会议指出，今年以来全省生产总体平稳，\n各项工作再获丰收。"
              "各地要压实责任，做好技术\n指导和供应，确保工作顺利推进。\n")


@pytest.mark.parametrize("kicker, parts", [
    ("某某致信祝贺某某学会成立60周年强调", ["从小打牢基础长大勇攀高峰", "努力成长为能够担当科技强国建设大任的时代新人"]),
    ("某某主持召开全省经济形势座谈会强调", ["真抓实干 攻坚克难", "确保完成全年各项重点工作任务"]),
])
def test_s44_what_was_said_under_a_said_kicker_is_one_headline(kicker, parts):
    [article] = newsie.parse("\n".join([kicker, *parts]) + "\n" + _SAID_BODY, issue_date="2019-10-14").articles
    assert article.kicker.text == kicker
    assert article.headline.text == " ".join(parts)
    assert not article.subheadlines


def test_s44_who_attended_stays_the_subtitle_under_a_said_kicker():
    text = "某某主持召开省能源委员会会议强调\n推动能源结构优化升级\n保障能源安全 更好服务民生改善\n某某出席\n" + _SAID_BODY
    [article] = newsie.parse(text, issue_date="2019-10-14").articles
    assert article.headline.text == "推动能源结构优化升级 保障能源安全 更好服务民生改善"
    assert [s.text for s in article.subheadlines] == ["某某出席"]


# Session 44: a white paper printed whole: its title, its date, a table of contents (目 录 over
# the titles of its parts), then the parts under those titles set again. The contents are body
# text and the parts' titles section heads; the date in brackets is a subtitle, also when the
# reflow ran it into the title's line (invented text).
_WHITE_PAPER_PARTS = [
    ("前 言", "水是生命之源。某省地处江南，河网密布，水资源\n总量丰富，但时空分布不均，保障供水安全始终是\n全省发展的重要课题。多年来，全省坚持节水优先、\n统筹调度、分区保障，供水保障能力不断增强。\n"),
    ("一、供水保障成就", "全省供水能力稳步提升。全省已建成大中型水库\n一百余座，城乡供水一体化覆盖率超过九成，农村\n自来水普及率逐年提高，群众喝上了放心水。\n"),
    ("二、节水型社会建设之路", "某省坚持把节约用水贯穿经济社会发展全过程，\n推进农业节水增效、工业节水减排、城镇节水降\n损，走出了一条节水型社会建设之路。\n"),
    ("结束语", "展望未来，某省将继续完善水资源保障体系，\n为经济社会高质量发展提供坚实支撑。\n"),
]


@pytest.mark.parametrize("title_lines", ["某省的供水安全\n（2019年10月）\n", "某省的供水安全（2019年10月）\n"])
def test_s44_a_table_of_contents_is_body_and_lists_the_section_heads(title_lines):
    contents = "目 录\n" + "".join(f"{t}\n" for t, _ in _WHITE_PAPER_PARTS)
    text = title_lines + contents + "".join(f"{t}\n{body}" for t, body in _WHITE_PAPER_PARTS)
    [article] = newsie.parse(text, issue_date="2019-10-15").articles
    assert article.headline.text == "某省的供水安全"
    assert [s.text for s in article.subheadlines] == ["（2019年10月）"] and article.column is None
    assert [p.text for p in article.paragraphs][:5] == ["目 录", "前 言", "一、供水保障成就", "二、节水型社会建设之路", "结束语"]
    assert [h.text for h in article.section_heads] == [t for t, _ in _WHITE_PAPER_PARTS]


# Session 45: a letter's label set letter-spaced on a line of its own (贺 信), under the headline of
# the article above (printed after its body): the reflow ran it into that headline's line, and the
# label became the headline's tail (某某出席某某欢迎晚宴贺 信). Two or three characters apart by one
# space each are a paragraph of their own, and the label over a letter's first words is body,
# salutation or none.
_LETTER_UNDER_HEADLINE = """　　本报某地10月13日电（记者某某）
当地时间12日晚，某某在某地出席某国总
统举行的欢迎晚宴。晚宴在热烈友好的气
氛中举行，双方回顾了两国友好交往的历
史，表示愿意继续加强各领域交流合作。
　　晚宴前，某某同某国总统一起观看了
两国艺术家联袂表演的文艺节目，现场观
众报以热烈掌声。
某某出席某国总统举行的欢迎晚宴
贺 信
　　值此某某协会成立七十周年之际，我
代表全体会员，向协会的老同志们表示热
烈的祝贺和真诚的问候！七十年来，协会
坚持服务会员、服务社会，为行业发展作
出了重要贡献。
　　希望协会再接再厉，团结带领广大会
员，在新的征程上不断创造新的业绩，为
行业高质量发展作出新的更大贡献。
某某致信祝贺某某协会成立七十周年
"""


def test_s45_a_spaced_letter_label_is_no_headline_tail():
    from newsie.document import Document

    doc = Document(_LETTER_UNDER_HEADLINE)
    k = next(k for k, ln in enumerate(doc.lines) if ln.text == "贺 信")
    assert doc.lines[k - 1].breaks_after and doc.lines[k].breaks_after
    assert not doc.lines[k].letter_spaced  # (too short to read as display type: 创 业 is a section head)
    page = newsie.parse(_LETTER_UNDER_HEADLINE, issue_date="2019-10-14")
    heads = [a.headline.text for a in page.articles if a.headline]
    assert "某某出席某国总统举行的欢迎晚宴" in heads, heads
    assert not any("贺" in h and "晚宴" in h for h in heads)
    letter = next(a for a in page.articles if a.headline and a.headline.text.startswith("某某致信"))
    assert letter.paragraphs[0].text == "贺 信"
    assert letter.paragraphs[1].text.startswith("值此某某协会")


# s46: a feature listing works, each entry (title, author, the year it came out, the year wrapped
# onto a line of its own) over a passage quoted from it that closes on （节选）: one article,
# the entries its section heads, not an article each (invented text)
_WORKS_LIST = """逐梦七十年·书页里的七十年
在书页间读懂时代变迁
　　本报记者 林某某
　　七十年来，一部部作品记下了城乡的
变化、普通人的奋斗与梦想。翻开这些书
页，读者能看到一个时代的面貌，也能找
到自己的来处。本报编辑部请几位读者各
选一部心中的好书，并摘录其中的片段，
与大家分享阅读的感动。
　　读者们说，好书像一盏灯，照亮了他
们走过的路，也让他们更懂得脚下这片土
地和土地上的人们。
《春潮》，林青，发表于 1958
年
河水解冻的那天，村里的年轻人都跑
到堤上去了，他们看着冰块一块块漂走，
心里盘算着开春以后的活计。（节选）
《远山》，方舟，出版于
1983 年
她把第一封回信压在枕头底下，每天
夜里都要拿出来读一遍，直到信纸的折痕
都磨得发白。（节选）
《灯塔》，白帆，发表于 1995
年
海上起雾的时候，他总会提前爬上塔
顶，把灯擦得亮亮的，好让远处的渔船认
得回家的路。（节选）
《新城》，叶舟，出版于 2012
年
地铁开通那天，母亲第一次坐上了去
城东的列车，她说窗外的楼比她年轻时见
过的山还多。（节选）
"""


def test_s46_entries_of_a_list_of_works_stay_in_their_feature():
    page = newsie.parse(_WORKS_LIST, issue_date="2019-10-12")
    assert len(page.articles) == 1, [a.headline.text if a.headline else None for a in page.articles]
    (feature,) = page.articles
    assert feature.headline.text == "在书页间读懂时代变迁"
    assert feature.column.text == "逐梦七十年·书页里的七十年"
    heads = ["".join(s.text.split()) for s in feature.section_heads]
    assert "《灯塔》，白帆，发表于1995年" in heads and "《新城》，叶舟，出版于2012年" in heads, heads
    assert any(p.text.startswith("地铁开通那天") for p in feature.paragraphs)


# s46: a series tag in brackets set on lines of its own under its title (某某 / （70年，共同走过· /
# 某某某某）) closes the headline; it is no body paragraph (invented text)
_SERIES_TAG_UNDER_TITLE = """本报某地10月10日电（记者某某）某某县
近日启动乡村道路改造工程，计划用两年时
间完成全县农村公路的提档升级。
　　据介绍，工程完工后，全县每个行政村都
将通上双车道水泥路。
某某县启动农村公路改造
某某 摄（影像中国）
山村新路通四方
（70年，共同走过·
乡村新貌）
“以前，我们村里的路全是泥巴
路，一下雨就没法出门。”说起村里
的路，村民老张感慨万千。
如今，一条条水泥路通到了各家
门口，村里的农产品也能及时运出
大山，乡亲们的腰包一年比一年鼓。
"""


def test_s46_a_series_tag_under_its_title_closes_the_headline():
    page = newsie.parse(_SERIES_TAG_UNDER_TITLE, issue_date="2019-10-10")
    heads = [a.headline.text for a in page.articles if a.headline]
    assert "山村新路通四方（70年，共同走过·乡村新貌）" in heads, heads
    road = next(a for a in page.articles if a.headline and a.headline.text.startswith("山村新路"))
    assert road.paragraphs[0].text.startswith("“以前，我们村里的路")
    assert not any("共同走过" in p.text for p in road.paragraphs)


def test_s46_a_notice_to_the_readers_heads_its_own_text(monkeypatch):
    # a notice to the readers under the last paragraph of a long feature, the heading model in
    # doubt of it (a line of three characters): it heads the notice, it is no section head of the
    # feature (invented text)
    from newsie.extractors import segment as S

    block = _invented_block
    runs = _invented_runs(
        "退休教师老周几乎每天都来社区书屋，还报名当上了志愿者，每周给孩子们讲两次历史故事。",
        "不少读者来信询问本报年度文章选编的订购办法，需要此书的读者可与本报发行部门联系。")
    headline = [block(S.TITLE, "老街坊的新书屋")]
    notice = [block(S.TITLE, "致 读 者", letter_spaced=True)]
    seq = [headline, runs[0], notice, runs[1]]
    threshold = S.heads._heading_model()["threshold"]
    probs = {0: 1.0, 2: 0.2}
    assert S.heads._SOFT_LOW < 0.2 < threshold
    monkeypatch.setattr(S.heads, "_heading_strength", lambda seq, i, lengths=None: probs[i])
    out, soft = S.heads._absorb_section_heads(seq, S.heads._SOFT_LOW)
    assert len(out) == 4 and not soft  # the notice stands as a heading, not left to the pairing
    seq[2] = [block(S.TITLE, "书屋里的新变化")]  # any other doubted line: left to the pairing
    out, soft = S.heads._absorb_section_heads(seq, S.heads._SOFT_LOW)
    assert id(seq[2]) in soft


def test_s46_the_lines_under_a_notice_to_the_readers_are_its_text():
    # a notice to the readers in a narrow column: its short lines read as titles (no punctuation
    # at their ends) are the notice's text, the notice's one heading line above them (invented text)
    from newsie.extractors import segment as S

    page = ("实现全程监督，确保每一笔资金都花\n在刀刃上，推动各项惠民政策落实到\n位。\n致读者\n"
            "不少读者询问本报 2019 年\n“某某论坛”“某某时评”\n专栏文章选编\n——《某某评论选\n"
            "2019》等书的订购事宜。需\n要此书的读者，请与本报发\n行部门联系，电话为（010）\n12345678。\n")
    blocks = _blocks_of(page)
    k = next(k for k, b in enumerate(blocks) if b.text == "致读者")
    assert blocks[k].kind == S.TITLE
    assert all(b.kind == S.BODY for b in blocks[k + 1:]), [(b.text, b.kind) for b in blocks[k + 1:]]


# s46: the weather box of the other month's pages: its outlook opens on the label 天气趋势分析, a
# box label of the body (document.BOX_LABELS), under the title of the article above printed after
# its body; the box's headline (明天气象预报…) stands after the outlook (invented text)
_WEATHER_BOX = """　　新华社北京１月５日电　某某部今天在
京召开座谈会，听取各地代表对明年安排
的看法和想法。与会代表围绕农村公路、
城乡供水等议题发言，提出了不少建议。
　　会议要求，各地要把群众的急难愁盼
放在心上，一件一件抓好落实。
某某部召开座谈会听取意见
天气趋势分析
　　预计，今天晚上到明天，受冷空气影
响，北方大部地区将有４—６级偏北风，
气温下降４—６摄氏度；南方大部地区
多云，局部有小雨。
明天气象预报（１月６日２０时—７日２０时）
"""


def test_s46_a_weather_outlook_label_is_no_headline():
    page = newsie.parse(_WEATHER_BOX, issue_date="1998-01-06")
    heads = [a.headline.text for a in page.articles if a.headline]
    assert heads[0] == "某某部召开座谈会听取意见", heads
    weather = next(a for a in page.articles if a.headline and a.headline.text.startswith("明天气象预报"))
    assert [p.text for p in weather.paragraphs][:1] == ["天气趋势分析"]


# s47: a decision's title that 关于 opens, wrapped at its measure before 称号的决定, over its date:
# one headline, not a kicker over the headline 称号的决定 (invented text)
_DECISION_WRAPPED = """某地举办农民丰收节
本报某地10月10日电　（记者某某）某地第二届农民丰
收节日前开幕，来自全省的两百多家合作社带来了
各自的特色农产品，吸引了众多市民前来选购。
丰收节期间，主办方还组织了农技讲座、电商直
播和农耕体验等活动。（下转第2版）
中共中央关于追授某某某同志“全国优秀党员”
称号的决定
（2019年10月10日）
2019年6月17日，某某某同志在返回所驻村子的途
中遭遇山洪，不幸遇难，年仅30岁。
为表彰先进、弘扬正气，中共中央决定，追授某
某某同志“全国优秀党员”称号。
"""


def test_s47_a_title_opened_by_guanyu_and_closed_by_its_kind_is_one_headline():
    page = newsie.parse(_DECISION_WRAPPED, issue_date="2019-10-11")
    decision = page.articles[-1]
    assert decision.kicker is None, decision.kicker
    assert decision.headline.text == "中共中央关于追授某某某同志“全国优秀党员”称号的决定"
    assert [s.text for s in decision.subheadlines] == ["（2019年10月10日）"]


# s48: the report of a fair that opens the invented pages below, an article before the one tested
_FAIR_REPORT = """某县举办秋季农产品展销会
本报某县10月8日电　（记者某某）某县秋季农产品
展销会日前开幕，来自全县的一百多家合作社带来
了各自的特色农产品，吸引了众多市民前来选购。
展销会期间，主办方还组织了农技讲座和直播带
货等活动。
"""


# s48: a speech's title that 在 opens, wrapped at its measure before 周年大会上的讲话, over its date:
# one headline, not a headline over the subtitle 70周年大会上的讲话 (invented text)
_SPEECH_WRAPPED = _FAIR_REPORT + """在庆祝某某县建县
60周年大会上的讲话
（2019年10月8日）
同志们，朋友们：
今天，我们在这里隆重集会，庆祝某某县建县
60周年，回顾走过的道路，展望美好的未来。
60年来，全县干部群众艰苦奋斗，让昔日的穷
山沟变成了今天的好地方。
"""


def test_s48_a_speech_title_opened_by_zai_and_closed_by_its_kind_is_one_headline():
    page = newsie.parse(_SPEECH_WRAPPED, issue_date="2019-10-09")
    speech = page.articles[-1]
    assert speech.kicker is None, speech.kicker
    assert speech.headline.text.replace(" ", "") == "在庆祝某某县建县60周年大会上的讲话"
    assert [s.text for s in speech.subheadlines] == ["（2019年10月8日）"]


# s48: a short line under a title, on a page set at the body's scale, that is a common word (开幕)
# or goes on a word the line end tore (千 / 年古镇): the title's wrapped tail, no pen name; s49: so is
# one closing on a particle (熟了) or going on an idiom the line end tore (与日 / 俱增) (invented
# page, laid out as PEN_NAME_PAGE)
@pytest.mark.parametrize("title, tail", [("老街第三届灯火文化节", "开幕"), ("灯火点亮了这座千", "年古镇"),
                                         ("山坳里的猕猴桃", "熟了"), ("小城的人气与日", "俱增")])
def test_s48_a_common_word_under_a_title_is_its_tail_not_a_pen_name(title, tail):
    page = newsie.parse(PEN_NAME_PAGE.replace("老街的灯火\n\n苇川", f"{title}\n\n{tail}"), issue_date="1998-01-20")
    art = page.articles[0]
    assert art.author is None, art.author
    assert art.headline.text == title + tail


# s48: a headline wrapped between a verb asking for a quantity and the number (收入超 / 6000万元),
# under its kicker: one headline, not a headline over the subtitle 6000万元 (invented text)
_QUANTITY_WRAPPED = _FAIR_REPORT + """小小果园成了致富园
某县水果年销售收入超
6000万元
本报某县10月8日电　（记者某某）记者从某县农业
农村局获悉，今年全县水果种植面积达到三万亩，
年销售收入超过六千万元，带动两千多户果农增收。
"""


def test_s48_a_headline_wrapped_between_a_verb_and_its_quantity_is_one_headline():
    page = newsie.parse(_QUANTITY_WRAPPED, issue_date="2019-10-09")
    art = page.articles[-1]
    assert art.headline.text.replace(" ", "") == "某县水果年销售收入超6000万元"
    assert not art.subheadlines, art.subheadlines


# s49: a heading line closing on a comma clause of one character (…，谋) goes on into the line below:
# one headline under its labelled kicker, not a kicker over the headline “某某”更是歧途 (invented text)
_LONE_CLAUSE_WRAPPED = _FAIR_REPORT + """某县农业农村局：
守着老办法没有出路，走
“捷径”更是歧途
本报某县10月8日电　（记者某某）某县农业农村局
近日召开会议，要求各乡镇推广科学种植技术，
引导农户依靠技术和品牌增收致富。
"""


def test_s49_a_line_closing_on_a_one_character_clause_goes_on_below():
    page = newsie.parse(_LONE_CLAUSE_WRAPPED, issue_date="2019-10-09")
    art = page.articles[-1]
    assert art.kicker is not None and art.kicker.text == "某县农业农村局：", art.kicker
    assert art.headline.text == "守着老办法没有出路，走“捷径”更是歧途"


# s49: a title wrapped after a quoted word whose body holds the quoted word and the words after it
# (“菜篮子” / 工程 beside the body's “菜篮子”工程): one headline under its kicker, not a kicker
# ending on the quote over the headline 工程示范基地 (invented text)
_QUOTE_WRAPPED = _FAIR_REPORT + """某市农业农村局
公布 12 个“菜篮子”
工程示范基地
本报某市10月8日电　（记者某某）某市商务局日前
公布了12个“菜篮子”工程示范基地名单，今年以来全市推进“菜篮子”工程建设，
新建改造农贸市场二十多个，蔬菜自给率稳步提高。
"""


def test_s49_a_title_wrapped_after_a_quoted_word_the_body_goes_on_is_one_headline():
    page = newsie.parse(_QUOTE_WRAPPED, issue_date="2019-10-09")
    art = page.articles[-1]
    assert art.kicker is not None and art.kicker.text == "某市农业农村局", art.kicker
    assert art.headline.text.replace(" ", "") == "公布12个“菜篮子”工程示范基地"


# s49: a briefs box whose last item closes on its reporter's name after its last sentence, on
# the sentence's line (…较高水平。 （某某）), over a photo's caption wrapped at the column, then a
# wire report under its title: the name ends the brief's paragraph (the caption does not take
# the brief in), and the caption ends the box (the report under it is an article of its own, not
# the box's third item) (invented page)
_BOX_OVER_CAPTION = """某县举办秋季农产品展销会
本报某县10月8日电　（记者某某）某县秋季农产品
展销会日前开幕，来自全县的一百多家合作社带来
了各自的特色农产品，吸引了众多市民前来选购。
展销会期间，主办方还组织了农技讲座和直播带
货等活动。（本报记者 某某）
经济速递
某省农村公路里程突破十万公里
本报电 日前，某省交通运输厅发布消息，全省农
村公路总里程突破十万公里，具备条件的建制村全
部通上了硬化路，农村群众出行更加便捷。
（林青）
某市新建农贸市场二十个
本报电 近日，某市商务局发布消息，今年以来全
市新建和改造农贸市场二十个，新增摊位两千多个，
市民买菜更方便了。新建市场全部实行明码标价，
农产品质量安全抽检合格率保持在较高水平。 （周明）
这是某县的农民在田间收获水稻。金秋时节，各地农民
抢抓晴好天气收割晚稻，田野里一派繁忙景象。
新华社记者 某某 摄
某某将出席某国际博览会开幕式
新华社某地10月8日电　某国际博览会组委会8日宣布，
某某将于10月10日出席盛会开幕式并致辞。
本届博览会共有来自五十多个国家和城市的一千多家
企业参展，展览面积达到十万平方米。
"""


def test_s49_a_briefs_box_ends_at_a_caption_and_a_brief_at_its_reporters_name():
    page = newsie.parse(_BOX_OVER_CAPTION, issue_date="2019-10-09")
    assert [c.text[:8] for c in page.captions] == ["这是某县的农民在"]
    box, report = page.articles[-2], page.articles[-1]
    assert box.headline.text == "经济速递"
    assert [s.text for s in box.section_heads] == ["某省农村公路里程突破十万公里", "某市新建农贸市场二十个"]
    assert box.paragraphs[-1].text.startswith("近日，某市商务局") and box.paragraphs[-1].text.endswith("较高水平。")
    assert report.headline.text == "某某将出席某国际博览会开幕式"
    assert report.paragraphs[0].text.startswith("某国际博览会组委会")


# s49: a title closed by a series tag in brackets whose parts · joins, the line longer than a
# heading line's 48 characters, under its kicker: the headline with its column, not body text
# (invented text)
_LONG_SERIES_TAG = _FAIR_REPORT + """某省多地推进秋冬农田水利建设——
抓早抓实，让农田旱涝保收（迎难而上 稳中求进 真抓实干 开新局·聚焦某某省高标准农田建设·整改落实）
今年以来，某省各地把农田水利建
设作为稳产增收的重要抓手，集中力量
修复灌溉渠道，新建改造泵站一百多座，
受益农田达到两百多万亩。
"""


def test_s49_a_title_closed_by_a_long_series_tag_is_a_headline():
    page = newsie.parse(_LONG_SERIES_TAG, issue_date="2019-10-09")
    art = page.articles[-1]
    assert art.kicker is not None and art.kicker.text == "某省多地推进秋冬农田水利建设——"
    assert art.headline.text == "抓早抓实，让农田旱涝保收"
    assert art.column is not None and art.column.text.endswith("·整改落实")
    assert art.paragraphs[0].text.startswith("今年以来")


# s49: a title wrapped after a verb that asks for its object (…全力打造 / 乡村旅游示范带, …研究推动 /
# 秋冬…建设), or before a quantity's verb and its number (…即时结算全县 / 突破30万人次): one
# headline, not a kicker over a headline or a headline over a subtitle (invented text)
_TORN_VERB_BODY = """本报某县10月8日电　（记者某某）某县有关部门
日前介绍，今年以来全县各项工作稳步推进，
群众的获得感持续增强。
"""


@pytest.mark.parametrize("upper, lower", [("某省文旅厅全力打造", "乡村旅游示范带"),
                                          ("某县联席会议研究推动", "秋冬农田水利建设"),
                                          ("某县外地就医即时结算全县", "突破30万人次")])
def test_s49_a_title_wrapped_at_a_verb_asking_for_what_follows_is_one_headline(upper, lower):
    _assert_one_wrapped_headline(upper, lower)


def _assert_one_wrapped_headline(upper: str, lower: str) -> None:
    """The two heading lines over a short report read as one headline, no kicker, no subtitle."""
    page = newsie.parse(_FAIR_REPORT + f"{upper}\n{lower}\n" + _TORN_VERB_BODY, issue_date="2019-10-09")
    art = page.articles[-1]
    assert art.kicker is None, art.kicker
    assert art.headline.text == upper + lower
    assert not art.subheadlines, art.subheadlines


# s50: a white paper's title over the paper's month in brackets (某某的某某事业 / （2019 年 10 月）): the
# month is the title's subtitle line, as a speech's date and place are, not a paragraph of its own
# (on the reading pages the paper's title, printed after its text, then heads that text) (invented
# text)
def test_s50_a_white_papers_month_under_its_title_is_a_subtitle():
    from newsie.extractors.segment.blocks import SUB, TITLE, classify

    doc = Document("某某的某某事业\n（2019 年 10 月）\n")
    assert [b.kind for b in classify(doc)] == [TITLE, SUB]
    doc = Document("某某的某某事业\n（2019 年 10 月 13 日，某地）\n")  # (a speech's, as before)
    assert [b.kind for b in classify(doc)] == [TITLE, SUB]


# s50: a feature's voices, each under a kicker closed by a dash over its title, one of them with its
# dash wrapped to a line of its own (某村返乡创业青年某某 / —— / 让家乡的好米走出大山): the dash
# goes on the kicker's line, and the part is a section head of the feature like the others;
# before, that part, alone in its shape, headed an article of its own (invented page)
_LONE_DASH_PART = """走过田野，我们满怀喜悦
某县某村种粮大户某某某——
手中的稻穗沉甸甸
10 月 8 日清晨，某县某村的稻田里一片金黄，
收割机来回穿梭。种粮大户某某某站在田埂上，
望着眼前的丰收景象，脸上写满了笑意。
“今年风调雨顺，亩产比去年又高了一些。”
某某某说，合作社引进了新品种，又请来农技
员手把手指导，大家心里都有了底。
（某某某、某某某、某某某）
某乡农技站站长某某——
把技术送到田间地头
连日来，某乡农技站站长某某每天都泡在田
里，帮助农户调试机械、查看墒情。他说，秋收
时节一天也耽误不得，要让农户颗粒归仓。
这些年，农技站先后推广了十多项实用技术，
全乡粮食单产稳步提高，农户收入逐年增加。
（某某某、某某某、某某某）
某村返乡创业青年某某
——
让家乡的好米走出大山
返乡创业第五个年头，某某的大米网店已经
有了稳定的客户。今年秋收一开始，订单就纷至
沓来，她和伙伴们忙着打包发货，常常干到深夜。
“家乡的米好，就是以前卖不出去。”某某说，
现在通过网络，好米走进了千家万户。
（某某某、某某某、某某某）
某合作社理事长某某某——
带着乡亲们一起致富
某合作社成立以来，理事长某某某带着乡亲
们发展订单农业，统一品种、统一技术、统一销
售，社员的收入比过去翻了一番。
“一个人富不算富，大家富才是真的富。”某
某某说，明年合作社还要建一个烘干中心。
（某某某、某某某、某某某）
"""


def test_s50_a_kicker_dash_wrapped_to_its_own_line_closes_the_kicker():
    page = newsie.parse(_LONE_DASH_PART, issue_date="2019-10-09")
    assert len(page.articles) == 1
    heads = [s.text for s in page.articles[0].section_heads]
    assert "某村返乡创业青年某某——" in heads and "让家乡的好米走出大山" in heads
    assert page.articles[0].paragraphs[-1].text.endswith("还要建一个烘干中心。")


def test_s50_a_dash_alone_on_a_line_joins_the_line_above():
    doc = Document("某村返乡创业青年某某\n——\n让家乡的好米走出大山\n")
    assert [doc.text[s:e] for s, e in doc.paragraphs][:1] == ["某村返乡创业青年某某——"]
    doc = Document("他这样说道。\n——\n某某某\n")  # (after a sentence's end: no join)
    assert "——" in [doc.text[s:e] for s, e in doc.paragraphs]


# s50: a title over a paragraph's indented first line, the line after that holding a number (set
# narrower than a character each, so that the full line measures short): the indented line is
# measured against the column, not against that line, and the title ends its paragraph (before,
# the gap to the short-measured line was too small, and the title ran into the article below it);
# not where the line is no more than an em short of the column (invented text)
def test_s50_an_indented_opening_over_a_line_with_figures_is_measured_by_the_column():
    from newsie.document import _LineFacts, _title_over_indented_opening

    doc = Document("某国传统手工艺亮相某地博览会\n一年一度的某地国际博览会日前已\n"
                   "闭幕。创办于1926年的这个博览会是\n某地区历史最悠久的综合性展会之一，\n")
    facts = _LineFacts(doc.lines)
    assert not _title_over_indented_opening(doc.lines, 0, facts)  # (the line below alone: too close)
    assert _title_over_indented_opening(doc.lines, 0, facts, 17.0)  # two ems short of a column of 17
    assert not _title_over_indented_opening(doc.lines, 0, facts, 16.0)  # an em short: a full line


def _title_over_its_opening(title: str, body: list[str]) -> tuple[bool, list[str]]:
    """Does ``title`` over the lines ``body`` read as a title over an indented first line, and the
    paragraphs the page so makes."""
    from newsie.document import _LineFacts, _title_over_indented_opening

    doc = Document("\n".join([title, *body]) + "\n")
    return _title_over_indented_opening(doc.lines, 0, _LineFacts(doc.lines)), [doc.text[s:e] for s, e in doc.paragraphs]


# s76: a whole quoted title over a paragraph's indented first line, the line after that holding
# more punctuation: with the marks at half an em the indent measures one em, at a full em two; one
# measure is enough under a whole quotation, and the title ends its paragraph (before, it ran into
# the paragraph below it). An unquoted line over the same lines still needs both (invented text)
def test_s76_a_whole_quote_over_an_indent_one_measure_shows_ends_its_paragraph():
    body = ["清晨的老街上，小店陆续开门迎", "客，木雕、剪纸、刺绣摆满了柜台和", "货架，选购的客人一拨接着一拨。"]
    title = "“让老手艺走进更多人的家里”"
    assert _title_over_its_opening(title, body) == (True, [title, "".join(body)])
    assert _title_over_its_opening(title[1:-1], body) == (False, [title[1:-1] + "".join(body)])


# s76: a whole quoted title may open on a word a paragraph opens on (为, 在, 从…): the quotes close
# it, and it ends its paragraph over an indented first line; the same words unquoted read as the
# opening of a paragraph, not as a title, where a line opening on no such word is one (invented text)
def test_s76_a_whole_quote_opening_as_a_paragraph_does_is_still_a_title():
    body = ["清晨的老街上，小店陆续开门迎", "客，木雕剪纸和刺绣摆满了整个柜台", "和货架，选购的客人一拨接着一拨。"]
    title = "“为老手艺找到更多的新传人”"
    assert _title_over_its_opening(title, body) == (True, [title, "".join(body)])
    assert _title_over_its_opening(title[1:-1], body) == (False, [title[1:-1] + "".join(body)])
    assert _title_over_its_opening("老手艺找到了更多的新传人", body)[0]


# s50: a title under a paragraph whose last line fills the column and ends a sentence, over its
# reporter's line (…确保价格平稳。 / 用好某某“利器”，推动改革落实（评论员观察） / 本报记者 某某某): a
# reporter's line opens an article and no paragraph runs into it, so the line above it, holding
# no stop, is a heading line; before, it ran on from the paragraph above as its last line, and the
# two articles were read as one (invented page)
_TITLE_OVER_REPORTER = """某地秋粮收购进度加快
本报某市电　记者某某报道：全省秋粮收购日前全面
展开，各地收储企业敞开收购，农民售粮顺畅，截至
目前全省已收购秋粮一百多万吨，收购进度明显快于
去年同期，各地还加强了市场监测，确保价格平稳。
用好督查“利器”，推动改革落实（评论员观察）
本报记者 某某某
这回督查盯住具体事项、具体个案，但不只是停
留在一个点、一条线，还要从具体事项中找准共性
问题，在具体案例中发现制度短板，推动改革举措
落地见效，让百姓得到更多实惠，也让基层干部轻
装上阵。
"""


def test_s50_a_line_over_a_reporters_line_is_no_paragraphs_last():
    page = newsie.parse(_TITLE_OVER_REPORTER, issue_date="2019-10-09")
    assert [a.headline.text for a in page.articles] == ["某地秋粮收购进度加快", "用好督查“利器”，推动改革落实"]
    assert page.articles[0].paragraphs[-1].text.endswith("确保价格平稳。")


# s50: a title with its column tag in brackets, run on from a paragraph whose last line filled the
# column and closed a sentence (…确保价格平稳。 / “某某某某”（点赞家乡·某某某某）): the tag's line
# ends its paragraph and the paragraph above ends before it, as it does for such a line opening a
# paragraph; not a body's line naming a body in brackets after a list's words (某部、某校（某学院） /
# 、某部…) (invented text)
def test_s50_a_title_with_its_column_run_on_from_a_closed_paragraph_stands_apart():
    from newsie.document import _end_titles_with_columns, _LineFacts

    def paragraphs_after_joining(text: str, k: int) -> list[bool]:
        doc = Document(text)
        lines = doc.lines
        lines[k].breaks_after = lines[k + 1].breaks_after = False  # (the reflow ran them on)
        _end_titles_with_columns(lines, _LineFacts(lines))
        return [ln.breaks_after for ln in lines[k : k + 2]]

    above = "目前全省已收购秋粮一百多万吨，收购进度明显快于\n去年同期，各地还加强了市场监测，确保价格平稳。\n"
    below = "一大早，某村的晒谷场上就热闹起来，村民们把\n新收的稻谷摊开晾晒，孩子们在谷堆旁追逐嬉戏。\n"
    title = "“同乡亲们一起过个好节”（点赞家乡·丰收的喜悦）\n"
    assert paragraphs_after_joining(above + title + below, 1) == [True, True]
    listed = "某部、某校（某某学院）\n、某厅干部职工深入学习，大家表示要把学习成果转化为实际行动。\n"
    assert paragraphs_after_joining(above + listed, 1) == [False, False]
    noted = "1947年从某地师范学校（某某大学前身）\n毕业后回到家乡任教，一干就是四十年。\n"  # (a note, no column)
    assert paragraphs_after_joining(above + noted, 1) == [False, False]


# s50: a title wrapped at a narrow measure and closed on an event's verb, over a short line saying
# who attended it (某省第五届秋 / 季农产品产销 / 对接活动举行 / 某某出席): the short line is a piece of
# its own (the title's subtitle), not the wrap's last line; a wrapped title's short last line
# that says no such thing stays in the title's piece (invented text)
def test_s50_who_attended_under_an_event_title_wrapped_at_its_measure_is_a_piece_of_its_own():
    from newsie.extractors.segment.blocks import Block
    from newsie.extractors.segment.roles import _pieces

    def group(*texts: str) -> list[Block]:
        return [Block(k, 0, len(t), t, width_ratio=len(t) / 6, col=6.0) for k, t in enumerate(texts)]

    assert _pieces(group("某省第五届秋", "季农产品产销", "对接活动举行", "某某出席")) == [0, 0, 0, 1]
    assert _pieces(group("某省第五届秋", "季农产品产销", "对接活动顺利", "闭幕了")) == [0, 0, 0, 0]


# s51: a feature's voices, each signed by a dash line over the note that wrote the words up; one
# signature set short of its column wraps before a word (——某某林场“五兄弟”两代人 / 护林造林先进
# 群体代表某某某): the signature is one paragraph, and the note stands apart from the name it closes
# on (before, the signature's two lines were two paragraphs, and on real pages the name's line ran
# into the note and the next speaker's name, read together as a kicker) (invented page)
_SIGNED_VOICES = """“最美劳动者”讲述奋斗故事——
咱们的生活一年比一年好
在共和国七十年的历程中，一代又一代劳动
者立足岗位，默默奉献。国庆前夕，几位劳动
者向本报记者讲述自己的奋斗故事。
——编 者
某某某——
守好林场，让荒山披上绿装
这片林子要一辈辈守下去，谁也不能
松劲。愿家乡的山越来越绿，日子越来越甜！
三十多年前，这里还是光秃秃的沙梁，风
一起，沙子就往村里跑。我们几户人家
联合承包了荒山，开始植树造林。如今，
第二代、第三代人已经接过了铁锹。
——某某林场“五兄弟”两代人
护林护林先进集体成员某某某
（本报记者某某采访整理）
某某——
守好讲台，让山里娃走出大山
希望更多年轻人愿意到山里来教书，让
孩子们都能学到知识、看到外面的世界。
我在山里的教学点教了二十多年书。那时
候，学生要走两个小时山路来上学，教室
漏雨，冬天冻得握不住笔。现在，新校舍
盖起来了，孩子们吃上了营养午餐。
——某省某县某镇中心小学某某教学点
负责人某某
（本报记者某某某采访整理）
"""


def test_s51_a_signature_over_its_note_is_one_paragraph_the_note_apart():
    doc = Document(_SIGNED_VOICES)
    paras = [doc.text[s:e] for s, e in doc.paragraphs]
    assert "——某某林场“五兄弟”两代人护林护林先进集体成员某某某" in paras
    assert "——某省某县某镇中心小学某某教学点负责人某某" in paras
    assert "（本报记者某某采访整理）" in paras and "（本报记者某某某采访整理）" in paras
    page = newsie.parse(_SIGNED_VOICES, issue_date="2019-10-04")
    assert len(page.articles) == 1 and page.articles[0].headline.text == "咱们的生活一年比一年好"
    # the rule on the lines alone: a signature's lines run on and end over the note; a dash line
    # holding a sentence's stop is no signature, and its breaks stay as the reflow set them
    from newsie.document import _join_signatures_over_notes, _LineFacts

    for second, joined in (("代表某某某", True), ("大家都记在心里。", False)):
        doc = Document(f"好光景靠双手挣来。\n——某某林场两代人\n{second}\n（本报记者某某采访整理）\n")
        for line in doc.lines:
            line.breaks_after = True
        doc.lines[2].breaks_after = False
        _join_signatures_over_notes(doc.lines, _LineFacts(doc.lines))
        assert (not doc.lines[1].breaks_after, doc.lines[2].breaks_after) == (joined, joined)


@pytest.mark.parametrize("lines", [("某国羽毛球公开赛", "某某某男单夺冠"), ("头一回参加亚运会", "迈出胜利第一步")])
def test_s51_an_events_name_over_a_line_as_long_less_one_is_its_kicker(lines):
    # the event's name over what happened there, the lower line a character shorter than it: the
    # kicker still (before, only a strictly longer line below earned the toll, and the two read as
    # one headline); a short line below (five characters or fewer, or two shorter) is the name's
    # wrapped tail, and earns none (invented lines)
    from newsie.extractors.segment.roles import _event_kicker_tolls, _piece_facts

    for texts, charged in ((lines, True), ((lines[0], lines[1][:5]), False), ((lines[0], lines[1][:-2]), False)):
        group = _title_group(texts)
        logp = [[0.0] * 4 for _ in group]
        _event_kicker_tolls(group, _piece_facts(group), logp)
        assert any(logp[0]) is charged and not any(logp[1])


# s51: a law's chapter heads (第二章 巡护队伍) are numbered section heads like 一、 and （二）: set
# in display type (letter-spaced here) they are weighed by the heading model, not taken as
# headlines by their type (before, each letter-spaced chapter head opened an article of its own;
# test set, pdf route: one page more with its right count, sim unchanged)
# (invented rules)
_CHAPTERED_LAW = """某某河湖巡护办法
（2019年9月20日某某省人民政府第9次常务
会议通过）
第一章 总 则
　　第一条 为了护好河湖水面，管住岸线两侧
的乱占乱建，让群众看得见清水绿岸，结合
本省河湖现状，制定本办法。
　　第二条 本办法所称巡护，是指巡护员沿河
湖岸线步行或者乘船查看水面、岸坡、闸站
的日常工作。
　　第三条 县级河湖长每季度至少带队巡河一
次，乡级河湖长每月至少带队巡河一次。
第 二 章 巡 护 队 伍
　　第四条 巡护员从沿岸村民中选聘，优先选
聘熟悉水情、身体健康、热心公益的村民。
　　第五条 巡护员发现垃圾漂浮、岸坡塌陷、
偷采河砂等情形的，应当当天拍照上报。
第 三 章 奖 惩
　　第六条 巡护成绩突出的，由县级河湖长办
公室通报表扬，并给予适当奖励。
　　第七条 巡护员瞒报、漏报的，予以批评；
情节严重的，予以解聘。
第四章 附 则
　　第八条 本办法由省河湖长办公室负责解释，
各市县可以结合本地河湖制定巡护细则。
　　第九条 本办法自2020年1月1日起施行。
"""


def test_s51_a_laws_chapter_heads_in_display_type_are_section_heads():
    from newsie.extractors.segment.heads import _NUMBERED

    page = newsie.parse(_CHAPTERED_LAW, issue_date="2019-10-24")
    first = page.articles[0]
    assert first.headline.text == "某某河湖巡护办法"
    assert "第二章巡护队伍" in {s.text for s in first.section_heads}
    assert not any(a.headline and a.headline.text.startswith("第二章") for a in page.articles)
    # a chapter's numbering, not a sentence opening on one (第三节课上，…)
    assert _NUMBERED.match("第十二章 法律责任") and _NUMBERED.match("第3节 数据安全")
    assert not _NUMBERED.match("第三节课上，老师讲了")


def test_s51_a_numbered_series_of_heads_is_one_texts_section_heads():
    # the chapter heads go on each other's numbering (第一章 … 第四章): section heads of one text,
    # the short 第三章奖惩 and the last chapter over a short run too (before, the heading model read
    # those two as headlines, and the law was cut in three)
    from newsie.extractors.segment.heads import _numbering

    page = newsie.parse(_CHAPTERED_LAW, issue_date="2019-10-24")
    assert len(page.articles) == 1
    assert [s.text for s in page.articles[0].section_heads] == ["第一章 总 则", "第二章巡护队伍", "第三章奖惩", "第四章 附 则"]
    assert _numbering("（二）加强巡护") == ("pcn", 2) and _numbering("第二节 组织") == ("节", 2)
    assert _numbering("二〇一九年") is None and _numbering("2.5亿元投资") is None


# s51: a long feature in parts, each under a tag of four characters over its title (科技赋能 /
# 让“智慧码头” / 装卸效率翻了一番): three tagged heading groups or more under different tags are the
# parts of one text, whatever the heading model makes of each (before, two of these parts, their
# titles wrapped in display type, headed articles of their own; test set: one page more with its
# right count on each route) (invented page)
_TAGGED_PARTS = """某某港口的新航程
本报记者 某某某
清晨的港区，吊臂林立，汽笛声此起彼伏。这座
老港口正在经历一场深刻的变化，集装箱吞吐量
连续五年保持增长，成为沿海地区发展的缩影。
科技赋能
让“智慧码头”
装卸效率翻了一番
走进自动化码头的中控室，十几块大屏幕上实时
显示着每一台桥吊的作业状态。操作员轻点鼠标，
几百米外的桥吊便精准抓起集装箱。过去一台桥
吊需要一名司机在高空作业，如今一人可以同时
操控三台。
绿色转型
岸电设施让“海上巨轮”
不再冒黑烟
港区的岸电桩一字排开，靠港的货轮接上电缆，
关闭了辅助发动机。港口负责人介绍，岸电设施
投用以来，每年减少燃油消耗数千吨，港区的空
气明显清新了。
开放合作
一条条新航线连通世界各大港口
今年以来，港口新开通国际航线十余条，货物可
以直达东南亚、中东和欧洲。越来越多的外贸企
业把这里作为进出口的首选港口。
"""


def test_s51_parts_under_four_character_tags_are_one_feature():
    page = newsie.parse(_TAGGED_PARTS, issue_date="2019-10-20")
    assert len(page.articles) == 1
    heads = [s.text for s in page.articles[0].section_heads]
    assert {"科技赋能", "绿色转型", "开放合作"} <= set(heads)


# s52: a doubted heading group over a text that opens on a date and a comma (2018年10月11日，规划…)
# may head that text: a news story's first sentence, not a figure the title tore off its own
# sentence (进入女子 / 400米决赛) nor a date under a line left open (某某中心成立于 / 2012年，…).
# Before, any figure opening the run below kept the group a section head (test set, pdf route:
# one page more with its right count, one headline more; sim unchanged) (invented lines)
@pytest.mark.parametrize("title, below, may_head", [
    (("某某湖新区", "看湖畔巨变 观新城力量"), "2018年10月11日，规划三百米高的大厦动工。", True),
    (("某某湖新区", "看湖畔巨变 观新城力量"), "10月13日上午，新区首批企业入驻。", True),
    (("她在全国锦标赛上进入女子",), "400米决赛，最终获得第四名。", False),
    (("某某研究中心成立于",), "2012年，是省内首家此类机构。", False),
    (("某某湖新区", "看湖畔巨变 观新城力量"), "2018年的一组数字，说明了新区的变化。", False),
])
def test_s52_a_text_opening_on_a_date_and_a_comma_may_have_the_group_above_as_its_head(title, below, may_head):
    from newsie.extractors.segment import BODY, TITLE, Block
    from newsie.extractors.segment.grouping import _Run
    from newsie.extractors.segment.heads import _no_torn_body_line

    def block(kind, text):
        return Block(0, 0, len(text), text, kind=kind, col=16.0, width_ratio=len(text) / 16.0)

    seq = [_Run([block(BODY, "古城街区修缮一新，老手艺有了新传人。")]), [block(TITLE, t) for t in title],
           _Run([block(BODY, below)])]
    assert _no_torn_body_line(seq, 1, list(title)) is may_head


# s52: two texts whose nearest characters share next to nothing (a glance under 0.03) are two articles
# though their wider windows share a little more (a season's or an occasion's words: under 0.05, not
# 0.03): the doubted group between them heads the text below (before, it stayed a section head of the
# text above; the other month 16-31: sim 391 -> 387 headlines missed, pdf 110 -> 109 wrong-count
# pages; test set: sim +1 count page, pdf -1, headlines +2 on each) (invented texts)
_OLD_TOWN = (
    "某某古城的老街区近来换了模样。青石板路重新铺过，沿街的老房子修旧如旧，门楣上的木雕也请来老匠人一一描补，游人走在巷子里，常常停下来拍照。",
    "“老房子住着人，街区才有烟火气。”某某古城管理处负责人说，修缮时不搬空原住居民，而是请他们一起商量门窗怎么修、院落怎么用，谁家的老物件愿意拿出来展示，就在门口挂一块小牌子。",
    "街区里开出了二十多家手艺工坊，做漆器的、扎风筝的、编竹篮的都有。每到周末，工坊前围满了来学手艺的孩子，老师傅手把手地教，一个下午能做出一只小风筝带回家。",
    "管理处还把一座闲置的祠堂改成了街区书房，白天对外开放，晚上办讲座，讲古城的来历，讲老字号的故事。附近的居民说，以前晚饭后没处去，如今常来书房坐一坐，看看书，听听课。",
    "为了留住老手艺，古城还办起了传习班，每年招收学员，跟着老匠人学上一整年。学成的年轻人有的留在街区开店，有的回到村里带徒弟，老手艺有了新传人。",
    "今年以来，古城接待游客的人次比去年同期明显增加，街区商户的收入也跟着涨了。管理处负责人说，下一步还要把周边几条老巷子连起来，让更多的老房子住得舒服、看得明白、留得长久。",
    "一位在古城住了六十多年的老人说，年轻时巴不得搬出老房子，现在孙子孙女周末都愿意回来住，院子里种的石榴树每年都结满了果子。",
    "古城的夜晚也热闹起来。灯笼挂上屋檐，评弹和越剧在老戏台轮番上演，茶馆里坐满了听曲的老人，巷口的小吃摊飘出阵阵桂花糕和酒酿圆子的香味。",
    "管理处说，古城保护不能只靠修房子，更要把老街坊的日子过好。今后每年都会请居民评一评，哪条巷子修得好，哪处院落还要改，评出来的意见张榜公布。",
    "古城东门外的老码头今年春天也修好了。木船重新下水，船娘摇着橹唱起渔歌，载着游人沿护城河转上一圈，两岸的垂柳、石桥和白墙黛瓦倒映在水里，像一幅慢慢展开的长卷。",
    "老人们常说，古城的好日子是一砖一瓦攒出来的，也是一代代街坊守出来的，往后的日子还要接着守下去，守住老街巷的模样，守住老手艺的根脉。",
)
_NEW_DISTRICT = (
    "2018年10月11日，规划三百米高的某某中心大厦正式动工。这座位于某某湖新区的建筑，即将成为某某市江西岸的新地标。",
    "某某湖新区面积十八平方公里，东起二环线，南临某某山公园，北靠某某路，是一座定位为科技创新引擎和城市副中心的现代化新区。根据规划，新区将建成集研发服务、总部办公、高新转化于一体的科技高地。",
    "新区建设者介绍，大厦建成后将引入金融、科技、商务等机构，带动周边产业发展，预计可提供上万个就业岗位。与大厦配套的地铁站、公交枢纽和地下停车场也在同步施工。",
    "施工方介绍，大厦采用钢结构框架和双层玻璃幕墙，塔吊最高时有六台同时作业，工人们三班倒，每天浇筑混凝土上千立方米，主体结构预计明年封顶，届时将亮起灯光。",
)


def test_s52_texts_unrelated_at_a_glance_may_share_a_little_more_over_their_windows():
    from newsie.extractors.segment import BODY, TITLE, Block
    from newsie.extractors.segment.grouping import _Run
    from newsie.extractors.segment.heads import _between_unrelated_texts, topic_similarity

    def block(kind, text):
        return Block(0, 0, len(text), text, kind=kind, col=16.0, width_ratio=min(1.0, len(text) / 16.0))

    above, below = "".join(_OLD_TOWN), "".join(_NEW_DISTRICT)
    assert topic_similarity(above[-300:], below[:300]) < 0.03 < topic_similarity(above, below) < 0.05
    head = [block(TITLE, "某某湖新区"), block(TITLE, "看湖畔巨变 观新城力量")]
    # the text below opening on the old town's words: related at a glance, a section of it still
    related = ("2019年春，古城的手艺工坊和街区书房办起了老手艺传习班，老匠人带徒弟，周末游客不少。",)
    for opening, heads_below in (((), True), (related, False)):
        seq = [[block(TITLE, "老街巷里 烟火长留")], _Run([block(BODY, p) for p in _OLD_TOWN]), head,
               _Run([block(BODY, p) for p in opening + _NEW_DISTRICT])]
        assert (_between_unrelated_texts(seq, [1.0, 0.0, 0.3, 0.0], 0.5) == [2]) is heads_below


# S53: a feature of signed parts (乡村振兴的三种力量 / 让人才回得来 …（作者为…） / 让土地活起来 …),
# each part closed by its writer's note and the next part's title set right over its text. The
# title under a note heads the next article (heads._under_an_authors_note) where a page holds
# one or two such titles; where it holds three or more, only a title that brings a column tag
# of its own (大家手笔, 今日谈) or stands over a lead heads a piece (heads._own_piece): a theory
# page's commentaries stay apart, the feature's parts stay its section heads (invented pages).
SIGNED_PARTS_FEATURE_PAGE = """乡村振兴的三种力量
编者按：乡村要振兴，靠的是人、地和
产业。本期约请三位学者，谈谈各自的观察。
让人才回得来
这些年，返乡创业的年轻人越来越多。他
们带回了技术和市场，也带回了新的观念。
留住人才，关键在于让他们有事干、有钱赚、
有奔头，住房、子女上学等难题要一件件解决。
（作者为某农业大学教授）
让土地活起来
土地是农民最重要的资产。推进承包地经
营权流转，让土地向种田能手集中，既能提
高效率，也能增加农民的财产性收入。
流转要尊重农民意愿，不能搞强迫命令。
（作者为某省社科院研究员）
让产业兴起来
产业兴旺是乡村振兴的基础。各地要立足
资源禀赋，发展特色种养、农产品加工和乡
村旅游，把增值收益更多留给农民。
（作者为某市农业农村局干部）
让乡风美起来
乡风文明是乡村振兴的灵魂。要用好村规
民约，评选好媳妇、好婆婆，让移风易俗
成为村民的自觉行动。
（作者为某县文明办主任）
"""

SIGNED_COMMENTARIES_PAGE = """大家手笔
让城市更有温度
城市是人民的城市。建设城市要把人民
放在心上，多建口袋公园，多修便民设施，
让群众在家门口就能休闲健身。
（作者为某大学城市规划学院教授）
有的放矢
基层减负要减到实处
为基层减负，关键在于精简会议文件，
少一些检查考核，让干部把时间用在为群
众办实事上。
（作者为某省委党校教授）
今日谈
读书贵在知行合一
读书不是为了装点门面，而是为了增长
本领。学以致用，才能把书本上的道理变
成解决问题的办法。
（作者为某市社科联研究员）
人民时评
守护好舌尖上的安全
食品安全关系千家万户。监管部门要加
强抽检，对违法企业严惩不贷，让群众吃
得放心。
（作者为某大学法学院副教授）
"""


def test_s53_a_features_signed_parts_stay_its_section_heads(monkeypatch):
    parts = ["让人才回得来", "让土地活起来", "让产业兴起来", "让乡风美起来"]
    page = _parse_doubting_groups(monkeypatch, SIGNED_PARTS_FEATURE_PAGE, {(p,): 0.2 for p in parts},
                                  issue_date="2019-10-21", page=9)
    assert _headlines(page) == ["乡村振兴的三种力量"]
    feature = page.articles[0]
    assert [s.text for s in feature.section_heads] == parts
    assert feature.body.startswith("编者按：") and feature.body.endswith("（作者为某县文明办主任）")


def test_s53_a_theory_pages_signed_commentaries_stay_apart(monkeypatch):
    doubted = {("有的放矢", "基层减负要减到实处"): 0.2, ("今日谈", "读书贵在知行合一"): 0.2,
               ("人民时评", "守护好舌尖上的安全"): 0.2}
    page = _parse_doubting_groups(monkeypatch, SIGNED_COMMENTARIES_PAGE, doubted, issue_date="2019-10-21", page=9)
    assert _headlines(page) == ["让城市更有温度", "基层减负要减到实处", "读书贵在知行合一", "守护好舌尖上的安全"]
    assert [a.column.text for a in page.articles] == ["大家手笔", "有的放矢", "今日谈", "人民时评"]
    assert all(a.body.endswith("）") and not a.section_heads for a in page.articles)


# S53: a brief whose dateline stands on a line of its own and whose text, opened by the reporter's
# note that goes on from it (（记者某某）副省长某某9日出席…), is set wider than the column the page
# reads for it: an article's lead, not a photo caption of sentences set across columns
# (blocks.classify). Read as a caption, the brief lost its text and its headline took the next
# article's (invented page).
WIDE_BRIEF_PAGE = """某市举办秋季农民丰收节
本报某市10月9日电  （记者林远）某市
第二届农民丰收节9日在城南开幕，来自
全市的两百多家合作社带来了新米、茶叶
和果蔬，市民在现场品尝选购，十分热闹。
丰收节期间还将举办农技讲座和农产品
直播带货活动，帮助农户拓宽销路。
副省长某某出席秋季茶叶推介会
本报某市10月9日电
（记者周清）副省长某某9日出席秋季茶叶推介会并致辞，其间同来自各地的茶商代
表就拓展茶叶销路、打造区域公用品牌等交换了意见。
某地新建十座乡村图书馆
本报某县10月9日电  （记者王明）某县
今年新建的十座乡村图书馆日前全部开放，
每座藏书三千多册，还配备了电子阅览室，
村里的孩子放学后有了读书的好去处。
"""


def test_s53_a_wide_briefs_reporter_note_opens_its_text_not_a_caption():
    page = newsie.parse(WIDE_BRIEF_PAGE, issue_date="2019-10-10", page=3)
    assert _headlines(page) == ["某市举办秋季农民丰收节", "副省长某某出席秋季茶叶推介会", "某地新建十座乡村图书馆"]
    assert not page.captions
    brief = page.articles[1]
    assert brief.body.startswith("副省长某某9日出席") and brief.body.endswith("交换了意见。")
    assert [b.reporters for b in brief.bylines] == [("周清",)]
    assert page.articles[2].body.startswith("某县今年新建")


# S53: a heading group of two or three title lines right under a short news item (a dateline, a
# few sentences) heads the next article, as a one-line title there does (heads._under_a_news_item):
# a short wire report carries no section head. Before, only a one-line title did; a two-line
# headline, or one wrapped over lines in a narrow column, stayed a section head of the item above
# and took the next article into it (invented page).
NEWS_ITEM_TWO_LINE_HEAD_PAGE = """某省召开秋粮收购工作会议
本报某市10月9日电  （记者林远）某省9日
召开秋粮收购工作会议，部署做好今年秋粮收
购工作，确保农民种粮卖得出、卖得好。
某县老街改造
让居民住得更舒心
这个秋天，某县老街的居民搬回了修缮一新的
老房子。改造工程保留了青砖黛瓦的老样子，
又接通了燃气和排水管道，还新修了小公园。
居民们说，老街还是那条老街，日子却比从前
方便多了，晚饭后一家人常到公园里散散步。
"""


def test_s53_a_two_line_title_under_a_short_news_item_heads_the_next_article(monkeypatch):
    page = _parse_doubting(monkeypatch, NEWS_ITEM_TWO_LINE_HEAD_PAGE, ["某县老街改造", "让居民住得更舒心"], 0.2,
                           issue_date="2019-10-10", page=4)
    item, street = page.articles
    assert item.headline.text == "某省召开秋粮收购工作会议" and not item.section_heads
    assert item.body.endswith("卖得出、卖得好。")
    heading = [s.text for s in (street.column, street.kicker, street.headline, *street.subheadlines) if s is not None]
    assert heading == ["某县老街改造", "让居民住得更舒心"]
    assert street.body.startswith("这个秋天")


# S53: a title the heading model all but rules out (0.03 here, under heads._SOFT_LOW) right under
# a short wire item still heads the next article (heads._under_a_news_item): a short wire report
# carries no section head (“两城情谊代代相传” under a 160-character item). Unless it holds an
# enumeration comma or a colon: then it is a body line torn off at its column's end, which the
# model reads so, and it stays inside the item's text (invented page).
NEWS_ITEM_DOUBTED_TITLE_PAGE = """某副总理会见某国客人
新华社北京10月14日电（记者朱超）某副总理
14日在北京会见某国第一副总理一行。双方就
深化经贸合作、扩大人文交流等交换了意见。
“两城情谊代代相传”
十月的古城，丹桂飘香。为庆祝两座城市结好
四十周年，某国友好城市代表团日前来到古城，
参观了城市规划馆和老街，同市民一起包饺子、
学剪纸，度过了难忘的一天。
代表团团长说，四十年来两座城市的交往从未
中断，年轻一代一定会把这份友谊传承下去。
"""


@pytest.mark.parametrize("line, heads", [("“两城情谊代代相传”", True), ("友好城市代表团、市民代表", False)])
def test_s53_a_title_all_but_ruled_out_under_a_short_news_item_heads_the_next_article(monkeypatch, line, heads):
    text = NEWS_ITEM_DOUBTED_TITLE_PAGE.replace("“两城情谊代代相传”", line)
    page = _parse_doubting(monkeypatch, text, [line], 0.03, issue_date="2019-10-15", page=3)
    assert _headlines(page)[0] == "某副总理会见某国客人"
    if heads:
        assert _headlines(page) == ["某副总理会见某国客人", line]
        assert page.articles[0].body.endswith("交换了意见。") and page.articles[1].body.startswith("十月的古城")
    else:
        assert len(page.articles) == 1 and [s.text for s in page.articles[0].section_heads] == [line]


# S54: a long feature whose parts each carry a title wrapped over two lines and closed by a tag
# of its own in brackets (竹林深处走出一条 / 村民增收致富的新路子（浙江安吉））: three or more such titles
# on the page, each under a tag no other carries, none a column's name or a series' words joined
# by ·, are the feature's section heads, weighed by the heading model (heads._closing_tagged_parts);
# the tag alone made each a headline before. A series or a column tags its pieces by its name, and
# two tagged titles stay headlines by their tag (invented pages). (A last line of a name's length
# and its tag reads as a speaker's name and role: heads._signed_voices doubts those.)
TAGGED_PARTS_FEATURE_PAGE = """美丽乡村行
山乡处处展新颜
金秋时节，记者走进三个山村，看到的是
一派新气象：道路宽了，产业兴了，村民
的腰包鼓了，脸上的笑容也多了。
竹林深处走出一条
村民增收致富的新路子（浙江安吉）
清晨的竹林里，村民正忙着采挖冬笋。
近年来，村里把毛竹加工成竹筷、竹席，
还办起了竹林民宿，年收入翻了一番。
半山腰上的老茶园
焕发出新的生机与活力（福建安溪）
在山坡上的老茶园里，茶农们正在修剪
茶树。村里请来农技专家，改良品种，
打出了自己的品牌，茶叶卖到了全国各地。
白墙黛瓦的古村落
迎来了四面八方的游客（安徽黟县）
白墙黛瓦的古村落里，游客络绎不绝。
村民把老宅改成客栈和茶馆，吃上了旅游饭，
古村落也因此得到了更好的保护。
"""

TWO_TAGGED_TITLES_PAGE = """某市举办秋季农民丰收节
本报某市10月9日电  （记者林远）某市
第二届农民丰收节9日在城南开幕，来自
全市的两百多家合作社带来了新米和茶叶。
老街上的
早点铺（小城·烟火）
天刚亮，老街上的早点铺就飘出了香味。
油条、豆浆、烧饼，几十年来味道没变，
街坊们说，这是家的味道。
江边的
渡船人（小城·人物）
老周在江边摆渡三十年，风雨无阻。
如今大桥通了，渡船少了，他还是每天
守在码头，载着赶早市的老人过江。
"""

_TAGGED_PART_TITLES = [("竹林深处走出一条", "村民增收致富的新路子（浙江安吉）"), ("半山腰上的老茶园", "焕发出新的生机与活力（福建安溪）"),
                 ("白墙黛瓦的古村落", "迎来了四面八方的游客（安徽黟县）")]


def test_s54_a_features_place_tagged_parts_stay_its_section_heads(monkeypatch):
    page = _parse_doubting_groups(monkeypatch, TAGGED_PARTS_FEATURE_PAGE, {g: 0.02 for g in _TAGGED_PART_TITLES},
                                  issue_date="2019-10-21", page=5)
    assert _headlines(page) == ["山乡处处展新颜"]
    feature = page.articles[0]
    assert [s.text for s in feature.section_heads] == [line for g in _TAGGED_PART_TITLES for line in g]
    assert feature.body.startswith("金秋时节") and feature.body.endswith("更好的保护。")


def test_s54_a_place_tagged_title_the_model_reads_as_a_headline_stays_one(monkeypatch):
    sure = {g: (0.9 if k == 1 else 0.02) for k, g in enumerate(_TAGGED_PART_TITLES)}
    page = _parse_doubting_groups(monkeypatch, TAGGED_PARTS_FEATURE_PAGE, sure, issue_date="2019-10-21", page=5)
    heads = [(a.kicker.text if a.kicker else "") + a.headline.text for a in page.articles]
    assert [h.replace(" ", "") for h in heads] == ["山乡处处展新颜", "半山腰上的老茶园焕发出新的生机与活力"]
    assert page.articles[1].column.text == "福建安溪"
    assert page.articles[1].body.startswith("在山坡上的老茶园里") and page.articles[1].body.endswith("更好的保护。")


def test_s54_a_two_tagged_titles_head_their_articles_whatever_the_model_says(monkeypatch):
    doubted = {("老街上的", "早点铺（小城·烟火）"): 0.02, ("江边的", "渡船人（小城·人物）"): 0.02}
    page = _parse_doubting_groups(monkeypatch, TWO_TAGGED_TITLES_PAGE, doubted, issue_date="2019-10-10", page=12)
    assert [h.replace(" ", "") for h in _headlines(page)] == ["某市举办秋季农民丰收节", "老街上的早点铺", "江边的渡船人"]
    assert [a.column.text if a.column else None for a in page.articles] == [None, "小城·烟火", "小城·人物"]
    assert page.articles[2].body.startswith("老周在江边摆渡")


TAGGED_TITLES_MEET_PAGE = """本报记者  王  晓
金秋十月，来自二十多个国家的留学生
走进城郊的农家小院，和村民一起包饺子、
剪窗花，度过了一个难忘的节日。村里的
老人教他们写春联，孩子们围着他们问这
问那，小院里笑声不断。
“在这里过节，就像回到了自己家。”一
位来自肯尼亚的留学生说。
“在这里过节像回家一样”（点赞中国·友谊之桥）
远行万里，中国朋友的真诚温暖人心（大使随笔）
我在中国工作已经五年。五年来，我走
过许多城市和乡村，看到这个国家日新月
异的变化，也结识了许多真诚的朋友。每
到一个地方，人们都热情地欢迎我，和我
分享他们的生活和梦想。
我相信，两国人民的友谊会越走越近。
（作者为某国驻华大使）
"""


def test_s55_a_headline_after_its_body_meets_the_next_articles_tagged_title():
    # two tagged titles meet: the first closes the article above (its headline after its body),
    # the second, worded as a sentence (远行万里，…), heads the article below
    page = newsie.parse(TAGGED_TITLES_MEET_PAGE, issue_date="2019-10-03", page=3)
    assert _headlines(page) == ["“在这里过节像回家一样”", "远行万里，中国朋友的真诚温暖人心"]
    assert [a.column.text for a in page.articles] == ["点赞中国·友谊之桥", "大使随笔"]
    first, second = page.articles
    assert first.body.startswith("金秋十月") and first.body.endswith("留学生说。")
    assert second.body.startswith("我在中国工作已经五年")


QUOTED_TITLE_TAIL_PAGE = """本报上海10月9日电  （记者陈静）一场
汇集敦煌石窟艺术精品的展览9日在上海
博物馆开幕，展出壁画临摹作品、彩塑复
制品和文献资料共二百余件。
展览分为“丝路佛光”“千年回响”等四
个单元，将持续至明年1月。
“丝路古韵·敦煌艺术精品展”
在沪开幕
本报北京10月9日电  （记者李明）记者
从有关部门获悉：今年前三季度，全国新
建改建农村公路十万余公里，农村群众出
行条件进一步改善。
据介绍，各地因地制宜推进农村公路建设，
一批通村组硬化路陆续建成通车。
农村公路建设稳步推进
"""


def test_s55_a_quoted_exhibition_title_keeps_its_short_tail():
    # a quoted name with a middle dot over a short tail is one wrapped headline, not a column
    # tag over a four-character headline
    page = newsie.parse(QUOTED_TITLE_TAIL_PAGE, issue_date="2019-10-10", page=6)
    assert _headlines(page) == ["“丝路古韵·敦煌艺术精品展”在沪开幕", "农村公路建设稳步推进"]
    assert [a.column for a in page.articles] == [None, None]
    assert page.articles[0].body.startswith("一场汇集敦煌") and page.articles[0].body.endswith("明年1月。")


KICKER_OVER_QUOTE_PAGE = """本报宁波10月8日电  （记者周明）国庆假
期刚过，宁波一家外贸企业的车间里又
忙碌起来。工人们加紧赶制一批发往欧洲
的小家电订单，装箱、封口、贴标签，一
气呵成。
“今年订单比去年多了两成。”企业负
责人陈海林说，各项稳外贸措施落地后，
出口退税到账快了，企业资金周转更顺。
记者了解到，前三季度，当地外贸进出
口总额同比增长百分之八，一批中小企业
拓展了新的海外市场。
码头边，一艘货轮正缓缓驶离泊位。
看变化·基层行③
稳外贸订单多，企业资金周转更加顺畅
“明年的日子会更红火”
本报杭州10月8日电  （记者吴静）今年
以来，浙江持续推进农村生活污水治理，
一批村庄的河道重新变得清澈见底。
据介绍，全省已有数千个行政村完成污水
管网改造，村民的居住环境明显改善。
浙江农村河道变清了
"""


def test_s56_a_kicker_run_into_its_quoted_headline_stays_a_heading():
    # the kicker fills its column like a body line, so the reflow joins it to the quoted
    # headline under it; the block closes on the quotation with no stop: a heading, not the
    # opening sentence of the article below
    page = newsie.parse(KICKER_OVER_QUOTE_PAGE, issue_date="2019-10-09", page=4)
    assert _headlines(page) == ["“明年的日子会更红火”", "浙江农村河道变清了"]
    first = page.articles[0]
    assert first.kicker is not None and first.kicker.text == "稳外贸订单多，企业资金周转更加顺畅"
    assert first.column is not None and first.column.text == "看变化·基层行③"
    assert first.body.startswith("国庆假期刚过") and first.body.endswith("驶离泊位。")
    assert page.articles[1].body.startswith("今年以来")


SPACED_OVER_SUBTITLE_PAGE = """本报北京10月8日电  （记者孙立）记者
从文化和旅游部获悉：国庆假期，全国
各地景区接待游客人数明显增长，乡村
游、红色游和夜间游受到游客青睐。
据测算，假期全国国内旅游收入同比增
长近一成，多地文旅消费创出新高。
国 庆 假 期 出 游 人 数 创 新 高
旅游收入同比增长近一成
本报广州10月8日电  （记者黄晓）今年
以来，广东持续推进城乡供水一体化，
一批山区县的村民喝上了稳定达标的自
来水。
据介绍，全省农村自来水普及率进一步
提高，供水保障能力明显增强。
广东山区群众喝上放心水
"""


def test_s56_a_plain_line_no_longer_than_a_letter_spaced_headline_is_its_subtitle():
    # a letter-spaced headline spreads its characters over the measure; the plain line under it
    # holds no more of them, so it is set in another type: a subtitle, not the headline going on
    # (the seed's 登 高 望 远 ，穿 云 破 雾 over a longer line stays one headline)
    page = newsie.parse(SPACED_OVER_SUBTITLE_PAGE, issue_date="2019-10-09", page=4)
    assert _headlines(page) == ["国庆假期出游人数创新高", "广东山区群众喝上放心水"]
    assert [s.text for s in page.articles[0].subheadlines] == ["旅游收入同比增长近一成"]
    assert page.articles[0].body.startswith("记者从文化和旅游部") and page.articles[0].body.endswith("创出新高。")


def test_s56_a_quoted_title_quoting_the_last_paragraph_above_heads_that_text(monkeypatch):
    # a headline printed after its text quotes the words its last paragraph ends on; a quoted
    # section head quotes the part it opens. Even where the heading model doubts the line (a
    # page opening on a continued text), it stays a heading
    from newsie.extractors import segment as S

    # the page's first group a sure headline, the quoted line one the model doubts
    monkeypatch.setattr(S.heads, "_heading_strength", lambda seq, i, lengths=None, **kw: 0.9 if i == 0 else 0.05)
    title = [(S.TITLE, "“真诚祝愿两国友谊长青”")]
    below = "国庆假期，首都各大博物馆推出一系列特色展览，吸引了大批市民前来参观。"
    said = "施密特说，奥中两国合作不断深化。“我要和家人一起，真诚祝愿两国友谊长青。”"

    def page(above):
        headline = [S.Block(90, 900, 910, "首都各界欢度国庆佳节", kind=S.TITLE)]
        return [headline, *_cue_seq(above, title, below)]

    out, _ = S.heads._absorb_section_heads(page(said))
    assert len(out) == 4 and [b.text for b in out[2]] == ["“真诚祝愿两国友谊长青”"]
    # the words said only below it: the model's doubt stands, the line is taken into the text
    out, _ = S.heads._absorb_section_heads(page("施密特说，奥中两国合作不断深化。"))
    assert len(out) == 2 and [b.text for b in out[1].section_heads] == ["“真诚祝愿两国友谊长青”"]


TAGGED_TAIL_PAGE = """本报杭州10月2日电  （记者陈静）国庆
假期，西湖景区迎来大批游客，断桥、苏
堤一带游人如织。景区推出分时预约和
智慧导览，游客排队时间明显缩短。
（本报记者陈静、刘峰）
石门村的柿
子红了（美丽乡村·秋日田园行）
在陕西省富平县石门村，漫山遍野的柿
子树挂满了红彤彤的果实，村民们正忙着
采摘、削皮、晾晒，处处是丰收的景象。
近年来，石门村发展柿饼加工，带动村民
人均年收入增加三千多元。
"""


def test_s56_a_titles_tail_with_its_series_tag_is_cut_off_the_body_below():
    # the title wrapped in the pdf's larger type leaves three characters and its bracketed series
    # tag on a line as wide as the body's, and the reflow ran that line into the paragraph below
    page = newsie.parse(TAGGED_TAIL_PAGE, issue_date="2019-10-03", page=7)
    last = page.articles[-1]
    assert len(page.articles) == 2 and last.headline is not None and last.headline.text == "石门村的柿子红了"
    assert last.column is not None and last.column.text == "美丽乡村·秋日田园行"
    assert last.body.startswith("在陕西省富平县石门村") and last.body.endswith("三千多元。")


TORN_TAIL_NOT_AN_AUTHOR_PAGE = """全国秋粮收购工作有序开展
本报北京10月9日电  （记者王晓）记者
从国家粮食和物资储备局获悉：各地秋粮
收购工作有序展开，收购进度总体正常。
据介绍，今年秋粮收购将继续执行最低收
购价政策，确保农民种粮收益。
快评
旅游市场要从
严管理
国庆假期，各地景区迎来客流高峰。
对哄抬价格、欺客宰客等行为，有关部门
必须从严查处，决不姑息。
只有坚持从严管理，才能让游客玩得放心、
住得安心，让旅游市场持续健康发展。
"""


def test_s56_a_titles_torn_tail_that_reads_as_a_name_is_no_author():
    # 严管理 opens on a family name and stands alone between the title and the body, as an author
    # line does; but it goes on the word 从严 that the line above tore and the body repeats
    page = newsie.parse(TORN_TAIL_NOT_AN_AUTHOR_PAGE, issue_date="2019-10-09", page=4)
    assert _headlines(page) == ["全国秋粮收购工作有序开展", "旅游市场要从严管理"]
    last = page.articles[1]
    assert last.author is None and not last.bylines
    assert last.column is not None and last.column.text == "快评"


NOTE_RUN_INTO_TITLES_PAGE = """  新时代是奋斗者的时代。广大青年要把个人理想

融入国家发展大局，在艰苦奋斗中增长才干、锤炼

品格，在服务人民中实现人生价值。

  奋斗精神代代相传，民族复兴才有坚实的精神支

撑。我们要以永不懈怠的精神状态，继续朝着既定

的目标奋勇前进。

  （作者为华东某大学（师范学院）马克思主义理

论与中国特色社会主义理论体系研究所研究员）

深入学习贯彻新时代中国特色社会主义思想理论

让奋斗精神在新时代发扬光大
——学习领会伟大奋斗精神的时代内涵与实践要求
10月8日，河南商丘，农民驾驶收割机收获玉米。

张 明摄（影像中国）

  秋收时节，走进豫东平原的田间地头，处处可见

农机轰鸣、颗粒归仓的景象。今年全县粮食总产量

再创新高，农民的腰包更鼓了。

  据介绍，当地近年来大力推广良种良法，建设高

标准农田，粮食生产能力稳步提升。

豫东平原秋粮喜获丰收
"""


def test_s56_a_closing_note_run_into_the_next_title_lines_is_cut_off_them():
    # the writer's note closing the commentary, the column tag and the headline printed after
    # it all fill their lines, so the reflow made one paragraph of them: the note is cut off
    # and what follows it, no sentence end in it, is read as the heading it is
    page = newsie.parse(NOTE_RUN_INTO_TITLES_PAGE, issue_date="2019-10-09", page=9)
    assert _headlines(page) == ["让奋斗精神在新时代发扬光大", "豫东平原秋粮喜获丰收"]
    first, second = page.articles
    assert first.paragraphs[-1].text.startswith("（作者为") and first.paragraphs[-1].text.endswith("研究员）")
    assert second.body.startswith("秋收时节") and second.body.endswith("稳步提升。")


# the same page with no dateline opening either text
KICKER_OVER_QUOTE_OVER_TEXT_PAGE = KICKER_OVER_QUOTE_PAGE.replace(
    "本报宁波10月8日电  （记者周明）国庆假\n期刚过，", "国庆假期刚过，").replace(
    "本报杭州10月8日电  （记者吴静）今年\n以来，浙江持续推进农村生活污水治理，\n", "今年以来，浙江持续推进农村生活污水治\n理，")


def test_s56_a_kicker_run_into_its_quoted_headline_is_no_opening_of_the_text_below():
    # the same heading over a text with no dateline: read as a lead-in it would open the text
    # below (grouping._openings_off_headings_after); it closes on a quotation with no stop
    page = newsie.parse(KICKER_OVER_QUOTE_OVER_TEXT_PAGE, issue_date="2019-10-09", page=4)
    assert _headlines(page) == ["“明年的日子会更红火”", "浙江农村河道变清了"]
    first, second = page.articles
    assert first.kicker is not None and first.kicker.text == "稳外贸订单多，企业资金周转更加顺畅"
    assert first.column is not None and first.column.text == "看变化·基层行③"
    assert second.body.startswith("今年以来") and second.body.endswith("明显改善。")


def _parts_seq(groups: list[list[tuple[str, str]]], texts: list[str]):
    """Heading groups of (kind, text) lines, each over its run of one paragraph."""
    from newsie.extractors import segment as S

    seq, k = [], 0
    for group, text in zip(groups, texts):
        g = []
        for kind, line in group:
            g.append(S.Block(k, k, k + len(line), line, kind=kind))
            k += len(line) + 1
        seq += [g, S.grouping._Run([S.Block(k, k, k + len(text), text, kind=S.BODY)])]
        k += len(text) + 1
    return seq


S57_PROSE = ["各地干部群众认真学习会议精神，大家", "表示，要牢记初心使命，立足岗位，坚决维", "护群众切身利益和公平正义，坚决维护",
             "社会和谐稳定，倍感振奋。"]


@pytest.mark.parametrize("second, joined", [
    (S57_PROSE[1], True),  # tears 维护, a word the page holds: wrapped
    ("表示，要牢记初心使命，立足岗位，坚决保", False),  # 保护 is in the page once only: no torn word
])
def test_s57_a_prose_line_a_little_wider_than_its_measured_column_that_tears_a_word_goes_on(second, joined):
    # the pdf's glyph widths vary, and a column's measure read over its neighbours may fall a
    # character or more short of a full line of it: such a line reads as neither full nor a
    # caption set across the page, and a paragraph was cut after it mid-word
    from newsie import document as D

    lines = D._split_lines("\n".join([S57_PROSE[0], second, *S57_PROSE[2:]]) + "\n")
    widths = (16.0,) * len(lines)  # (the second line is 17.5 wide, 1.5 over)
    D._decide_by_width(lines, widths, D._LineFacts(lines))
    assert lines[1].breaks_after is not joined
    assert [ln.breaks_after for ln in lines[2:]] == [False, True]
    # heading lines, no prose punctuation in either line, are left as they were
    heads = D._split_lines("王某某强调积极推进城乡供水一体化\n为乡村振兴当好示范引领的带头人\n化为民生添了福祉，大家深受鼓舞。\n")
    D._decide_by_width(heads, (14.0,) * 3, D._LineFacts(heads))
    assert heads[0].breaks_after


def test_s66_a_lone_dash_kicker_group_is_left_to_the_model(monkeypatch):
    # a feature's question lead-in closed by a dash, the reflow having set the line under it
    # apart as a title (某港口的吞吐量能有多大—— / 码头上的老装卸队又刷), is the page's only group of
    # a dash kicker over a title, as a headline's kicker standing alone would be: the form alone
    # no longer makes a headline of it (a page-wide rule did, until session 66), the heading
    # model weighs it; so it does a group right under a jump part (盘活存量—— / 闲置厂房变身创新园区)
    from newsie.extractors import segment as S

    monkeypatch.setattr(S.heads, "heading_probability", lambda seq, i, lengths=None: 0.2)
    lead = [S.Block(2, 40, 52, "这座港口的吞吐量能有多大——", kind=S.KICKER),
            S.Block(3, 53, 67, "码头上的老装卸队今年又刷", kind=S.TITLE)]
    above = S.Block(0, 0, 39, "过去靠人扛肩挑装卸货物；如今，吊车和传送带日夜不停。", kind=S.BODY)
    below = S.Block(4, 68, 99, "新了纪录，到九月底装卸量已超过去年全年。", kind=S.BODY)
    run = S.grouping._Run
    assert S.heads._heading_strength([run([above]), lead, run([below])], 1) == 0.2
    group = [S.Block(2, 40, 46, "盘活存量——", kind=S.KICKER), S.Block(3, 47, 57, "闲置厂房变身创新园区", kind=S.TITLE)]
    part = [S.Block(0, 0, 8, "（上接第6版）", kind=S.MARK_FROM), S.Block(1, 9, 39, "借助政策支持，企业解决了用地难题。", kind=S.BODY)]
    assert S.heads._heading_strength([run(part), group, run([below])], 1) == 0.2
    assert S.heads._heading_strength([run(part[1:]), group, run([below])], 1) == 0.2


def test_s57_a_group_over_an_editors_note_heads_the_feature(monkeypatch):
    # a round-up's headline, kicker closed by a dash as each part's name line is, reads to the
    # heading model as one more part; but the editor's note under it, signed ——编者 over the
    # first part's head, shows it the feature's headline
    from newsie.extractors import segment as S

    monkeypatch.setattr(S.heads, "_heading_strength", lambda seq, i, lengths=None, **kw: 0.9 if i == 0 else 0.05)
    T, K, SUB = S.TITLE, S.KICKER, S.SUB
    groups = [[(T, "本版新闻导读")],
              [(K, "“身边的榜样”向家乡表白——"), (T, "我爱这片土地")],
              [(SUB, "——编 者"), (K, "李大山——"), (T, "带头干，石山修出致富路")],
              [(K, "王小梅——"), (T, "赶路忙，进村送医保健康")]]
    texts = ["十月的山乡，稻谷金黄，村里处处是丰收的景象。",
             "他们是活跃在城乡基层的普通劳动者，多年来默默坚守，用汗水书写着各自的精彩。本版今起刊发他们的讲述，记录他们与家乡同行的故事。",
             "二十多年里，我带着乡亲们在石山上修出一条公路，让山货运了出去。",
             "我在江边的村子当了十多年村医，熟悉每一户人家的病情。"]
    out, _ = S.heads._absorb_section_heads(_parts_seq(groups, texts))
    assert [b.text for b in out[2]] == ["“身边的榜样”向家乡表白——", "我爱这片土地"]
    assert "——编 者" in [b.text for b in out[-1].section_heads]
    # a run too short for a note (a line or two of text between the group and the signature)
    texts[1] = "他们是活跃在城乡基层的普通劳动者。"
    out, _ = S.heads._absorb_section_heads(_parts_seq(groups, texts))
    assert len(out) == 2


def test_s58_a_kicker_over_a_title_in_display_type_heads_an_article(monkeypatch):
    # a kicker line in body type over a title whose lines each fill at most half the column:
    # a headline in display type, not an in-body section head (set in body type, wrapping near
    # the column's width), however the heading model doubts it
    from newsie.extractors import segment as S

    monkeypatch.setattr(S.heads, "heading_probability", lambda seq, i, lengths=None: 0.1)
    T = lambda t, r: S.Block(1, 0, len(t), t, kind=S.TITLE, width_ratio=r, col=14.0)
    run = lambda t: S.grouping._Run([S.Block(0, 0, len(t), t, kind=S.BODY)])
    above, below = run("这家工厂的订单排到了明年春天，工人们正加紧赶工。"), run("为迎接国庆，某市图书馆推出一批地方文献的数字化成果。")
    group = [T("某市图书馆古籍数字化工程启动", 0.8), T("老典籍焕新", 0.3), T("走进新生活", 0.36)]
    assert S.heads._heading_strength([above, group, below], 1) == 1.0
    # a part's couplet title with no wider line above it, and a field's line over short ones,
    # stay with the model (session 75: the couplet's first half was 让老典籍, a clause a coverb
    # opens over its object, which now leaves its line open: one title torn across two lines)
    assert S.heads._heading_strength([above, group[1:], below], 1) < 0.5
    field = [T("地点：某市图书馆古籍修复室", 0.8), *group[1:]]
    assert S.heads._heading_strength([above, field, below], 1) < 0.5
    # a title line holding a comma is prose, not display type
    comma = [group[0], T("老典籍焕新，", 0.33), group[2]]
    assert S.heads._heading_strength([above, comma, below], 1) < 0.5


def test_s58_an_events_predicate_alone_under_its_title_is_the_headlines_wrap():
    # a title wrapped between the event and what became of it (某某颁奖仪式 / 在南宁举行): the line
    # under it has no subject, so no kicker stands over it; the two lines are one headline
    from newsie.extractors import segment as S

    def line(i, text, ratio):
        return S.Block(i, i * 30, i * 30 + len(text), text, kind=S.TITLE, width_ratio=ratio, col=14.0)

    group = [line(0, "第五届全国农民运动会颁奖仪式", 0.85), line(1, "在南宁举行", 0.36), line(2, "某某出席并讲话", 0.5)]
    assert S.roles.assign_roles(group)[1] == ["headline", "headline", "subtitle"]
    group = [line(0, "某省科技周活动", 0.5), line(1, "正式启动", 0.3), line(2, "百余项成果集中亮相", 0.6)]
    assert S.roles.assign_roles(group)[1] == ["headline", "headline", "subtitle"]
    # a kicker closed by a dash stays one
    group = [line(0, "第五届全国农民运动会——", 0.8), line(1, "在南宁举行", 0.36)]
    assert S.roles.assign_roles(group)[1][0] == "kicker"


S58_MESSAGE_PAGE = """某国总统在贺电中说，双方的交往与合作近
年来在许多方面持续拓展，成果丰硕，让两
国民众受益。他期待同中方一起努力，让这
份情谊在新的时期结出更多果实。
就某国建国七十周年
习近平同某国总统某某某互致贺电
秋收时节，某县的田野上一派繁忙景象，农
民们正抢抓晴好天气收割稻谷，一台台收割
机在金黄的稻田里来回穿梭，处处是丰收的
喜人场面。
"""


def test_s58_a_title_closing_on_an_exchange_of_messages_ends_its_paragraph():
    # a headline set after its body over the next article's text, near the column's width: the
    # reflow read it as a wrapped line and ran it into the paragraph below; prose goes on after
    # 互致贺电 into a mark, so the line end with none below is the title's end
    from newsie import document as D

    lines = D.Document(S58_MESSAGE_PAGE).lines
    title = next(ln for ln in lines if ln.text.endswith("互致贺电"))
    assert title.breaks_after
    # inside prose the words run on into a mark and the line is left as the reflow read it
    prose = D.Document(S58_MESSAGE_PAGE.replace("某某某互致贺电\n秋收", "某某某互致贺电\n。秋收")).lines
    assert not next(ln for ln in prose if ln.text.endswith("互致贺电")).breaks_after


def test_s58_a_meetings_title_ends_its_paragraph_unless_a_word_ties_it_on():
    # the same for a meeting's title (某某同某国总理某某举行会谈); prose may go on past those words
    # with a word tying the clause to what follows (…举行会谈 / 时指出), and stays one paragraph
    from newsie import document as D

    page = S58_MESSAGE_PAGE.replace("就某国建国七十周年\n习近平同某国总统某某某互致贺电\n",
                                    "某国总理访华\n李强同某国总理某某某在北京举行会谈\n")
    lines = D.Document(page).lines
    assert next(ln for ln in lines if ln.text.endswith("举行会谈")).breaks_after
    lines = D.Document(page.replace("举行会谈\n秋收时节，", "举行会谈\n时指出，")).lines
    assert not next(ln for ln in lines if ln.text.endswith("举行会谈")).breaks_after


def test_s59_two_words_meeting_at_a_kickers_line_end_tear_nothing():
    # a kicker in small type over its headline (某某榜单公布 / 中国企业…): the body's 发布中国企业
    # holds the three characters across the line end (布中国), but 公布 and 中国 are two words
    # meeting there, no word torn, so the two lines keep their own roles
    from newsie.extractors import segment as S

    def line(i, text, ratio):
        return S.Block(i, i * 30, i * 30 + len(text), text, kind=S.TITLE, width_ratio=ratio, col=16.0)

    body = "某研究会日前连续第十年发布中国企业创新榜单，入围企业的研发投入再创新高，榜单前十名中有六家来自制造业。"
    group = [line(0, "某研究会年度创新榜单公布", 0.75), line(1, "中国企业研发投入再创新高", 0.75)]
    assert S.roles.assign_roles(group, body)[1] == ["kicker", "headline"]
    # a title wrapped at a word leaves a short tail under it: one headline still
    group = [line(0, "某市开展夏季综合整治市区", 1.0), line(1, "交通", 0.13)]
    assert S.roles.assign_roles(group, "某市开展夏季综合整治，城区交通秩序明显好转。")[1] == ["headline", "headline"]


def test_s59_a_title_closing_on_an_event_held_or_a_document_issued_wraps_no_line(monkeypatch):
    # 《某某指导意见》印发 and 某某论坛在某市隆重开幕 close a clause whole: the line under them opens
    # another piece of the heading (here a kicker over its headline), never the same title's wrap,
    # however the line model leans to one headline over both lines (as it did on a reading page)
    from newsie.extractors import segment as S

    R = S.roles
    lean = {0: {"column": -2.5, "kicker": -1.27, "headline": -0.49, "subtitle": -3.9},
            1: {"column": -4.1, "kicker": -4.3, "headline": -0.08, "subtitle": -3.2}}
    classes = R._role_model()["classes"]
    monkeypatch.setattr(R, "line_features", lambda group, k, facts: k)
    monkeypatch.setattr(R, "boosted", lambda model, k: [lean[k][c] / R._ROLE_TEMPERATURE for c in classes])

    def line(i, text, ratio):
        return S.Block(i, i * 40, i * 40 + len(text), text, kind=S.TITLE, width_ratio=ratio, col=14.0)

    for kicker in ("《某某行业三年行动计划》印发", "某某省第三届旅游发展大会在某市隆重举行"):
        group = [line(0, kicker, 1.6), line(1, "某某行业走出“转型困境”", 0.8)]
        assert R.assign_roles(group)[1] == ["kicker", "headline"]
    # a verb awaiting its object goes on into the line below (某某主持召开 / 国务院常务会议): the
    # model's one headline stands
    group = [line(0, "某某主持召开", 0.4), line(1, "国务院常务会议", 0.5)]
    assert R.assign_roles(group)[1] == ["headline", "headline"]


S60_DASH_SUBTITLE_PAGE = """某县秋粮喜获丰收
本报某县10月2日电（记者王某）今年以来，
某县坚持把粮食生产摆在突出位置，全县秋
粮播种面积稳定在八十万亩以上，预计总产
量比上年增长百分之三。
县农业农村局负责人介绍，今年全县新建高
标准农田五万亩，推广良种良法，各乡镇组
织农机手抢收抢种，确保粮食颗粒归仓入库。
凝聚起奋进的力量，携手迈向新的更大成就
——某某讲话在全省各界群众中激起强烈共鸣
本报某市10月1日电（记者李某）连日来，
某某在纪念大会上的讲话在全省各界群众中
激起强烈共鸣。不少人都谈到，要把思想和
行动统一到讲话精神上来，立足本职岗位，
为家乡发展贡献力量。
某市一家企业负责人说：“讲话让我们倍感
振奋，我们将加大研发投入，努力在关键技
术上取得新突破。”
"""


def test_s60_a_dash_subtitle_follows_its_title_never_a_paragraph():
    # a full title line with a comma under a full line closing a sentence: the reflow ran it into
    # the paragraph above, and the subtitle under it headed its article alone
    page = newsie.parse(S60_DASH_SUBTITLE_PAGE, issue_date="2024-10-02")
    second = page.articles[1]
    assert second.headline.text == "凝聚起奋进的力量，携手迈向新的更大成就"
    assert [s.text for s in second.subheadlines] == ["——某某讲话在全省各界群众中激起强烈共鸣"]
    assert page.articles[0].paragraphs[-1].text.endswith("确保粮食颗粒归仓入库。")
    # a quotation trailing off on a line of its own over the subtitle is the headline too
    quoted = S60_DASH_SUBTITLE_PAGE.replace("凝聚起奋进的力量，携手迈向新的更大成就", "“我真的很爱看……”")
    quoted = quoted.replace("织农机手抢收抢种，确保粮食颗粒归仓入库。", "织农机手抢收抢种，确保颗粒归仓。")
    second = newsie.parse(quoted, issue_date="2024-10-02").articles[1]
    assert second.headline.text == "“我真的很爱看……”"
    assert [s.text for s in second.subheadlines] == ["——某某讲话在全省各界群众中激起强烈共鸣"]


def test_s60_a_line_over_a_dash_subtitle_read_as_a_title_line_is_its_headline():
    # the subtitle wider than its column read as a title line: the exclamation above it heads it
    from newsie.extractors.segment import blocks as B

    above = B.Block(0, 0, 10, "家乡，我们为你骄傲！", kind=B.BODY, width_ratio=0.5, col=19.0)
    dash = B.Block(1, 11, 38, "——某市庆祝建市四十周年文艺晚会暨群众联欢活动侧记", kind=B.TITLE, width_ratio=1.4, col=19.0)
    B._exclaimed_titles([above, dash])
    assert above.kind == B.TITLE
    # a dash opening a clause in prose (a comma in it) heads nothing
    above = B.Block(0, 0, 10, "家乡，我们为你骄傲！", kind=B.BODY, width_ratio=0.5, col=19.0)
    prose = B.Block(1, 11, 30, "——有的在广场上唱歌，有的跳舞", kind=B.TITLE, width_ratio=0.8, col=19.0)
    B._exclaimed_titles([above, prose])
    assert above.kind == B.BODY


S60_DASH_KICKER_PAGE = """某县秋粮喜获丰收
本报某县10月2日电（记者王某）今年以来，
某县坚持把粮食生产摆在突出位置，全县秋
粮播种面积稳定在八十万亩以上，预计总产
量比上年增长百分之三。
“最美建设者”向家乡表白——
我爱你，家乡
在某县的山村里，一条条新修的公路通到家
家户户门口。老王说，我的家乡在变，变得
越来越美，家乡在我心里永远是最美的地方。
"""


def test_s60_a_title_under_a_dash_kicker_does_not_run_on_into_the_text():
    # 我爱你，家乡 holds a comma and its line end meets 在 as 家乡在 does twice in the text, which
    # reads a body's opening line broken off by the reflow; under a kicker closed by a dash it is
    # the headline the kicker announces
    from newsie.document import Document
    from newsie.extractors.segment import blocks as B

    doc = Document(S60_DASH_KICKER_PAGE)
    blocks = B.classify(doc)
    B._run_on_title_lines(doc, blocks)
    assert [b.kind for b in blocks if b.text == "我爱你，家乡"] == [B.TITLE]
    # under a name closed by a dash (a part of a feature) the line still runs on
    doc = Document(S60_DASH_KICKER_PAGE.replace("“最美建设者”向家乡表白——", "老王——"))
    blocks = B.classify(doc)
    B._run_on_title_lines(doc, blocks)
    assert [b.kind for b in blocks if b.text == "我爱你，家乡"] == [B.BODY]


def test_s60_a_dated_first_line_over_a_broken_off_title_block_is_body():
    # a report's first sentence, opening on its date and a comma, broken by the reflow into two
    # title blocks (the second cut mid-word, 活 / 动。) under the article's quoted headline
    from newsie.document import Document
    from newsie.extractors.segment import blocks as B

    def blocks():
        return [B.Block(0, 0, 13, "“铭记过去，才能开创未来”", kind=B.TITLE),
                B.Block(1, 14, 27, "10月5日，讲述某地往事的", kind=B.TITLE),
                B.Block(2, 28, 45, "纪录片《某某》在某市某区举行首映活", kind=B.TITLE, n_lines=2, width_ratio=1.0),
                B.Block(3, 46, 80, "动。现场座无虚席，观众看完后久久不愿离去。", kind=B.BODY, n_lines=2)]

    doc = Document("某页")
    got = blocks()
    B._run_on_title_lines(doc, got)
    assert [b.kind for b in got] == [B.TITLE, B.BODY, B.BODY, B.BODY]
    # a title block closed on a whole title over the text is no broken-off line: left as it is
    closed = blocks()
    closed[2].text = "在某市某区举行首映的纪录片《某某》"
    B._run_on_title_lines(doc, closed)
    assert [b.kind for b in closed][:2] == [B.TITLE, B.TITLE]


S60_BANNER_PAGE = """某县秋粮喜获丰收
本报某县10月2日电（记者王某）今年以来，
某县坚持把粮食生产摆在突出位置，全县秋
粮播种面积稳定在八十万亩以上，预计总产
量比上年增长百分之三。
强基础 补短板 促发展 惠民生·深入开展某某专项整治
某省某市某县推进第三批专项整治——
扎实整改落实，让百姓享有更多实惠
第三批专项整治开展以来，某省某市某县
把政策学习、走访调研、查找问题、整改
落实贯穿全过程，推动专项整治见到实效。
"""


def test_s60_a_series_banner_over_a_dash_kicker_leaves_its_headline_cut_off():
    # the banner wider than its column closes on no stop, as prose left open over a kicker does,
    # but it runs into nothing: the headline the reflow ran into the paragraph under the kicker
    # is cut off as a title all the same
    from newsie.document import Document
    from newsie.extractors.segment import blocks as B

    def titles(page):
        doc = Document(page)
        return [b.text for b in B._title_under_dash_kicker_off(doc, B.classify(doc)) if b.kind == B.TITLE]

    assert "扎实整改落实，让百姓享有更多实惠" in titles(S60_BANNER_PAGE)
    # a line of prose left open over the kicker (no banner: no ·, set in the column) still holds it
    prose = S60_BANNER_PAGE.replace("强基础 补短板 促发展 惠民生·深入开展某某专项整治\n", "在全县上下的共同努力下\n")
    assert "扎实整改落实，让百姓享有更多实惠" not in titles(prose)


def test_s61_a_whole_quotation_wrapped_over_two_lines_over_a_dash_subtitle_is_its_headline():
    # a quoted headline set in a narrow title column wraps over two lines; a subtitle opened by a
    # dash follows a title, never a paragraph
    from newsie.extractors.segment import blocks as B

    def pair(text: str, n_lines: int) -> list:
        return [B.Block(0, 0, len(text), text, kind=B.BODY, n_lines=n_lines, width_ratio=0.7, col=19.0),
                B.Block(1, 40, 52, "——某市庆祝建市四十周年纪实", kind=B.SUB, width_ratio=0.7, col=19.0)]

    got = pair("“我们是一支敢打必胜的队伍！”", 2)
    B._exclaimed_titles(got)
    assert got[0].kind == B.TITLE
    # a quotation with a full stop in it is a paragraph's sentences, and a paragraph of three lines
    # is no headline: both stay body
    for text, n in (("“我们到了。这里就是家乡！”", 2), ("“我们是一支敢打必胜的队伍！”", 3),
                    ("“我们是一支敢打必胜的队伍！”他说", 2)):
        got = pair(text, n)
        B._exclaimed_titles(got)
        assert got[0].kind == B.BODY, text


S61_QUOTED_HEAD_PAGE = """某县秋粮喜获丰收
本报某县10月2日电（记者王某）今年以来，某县
坚持把粮食生产摆在突出位置，全县秋粮播种面
积稳定在八十万亩以上，预计总产量比上年增长
百分之三，农民增收的底气更足了。
某市第十届秋季灯会开幕引来八方游客——
“一场流光溢彩令人流连忘返的湖畔夜色之约”
10月1日晚，某市秋季灯会在湖畔公园开幕，上
百组彩灯沿湖岸一字排开，吸引了数万名市民和
游客前来观赏，现场人头攒动，笑声不断。不少
游客举起手机记录下美好瞬间。
"""


def test_s61_a_kicker_and_a_quoted_headline_run_into_the_text_are_cut_off():
    # the kicker closed by a dash and the quoted headline under it fill their column as the text's
    # lines do, and the reflow runs them into the article's first paragraph
    page = newsie.parse(S61_QUOTED_HEAD_PAGE, issue_date="2024-10-02")
    second = page.articles[-1]
    assert second.kicker is not None and second.kicker.text == "某市第十届秋季灯会开幕引来八方游客——"
    assert second.headline.text == "“一场流光溢彩令人流连忘返的湖畔夜色之约”"
    assert second.paragraphs[0].text.startswith("10月1日晚")
    # a column's tag of words joined by · stands over a quoted headline the same way
    tagged = S61_QUOTED_HEAD_PAGE.replace("某市第十届秋季灯会开幕引来八方游客——", "走进新时代的美丽乡村·节日见闻里的万家灯火")
    second = newsie.parse(tagged, issue_date="2024-10-02").articles[-1]
    assert second.headline.text == "“一场流光溢彩令人流连忘返的湖畔夜色之约”"
    assert second.column is not None and second.column.text == "走进新时代的美丽乡村·节日见闻里的万家灯火"


def test_s61_a_paragraph_ending_on_a_dash_under_a_subtitle_is_text_not_a_kicker():
    # the article's first paragraph leads into its text with a dash; under the subtitle it is no
    # kicker (the subtitle's roles took it in as a second subtitle line)
    from newsie.extractors.segment import blocks as B

    def pair(text: str, n_lines: int, above_kind: str = B.SUB) -> list:
        above_text = "——某市庆祝建市四十周年纪实" if above_kind == B.SUB else "某市庆祝建市四十周年"
        return [B.Block(0, 0, 14, above_text, kind=above_kind, width_ratio=0.7, col=13.0),
                B.Block(1, 15, 15 + len(text), text, kind=B.KICKER, n_lines=n_lines, width_ratio=1.0, col=13.0)]

    prose = "清晨的号角在广场上骤然响起，嘹亮的进行曲汇成一片欢腾的海洋——"
    for n in (3, 2):  # (two lines since session 75)
        got = pair(prose, n)
        B._prose_under_subtitle(got)
        assert got[1].kind == B.BODY, n
    # a kicker of one line, one without a comma, one under a title: left as they are
    for text, n, kind in ((prose, 1, B.SUB), ("清晨的号角在广场上骤然响起嘹亮的进行曲汇成一片欢腾的海洋——", 3, B.SUB),
                          (prose, 3, B.TITLE)):
        got = pair(text, n, kind)
        B._prose_under_subtitle(got)
        assert got[1].kind == B.KICKER, (text, n, kind)


def test_s61_a_first_parts_kicker_wrapped_over_two_lines_is_cut_off_whole():
    # the feature's headline over its first part, whose kicker (a list of names) wraps over two
    # lines: the part's head begins at the kicker's first line, and the headline stays alone
    from newsie.extractors.segment.blocks import KICKER, TITLE, Block
    from newsie.extractors.segment.grouping import _Run
    from newsie.extractors.segment.heads import _first_part

    def run():
        return _Run([Block(9, 0, 14, "某某今年七十岁，仍每天到厂里。")])

    def feature(name_lines):
        head = [Block(0, 0, 12, "走 进 车 间 ，我 们 无 比 骄 傲", kind=TITLE, letter_spaced=True)]
        names = [Block(1, 0, len(t), t, kind=k) for t, k in name_lines]
        return head + names + [Block(3, 0, 8, "手中的锉刀重千钧", kind=TITLE)]

    second = [Block(4, 0, 13, "某县中学退休教师李某某——", kind=KICKER), Block(5, 0, 8, "讲台上站了一辈子", kind=TITLE)]
    probs = [0.0, 1.0, 0.0, 0.2, 0.0]
    wrapped = [run(), feature([("某市机床厂技师张建国、赵立新和", TITLE), ("王晓明——", KICKER)]), run(), second, run()]
    assert _first_part(wrapped, probs, 0.4, 1) == 1
    # a kicker on one line under the headline: the part begins at it, as before
    whole = [run(), feature([("某市机床厂技师王某某——", KICKER)]), run(), second, run()]
    assert _first_part(whole, probs, 0.4, 1) == 1


def test_s61_a_signed_essays_title_under_another_article_heads_it():
    # a title between a report and an essay its author's note closes: the essay's head, where the
    # two texts speak of different things; a paragraph's torn first line over the rest of the same
    # essay is no head
    from newsie.extractors.segment.blocks import BODY, TITLE, Block
    from newsie.extractors.segment.grouping import _Run
    from newsie.extractors.segment.heads import _over_an_authors_note

    def run(text):
        return _Run([Block(0, 0, len(text), text, kind=BODY, n_lines=max(1, len(text) // 14))])

    report = run("今年以来，某省推广公私合营模式，一批污水处理、道路桥梁项目相继开工。"
                 "省财政厅负责人说，社会资本的参与提高了公共服务的供给效率，项目落地速度明显加快，"
                 "区县一级的项目数量占到全省的七成以上，民营企业参与的项目超过一半。")
    essay = run("每年的这个时候，邮递员们都会迎来一年中最忙碌的日子。快递包裹从城市送到乡村，"
                "一封封信件寄托着远方的思念。行业要坚持服务为民，让寄递服务更加便捷。"
                "（作者为某地邮政管理局局长）")
    head = [Block(0, 0, 10, "某省社会资本参与公共建设", kind=TITLE)]
    title = [Block(0, 0, 14, "建设人民满意的现代邮政服务", kind=TITLE)]
    seq = [head, report, title, essay]
    assert _over_an_authors_note(seq, [1.0, 0.0, 0.1, 0.0], 0.5) == [2]
    # the essay's own first lines above: the texts speak of the same things, no head
    torn = [Block(0, 0, 12, "每年的这个时候，邮递员们都会", kind=TITLE)]
    same = run("快递包裹从城市送到乡村，邮递员们把一封封信件送到千家万户，寄递服务让乡村更便捷。"
               "邮递员们说，邮政服务要让人民满意。")
    assert _over_an_authors_note([head, same, torn, essay], [1.0, 0.0, 0.1, 0.0], 0.5) == []
    # a title the heading model is sure of needs no rule
    assert _over_an_authors_note(seq, [1.0, 0.0, 0.9, 0.0], 0.5) == []


def test_s62_a_reporting_trips_series_name_over_a_quoted_headline_is_cut_off_as_its_column():
    # a reporting trip's series name (某某采访调研行) stands over a quoted headline as a column's tag
    # does, and the reflow runs both into the article's first paragraph the same way
    tagged = S61_QUOTED_HEAD_PAGE.replace("某市第十届秋季灯会开幕引来八方游客——", "某某国家沿线城市中外主流媒体联合采访调研行")
    second = newsie.parse(tagged, issue_date="2024-10-02").articles[-1]
    assert second.headline.text == "“一场流光溢彩令人流连忘返的湖畔夜色之约”"
    assert second.column is not None and second.column.text == "某某国家沿线城市中外主流媒体联合采访调研行"
    assert second.paragraphs[0].text.startswith("10月1日晚")
    # a line of prose ending on 行 (no trip's name) is no tag: the paragraph holds it
    prose = S61_QUOTED_HEAD_PAGE.replace("某市第十届秋季灯会开幕引来八方游客——", "游客们结伴而来沿湖步行")
    assert all(a.headline is None or "湖畔夜色" not in a.headline.text
               for a in newsie.parse(prose, issue_date="2024-10-02").articles)


S62_JUMP_DECK_PAGE = """某某主持召开某某工作会议
部署推进《某某服务条例（草案）》，以制
度建设为各类经营主体提供稳定预期；讨论
通过《某某管理办法（修订草案）》
（上接第1版）化。进一步精简审批事项，对确
需留下的各项证明逐一实行告知承诺。会议要
求，草案再作修改完善后按程序报批。
某地秋季农产品展销会开幕
本报某地10月8日电（记者李某）8日，某地秋季
农产品展销会在会展中心开幕，来自各地的
三百余家企业参展，展销特色农产品上千种。
"""


def test_s62_the_text_between_a_jump_parts_headline_and_its_marker_is_the_headlines_deck():
    # a jump part opens on its 上接 marker: the paragraph over the marker, closed by no full stop,
    # is the deck of the part's headline, not an article of its own beside a headless part
    page = newsie.parse(S62_JUMP_DECK_PAGE, issue_date="2024-10-09", page=2)
    assert len(page.articles) == 2
    first = page.articles[0]
    assert first.headline.text == "某某主持召开某某工作会议"
    assert [s.text for s in first.subheadlines] == [
        "部署推进《某某服务条例（草案）》，以制度建设为各类经营主体提供稳定预期；讨论通过《某某管理办法（修订草案）》"]
    assert first.paragraphs[0].text.startswith("化。进一步精简")
    assert first.continued_from == 1
    # closed by a full stop, the paragraph is text: no deck
    closed = S62_JUMP_DECK_PAGE.replace("（修订草案）》\n", "（修订草案）》。\n")
    assert not newsie.parse(closed, issue_date="2024-10-09", page=2).articles[0].subheadlines


S62_COLUMN_TAGGED_PAGE = """某县秋粮喜获丰收
本报某县10月2日电（记者王某）今年以来，某县
坚持把粮食生产摆在突出位置，全县秋粮播种面
积稳定在八十万亩以上，预计总产量比上年增长
百分之三，农民增收的底气更足了。
景区门票降了以后，游客体验怎样再提升（锐评）
国庆假期，不少景区下调门票价格，吸引了大批
游客前来观光。门票降了，服务却不能跟着降，
排队时间长、停车位紧张等老问题仍需破解，景
区管理者要在细节上多下功夫，让游客玩得舒心。
"""


def test_s62_a_title_closed_by_a_standing_columns_name_run_into_the_text_is_cut_off():
    # the title line closed by its column's name in brackets fills the column as the text's lines
    # do, and the reflow ran it into the paragraph below: cut off as the headline and its column
    second = newsie.parse(S62_COLUMN_TAGGED_PAGE, issue_date="2024-10-02").articles[-1]
    assert second.headline.text == "景区门票降了以后，游客体验怎样再提升"
    assert second.column is not None and second.column.text == "锐评"
    assert second.paragraphs[0].text.startswith("国庆假期")
    # a bracketed word that names no column closes a sentence of the text: no cut
    plain = S62_COLUMN_TAGGED_PAGE.replace("（锐评）", "（图一）")
    assert len(newsie.parse(plain, issue_date="2024-10-02").articles) == 1


# a long feature's text and its heading groups, for the tests of heads._tagged_parts
_TAG_TEXT = "某油田的科研人员多年攻关，采收率不断提高，为稳产打下了坚实基础，技术也走向了海外市场。"


def _tag_run(text):
    from newsie.extractors.segment.blocks import BODY, Block
    from newsie.extractors.segment.grouping import _Run

    return _Run([Block(0, 0, len(text), text, kind=BODY, n_lines=max(1, len(text) // 14))])


def _tag_group(*lines):
    from newsie.extractors.segment.blocks import TITLE, Block

    return [Block(0, 0, len(t), t, kind=TITLE) for t in lines]


def test_s62_a_features_four_character_tags_count_those_whose_titles_ran_into_the_text():
    # a long feature's parts under four-character tags (某某支撑 / 超越前人…): where the reflow ran
    # a part's title into its text, its tag stands alone, and still counts as one of the parts
    from newsie.extractors.segment.heads import _tagged_parts

    run, group, text = _tag_run, _tag_group, _TAG_TEXT
    head = group("某某精神", "某油田为何青春常在")
    parts = [group("科研支撑", "超越权威超越前人超越自我"), group("海外创业"), group("严管提效"),
             group("改革驱动", "打造稳产百年的某某油田")]
    seq = [head, run(text)]
    for g in parts:
        seq += [g, run(text)]
    probs = [1.0 if k == 0 else (0.3 if isinstance(x, list) else 0.0) for k, x in enumerate(seq)]
    # (since session 71 the tags alone under the first tagged title are parts too)
    assert _tagged_parts(seq, probs, 0.4) == [2, 4, 6, 8]
    # two tagged titles and no tag alone: too few to be a feature's parts
    short = [head, run(text), parts[0], run(text), parts[3], run(text)]
    assert _tagged_parts(short, [1.0, 0.0, 0.3, 0.0, 0.3, 0.0], 0.4) == []
    # one tagged title among tags alone (short headlines of four characters): no parts
    lone = [head, run(text), parts[0], run(text), parts[1], run(text), parts[2], run(text)]
    assert _tagged_parts(lone, [1.0, 0.0, 0.3, 0.0, 0.3, 0.0, 0.3, 0.0], 0.4) == []


S62_TWO_NAMES_PAGE = """某县秋粮喜获丰收
本报某县10月2日电（记者王某）今年以来，某县
坚持把粮食生产摆在突出位置，全县秋粮播种面
积稳定在八十万亩以上，预计总产量比上年增长
百分之三，农民增收的底气更足了。
乐在清贫
周立新 郑春华
初识某镇武装部长，是在全省民兵代表大会上。
他个子不高，说话干脆利落，一谈起民兵训练就
眉飞色舞，讲起征兵工作更是头头是道，可说到
自己的收入时却只是笑笑，说够用就行。
"""


def test_s62_two_names_under_a_title_sign_it_and_are_never_its_headline():
    # one name under a column's tag may be the headline (某某楷模 / 张三); two names under a title
    # are its authors, whatever role the title's line was read in
    second = newsie.parse(S62_TWO_NAMES_PAGE, issue_date="2024-10-02").articles[-1]
    assert second.headline.text == "乐在清贫"
    assert second.column is None
    assert [b.span.text for b in second.bylines] == ["周立新 郑春华"]


def test_s62_a_writers_unit_and_name_sign_a_title():
    # a commentary signed by the writer's unit and name (某某信息中心 某某某, 某市委宣传部 某某某) under
    # its title: a signature, as an office's (某研究所所长 某某某) is; a title with a space is none
    from newsie.extractors.segment.roles import _office_signer

    assert _office_signer("某省经济信息中心 周立新") and _office_signer("某市委宣传部 周立新")
    assert _office_signer("某某大学 周立新") and _office_signer("某某日报 周立新")
    assert not _office_signer("农民成了技术员 乡村有了新气象") and not _office_signer("创新中心 落户某地")


def test_s63_an_unquoted_title_the_closing_paragraph_above_says_heads_that_text(monkeypatch):
    # a headline printed after its text may take the words its last sentence ends on without
    # quotes; a title holding a comma, or one the paragraph above does not say, is left to the model
    from newsie.extractors import segment as S

    monkeypatch.setattr(S.heads, "_heading_strength", lambda seq, i, lengths=None, **kw: 0.9 if i == 0 else 0.05)
    below = "国庆假期，首都各大博物馆推出一系列特色展览，吸引了大批市民前来参观。"
    said = "大会号召，凝心聚力，接续奋斗，在新起点上书写出某某更美的发展篇章。"

    def page(above, line="书写出某某更美的发展篇章"):
        headline = [S.Block(90, 900, 910, "首都各界欢度国庆佳节", kind=S.TITLE)]
        return [headline, *_cue_seq(above, [(S.TITLE, line)], below)]

    out, _ = S.heads._absorb_section_heads(page(said))
    assert len(out) == 4 and [b.text for b in out[2]] == ["书写出某某更美的发展篇章"]
    # not said above, or said by a paragraph left open (a torn line), or a title with a comma: taken in
    for above, line in (("大会号召，凝心聚力，接续奋斗，奋力开创新局面。", "书写出某某更美的发展篇章"),
                        ("大会号召，凝心聚力，在新起点上书写出某某更美的发展篇章", "书写出某某更美的发展篇章"),
                        ("大会号召，凝心聚力，接续奋斗，书写出某某，更美的发展篇章。", "书写出某某，更美的发展篇章")):
        out, _ = S.heads._absorb_section_heads(page(above, line))
        assert len(out) == 2, (above, line)
    # the page's headline holds the title in longer words: a section head of that feature, taken in
    seq = page(said)
    seq[0] = [S.Block(90, 900, 920, "书写出某某更美的发展篇章的几点思考", kind=S.TITLE)]
    out, _ = S.heads._absorb_section_heads(seq)
    assert len(out) == 2


# the brief closing the session's invented pages: a headline over its dateline and text
_S63_PARK_BRIEF = """某市新建公园开放
本报某市10月2日电（记者李某）某市新建的滨
河公园日前正式开放，园内种植各类树木两万余
株，新建步道十余公里，成为市民休闲的好去处。
"""


S63_CAPTION_TAIL_PAGE = """某地秋粮喜获丰收
本报某县10月2日电（记者王某）今年以来，某县
坚持把粮食生产摆在突出位置，全县秋粮播种面
积稳定在八十万亩以上，预计总产量比上年增长
百分之三，农民增收的底气更足了。
9月30日，一列满载机电产品、日用百货等货物的某某国际货运班列从某某口岸驶出。这是今年该线路开行的第一百
趟班列。  新华社发
""" + _S63_PARK_BRIEF


def test_s63_a_captions_last_words_broken_off_with_its_credit_close_the_caption():
    # a caption's line broke off mid-word; the next line ends its sentence and carries the credit
    # (…第一百 / 趟班列。  新华社发): the caption's tail, however short, never an article of its own
    page = newsie.parse(S63_CAPTION_TAIL_PAGE, issue_date="2024-10-02")
    assert [a.headline.text for a in page.articles] == ["某地秋粮喜获丰收", "某市新建公园开放"]
    assert len(page.captions) == 1 and page.captions[0].text.startswith("9月30日")
    assert page.captions[0].credit is not None and page.captions[0].credit.span.text == "新华社发"
    # the caption's line closed on its stop, or a body line broken off mid-word above: no tail
    from newsie.extractors.segment.blocks import CAPTION, KICKER, Block, _caption_broken_off, photo_credit

    tail = "趟班列。  新华社发"
    above = "这是今年该线路开行的第一百"
    assert _caption_broken_off([Block(0, 0, 16, above, kind=CAPTION)], tail, photo_credit(tail))
    assert not _caption_broken_off([Block(0, 0, 16, above + "趟班列。", kind=CAPTION)], tail, photo_credit(tail))
    assert not _caption_broken_off([Block(0, 0, 16, above, kind=KICKER)], tail, photo_credit(tail))
    assert not _caption_broken_off([Block(0, 0, 16, above, kind=CAPTION)], "趟班列  新华社发", photo_credit("趟班列  新华社发"))



def test_s63_a_caption_whose_lines_were_read_as_titles_takes_them_in():
    # the caption's first lines, set wider than the text, were read as titles; its last line closes
    # the sentence they broke off mid-word (…某国副总 / 统某某。) and carries the credit: the line is
    # the caption's, and the caption takes the titles in as its opening
    from newsie.extractors.segment.blocks import BODY, CAPTION, TITLE, Block, _caption_broken_off, photo_credit
    from newsie.extractors.segment.grouping import _group

    lines = ["10月1日上午，某省主要领导同志在某市会展中心", "会见前来出席某某博览会开幕式的某国副总", "统某某。新华社记者 王 某 摄"]
    titles = [Block(k, 30 * k, 30 * k + len(t), t, kind=TITLE, wider=True) for k, t in enumerate(lines[:2])]
    assert _caption_broken_off(titles, lines[2], photo_credit(lines[2]))
    tail = Block(2, 60, 60 + len(lines[2]), lines[2], kind=CAPTION)
    body = Block(3, 90, 120, "本报某市10月2日电（记者李某）某市新建的滨河公园日前正式开放。", kind=BODY, n_lines=3)
    seq, captions = _group([*titles, tail, body])
    assert [b.text for b in captions] == lines and len(seq) == 1


def test_s63_a_captions_opening_read_as_a_title_over_a_line_closed_by_a_bracketed_name():
    # a caption set at the page's top in three lines: its first line read as a title (a sentence's
    # line, broken off mid-word, with a comma), its second closed by a place's other name in
    # brackets (…某地（某站）), its last closing the sentence over the credit: all one caption
    from newsie.extractors.segment.blocks import BODY, CREDIT, TITLE, Block
    from newsie.extractors.segment.grouping import _group

    lines = ["9月30日，一列满载机电产品、日用百货等货物的某地", "（某站）货运班列，从某地口岸驶出。这是今年某地（某站）",
             "货运班列开行的第一百趟班列。", "新华社发"]
    kinds = [TITLE, BODY, BODY, CREDIT]
    blocks = [Block(k, 40 * k, 40 * k + len(t), t, kind=kinds[k]) for k, t in enumerate(lines)]
    body = Block(4, 200, 230, "本报某市10月2日电（记者李某）某市新建的滨河公园日前正式开放。", kind=BODY, n_lines=3)
    seq, captions = _group([*blocks, body])
    assert [b.text for b in captions] == lines and len(seq) == 1
    # a title in the column's width over the caption's lines is a heading, kept: one with no comma,
    # or one with a comma shorter than the caption's lines (a headline over a photo)
    for title in ("某地货运班列开行第一百趟", "村里的事，如何让群众说了算"):
        blocks[0] = Block(0, 0, len(title), title, kind=TITLE)
        seq, captions = _group([*blocks, body])
        assert [b.text for b in captions] == lines[1:] and seq[0] == [blocks[0]], title


S63_CAMERA_WORD_PAGE = """国庆直播带来视觉盛宴
本报北京10月6日电（记者王某）场面宏大，令人振
奋，精彩不断！这场庆典的电视直播令人难忘。
高清画面和立体声让观众仿佛置身现场，真切感受到庆典活动的热烈气氛和宏大场面。从索道摄
像机、轨道摄像设备、无人机，到全景拍摄，
多样视角给观众带来了全新的观看体验。
"""


def test_s63_a_line_closing_on_she_that_the_next_goes_on_as_a_word_holds_no_credit():
    # …场面。从索道摄 / 像机、…: the line closes mid-word (摄像机), no photographer's credit, so no caption
    page = newsie.parse(S63_CAMERA_WORD_PAGE, issue_date="2024-10-06")
    assert not page.captions and len(page.articles) == 1
    assert "从索道摄像机" in "".join(p.text for p in page.articles[0].paragraphs)
    # closed as a credit is (the next line opening another word): a caption with its photographer
    credited = S63_CAMERA_WORD_PAGE.replace("从索道摄\n像机", "从某某摄\n相机")
    assert [c.credit.reporters for c in newsie.parse(credited, issue_date="2024-10-06").captions] == [("从某某",)]


S63_ORG_SIGNED_PAGE = """某某县域经济监测报告发布
本报北京10月7日电（记者王某）某某县域经济监
测报告日前发布。报告显示，今年某某县域经济
监测指数比上年提高零点二，东部地区保持领先。
　　有关县市名单及监测结果详见《某某县域经
济报告》。
　　某某县域经济监测课题组
　　某某县域发展研究院
""" + _S63_PARK_BRIEF


def test_s63_a_reports_signatories_closing_it_are_its_text():
    # two organisations' names, a line each, under the report's last paragraph: its signatories,
    # its text, never a heading of the report above or of the text below
    page = newsie.parse(S63_ORG_SIGNED_PAGE, issue_date="2024-10-07")
    assert [a.headline.text for a in page.articles] == ["某某县域经济监测报告发布", "某市新建公园开放"]
    assert [p.text for p in page.articles[0].paragraphs][-2:] == ["某某县域经济监测课题组", "某某县域发展研究院"]
    # one name alone may be a headline's end: left to the heading model
    from newsie.extractors.segment.blocks import BODY, TITLE, Block, _org_signatories

    blocks = [Block(0, 0, 20, "详见《某某县域经济报告》。", kind=BODY), Block(1, 20, 34, "某地成立某某研究院", kind=TITLE),
              Block(2, 34, 60, "本报某市10月7日电（记者李某）某市成立某某研究院。", kind=BODY)]
    _org_signatories(blocks)
    assert blocks[1].kind == TITLE


def test_s63_a_note_naming_who_penned_the_text_closes_it():
    # （执笔：某某） closes a piece a body signs, as a writer's bracketed name does: the title under
    # it heads the next article (heads._under_a_signed_close), however much the heading model doubts it
    from newsie.extractors import segment as S

    penned = "方向明确，路子对头，我们要一以贯之推进某某事业。（执笔：郭某某）"
    run = S.heads._Run([S.Block(1, 0, len(penned), penned, kind=S.BODY, n_lines=3)], None, [], 0.0)
    assert S.heads._signed_close(run)
    assert not S.heads._signed_close(S.heads._Run([S.Block(1, 0, 20, "会议强调，要抓好落实。（附：某某名单）", kind=S.BODY)], None, [], 0.0))


S63_BARE_DATELINE_PAGE = """胡某会见某国财政部长
新华社北京10月8日电（记者温某）国务院副总
理胡某8日在北京会见某国财政部门负责人。
胡某表示，中方愿同某国一道，推动两国经贸
合作取得更多成果。某国财政部长祝贺中华人
民共和国成立70周年，表示愿与中方深化各领
域的合作，并欢迎中国企业赴某国投资兴业。
某国总理
某某向烈
士陵园敬
献花篮
新华社北京10月8日电
某国总理某某8日下午前往某市烈士陵园，向某某烈士纪念
碑敬献花篮。
"""


def test_s63_the_line_under_a_bare_dateline_opens_the_text_however_wide():
    # a brief at the page's end under a headline set four characters wide: the column read for its
    # text is the headline's, so its first line looks set in display type; under a bare dateline it
    # is the text's opening, never a heading nor a caption
    last = newsie.parse(S63_BARE_DATELINE_PAGE, issue_date="2019-10-08").articles[-1]
    assert last.headline.text == "某国总理某某向烈士陵园敬献花篮"
    assert "".join(p.text for p in last.paragraphs) == "某国总理某某8日下午前往某市烈士陵园，向某某烈士纪念碑敬献花篮。"
    from newsie.extractors.segment.blocks import BODY, LEAD, Block, _bare_dateline

    assert _bare_dateline(Block(0, 0, 12, "新华社北京10 月8日电", kind=LEAD))
    assert not _bare_dateline(Block(0, 0, 30, "新华社北京10月8日电 某国总理某某8日下午到达", kind=LEAD))
    assert not _bare_dateline(Block(0, 0, 12, "新华社北京10月8日电", kind=BODY))


def test_s63_the_lines_under_a_bare_dateline_stay_text_while_the_first_sentence_goes_on():
    from newsie.extractors.segment.blocks import BODY, LEAD, TITLE, Block, _text_under_bare_datelines

    def page():
        lines = [(LEAD, "新华社北京10月7日电"), (BODY, "外交部发言人某某7日表示：应有关方面"),
                 (TITLE, "邀请，某国总理某某将于10月8日至9日来华出席"), (TITLE, "某某展会闭幕活动并进"),
                 (BODY, "行工作访问。"), (TITLE, "某国总理某某将来华进行工作访问")]
        return [Block(k, 20 * k, 20 * k + len(t), t, kind=kind) for k, (kind, t) in enumerate(lines)]

    blocks = page()
    _text_under_bare_datelines(blocks)
    # the wrapped sentence's lines are text; the headline printed after it, past its stop, is kept
    assert [b.kind for b in blocks] == [LEAD, BODY, BODY, BODY, BODY, TITLE]
    # a dateline with text run on after it opens nothing of its own below
    blocks = page()
    blocks[0] = Block(0, 0, 30, "新华社北京10月7日电 外交部发言人某某7日表示：应有关方面", kind=LEAD)
    _text_under_bare_datelines(blocks)
    assert blocks[2].kind == TITLE



def test_s63_a_title_under_a_photos_caption_heads_the_next_item(monkeypatch):
    # a photo news item closes on its photo's caption (taken out of the page's sequence between the
    # run and the title); the title under it heads the next item, however much the heading model
    # doubts it (山村·民宿·新路子)
    from newsie.extractors import segment as S

    monkeypatch.setattr(S.heads, "_heading_strength", lambda seq, i, lengths=None, **kw: 0.9 if i == 0 else 0.05)
    above = "某某摄影展近日在某地开幕，共展出来自多地作者的数百幅作品，吸引不少市民观展。"
    below = "某县某村以梯田闻名，当地推出的民宿项目日前竣工落成，村民们在家门口吃上了旅游饭。"

    def page(gap):
        headline = [S.Block(0, 0, 11, "某某摄影展在某地开幕", kind=S.TITLE)]
        seq = [headline, *_cue_seq(above, [(S.TITLE, "山村·民宿·新路子")], below)]
        for x in seq[1:]:  # (the blocks after the headline, the caption's index left out before the title)
            for b in (x.blocks if isinstance(x, S.grouping._Run) else x):
                b.index += 1 + (gap if b.text != above else 0)
        return seq

    out, _ = S.heads._absorb_section_heads(page(1))
    assert len(out) == 4 and [b.text for b in out[2]] == ["山村·民宿·新路子"]
    # no caption between the text and the title: a doubted title is taken in as a section head
    out, _ = S.heads._absorb_section_heads(page(0))
    assert len(out) == 2


def test_s63_a_dashed_heading_under_a_photos_caption_heads_the_next_item_unless_much_doubted(monkeypatch):
    # a kicker closed by a dash over its headline, under a photo's caption: the next item's heading
    # where the heading model gives it 0.2 or more (a series' part the page's rules took in stays)
    from newsie.extractors import segment as S

    above = "某某摄影展近日在某地开幕，共展出来自多地作者的数百幅作品，吸引不少市民观展。"
    below = "节日期间，某地组织志愿者上门看望独居老人，帮他们打扫房间、检修电器和更换灯泡。"

    def absorbed(p):
        monkeypatch.setattr(S.heads, "_heading_strength", lambda seq, i, lengths=None, **kw: 0.9 if i == 0 else p)
        headline = [S.Block(0, 0, 11, "某某摄影展在某地开幕", kind=S.TITLE)]
        seq = [headline, *_cue_seq(above, [(S.KICKER, "各地开展敬老活动——"), (S.TITLE, "九九重阳 情暖夕阳")], below)]
        for x in seq[1:]:  # (a caption's index left out between the text and the heading)
            for b in (x.blocks if isinstance(x, S.grouping._Run) else x):
                b.index += 1 + (1 if b.text != above else 0)
        out, _ = S.heads._absorb_section_heads(seq)
        return len(out)

    assert absorbed(0.3) == 4
    assert absorbed(0.1) == 2


# Session 64: a kicker wrapped onto a tail, over a headline set at its own narrower measure
# (pdf text keeps each heading line apart): the tail is no headline's first line, which would
# fill the measure below it.

def test_s64_a_kickers_tail_over_a_headline_at_its_own_measure_stays_with_the_kicker():
    from newsie.extractors.segment import assign_roles
    from newsie.extractors.segment.roles import _tails_off_measure

    group = _title_group(["某省市场监管局发布", "《食品标签说明》", "预包装食品须标", "注“配料清单”"])
    assert _tails_off_measure(group) == {1}
    assert assign_roles(group)[1] == ["kicker", "kicker", "headline", "headline"]
    # a series tag over a kicker of its own, and a kicker closed by its dash, keep their parts
    tagged = _title_group(["某某的“第一”·体育篇", "第一届运动会", "新生力量", "精彩亮相"])
    assert _tails_off_measure(tagged) == set()
    assert assign_roles(tagged)[1] == ["column", "kicker", "headline", "headline"]
    dashed = _title_group(["某某荣誉称号获得者", "“人民教育家”某某——", "立学为民", "治学报国"])
    assert _tails_off_measure(dashed) == set()


def test_s64_a_title_line_that_a_figure_below_goes_on_is_worded_as_a_subtitle():
    # 某省假期线上支付快速增长 / 某平台处理跨行转账交易 / 85.94亿笔: the figure wraps from the
    # second line (the body holds 交易85.94亿笔), so the second line opens a piece worded as a
    # subtitle, and the headline role costs it what a figure's own line pays
    from newsie.extractors.segment.roles import ROLES, _SUBTITLE_CUE_LATER, _piece_cues, _subtitle_cue_tolls

    group = _title_group(["某省假期线上支付快速增长", "某平台处理跨行转账交易", "85.94亿笔"])
    pieces, cues = [0, 1, 2], [_piece_cues(b.text) for b in group]  # (each line a piece of its own)
    assert "figure" in cues[2] and "figure" not in cues[1]
    h = ROLES.index("headline")
    logp = [[0.0] * len(ROLES) for _ in group]
    _subtitle_cue_tolls(group, pieces, cues, {2}, logp)
    assert [row[h] for row in logp] == [0.0, -_SUBTITLE_CUE_LATER, 0.0]
    # not joined, the figure's line is worded alone and pays itself
    logp = [[0.0] * len(ROLES) for _ in group]
    _subtitle_cue_tolls(group, pieces, cues, set(), logp)
    assert [row[h] for row in logp] == [0.0, 0.0, -_SUBTITLE_CUE_LATER]


def test_s64_a_short_tail_over_a_subtitle_worded_as_one_closes_the_title_above():
    from newsie.extractors.segment import assign_roles
    from newsie.extractors.segment.roles import _short_tails

    group = _title_group(["某某群岛国总理", "某某某某", "明起来华访问"])
    assert _short_tails(group) == {1}
    assert assign_roles(group)[1] == ["headline", "headline", "subtitle"]
    # a column's name between a headline and its figure, and a couplet's first half, are no tails
    assert _short_tails(_title_group(["终生报国不言悔", "权威发布", "13.2万公里"])) == set()
    assert _short_tails(_title_group(["某某照片由本报资料室提供", "讴歌某某梦", "唱响某某梦（逐梦70年）"])) == set()


def test_s64_a_heading_line_ending_on_a_verb_that_asks_for_its_object_goes_on_below():
    from newsie.extractors.segment import assign_roles
    from newsie.extractors.segment.roles import _leaves_open

    for line in ("某地特区政府订立", "某省财政加力支持", "某某理想信念树牢", "某某文化出新出彩助力"):
        assert _leaves_open(line)
    assert not _leaves_open("某省乡村旅游示范带建成")
    group = _title_group(["在某地节日活动中厚植", "爱乡爱国情怀"])
    assert assign_roles(group)[1] == ["headline", "headline"]


# s76: three more verbs that ask for what follows them (庆祝, 献上, 表示): a heading line ending on one
# goes on into the line below, one title (invented text)
def test_s76_a_heading_line_ending_on_celebrating_or_offering_goes_on_below():
    from newsie.extractors.segment import assign_roles
    from newsie.extractors.segment.roles import _leaves_open

    for line in ("某县举办系列文艺演出庆祝", "向家乡父老献上", "某某协会负责人表示"):
        assert _leaves_open(line)
    assert not _leaves_open("某县举办系列文艺演出")
    assert assign_roles(_title_group(["某县举办系列文艺演出庆祝", "撤县设市二十周年"]))[1] == ["headline", "headline"]


def test_s64_an_events_name_over_what_happened_there_is_its_kicker():
    from newsie.extractors.segment import assign_roles

    group = _title_group(["某某网球公开赛", "某队名单公布"])
    assert assign_roles(group)[1] == ["kicker", "headline"]
    # a shorter line under the name is its wrapped tail: one headline
    assert assign_roles(_title_group(["某某网球公开赛", "落幕"]))[1] == ["headline", "headline"]


def test_s64_a_line_opening_on_where_something_was_held_goes_on_the_title_above():
    from newsie.extractors.segment import assign_roles
    from newsie.extractors.segment.roles import _event_predicates

    group = _title_group(["某省青联委员与某地青少年", "在京开展联谊活动"])
    assert _event_predicates(group) == {1}
    assert assign_roles(group)[1] == ["headline", "headline"]
    assert assign_roles(_title_group(["某国总统同某国总理", "在某市继续举行会晤"]))[1] == ["headline", "headline"]


def test_s65_a_line_wider_than_the_one_above_goes_on_no_word_there():
    # a kicker in its smaller type over a wider headline, the body's lead saying both as one
    # sentence: the three characters across the line end are in the body, yet the headline
    # line is wider than the kicker, as no title wrapped at its measure leaves its later line
    from newsie.extractors.segment import assign_roles
    from newsie.extractors.segment.roles import _wraps

    group = _title_group(("青禾县强调积极发挥港口新区", "在沿江经济带建设中的示范带动作用"))
    body = "本报青禾电青禾县日前召开会议。会议强调积极发挥港口新区在沿江经济带建设中的示范带动作用，推动开放。"
    assert _wraps(group, body) == set()
    assert assign_roles(group, body)[1] == ["kicker", "headline"]
    # a title wrapped at its measure keeps its later line no wider: still one headline
    wrapped = _title_group(("青禾县港口新区开通至沿江", "各港集装箱航线"))
    assert _wraps(wrapped, "港口新区开通至沿江各港的集装箱航线。") == {1}


def test_s66_a_line_wider_than_a_wrapped_tail_above_opens_another_piece():
    # a title wrapped at its measure fills every line but its last: the short tail ends it, and
    # a wider line under the tail opens another piece (here a speaker's kicker, wrapped onto its
    # last character, over the headline wrapped in turn), where the line model read one headline
    from newsie.extractors.segment import assign_roles
    from newsie.extractors.segment.roles import _past_a_wrapped_tail, _wraps

    group = _title_group(("青禾县县长在港口新区调研时强", "调", "扎实推动沿江产业", "高质量发展"))
    body = "本报青禾电青禾县县长日前在港口新区调研时强调，要扎实推动沿江产业高质量发展。"
    assert 1 in _wraps(group, body) and _past_a_wrapped_tail(group, {1}) == {2}
    assert assign_roles(group, body)[1] == ["kicker", "kicker", "headline", "headline"]
    # the two halves of a title set in parallel, each wrapped at one measure onto its tail
    halves = _title_group(("立足本职坚守岗", "位", "一起拼搏一起奋", "斗"))
    assert _past_a_wrapped_tail(halves, {1, 3}) == set()


def test_s67_a_plain_line_of_as_many_characters_over_a_spaced_one_is_set_in_another_type():
    # the pdf route leaves letter spacing where a line's type is larger than its text fills; a
    # plain line of as many characters above it, not spread, is in a smaller type: a kicker
    from newsie.extractors.segment import TITLE, Block, assign_roles
    from newsie.extractors.segment.roles import _spaced_below_plain

    def pair(above, spaced):
        return [Block(0, 0, len(above), above, kind=TITLE, col=17.0, width_ratio=len(above) / 17),
                Block(1, len(above) + 1, len(above) + 1 + len(spaced), spaced, kind=TITLE,
                      letter_spaced=True, col=17.0, width_ratio=len(above) / 17)]

    body = "本报青禾10月9日电（记者某某）记者9日从青禾县总工会获悉：县总工会会同教育局等单位研究，决定开办职工技能大讲堂。"
    group = pair("青禾县总工会联合教育局等", "青禾县职工技能大讲堂开办")
    assert _spaced_below_plain(group) == {1}
    assert assign_roles(group, body)[1] == ["kicker", "headline"]
    # a couplet's halves of as many characters stay one headline's; a longer plain line above is
    # marked too since session 70 (reading truth: a kicker over the headline 73 times to 2 on sim)
    assert _spaced_below_plain(pair("湖光映日", "稻浪翻金")) == set()
    assert _spaced_below_plain(pair("青禾县总工会联合教育局等", "职工大讲堂开办")) == {1}


def _indented_paragraph(text, n=17):
    """``text`` hard-wrapped at ``n`` characters, its first line indented two spaces (and so three
    characters shorter), as a page that indents its paragraphs sets it."""
    out, i = [], 0
    while i < len(text):
        w = n - 3 if i == 0 else n
        out.append(("  " if i == 0 else "") + text[i:i + w])
        i += w
    return "\n".join(out)


def test_s67_a_line_indented_as_a_paragraph_opens_is_body_not_a_heading():
    # a page that indents its paragraphs sets its headings flush: the indented short lines under
    # the headline are the feature's section heads (body), not a subtitle or other headlines
    import newsie

    text = "\n".join([
        "青禾秋收时节 稻香满园",
        "  稻田里的新农机",
        _indented_paragraph("本报青禾电（记者某某）金秋时节，青禾县万亩稻田迎来丰收，收割机在田间来回穿梭，一派繁忙景象。"),
        _indented_paragraph("今年，县里新添无人驾驶收割机二十台，一台机器一天能收稻谷上百亩，种粮大户再也不用为雇工发愁。"),
        "  合作社里的新账本",
        _indented_paragraph("走进沿江村的粮食合作社，社员们正围着电脑查看今年的收成。合作社负责人说，加入合作社的农户每亩增收两百多元。"),
    ])
    page = newsie.parse(text, issue_date="2019-10-10")
    assert [a.headline.text for a in page.articles] == ["青禾秋收时节 稻香满园"]
    article = page.articles[0]
    assert not article.subheadlines
    assert [p.text for p in article.paragraphs][0] == "稻田里的新农机"
    assert "合作社里的新账本" in [p.text for p in article.paragraphs]


def test_s67_a_dash_kicker_over_a_title_over_a_jump_on_page_1_may_head_its_article(monkeypatch):
    # page 1's jumping run is mostly its lead, and a doubted group right over it a section head
    # of the lead; a dash kicker over a title there is doubted only, and, alone between sure
    # headings, heads an article of its own that jumps (the heading model's reading forced)
    from newsie.extractors.segment import heads

    monkeypatch.setattr(heads, "_heading_strength",
                        lambda seq, i, lengths, **kw: 0.1 if any("——" in b.text for b in seq[i]) else 1.0)
    text = "\n".join([
        "青禾县召开秋粮收购工作会议",
        "本报青禾电（记者某某）青禾县日前召开秋粮收购工作会",
        "议，部署今年秋粮收购各项工作，要求各收购网点提前备好",
        "仓容，合理布设网点，方便农民就近售粮。",
        "县粮食局的同志说，今年全县秋粮收购价格总体平稳，",
        "售粮农户满意度较高。",
        "县农技站回信充满深情——",
        "青禾种粮大户读信后干劲更足",
        "重阳节当天，青禾县种粮大户协会的三十位老人收到县农技",
        "站的回信，在全县种粮大户中引起热烈反响。协会负责人表",
        "示，将把回信精神传达到每一位会员。（下转第2版）",
    ])
    page = newsie.parse(text, page=1, issue_date="2019-10-08")
    assert [(a.kicker and a.kicker.text, a.headline.text, a.continued_to) for a in page.articles] == [
        (None, "青禾县召开秋粮收购工作会议", None), ("县农技站回信充满深情——", "青禾种粮大户读信后干劲更足", 2)]


def test_s68_a_line_wider_than_a_wrapped_title_is_no_headline_under_it_as_a_kicker():
    # a title wrapped at its measure onto a short tail, then a line that holds more than the
    # title's full line: set in a smaller type, so the title is the headline and the line its
    # subtitle, where the line model read the title as a kicker over a headline
    from newsie.extractors.segment import assign_roles
    from newsie.extractors.segment.roles import _past_a_wrapped_tail, _smaller_past_tail, _wraps

    for lines, body in [
        (("青禾县民企成功发行十亿绿", "色债券", "青禾县首单用信用保护方式发行的债券"),
         "本报青禾电青禾县一家民营企业发行十亿元绿色债券，全省首单。"),
        (("青禾县新修公路通到三百", "多个村", "山区村民赶集往返的时间少了一大半"),
         "本报青禾电青禾县新修公路通到三百多个村。"),
    ]:
        group = _title_group(lines)
        assert _wraps(group, body) == {1} and _past_a_wrapped_tail(group, {1}) == {2}
        assert _smaller_past_tail(group, {2}) == {2}
        assert assign_roles(group, body)[1] == ["headline", "headline", "subtitle"]
    # a kicker closed by a word of saying or opened on an occasion stays a kicker over a wider
    # headline; a line no more than two characters wider may be a headline in the same type that
    # the title's wrap left short
    said = _title_group(("青禾县县长在港口新区调研时强", "调", "扎实推动沿江产业园区实现高质量发展"))
    assert _smaller_past_tail(said, {2}) == set()
    occasion = _title_group(("就两国建交四", "十五周年", "国家主席同某国总统某某某互致贺电"))
    assert _smaller_past_tail(occasion, {2}) == set()
    near = _title_group(("青禾县新修公路通到三百", "多个村", "山区群众出行时间都缩短一半"))
    assert _smaller_past_tail(near, {2}) == set()


def test_s68_a_part_head_indented_over_its_reporter_line_keeps_the_part_in_its_article():
    # a jump part of a feature in parts, its headline set after it: each part's head indented over
    # its reporter line. Read as body, the first reporter line cut the part off its article, which
    # became a headless fragment; as a heading line the head is the feature's section head
    import newsie

    text = "\n".join([
        "（上接第7版）",
        _indented_paragraph("青禾县老年大学的课程排得满满当当，书法、舞蹈、摄影样样都有，报名的人一年比一年多。"),
        "",
        "  晨练花样多",
        "",
        "本报记者 某某",
        _indented_paragraph("清早的沿江公园里，老人们有的打太极，有的踢毽子，还有的带着音箱跳广场舞，热闹非凡。"),
        "",
        _indented_paragraph("县体育局在各个社区添置了健身器材，还请来教练每周上门教拳，老人们练得有板有眼。"),
        "",
        "  社区食堂香",
        "",
        "本报记者 青禾",
        _indented_paragraph("中午时分，沿江社区的老年食堂坐满了人，三菜一汤只要十元，行动不便的老人还能让志愿者送餐上门。"),
        "",
        _indented_paragraph("食堂的菜谱每周一换，由社区卫生站的医生帮着把关，少油少盐，老人们吃得放心。"),
        "",
        "青禾老人的幸福晚年",
        "（上接第7版）",
        _indented_paragraph("新修的沿江大桥通车以后，两岸居民往来方便了许多，早晚高峰再也不用排长队等轮渡。"),
        "",
        _indented_paragraph("大桥两头的集市也热闹起来，对岸的果农一早就把新摘的橘子运过桥来卖。"),
        "",
        "沿江两岸一桥相连",
    ])
    page = newsie.parse(text, issue_date="2019-10-07", page=8)
    assert [(a.headline and a.headline.text, a.continued_from) for a in page.articles] == [
        ("青禾老人的幸福晚年", 7), ("沿江两岸一桥相连", 7)]
    feature = page.articles[0]
    assert [s.text for s in feature.section_heads] == ["晨练花样多", "社区食堂香"]
    assert [b.reporters for b in feature.bylines] == [("某某",), ("青禾",)]
    assert feature.paragraphs[0].text.startswith("青禾县老年大学") and feature.paragraphs[-1].text.startswith("食堂的菜谱")
    assert not page.warnings


def _widths(group):
    """Each heading line's width in ems, as ``roles.assign_roles`` measures it."""
    return [b.width_ratio * b.col for b in group]


def test_s69_three_title_lines_at_one_width_with_a_torn_line_end_are_one_headline():
    # A title in a narrow column, wrapped at its measure over three full lines: the line end
    # torn inside a word (设置广 / 告牌) shows the wrap, and the lines of that width above it
    # belong to the same title, not a kicker over a headline.
    from newsie.extractors.segment import assign_roles
    from newsie.extractors.segment.roles import _measure_run, torn_lines

    wrapped = _title_group(("青禾县人民政府强烈谴责某", "公司在省道两侧违规设置广", "告牌并责令其限期拆除整改"))
    assert torn_lines(wrapped) == {2}
    assert _measure_run(wrapped, {2}, _widths(wrapped)) == {1, 2}
    assert assign_roles(wrapped)[1] == ["headline"] * 3
    # no torn line end: nothing shows a wrap, the line model's kicker stands
    stacked = _title_group(("青禾县防汛指挥部紧急通知", "沿河各乡镇立即转移低洼地", "带群众并做好安置保障工作"))
    assert torn_lines(stacked) == set() and _measure_run(stacked, set(), _widths(stacked)) == set()
    assert assign_roles(stacked)[1] == ["kicker", "headline", "headline"]
    # two lines at one width are no run: a kicker as wide as its headline is common
    assert _measure_run(wrapped[1:], {1}, _widths(wrapped[1:])) == set()
    # a line of another width ends the run
    wider = wrapped[:2] + _title_group(("告牌并责令其限期拆除整改到位",))
    assert _measure_run(wider, {2}, _widths(wider)) == set()


S69_BOOK_LIST = """青禾县推出百部乡土文学书目
本报青禾10月9日电（记者林木）青禾县
文化馆近日推出百部乡土文学推荐书目，
首批书目如下：

书名：青禾之歌 作者：林木

书名：河畔人家 作者：江水

书名：山村晨曲 作者：石山

书名：稻花香里 作者：田野

书名：远方的灯火 作者：白云

书名：老街故事 作者：青松

青禾河治理三年见成效
本报青禾10月9日电（记者江水）记者
从青禾县水利局获悉，青禾河综合治理工
程实施三年来，河道水质明显改善，沿岸
新建滨河步道十二公里，成为市民休闲的
好去处。
"""


def test_s69_a_list_of_fields_under_an_article_is_its_body_not_headings():
    # A book list's lines (书名：… 作者：…) are short and closed by no mark, like titles; a line
    # opening on a field's label and its colon is a notice's or a list's fact, never a heading.
    from newsie.document import Document
    from newsie.extractors.segment.blocks import BODY, classify

    kinds = {b.text.strip()[:7]: b.kind for b in classify(Document(S69_BOOK_LIST))}
    assert kinds["书名：青禾之歌"] == kinds["书名：老街故事"] == BODY
    first, second = newsie.parse(S69_BOOK_LIST, issue_date="2019-10-10").articles
    assert first.headline.text == "青禾县推出百部乡土文学书目"
    body = "".join(p.text for p in first.paragraphs)
    assert "书名：青禾之歌" in body and "书名：老街故事" in body
    assert second.headline.text == "青禾河治理三年见成效"
    assert second.paragraphs[0].text.startswith("记者从青禾县水利局获悉")


# Session 70: the round-up above in three parts (a third, cut as the second, over its own
# reporter's line), and no jump. The second and third parts' titles are cut alike
# (heads._third_part_alike), so the first part's title is a section head of the feature too,
# not the headline of an article under the feature's title read as its kicker (invented page).
S70_THREE_PARTS_PAGE = ROUNDUP_ONE_LINE_PARTS_PAGE.replace("（下转第8版）\n", "") + """稻花飘香 鱼肥满仓
本报记者 周青禾
稻田里，金黄的稻穗低着头，田沟里的鱼
儿不时跃出水面。种粮大户老韩说，稻田
养鱼一水两用，今年每亩多收了几百元。
"""


def _reads_the_features_title_sure(monkeypatch, title: str, others: float = 0.3) -> None:
    """The heading model made sure of the group holding the feature's ``title`` line, doubtful of
    every other group (``others``)."""
    from newsie.extractors import segment as S

    def reads(seq, i, lengths=None):
        return 0.9 if any(b.text.strip() == title for b in seq[i]) else others

    monkeypatch.setattr(S.heads, "heading_probability", reads)


def test_s70_a_one_line_first_part_is_a_section_head_where_two_more_parts_are_cut_alike(monkeypatch):
    _reads_the_features_title_sure(monkeypatch, "走进秋天的田野")
    (article,) = newsie.parse(S70_THREE_PARTS_PAGE, issue_date="2019-10-04", page=7).articles
    assert article.headline.text == "走进秋天的田野"
    assert article.kicker is None
    assert [h.text.strip() for h in article.section_heads] == [
        "山楂红了 日子旺了", "菱角满塘 笑语满村", "稻花飘香 鱼肥满仓"]
    # two parts alone, with no jump, prove nothing: a headline over its subtitle, say
    two = S70_THREE_PARTS_PAGE.split("稻花飘香")[0]
    first = newsie.parse(two, issue_date="2019-10-04", page=7).articles[0]
    assert "山楂红了 日子旺了" not in [h.text.strip() for h in first.section_heads]


# Session 70: a feature of signed parts (a title over its author's name), the first part's
# title and name set in one heading group under the feature's headline; the next two parts'
# titles are cut to one pattern (heads._signed_parts). The first part is a section head of the
# feature, as the others are (invented page).
S70_SIGNED_PARTS_PAGE = """青禾岁月如歌 奋斗再启新程
青禾问学 薪火相传
林青禾
县农科所的老所长今年八十岁了，仍常去
试验田里转一转，看看新育的稻种长势如
何，回来再把看到的记进本子里。
乡史新编
吴晓帆
县里新编的乡史从修第一条水渠写起，一
章一节记下村里老辈人讲过的旧事，老人
们读了直说，写的就是咱村里的人。
镜中小城
郑海川
一组老照片挂在青禾河边的长廊里：土路
换成了柏油路，木桥换成了石拱桥，来看
照片的人边看边指认自家的老房子。
"""


def test_s70_the_first_of_a_features_signed_parts_under_its_headline_is_a_section_head(monkeypatch):
    _reads_the_features_title_sure(monkeypatch, "青禾岁月如歌 奋斗再启新程", others=0.1)
    (article,) = newsie.parse(S70_SIGNED_PARTS_PAGE, issue_date="2019-10-06", page=8).articles
    assert article.headline.text == "青禾岁月如歌 奋斗再启新程"
    assert article.kicker is None
    heads = [h.text.strip() for h in article.section_heads]
    assert heads[:2] == ["青禾问学 薪火相传", "林青禾"]
    assert "乡史新编" in heads and "镜中小城" in heads
    assert article.paragraphs[0].text.startswith("县农科所的老所长")


def test_s70_a_first_parts_kicker_wrapped_after_the_speakers_office_is_cut_off_whole():
    # the first part's kicker names its speaker by office and name, wrapped between the two
    # (某某合唱团团长 / 周青禾——): the part's head begins at the office's line, and the feature's
    # headline stays alone (heads._kicker_wrapped_over)
    from newsie.extractors.segment.blocks import KICKER, TITLE, Block
    from newsie.extractors.segment.grouping import _Run
    from newsie.extractors.segment.heads import _first_part

    def run():
        return _Run([Block(9, 0, 14, "某某今年七十岁，仍每天去排练。")])

    def feature(office, tail):
        return [Block(0, 0, 12, "走 进 新 时 代 ，我 们 放 声 歌 唱", kind=TITLE, letter_spaced=True),
                Block(1, 0, len(office), office, kind=TITLE), Block(2, 0, len(tail), tail, kind=KICKER),
                Block(3, 0, 8, "歌声唱出好日子", kind=TITLE)]

    second = [Block(4, 0, 13, "某县中学退休教师李某某——", kind=KICKER), Block(5, 0, 8, "讲台上站了一辈子", kind=TITLE)]
    probs = [0.0, 1.0, 0.0, 0.2, 0.0]
    seq = [run(), feature("某市退休职工合唱团团长", "周青禾——"), run(), second, run()]
    assert _first_part(seq, probs, 0.4, 1) == 1
    # a line that names no office over the name is a title of its own: the part begins at the name
    seq = [run(), feature("歌声里的幸福晚年", "周青禾——"), run(), second, run()]
    assert _first_part(seq, probs, 0.4, 1) == 2


def test_s71_a_tag_and_a_quoted_headline_opening_the_page_are_cut_off_its_text():
    # the page opens on the tag and the quoted headline, run into the article's first paragraph:
    # nothing stands above them, as an article's end or a heading would
    tagged = S61_QUOTED_HEAD_PAGE.replace("某市第十届秋季灯会开幕引来八方游客——", "走进新时代的美丽乡村·节日见闻里的万家灯火")
    (article,) = newsie.parse(tagged[tagged.index("走进"):], issue_date="2024-10-02").articles
    assert article.column is not None and article.column.text == "走进新时代的美丽乡村·节日见闻里的万家灯火"
    assert article.headline.text == "“一场流光溢彩令人流连忘返的湖畔夜色之约”"
    assert article.paragraphs[0].text.startswith("10月1日晚")
    # a kicker closed by a dash opens the page the same way
    top = S61_QUOTED_HEAD_PAGE[S61_QUOTED_HEAD_PAGE.index("某市第十届"):]
    (article,) = newsie.parse(top, issue_date="2024-10-02").articles
    assert (article.kicker.text, article.headline.text) == ("某市第十届秋季灯会开幕引来八方游客——", "“一场流光溢彩令人流连忘返的湖畔夜色之约”")


def test_s71_a_features_four_character_tag_alone_under_its_tagged_parts_is_a_part():
    # the reflow ran a part's title into its text and left the tag alone, a group the heading
    # model is sure of: under the feature's tagged parts, no sure title between, it is a part too
    from newsie.extractors.segment.heads import _tagged_parts

    run, group, text = _tag_run, _tag_group, _TAG_TEXT
    seq = [group("某某精神", "某油田为何青春常在"), run(text), group("科研支撑", "超越权威超越前人超越自我"),
           run(text), group("海外创业", "让某某精神走出国门"), run(text), group("改革驱动"), run(text)]
    probs = [1.0, 0.0, 0.3, 0.0, 0.3, 0.0, 0.8, 0.0]
    assert _tagged_parts(seq, probs, 0.4) == [2, 4, 6]
    # a sure title between the parts and the tag: the tag heads another article's text
    other = seq[:6] + [group("某地新建一座图书馆"), run("某地新建的图书馆日前开馆，市民纷纷前来借阅图书。"),
                       group("改革驱动"), run(text)]
    assert _tagged_parts(other, [1.0, 0.0, 0.3, 0.0, 0.3, 0.0, 0.9, 0.0, 0.8, 0.0], 0.4) == [2, 4]
    # a tag alone above the tagged parts: no part above it, left to the heading model
    first = [seq[0], run(text), group("改革驱动"), run(text)] + seq[2:6]
    assert _tagged_parts(first, [1.0, 0.0, 0.8, 0.0, 0.3, 0.0, 0.3, 0.0], 0.4) == [4, 6]


def test_s71_a_second_parts_kicker_wrapped_over_two_lines_leaves_the_features_headline_its_own():
    # the second voice's kicker wraps over two lines (a list of names left open), the first's
    # stands on one line under the feature's headline: the first part's head is that kicker and
    # its title, and the headline stays the feature's
    from newsie.extractors.segment.blocks import KICKER, TITLE, Block
    from newsie.extractors.segment.grouping import _Run
    from newsie.extractors.segment.heads import _first_part, _first_parts_off_raised

    def run():
        return _Run([Block(9, 0, 14, "某某今年七十岁，仍每天到厂里。")])

    first = [Block(0, 0, 11, "走进车间，我们无比骄傲", kind=TITLE), Block(1, 0, 11, "某市机床厂技师王某某——", kind=KICKER),
             Block(2, 0, 8, "手中的锉刀重千钧", kind=TITLE)]
    second = [Block(3, 0, 15, "某县中学退休教师张建国、赵立新和", kind=TITLE), Block(4, 0, 5, "王晓明——", kind=KICKER),
              Block(5, 0, 8, "讲台上站了一辈子", kind=TITLE)]
    probs = [0.0, 1.0, 0.0, 0.2, 0.0]
    assert _first_part([run(), first, run(), second, run()], probs, 0.4, 1) == 1
    # a group a late rule made a headline has the part's head cut off all the same
    seq = [run(), first, run(), second, run()]
    _first_parts_off_raised(seq, probs, 0.4, [1])
    assert [b.text for b in seq[1]] == ["走进车间，我们无比骄傲"]
    assert [b.text for b in seq[2].section_heads] == ["某市机床厂技师王某某——", "手中的锉刀重千钧"]
    # both kickers on one line: the second part's shape is read as it stands, as before
    one_line = [Block(3, 0, 13, "某县中学退休教师王晓明——", kind=KICKER), Block(5, 0, 8, "讲台上站了一辈子", kind=TITLE)]
    assert _first_part([run(), first, run(), one_line, run()], probs, 0.4, 1) == 1


# A report on a place closed by a visitor's note whose time wraps onto a line of its own, over the
# next article of the series (invented)
S71_VISITING_NOTE_PAGE = """青禾巷里的老剧场
本报记者 林某
青禾巷深处的老剧场建于上世纪五十年代，
曾是全城最热闹的去处。去年剧场完成修缮，
重新向市民开放，每逢周末都有地方戏演出，
台下坐满了老戏迷和慕名而来的年轻人。
剧场负责人说，修缮时保留了原有的木质座
椅和舞台，让老观众一进门就能找回当年的
记忆。如今，剧场还开设了戏曲体验课，不少
孩子在这里第一次登台亮相。
开馆时间：周二至周日9：
00—17：00
家乡的“老物件”
一台老式缝纫机
本报记者 王某
在某县的一户人家里，至今摆放着一台老式
缝纫机。主人说，这台缝纫机是母亲当年的
嫁妆，陪伴全家走过了几十年的岁月。
"""


def test_s71_a_visitors_notes_wrapped_time_closes_its_report_and_heads_nothing():
    from newsie.extractors.segment import blocks as B

    page = newsie.parse(S71_VISITING_NOTE_PAGE, issue_date="2019-10-03", page=6)
    first, second = page.articles
    assert first.paragraphs[-1].text == "00—17：00"
    assert "00—17" not in second.headline.text and second.headline.text.endswith("一台老式缝纫机")
    # the time alone is body only under a visitor's note left open on its colon
    doc = Document(S71_VISITING_NOTE_PAGE.replace("开馆时间：周二至周日9：", "剧场每周都有演出安排9："))
    assert any(b.text.strip() == "00—17：00" and b.kind != B.BODY for b in B.classify(doc))


def test_s71_a_title_under_a_visitors_note_heads_the_next_report():
    # the note of where and when to visit closes a report on a place: the group under it heads the
    # next report, however the heading model doubts it
    from newsie.extractors.segment.blocks import BODY, TITLE, Block
    from newsie.extractors.segment.grouping import _Run
    from newsie.extractors.segment.heads import _under_a_closing_credit

    def run(*texts):
        return _Run([Block(k, 0, len(t), t, kind=BODY) for k, t in enumerate(texts)])

    text = "青禾巷深处的老剧场建于上世纪五十年代，曾是全城最热闹的去处。"
    seq = [[Block(0, 0, 8, "青禾巷里的老剧场", kind=TITLE)], run(text, "开馆时间：周二至周日9：", "00—17：00"),
           [Block(3, 0, 7, "一台老式缝纫机", kind=TITLE)], run("在某县的一户人家里，至今摆放着一台老式缝纫机。")]
    assert _under_a_closing_credit(seq, [1.0, 0.0, 0.2, 0.0]) == [2]
    # a paragraph of text closing the run: nothing said
    plain = [seq[0], run(text, "剧场负责人说，修缮时保留了原有的木质座椅和舞台。"), seq[2], seq[3]]
    assert _under_a_closing_credit(plain, [1.0, 0.0, 0.2, 0.0]) == []



@pytest.mark.parametrize("lines, title, word", [
    # 招待会 torn after its second character: the two characters before the end (招待) are a word
    # of their own, so the two-character tear rule reads two words meeting there
    (["青禾县长出席庆祝建县六十", "周年招待", "会并讲话"], "青禾县长出席庆祝建县六十周年招待会并讲话", "招待会"),
    # 退耕还林 torn after its third character, the line under it opening on a figure: no word of
    # two or three across the line end tells the wrap
    (["青禾县20年退耕还", "林3000万亩"], "青禾县20年退耕还林3000万亩", "退耕还林"),
    # 人民日报 torn in its middle into two words of two, which alone read as two words meeting
    (["青禾县举行纪念人民", "日报创刊座谈会"], "青禾县举行纪念人民日报创刊座谈会", "人民日报"),
    # 药费 torn: a rarer word of two, neither pair beside it (诊药, 费报) a word
    (["青禾县慢性病门诊药", "费报销比例提高"], "青禾县慢性病门诊药费报销比例提高", "药费"),
])
def test_s72_a_title_wrapped_inside_a_listed_word_keeps_one_role(lines, title, word):
    # a title in large type wrapped at its block's width inside a word of jieba's that the common
    # two-character words do not tell: one role, and the word read whole (no space at the tear)
    text = _pdf_second_article(lines, [
        "本报青禾10月9日电 （记者周",
        "敏）青禾县9日举行庆祝建县六十周",
        "年活动，各界代表三百余人出席。",
        "县长在致辞中回顾了全县六十年来",
        "的发展历程，感谢各界人士长期以",
        "来的关心和支持。",
    ])
    second = newsie.parse(text, issue_date="2019-10-10", page=3).articles[1]
    assert not second.subheadlines and second.kicker is None
    assert second.headline.text.replace(" ", "") == title and word in second.headline.text
    assert second.paragraphs[0].text.startswith("青禾县9日举行")



def test_s72_a_weak_first_heading_group_stays_a_heading_and_raises_nothing(monkeypatch):
    # a rule that doubts a heading group to nothing (a part title a table of contents lists,
    # _listed_in_contents) may doubt the page's first, with no text above to run on through it: it
    # then stays a heading group, and the page segments (it raised an IndexError)
    import newsie.extractors.segment.heads as H
    from newsie.extractors.segment.blocks import BODY, LEAD, TITLE, Block
    from newsie.extractors.segment.grouping import _Run

    def run(*texts, kind=BODY):
        return _Run([Block(k, 0, len(t), t, kind=kind) for k, t in enumerate(texts)])

    first, news = [Block(0, 0, 7, "一、总体要求", kind=TITLE)], [Block(9, 0, 15, "青禾县召开全县秋粮收购工作会议", kind=TITLE)]
    seq = [first, run("青禾县坚持问题导向，推动各项工作落实落细。"),
           news, run("本报青禾10月9日电（记者周敏）青禾县9日召开全县秋粮收购工作会议。", kind=LEAD)]
    monkeypatch.setattr(H, "_listed_in_contents", lambda seq: [0])
    out, _ = H._absorb_section_heads(seq)
    assert out[0] == first and isinstance(out[1], _Run) and out[1].blocks[0].text.startswith("青禾县坚持")
    assert out[2] == news


def test_s72_a_tail_torn_off_a_listed_word_is_no_pen_name():
    # on a page that signs its essays, a short line under a title is read as the author's pen name
    # unless a word runs across the line end: 省力 (a rarer word of jieba's) torn there is the title's
    # tail, as a torn common word was
    from newsie.extractors.segment.blocks import TITLE, Block
    from newsie.extractors.segment.roles import _odd_name_line

    def group(title, last):
        return [Block(0, 0, len(title), title, kind=TITLE, n_lines=1), Block(1, 0, len(last), last, kind=TITLE, n_lines=1)]

    body = "青禾县今年精简会议，节约经费。"
    assert not _odd_name_line(group("青禾县会议简办省", "力省费"), body)
    assert _odd_name_line(group("青禾县会议的简与繁", "林青"), body)  # a signature stays one


# A feature on one shop whose section head names its section's key word (诚信), which the text
# above it never uses: the head's words are one-sided, as a headline's are, but the texts either
# side speak of one shop at a glance, so the head earns no one-sided bonus and is taken in
# (heads._one_thing_at_a_glance). Invented text; the heading model doubts every group (0.3).
S73_ONE_SHOP_PAGE = """青禾商行百年老店焕新颜
　　青禾商行创办于清末，是青禾县城最老的
字号之一。百余年来，青禾商行几经搬迁，
始终开在县城老街上，经营南北干货和本
地土产，老街坊都说青禾商行的货实在。
　　如今，青禾商行的第四代传人接手老店，
把老街上的青禾商行修葺一新，店堂里仍
摆着当年的柜台和老秤，青禾商行的老主
顾们常来坐坐，说说老街上的旧事。
以“诚信”立店
　　青禾商行的第四代传人说，青禾商行能开
百年，靠的是“诚信”二字。老店从不缺斤
少两，老秤一直摆在柜台上，顾客可以随
时复秤。
　　青禾商行的“诚信”招牌，街坊们都认，
老主顾们也常替青禾商行招揽生意。
"""


def test_s73_a_one_sided_section_head_between_texts_of_one_thing_is_taken_in(monkeypatch):
    _model_reads(monkeypatch, 0.3)
    (article,) = newsie.parse(S73_ONE_SHOP_PAGE, issue_date="2019-10-09", page=4).articles
    assert article.headline.text == "青禾商行百年老店焕新颜"
    assert [h.text for h in article.section_heads] == ["以“诚信”立店"]
    # the same head over a text of another thing keeps the bonus a one-sided head earns
    from newsie.extractors.segment.blocks import BODY, TITLE, Block
    from newsie.extractors.segment.grouping import _Run
    from newsie.extractors.segment.heads import _ONE_SIDED, _one_sided_bonus

    def run(text):
        return _Run([Block(0, 0, len(text), text, kind=BODY)])

    above = run(S73_ONE_SHOP_PAGE.split("以“诚信”立店")[0].split("\n", 1)[1].replace("\n", ""))
    head = [Block(1, 0, 7, "以“诚信”立店", kind=TITLE)]
    below = S73_ONE_SHOP_PAGE.split("以“诚信”立店\n")[1].replace("\n", "")
    assert _one_sided_bonus([above, head, run(below)], 1) == 0.0
    other = "县城公园的秋菊展开幕，“诚信”花农送来数百盆秋菊，吸引不少市民前来赏菊，花农们以“诚信”立店。"
    assert _one_sided_bonus([above, head, run(other)], 1) == _ONE_SIDED


def test_s73_a_prose_line_under_a_subtitle_its_genre_closes_opens_the_body():
    # PDF text: a ——subtitle wrapped at its measure and closed by its genre (综述), then the body's
    # first two lines, their indent lost and shorter than the column, read as more heading lines;
    # the second, a clause of prose, goes to the body, and so does the first: nothing goes on from
    # a subtitle its genre closes, so the line under it opens the body's sentence
    head = ["青禾秋韵 硕果满仓", "——青禾县庆祝丰收节系列活动反", "响综述"]
    body = ["从县城机关到乡镇、村组", "干部，从“种粮大户”再到", "“普通农户”……全县上下抢", "抓晴好天气，秋收工作有序推进，",
            "各乡镇秋粮收获已经过半，预计", "本周全面完成。县农业农村局还", "组织农机手跨乡作业，帮助缺劳", "力的农户抢收。"]
    (article,) = newsie.parse("\r\n".join(head + body) + "\r\n", issue_date="2019-10-21", page=1).articles
    assert [s.text.replace("\r\n", "").replace("\n", "") for s in article.subheadlines] == ["——青禾县庆祝丰收节系列活动反响综述"]
    assert article.paragraphs[0].text.startswith("从县城机关到乡镇、村组")


# A title closed by a tag that counts an anniversary's years (a month's jubilee series: 奋进40年)
# is a headline by its tag, as one closed by a column's name is (heads._titled_column,
# _columns.is_column_tag), however the heading model doubts it (here 0.1, under its threshold).
S73_COUNTED_TAG_PAGE = """　　青禾县城区今年新建改建道路十二条，新增
公园绿地三处，老旧小区改造全面完成，市民出
行更加便利。
　　县住建局负责人说，明年还将继续推进城市
更新，让群众住得更舒心。
青禾县乡村面貌焕然一新（奋进40年）
　　四十年来，青禾县的乡村从土坯房到小楼房，
从泥巴路到柏油路，村民的日子越过越红火。
　　如今，全县行政村全部通上了自来水和宽带，
农家书屋和文化广场遍布乡间。
"""


def test_s73_a_title_closed_by_a_counted_years_tag_heads_an_article(monkeypatch):
    _model_reads(monkeypatch, 0.1)
    articles = newsie.parse(S73_COUNTED_TAG_PAGE, issue_date="2019-10-09", page=4).articles
    assert [a.headline.text if a.headline else None for a in articles][-1] == "青禾县乡村面貌焕然一新"
    assert articles[-1].column.text == "奋进40年"
    assert articles[-1].paragraphs[0].text.startswith("四十年来")


def test_s73_a_title_closed_by_a_numbered_series_tag_heads_an_article(monkeypatch):
    # a series tag closing on its part's number (身边看“青禾”②) is a column tag, the number no figure
    _model_reads(monkeypatch, 0.1)
    page = S73_COUNTED_TAG_PAGE.replace("（奋进40年）", "（身边看“青禾”②）")
    articles = newsie.parse(page, issue_date="2019-10-09", page=4).articles
    assert articles[-1].headline.text == "青禾县乡村面貌焕然一新"
    assert articles[-1].column.text == "身边看“青禾”②"


def _s74_seq(middle: str, top_kind: str = "column", mid_kind: str = "body"):
    """A body run, a heading group, a one-block run of ``middle`` and a title group, as
    grouping._group leaves them."""
    from newsie.extractors.segment.blocks import BODY, TITLE, Block
    from newsie.extractors.segment.grouping import _Run

    texts = ["青禾县城区今年新建改建道路十二条。", "青禾观察·乡村振兴③", middle, "村道修好了 游客变多了", "今年青禾县新修村道四十公里。"]
    kinds = [BODY, top_kind, mid_kind, TITLE, BODY]
    blocks, pos = [], 0
    for k, (t, kind) in enumerate(zip(texts, kinds)):
        blocks.append(Block(k, pos, pos + len(t), t, kind=kind))
        pos += len(t) + 1
    return [_Run([blocks[0]]), [blocks[1]], _Run([blocks[2]]), [blocks[3]], _Run([blocks[4]])]


@pytest.mark.parametrize("middle, top_kind", [
    ("青禾县新规施行一年来，效果到底怎么样？", "column"),  # a question under a column tag
    ("青禾、白石两县全力推进秋粮收购——", "title"),  # a dash kicker under a series title
])
def test_s74_a_kicker_left_as_a_run_between_two_heading_groups_joins_them(middle, top_kind):
    from newsie.extractors.segment.blocks import KICKER
    from newsie.extractors.segment.grouping import _Run, _stranded_kickers_on

    seq = _stranded_kickers_on(_s74_seq(middle, top_kind))
    assert [type(x).__name__ for x in seq] == ["_Run", "list", "_Run"]
    assert [b.text for b in seq[1]] == ["青禾观察·乡村振兴③", middle, "村道修好了 游客变多了"]
    assert seq[1][1].kind == KICKER
    assert isinstance(seq[2], _Run) and seq[2].blocks[0].text.startswith("今年青禾")


@pytest.mark.parametrize("middle, top_kind, mid_kind", [
    ("青禾县新规施行一年来，效果到底怎么样？", "title", "body"),  # a question under a title: a sentence
    ("本报记者 青禾", "column", "lead"),  # a reporter's line under a column tag
    ("青禾县新规施行一年来，村里的效果到底怎么样？各村干部群众又怎么看？", "column", "body"),  # a column's width
])
def test_s74_a_body_line_between_two_heading_groups_stays_body(middle, top_kind, mid_kind):
    from newsie.extractors.segment.grouping import _stranded_kickers_on

    seq = _stranded_kickers_on(_s74_seq(middle, top_kind, mid_kind))
    assert [type(x).__name__ for x in seq] == ["_Run", "list", "_Run", "list", "_Run"]


def _s74_jump_seq(tail: str, note: str = "（本报记者 王白石）"):
    """A voice of a feature closed by its reporter's note, a title line and a run of ``tail``
    closed by a 下转 marker, as grouping leaves them at the foot of page 1."""
    from newsie.extractors.segment.blocks import BODY, TITLE, Block
    from newsie.extractors.segment.grouping import _Run

    texts = ["“今年雨水调匀，稻子长得好。”李青禾说。" + note, "青禾县农业技术推广站高级农艺师红山", tail]
    blocks, pos = [], 0
    for k, (t, kind) in enumerate(zip(texts, [BODY, TITLE, BODY])):
        blocks.append(Block(k, pos, pos + len(t), t, kind=kind, jump_to=k == 2))
        pos += len(t) + 1
    return [_Run([blocks[0]]), [blocks[1]], _Run([blocks[2]])]


def test_s74_a_title_over_a_line_or_two_that_jump_ends_the_part_above():
    from newsie.extractors.segment.heads import _over_a_jump_tail

    # a voice's head cut at the page's foot: 青禾县农业… / 村驻村队员赵红山——（下转第14版）
    assert _over_a_jump_tail(_s74_jump_seq("村驻村队员赵红山——（下转第14版）")) == [1]
    # a letter's signature over its date heads nothing of the part; a longer text under a
    # title is an article's opening part
    assert _over_a_jump_tail(_s74_jump_seq("2019年10月13日（下转第14版）")) == []
    long_tail = "村驻村队员赵红山说，今年全村的晚稻亩产比去年高出一百多斤，合作社还添了新收割机，秋收比往年快了一半。（下转第14版）"
    assert _over_a_jump_tail(_s74_jump_seq(long_tail)) == []


@pytest.mark.parametrize("tail, moved", [
    ("92岁高龄的青禾县老农李青禾说，全村的产量比去年提", True),  # a figure, torn: 提 / 高
    ("“今年的稻子，是我种过最好的一季”，李青禾笑着说，产量提", True),  # a quote, torn: 提 / 高
    ("92岁高龄的青禾县老农李青禾，种了七十年地", False),  # a figure, closed on a word: a subtitle
])
def test_s74_a_comma_line_torn_into_the_body_below_a_title_goes_to_the_body(tail, moved):
    from newsie.extractors.segment.blocks import BODY, TITLE, Block
    from newsie.extractors.segment.grouping import _prose_tails_to_body, _Run

    below = "高了一成，家里的日子越过越红火。"
    text = "\n".join(["青禾县晚稻喜获丰收", tail, below])
    title = Block(0, 0, 9, "青禾县晚稻喜获丰收", kind=TITLE)
    line = Block(1, 10, 10 + len(tail), tail, kind=TITLE)
    body = Block(2, 11 + len(tail), len(text), below, kind=BODY)
    seq = _prose_tails_to_body(Document(text), [[title, line], _Run([body])])
    assert [b.text for b in seq[0]] == (["青禾县晚稻喜获丰收"] if moved else ["青禾县晚稻喜获丰收", tail])
    assert (seq[1].blocks[0].text == tail) is moved


def test_s74_an_indented_paragraph_between_two_headings_of_an_epaper_text_stays_body():
    # one paragraph a line, paragraphs indented: a body block between a column tag and a title is
    # a one-paragraph item, not a kicker the reflow left behind (grouping._stranded_kickers_on)
    from newsie.extractors.segment.blocks import COLUMN, classify
    from newsie.extractors.segment.segmenter import segment_blocks

    text = ("青禾观察·乡村振兴③\n　　青禾县新规施行一年来，效果到底怎么样？\n村道修好了 游客变多了\n"
            "　　今年青禾县新修村道四十公里，乡村旅游的游客比去年多了三成，农家乐生意红火。\n"
            "　　“路通了，客人来了。”一位村民说。\n")
    doc = Document(text)
    assert doc.one_per_line
    blocks = classify(doc)
    blocks[0].kind = COLUMN  # (as a series tag of the page would read)
    runs, _, _ = segment_blocks(doc, blocks)
    assert [[b.text for b in r.blocks][:1] for r in runs] == [["青禾县新规施行一年来，效果到底怎么样？"],
                                                              ["今年青禾县新修村道四十公里，乡村旅游的游客比去年多了三成，农家乐生意红火。"]]
    assert [b.text for b in runs[1].heading] == ["村道修好了 游客变多了"]


@pytest.mark.parametrize("line, opener", [
    ("据悉，10月20日起，青禾县的纪录片将在白", True),  # a source named: a paragraph's first line
    ("青禾县县长李青禾说：“今年的晚稻是十年来", True),  # a speaker's words quoted
    ("青禾县晚稻喜获丰收", False),
    ("“今年的稻子是十年来最好的”", False),  # a quoted headline names no speaker
])
def test_s74_a_lone_heading_line_that_opens_as_a_news_sentence_is_body(line, opener):
    from newsie.extractors.segment.blocks import BODY, TITLE, Block
    from newsie.extractors.segment.grouping import _Run
    from newsie.extractors.segment.heads import _body_openers

    above = Block(0, 0, 20, "青禾县城区今年新建改建道路十二条。", kind=BODY)
    group = [Block(1, 21, 21 + len(line), line, kind=TITLE)]
    below = Block(2, 22 + len(line), 60 + len(line), "马县电视台播出，讲述青禾人的新生活。", kind=BODY)
    assert _body_openers([_Run([above]), group, _Run([below])]) == ([1] if opener else [])


# s75: a title wrapped after a clause that a causative, disposal or passive word opens over its
# object, with no verb yet (…整改，让居民 / 住上新房子): the verb is on the line below, so the two
# lines are one headline, not a kicker over a headline (invented text)
@pytest.mark.parametrize("upper, lower", [("某地立行立改，让居民", "住上新房子"),
                                          ("某县持续发力 让老人", "吃上放心饭"),
                                          ("用心用情，把实事", "办进某村村民家")])
def test_s75_a_title_wrapped_after_a_coverb_and_its_object_is_one_headline(upper, lower):
    from newsie.extractors.segment.roles import _leaves_open

    assert _leaves_open(upper)
    _assert_one_wrapped_headline(upper, lower)


def test_s75_a_coverb_inside_a_word_or_with_its_verb_leaves_no_line_open():
    from newsie.extractors.segment.roles import _leaves_open

    # 被 inside a clause (某某被查), a coverb whose verb follows (让某某更美好), a clause closed
    for line in ("某市官员被查", "携手让某地更美好", "为某县祝福", "某地让居民满意"):
        assert not _leaves_open(line), line


def _breaks_left(text: str, joined: set[int], rule: str = "_end_bodies_under_titles_after") -> list[bool]:
    """The paragraph ends of ``text``'s lines, all ended but those in ``joined``, after the reflow
    rule named ``rule`` (a function of :mod:`newsie.document` taking the lines and their facts)."""
    import newsie.document as document

    lines = document._split_lines(text)
    for k, line in enumerate(lines):
        line.breaks_after = k not in joined
    getattr(document, rule)(lines, document._LineFacts(lines))
    return [line.breaks_after for line in lines]


# s77: a title printed under its article's body, which the reflow ran on from the body's last
# sentence, over the next part's opening (a （上接第N版） marker, a dateline): nothing of a paragraph
# goes on to a new article, so the title line opens a paragraph of its own; not over a line that
# opens no part (no date before 电), nor a line ending on a comma (it goes on below) (invented text)
def test_s77_a_title_after_its_body_over_the_next_parts_opening_leaves_the_body():
    head = "粮食部门将继续加强市场监测和价格\n调控，确保收购工作平稳。\n"
    title = "某省秋粮收购进度加快价格平稳运行\n"
    assert _breaks_left(head + title + "（上接第1版）\n在某县的收购点上\n", {0, 1}) == [False, True, True, True, True]
    assert _breaks_left(head + title + "新华社某市10月4日电　某国农业部门\n近日发布报告\n", {0, 1}) == [
        False, True, True, True, True]
    assert _breaks_left(head + title + "新华社记者从某部获悉电\n近日发布报告\n", {0, 1}) == [False, False, True, True, True]
    assert _breaks_left(head + "某省秋粮收购进度加快，\n（上接第1版）\n在某县的收购点上\n", {0, 1}) == [
        False, False, True, True, True]


# s77: a line opened by a dash that ends a sentence inside it and goes on past its end, under a
# full line ending on a word, is prose the wrap set at a line's start (…都熟悉的那 / ——某某牌收音
# 机。从那以后…): it goes on the paragraph above (before, the dash started a block, and the
# paragraph's first part was read as a title over a subtitle); a subtitle's dash line, which ends
# no sentence inside it, still stands apart (invented text)
def test_s77_a_dash_line_going_on_past_a_sentences_end_is_the_paragraphs():
    body = ["　　村里的老人说，那年秋天他们第一次", "见到了自己家乡产的一台收音机，名字", "就叫做我们这里家家户户都熟悉的那",
            "——红星牌收音机。从那以后，村里的", "人们每天晚上都围在一起听广播节目。", "　　如今，收音机早已换成了电视机。"]
    doc = Document("\n".join(body) + "\n")
    assert [doc.text[s:e] for s, e in doc.paragraphs] == [
        "".join(body[:5]).lstrip("　"), "如今，收音机早已换成了电视机。"]
    title = ["一台收音机里的山村岁月和乡亲们的记", "——访红星村老支书某某某", "　　村里的老人说，那年秋天他们第一次",
             "见到了自己家乡产的一台收音机。"]
    doc = Document("\n".join(title) + "\n")
    assert "——访红星村老支书某某某" in [doc.text[s:e] for s, e in doc.paragraphs]


# s77: a line opened by 本报记者 and going on with what the reporter was told (透露, 坦言…), under
# a line ending on the word that takes the reporter as its object (对, 接受…), goes on that line's
# paragraph (before, 本报记者 started a block, as a reporter's line does, and the sentence was cut
# in two); a reporter's line (本报记者 某某某) still stands apart (invented text)
def test_s77_the_reporter_as_a_sentences_object_goes_on_the_line_above():
    lines = ["某国某大学的一位历史学教授日前对", "本报记者透露，两地的来往历史久远，", "今后的合作前景十分广阔，两国人民",
             "的友谊也将世代相传。"]
    doc = Document("\n".join(lines) + "\n")
    assert [doc.text[s:e] for s, e in doc.paragraphs] == ["".join(lines)]
    signed = ["某国某大学的一位历史学教授日前对", "本报记者 某某某", "两地的来往历史久远，今后的合作前", "景十分广阔。"]
    doc = Document("\n".join(signed) + "\n")
    assert [doc.text[s:e] for s, e in doc.paragraphs][:2] == signed[:2]


# s77: a line opened by 本报记者 or 新华社记者 under a line ending on a comma, or leaving a bracket
# open (…近日， / 本报记者走访了…; 老人（见右图， / 新华社记者某某摄）…), goes on that line's
# paragraph: a reporter's line never follows a sentence left open (invented text)
def test_s77_a_reporter_under_a_sentence_left_open_goes_on_it():
    for lines in (["这个问题的答案究竟如何？近日，", "本报记者走访了当地的几家工厂，请", "企业负责人谈谈他们的看法和建议。"],
                  ["照片上的这位老人名叫某某某，他的一生", "都和书法打着交道。这位老人（见右图，", "新华社记者某某摄）今年已经九十多岁，",
                   "仍然每天坚持写字作画，从不间断。"]):
        doc = Document("\n".join(lines) + "\n")
        assert [doc.text[s:e] for s, e in doc.paragraphs] == ["".join(lines)]


# s77: a line holding no punctuation after a sentence's end is set apart as a heading line, but
# not where it runs on into the line below whatever the break under it says (…正式动 / 工，…; a
# quotation or a book title left open): that break is the wrong one, the line is prose (invented text)
def test_s77_a_line_running_on_below_is_not_set_apart_as_a_heading():
    head = "新建的体育馆将于明年投入使用。\n"
    rule = "_set_heading_lines_apart"
    assert _breaks_left(head + "这座场馆于去年三月正式动\n工，今年四月完成主体结构。\n", {0}, rule) == [False, True, True]
    assert _breaks_left(head + "博物馆里的“老物件\n——百年家具展”办得很受欢迎。\n", {0}, rule) == [False, True, True]
    assert _breaks_left(head + "某市新建体育馆即将投用\n今年四月，这座场馆完成主体结构。\n", {0}, rule) == [True, True, True]


# s77: a line ending in a bracket after its paragraph's opening is a title with its column
# (某某某某（街巷漫谈）), but not a dateline and its reporters (本报某地10月7日电（记者某某）): the body
# goes on under it (invented text)
def test_s77_a_dateline_with_its_reporter_is_no_title_with_a_column():
    body = "记者从某部获悉：假期全国铁路运送旅客\n超过一亿人次。\n"
    rule = "_end_titles_with_columns"
    assert _breaks_left("假日出行新闻速览\n本报北京10月7日电（记者某某）\n" + body, {1, 2}, rule) == [True, False, False, True]
    assert _breaks_left("假日出行新闻速览\n小店经济方便街坊邻里（街巷漫谈）\n" + body, {1, 2}, rule) == [True, True, False, True]


def _ends_each(rule: str, above: str, below: str, joined: set[int], cases: tuple[tuple[str, bool], ...]) -> None:
    """For each (line, ends) of ``cases``, set between ``above`` and ``below``, all lines ended but
    those in ``joined``: does the reflow rule ``rule`` leave the line's paragraph ending after it
    as ``ends`` says, and every other line as it was (:func:`_breaks_left`)?"""
    at = above.count("\n")
    for line, ends in cases:
        text = above + line + "\n" + below
        want = [k not in joined for k in range(text.count("\n"))]
        want[at] = ends
        assert _breaks_left(text, joined, rule) == want, line


# s78: a line ending in words in brackets, under a break, is no title with its column where the
# sentence goes on below (the next line opens on a comma) or where the bracket gives a name's other
# name: it ends on the name's last character (某某县农机局（县农业发展局）) or says so (原名…);
# a column tag opened by 现 or 今 (现场评论, 今日谈) is still one (invented text)
def test_s78_a_name_and_its_other_name_in_brackets_is_no_title_with_a_column():
    rule = "_end_titles_with_columns"
    _ends_each(rule, "全县农机服务新闻速览\n", "副局长某某说，今年以来全县新增农机\n三千余台。\n", {1, 2}, (
        ("某某县农机局（县农业发展局）", False),
        ("某某县农机修造厂（原名东风农具厂）", False),
        ("农机下乡服务到田间地头（现场评论）", True),
        ("农机下乡服务到田间地头（今日谈）", True),
    ))
    assert _breaks_left("全县农机服务新闻速览\n东坡村修通了机耕道（乡村振兴）\n，一直通到田边地头\n的每块地。\n", {1, 2}, rule) == [
        True, False, False, True]
    assert _breaks_left("全县农机服务新闻速览\n东坡村修通了机耕道（乡村振兴）\n一直通到田边地头\n的每块地。\n", {1, 2}, rule) == [
        True, True, False, True]


# s78: a person's name with what they are in brackets (某某（电视剧《某某》编剧）), on one line or
# wrapped over two, under a part's title is the speaker's line of a compilation of voices, never a
# headline: the part stays in the compilation (invented text)
def test_s78_a_name_with_their_role_under_a_parts_title_is_no_headline():
    page = (
        '荧屏上的家国故事\n'
        '为庆祝某某节，各地广播电视机构精心\n'
        '创作了一批优秀剧目，受到观众好评。本\n'
        '版今天刊发几位主创人员的体会。\n'
        '——编者\n'
        '让平凡人物闪光\n'
        '周 林（电视剧《小镇故事》编剧）\n'
        '写这部剧之前，我在小镇上住了整整半\n'
        '年，和镇上的老师、医生、菜农交朋友，\n'
        '听他们讲自己的日子。剧里每个人物，\n'
        '都能在生活里找到影子。\n'
        '我始终相信，只有扎进泥土里，写出来\n'
        '的故事才有温度，观众才愿意看下去。\n'
        '（作者为某某影视公司编剧）\n'
        '把青春写进大山\n'
        '孙晓敏（电视剧《山那边》主\n'
        '演）\n'
        '接到这个角色时，我先去山区学校待了\n'
        '两个月，跟着老师们上课、家访、送孩子\n'
        '回家，慢慢找到了人物的感觉。\n'
        '每当想起山里孩子们的笑脸，我就觉得\n'
        '这段经历是演员生涯里最珍贵的财富。\n'
        '（本报记者某某采访整理）\n'
    )
    got = newsie.parse(page, issue_date="2024-10-24")
    assert [a.headline.text for a in got.articles] == ["荧屏上的家国故事"]
    assert "把青春写进大山" in [s.text for s in got.articles[0].section_heads]


# s78: a line opened by a dash that closes on a subtitle's genre words (——某某活动侧记, ——写在某某
# 之际) is a subtitle whole on its line, which the reflow had run on into the body's first line;
# not a dash line of body text, nor a subtitle's first line wrapped (invented text)
def test_s78_a_dash_subtitle_closing_on_its_genre_ends_its_paragraph():
    rule = "_end_dash_subtitles"
    body = "\n金秋时节，某某湖畔的展馆里人头攒动\n，来自各地的游客排起了长队。\n"
    for sub in ("——某某市首届丰收节活动侧记", "——写在某某与某某结好廿年之际", "——某某丰收节启示录②"):
        assert _breaks_left("丰收节里话丰收\n" + sub + body, {1, 2}, rule) == [True, True, False, True], sub
    for line in ("——某某市首届丰收节活动的", "——加强农产品质量检测和追溯"):
        assert _breaks_left("丰收节里话丰收\n" + line + body, {1, 2}, rule) == [True, False, False, True], line


# s78: a dash line of its column's width over a short line holding no punctuation is an attribution
# wrapped (——某某集团公司某县分 / 公司车队队长某某), not where it closes on a subtitle's genre words
# (——写在某某与某某结好廿年之际 / 在某某与某某结好廿年的: the body's first line) (invented text)
def test_s78_a_genre_subtitle_is_no_attribution_wrapped_over_the_line_below():
    import newsie.document as D

    def joined(top: str, below: str) -> bool:
        lines = D._split_lines(f"{top}\n{below}\n的日子里，两地往来越来越多。\n")
        for line in lines:
            line.breaks_after = True
        D._join_wrapped_attributions(lines, (17.0,) * 3, D._LineFacts(lines))
        return not lines[0].breaks_after

    assert joined("——某某物流集团公司某某省某县分", "公司车队队长王多吉")
    assert not joined("——写在某某与某某结好廿年之际", "在某某与某某结好廿年的")


# s78: an author's closing note holding a bracket of its own (（作者为某某党校（某某学院）某某研究员）)
# ends its paragraph, as a note without one does: a headline may follow at the column's width;
# not such a bracket inside a sentence (…某某（某某）研究员） / 介绍…) (invented text)
def test_s78_a_closing_note_holding_a_bracket_of_its_own_ends_its_paragraph():
    rule = "_end_closing_notes"
    note = "（作者为某某党校（某某学院）\n某某所某某中心研究人员）\n"
    title = "推动某某文化振兴见行见效\n"
    assert _breaks_left("让乡风文明之花处处盛开。\n" + note + title, {1, 2}, rule) == [True, False, True, True]
    assert _breaks_left("某某所长（某某党校（某某学院）\n某某所某某中心研究人员）\n介绍说，全村已建成\n", {0, 1}, rule) == [
        False, False, True]


# s79: a heading group that opens on a line closing the article above (a staff credit 版式设计 某某,
# a note on the page's pictures, a picture story's credit), set there by the reflow, heads the
# next article however the heading model doubts it; a group opening on a lone closing quote is
# left to the model (invented text)
def test_s79_a_group_opening_on_the_close_of_the_text_above_heads_the_next_article(monkeypatch):
    from newsie.extractors import segment as S

    def kept(first: str) -> bool:
        heading = [(S.BODY, first), (S.TITLE, "第一个村史馆"), (S.TITLE, "老物件里看变迁")]
        seq = _cue_seq("成了村里孩子们的第二课堂。", heading, "走进村史馆，一台老式纺车摆在最显眼的位置。")
        seq = [[S.Block(9, 0, 4, "美丽乡村", kind=S.TITLE)], *seq]
        monkeypatch.setattr(S.heads, "_heading_strength", lambda seq, i, lengths=None, tags=True: 1.0 if i == 0 else 0.1)
        out, _ = S.heads._absorb_section_heads(seq)
        return any(x is seq[2] for x in out)

    for first in ("版式设计 王 晴", "本版照片由某某提供", "李 明图 周 南文"):
        assert kept(first), first
    assert not kept("”")


# s79: a report on a place closes on a visitor's tips box (参观贴士 and a paragraph or two under
# it); a doubted heading group right under the box heads the next report, not a section of this
# one; a line of the tips' own text broken off (filling its column) is not raised (invented text)
def test_s79_a_group_under_a_visitors_tips_box_heads_the_next_report(monkeypatch):
    from newsie.extractors import segment as S

    def kept(tips: bool, title: str = "第一台国产缝纫机", ratio: float = 0.4) -> bool:
        texts = ["新中国第一台缝纫机在某某厂试制成功，工人们欢欣鼓舞。"]
        texts += ["参观贴士", "某某工业博物馆位于某某市某某路，每周一闭馆。"] if tips else ["工人们说，那是最难忘的一天。"]
        blocks, k = [], 0
        for text in [*texts, title, "上世纪五十年代，国产自行车还是稀罕物。"]:
            blocks.append(S.Block(len(blocks), k, k + len(text), text, kind=S.TITLE if text == title else S.BODY))
            k += len(text) + 1
        blocks[-2].width_ratio = ratio
        seq = [[S.Block(99, 0, 4, "新中国的第一", kind=S.TITLE)], S.grouping._Run(blocks[:-2]), [blocks[-2]],
               S.grouping._Run([blocks[-1]])]
        monkeypatch.setattr(S.heads, "_heading_strength", lambda seq, i, lengths=None, tags=True: 1.0 if i == 0 else 0.1)
        out, _ = S.heads._absorb_section_heads(seq)
        return any(x is seq[2] for x in out)

    assert kept(True)
    assert not kept(False)
    assert not kept(True, "其中海上展区设在某某岛", 0.9)


# s81: a title's bracketed close wrapped over lines of its own at the title's narrow measure (明日天气
# 展望 / （10月11日8时 / —12日8时）) belongs to the headline; a bracketed note whose lines fill the
# column under a title is the column's text, not the title's (invented text)
_TITLE_CLOSED_AT_ITS_MEASURE = """本报某地10月10日电（记者某某）某某县
近日启动乡村道路改造工程，计划用两年时
间完成全县农村公路的提档升级。
　　据介绍，工程完工后，全县每个行政村都
将通上双车道水泥路，沿线还将增设候车亭。
某某县村路改造开工
明日天气展望
{bracket}
受冷空气影响，11日白天到夜间，北方
大部地区将有4级左右偏北风，气温下
降4℃至6℃，公众出行请注意添衣保暖。
南方大部地区以多云天气为主，午后局
地有阵雨，早晚温差较大。
"""


@pytest.mark.parametrize("bracket, closes", [
    ("（10月11日8时\n—12日8时）", True),
    ("（10月11日8时—12日8时，据某某\n气象台预报）", False),
])
def test_s81_a_bracket_wrapped_at_the_titles_measure_closes_the_headline(bracket, closes):
    page = newsie.parse(_TITLE_CLOSED_AT_ITS_MEASURE.format(bracket=bracket), issue_date="2019-10-10")
    weather = next(a for a in page.articles if a.headline and a.headline.text.startswith("明日天气展望"))
    first = weather.paragraphs[0].text
    if closes:
        assert weather.headline.text == "明日天气展望（10月11日8时—12日8时）"
        assert first.startswith("受冷空气影响")
    else:
        assert weather.headline.text == "明日天气展望"
        assert first.startswith("（10月11日8时")


# s81: a kicker that enumerates with 、 over its headline and the body's opening line, all three run
# into one block by the reflow (某省坚持宣传、普法、打击同步 / 发动群众参与 凝聚治理合力 / “办得好！”上个
# 月，当某 / …): the opening line goes to the body; the 、 of an enumeration is a title's, not prose
# (invented text)
_ENUMERATING_KICKER_OVER_AN_OPENING = """一线探民生
某省坚持宣传、普法、打击同步
发动群众参与 凝聚治理合力
“办得好！”上个月，当某
县警方把盘踞集市多年的一伙人
带走调查时，赶集的乡亲们纷纷
叫好。这伙人长期霸占摊位、强
收“管理费”，商户们敢怒不敢
言。
　　某省把宣传和普法放在前头，
村村开讲座，户户发手册，群众
举报的线索明显多了起来。
"""


def test_s81_an_enumerating_kicker_keeps_its_headline_off_the_bodys_opening():
    page = newsie.parse(_ENUMERATING_KICKER_OVER_AN_OPENING, issue_date="2019-10-10")
    (article,) = page.articles
    assert article.column.text == "一线探民生"
    assert article.kicker.text == "某省坚持宣传、普法、打击同步"
    assert article.headline.text == "发动群众参与 凝聚治理合力"
    assert article.paragraphs[0].text.startswith("“办得好！”上个月，当某县警方")  # one paragraph
