"""Standing column names (栏目) of Chinese national papers.

Written from the papers' own mastheads (人民日报, 工人日报, 光明日报, 经济日报, 新华社 wires):
names a reader sees over articles day after day. A heading line that is one of these,
or starts with one before a ·, is a column tag, not a headline. Order does not matter.
"""

import re
from functools import lru_cache

COLUMN_NAMES = frozenset(
    """
    今日谈 人民论坛 人民时评 人民观点 人民日报评论员 本报评论员 本报评论部 评论员观察 社论
    钟声 望海楼 国际论坛 环球走笔 国际观察 国际视点 大家手笔 新论 微言 民生观 暖闻热评
    金台点睛 金台论道 观沧海 一线视角 图片报道 读者来信 来信调查 编辑手记 记者手记 短评
    新华时评 新华视点 新华述评 时评 快评 声音 观察 纵横 论坛 经济时评 光明论坛 光明时评
    工人论坛 职工之声 图说 图片新闻 一线 现场评论 特别关注 深度观察 热点解读 政策解读
    大使随笔 人民论坛·70华诞 新知新觉 体坛观澜 凭栏处 深聚焦 经济新方位 身边的感动 影像中国
    国际论坛 和音 国际评论 环球热点 记者调查 记者观察 一线探民生 民生调查 读者点题 来信调查·反馈
    评论员文章 人民观察 时代先锋 最美奋斗者 新时代新气象新作为 美丽中国 生态关注 文化观察
    """.split()
)

# Standing columns of 人民日报 that run month after month, added in session 7 after the
# segmentation benchmark showed them read as headlines (权威发布, 有的放矢, 产经观察 …). The
# series of one month (逐梦70年, 我和我的祖国, 壮丽70年奋斗新时代 …, the 70th anniversary's) are
# left out: they would not carry to other months' pages.
STANDING_COLUMNS = frozenset(
    """
    权威发布 有的放矢 产经观察 人民眼 国际时评 学苑论衡 思想纵横 文化脉动 新视点 治理者说 观象台
    两岸聚焦 五洲茶亭 体育大看台 侨界传真 信息快递 海客谈神州 消费视窗 濠江在线 香江在线 生活漫步
    绿色家园 解码 话说新农村 说道 身边事 适势求是 锐评 问诊专家 第一落点 文化进行时 一线行走
    代表之声 干部状态新观察 大督查在行动 扫黑除恶进行时 走近国医大师
    """.split()
)

_CIRCLED = "[①-⑳]"  # a series number set as a circled figure
_SERIES_NO = re.compile(rf"(?:{_CIRCLED}|[（(]\d{{1,3}}[）)])$")
_CIRCLED_NO = re.compile(_CIRCLED + "$")
# a series named for an anniversary: two to six Chinese characters and the years it counts (a
# month's series under a jubilee, three names of that form in October 2019, were the column of 20
# articles of the benchmark's reading days, one layout draw, set in brackets after their titles on
# some of its pages, where no tag rule read them as a column's)
_COUNTED_YEARS = re.compile(r"[\u4e00-\u9fff]{2,6}\d{1,3}周?年")


def is_column_tag(text: str, *, shortest: int = 2, spaced: bool = False) -> bool:
    """Is ``text``, set in brackets after a title, its column tag: a standing column's name,
    words joined by · (家乡“老物件”·生活篇), ``shortest`` to 8 Chinese characters with no
    digit (not an abbreviation or a span of years: 政府和社会资本合作（PPP）,
    改革开放（1978—2012）) and no space unless ``spaced`` (a PDF's line may letter-space it), or a
    few words counting an anniversary's years (:data:`_COUNTED_YEARS`: 奋进40年, 辉煌60周年; not a
    year, 2019年, nor a bare count, 70年)?

    >>> is_column_tag("观沧海"), is_column_tag("生活漫步", shortest=4), is_column_tag("1978—2012")
    (True, True, False)
    >>> is_column_tag("奋进40年"), is_column_tag("70年"), is_column_tag("2019年")
    (True, False, False)

    A series number closing the tag (①, ②: the part of a series) is no figure in it:

    >>> is_column_tag("身边看“青禾”②"), is_column_tag("青禾②")
    (True, True)
    """
    return is_column_name(text) or "·" in text or _COUNTED_YEARS.fullmatch(text.strip()) is not None or (
        shortest <= len(text) <= 8 and not any(c.isdigit() for c in _CIRCLED_NO.sub("", text))
        and (spaced or " " not in text))


def is_column_name(text: str) -> bool:
    """Is ``text`` a standing column name, or one followed by ·?

    >>> is_column_name("今日谈"), is_column_name("暖闻热评·身边好人②"), is_column_name("今日新闻")
    (True, True, False)
    """
    if len(text) > _COLUMN_NAME_LONGEST and "·" not in text and len(text.strip()) > _COLUMN_NAME_LONGEST:
        return False  # a body paragraph: longer than any name, neither read nor cached
    return _column_name(text)


@lru_cache(maxsize=4096)  # the same heading lines are asked again and again
def _column_name(text: str) -> bool:
    head = text.split("·", 1)[0].strip()
    return head in COLUMN_NAMES or _SERIES_NO.sub("", head) in STANDING_COLUMNS


# the longest text with no · that is_column_name can accept: a name, and a series number after
# it (①, （12）) that it strips before looking the name up
_COLUMN_NAME_LONGEST = max(len(n) for n in COLUMN_NAMES | STANDING_COLUMNS) + 5
