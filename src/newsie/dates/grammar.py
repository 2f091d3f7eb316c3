"""The patterns of time expressions, as Chinese newspapers write them.

One compiled pattern, :data:`TIME_EXPR`, reads the clean text (digits folded to ASCII,
PDF spaces around digits gone). Its alternatives, tried in order at each position:

1. ``fuzzy``: 截至目前, 日前, 近日, 近期, 目前 ... (no calendar value, or the anchor's);
2. ``fyp``: a five-year plan, “十四五”期间;
3. ``era``: centuries and decades, 上世纪90年代, 二十世纪七十年代末;
4. ``dur``: durations and the periods they make, 8个月, 几秒钟, 近三个月, 70年来, 3年前;
5. ``range`` / ``date``: a calendar expression, perhaps a range (10月4日至7日, 1至9月),
   with its parts: year, a part of the year, month, day, weekday, part of day and clock
   time, behind an optional 当地时间 and before an optional 以来 / 起 / 至今;
6. ``time``: a part of day or a clock time alone (上午, 晚8点, 10时30分).

The parts of an expression are named groups with a prefix (``a_`` for a single date or
the start of a range, ``b_`` for its end), read by :mod:`newsie.dates.resolve`.
"""

from __future__ import annotations

import re

import regex

__all__ = ["CANDIDATES", "EXPR_AT", "FUZZY", "PART_OF_DAY", "REL_DAY", "REL_MONTH", "REL_YEAR", "TIME_EXPR"]

# -- numerals ----------------------------------------------------------------------------
_CN = "一二三四五六七八九"
#: Reign and republic eras: the Gregorian year of their first year (元年).
ERAS = {"民国": 1912, "康熙": 1662, "雍正": 1723, "乾隆": 1736, "嘉庆": 1796, "道光": 1821, "咸丰": 1851,
        "同治": 1862, "光绪": 1875, "宣统": 1909, "洪武": 1368, "永乐": 1403, "万历": 1573, "崇祯": 1628,
        "贞观": 627, "开元": 713, "天宝": 742, "神龙": 705}
# 1..99 in Chinese: 二十三, 十一, 廿九, 三, 两
CN99 = rf"(?:[{_CN}]?十[{_CN}]?|[廿卅][{_CN}]?|[{_CN}两])"
NUM12 = rf"(?:\d{{1,2}}|{CN99})"
# a year: four digits, Chinese digit by digit (二〇二四), or two digits before 年
_YD = "〇零一二三四五六七八九○"
YEAR4 = rf"(?:[12]\d{{3}}|[{_YD}]{{4}})"
YEAR2 = rf"(?:\d{{2}}|[{_YD}]{{2}})"
# a number of units in a duration: 8, 2621.2, 35,000, 十五, 两万四千, 几, 十几, 数十
DUR_NUM = rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?万?|[二三四五六七八九]十几|[{_CN}两十百千万零〇]+|几十|十几|数十|数百|几百|数千|几千|千百|几|数|若干)"

SEP = r"(?:[ ]?(?:至|到|~|～|—{1,2}|－|-|–)[ ]?)"

# -- lexicons (order matters: longer words first) ---------------------------------------
#: Days relative to the anchor, with the part of day some of them fuse in.
REL_DAY = {
    "大大后天": (4, None), "大前天": (-3, None), "大后天": (3, None),
    "今天": (0, None), "今日": (0, None), "本日": (0, None), "昨天": (-1, None), "昨日": (-1, None),
    "前天": (-2, None), "明天": (1, None), "明日": (1, None), "后天": (2, None), "後天": (2, None),
    "全天": (0, None),
    "今晨": (0, "morning"), "今早": (0, "morning"), "今晚": (0, "evening"), "今夜": (0, "night"),
    "昨晚": (-1, "evening"), "昨夜": (-1, "night"), "明晚": (1, "evening"), "明早": (1, "morning"),
    "前晚": (-2, "evening"),  # not 前夜: in the press the eve of something (开国大典的前夜)
}
#: Days relative to the date last mentioned (or the anchor when none was).
REF_DAY = {"当天": 0, "当日": 0, "同日": 0, "同一天": 0, "次日": 1, "翌日": 1, "第二天": 1,
           "前一天": -1, "当晚": 0, "当夜": 0}
REL_YEAR = {"大前年": -3, "前年": -2, "去年": -1, "上一年": -1, "上年": -1, "今年": 0, "本年": 0,
            "这一年": 0, "明年": 1, "后年": 2, "大后年": 3, "次年": 1, "翌年": 1, "同年": 0, "当年": 0}
REL_MONTH = {"上上个月": -2, "上一个月": -1, "上个月": -1, "上月": -1, "本月": 0, "这个月": 0,
             "当月": 0, "同月": 0, "下个月": 1, "下一个月": 1, "下月": 1, "次月": 1}
#: The part of day, by what a reader of the paper would call it.
PART_OF_DAY = {
    "凌晨": "early_morning", "清晨": "morning", "早晨": "morning", "早上": "morning", "早间": "morning",
    "上午": "morning", "中午": "noon", "正午": "noon", "午间": "noon", "午后": "afternoon",
    "下午": "afternoon", "傍晚": "evening", "晚上": "evening", "晚间": "evening", "夜间": "night",
    "夜里": "night", "深夜": "night", "半夜": "night", "午夜": "night", "白天": "daytime",
    "晚": "evening", "夜": "night", "早": "morning", "晨": "morning",
}
#: Words that place a time only vaguely: a mention with no value (or the anchor's).
FUZZY = ("现在", "截至目前", "截止目前", "到目前为止", "迄今为止", "迄今", "至今", "日前", "近日", "近期",
         "目前", "近来", "最近", "近年来", "近些年来", "近些年", "近几年来", "近几年", "近年", "连日来",
         "前不久", "不久前", "前些天", "前段时间", "近段时间")


def _alt(words) -> str:
    return "|".join(sorted(map(regex.escape, words), key=len, reverse=True))


_REL_DAY = _alt(REL_DAY)
_REF_DAY = _alt(REF_DAY)
_REL_YEAR = _alt(REL_YEAR)
_REL_MONTH = _alt(REL_MONTH)
_POD_ANY = _alt(PART_OF_DAY)
# a part of day that can stand alone (not 晚, 夜, 早, 晨: too many other meanings)
_POD_ALONE = _alt(w for w in PART_OF_DAY if len(w) > 1)
_ERAS = _alt(ERAS)
#: Holidays on a fixed day of the Gregorian calendar, and those on the n-th weekday of a month.
HOLIDAYS = {
    "元旦": (1, 1), "情人节": (2, 14), "妇女节": (3, 8), "植树节": (3, 12), "愚人节": (4, 1),
    "劳动节": (5, 1), "青年节": (5, 4), "儿童节": (6, 1), "建党节": (7, 1), "建军节": (8, 1),
    "教师节": (9, 10), "国庆节": (10, 1), "国庆": (10, 1), "圣诞节": (12, 25),
    "五一": (5, 1), "十一": (10, 1),  # by their dates: only in quotes or before 假期 (_NUMBER_HOLIDAY)
}
MOVABLE = {"母亲节": (5, 6, 2), "父亲节": (6, 6, 3), "感恩节": (11, 3, 4)}
#: Holidays of the lunar calendar: (lunar month, day); 除夕 is the last day of the year.
LUNAR_HOLIDAYS = {"春节": (1, 1), "元宵节": (1, 15), "元宵": (1, 15), "端午节": (5, 5), "端午": (5, 5),
                  "七夕节": (7, 7), "七夕": (7, 7), "中秋节": (8, 15), "中秋": (8, 15), "重阳节": (9, 9),
                  "重阳": (9, 9), "腊八节": (12, 8), "腊八": (12, 8), "除夕": (12, 0), "大年三十": (12, 0)}
#: The solar terms a date can be named by (雨水, 小雪, 大雪 are left out: weather words first).
SOLAR_TERMS = ("立春", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满", "芒种", "夏至", "小暑", "大暑", "立秋",
               "处暑", "白露", "秋分", "寒露", "霜降", "立冬", "冬至", "小寒", "大寒")
_HOLIDAY = _alt([h for h in HOLIDAYS if h[0] not in "五十"] + list(MOVABLE) + list(LUNAR_HOLIDAYS) + list(SOLAR_TERMS))
# 五一 and 十一 named by their dates are numbers elsewhere (十一五, 第十一, 十一人): holidays
# only in quotes (“十一”) or before a word of holidays (十一黄金周, 五一假期, 五一劳动节)
_HOLIDAY_WORDS = "假期|长假|小长假|黄金周|期间|前夕|前后|当天"
_NUMBER_HOLIDAY = (r"(?<![第\d〇零○一二三四五六七八九十两百])(?:五一|十一)(?=[”\"]?(?:" + _HOLIDAY_WORDS + "))"
                   r"|(?<=[“\"])(?:五一|十一)(?=[”\"](?!国际劳动节|劳动节|劳动奖|奖|牌))")  # “五一”劳动节: the 劳动节; “五一”劳动奖章, “五一”牌: names


def _date(p: str) -> str:
    """The pattern of one calendar expression; its groups are prefixed with ``p``."""
    clock = rf"""
        (?:[ ]?(?P<{p}hh>[01]?\d|2[0-4])[:：∶](?P<{p}mm>[0-5]\d)(?:[:：∶](?P<{p}ss>[0-5]\d))?时?
        | (?P<{p}h>{NUM12}|零)[ ]?(?P<{p}hu>时|点钟|点)
          (?:(?P<{p}min>半|一刻|三刻|[13]刻|[0-5]?\d|{CN99}|零[{_CN}])(?:分钟|分)?
             (?:(?P<{p}sec>[0-5]?\d|{CN99})秒)?)?
        )(?:许|整|左右|多)?
    """
    year = rf"""
        (?:(?P<{p}era>{_ERAS})(?P<{p}eran>元|{NUM12})年
        | (?:(?P<{p}yr1>{YEAR4})[ ]?(?:至|到|—{{1,2}}|－|-|–)[ ]?)?(?P<{p}y>{YEAR4})[ ]?年(?:度)?
        | (?P<{p}yr1>[12]\d{{3}})[ ]?(?:至|到|—{{1,2}}|－|-|–)[ ]?(?P<{p}y2m>\d{{2}})[ ]?年(?=[ ]?{NUM12}[ ]?月)
        | (?P<{p}y2>0\d|[{_YD}]{{2}})[ ]?年(?!级|代)
        | (?P<{p}y2m>\d{{2}})[ ]?年(?=[ ]?(?:{NUM12}[ ]?月|[上下前后]半年|第|[底初末]|的?第|的?前[\d{_CN}两]|的?最[后後初]))
        | (?<!马)(?P<{p}yrel>{_REL_YEAR})(?(?<=当年)(?=[ ]?(?:{NUM12}[ ]?月|[上下]半年|底|初|末|年底|年初)))
        )
    """
    n = rf"(?:\d{{1,2}}|{CN99})"

    def year_part(edge: str, of_year: bool) -> str:
        # a part of the year: quarters, halves, the months 1 to n, its start and end
        return rf"""
        (?:(?P<{p}qn>(?<!提)前[{_CN}两1-4]|头[{_CN}两1-4])个?季度
        | (?:第?(?P<{p}q>[一二三四1-4])|(?P<{p}q1>首)|(?<![A-Za-z])Q(?P<{p}qq>[1-4])(?!\d))(?:季度|(?<=Q\d))(?P<{p}qedge>初|末|底)?
        | (?P<{p}half>[上下后]|(?<!提)前)(?:个|一个)?半年
        | (?P<{p}full>全年)
        | (?P<{p}mn>(?<!提)前|头)(?P<{p}mnn>{NUM12})个?月(?:份)?
        | (?P<{p}mr1>{NUM12})[ ]?(?:至|到|—{{1,2}}|－|-|–|~)[ ]?(?P<{p}mr2>{NUM12})[ ]?月(?:份)?
        | {edge}{of_year_parts if of_year else ""}
        )
        """

    # parts that only follow a year: 2021年的第一周, 去年的前10天, 今年的最后3周
    of_year_parts = rf"""
        | (?P<{p}m1>首月)
        | 的?第(?P<{p}ordm>{n})个月
        | 的?第(?P<{p}ordw>{n})个?(?:周|週|星期|礼拜|禮拜)
        | 的?第(?P<{p}ordd>{n})天
        | 的?(?:前|头)[ ]?(?P<{p}firstn>{n})[ ]?个?(?P<{p}firstu>周|週|星期|礼拜|天)
        | 的?(?:最后|最後|后)[ ]?(?P<{p}lastn>{n})[ ]?个?(?P<{p}lastu>月|周|週|星期|礼拜|天)
    """

    after_year = year_part(rf"(?:年?(?P<{p}yedge>初|底|末|伊始)|年(?P<{p}yedge>中)(?![国华]))", True)
    alone = year_part(rf"年(?P<{p}yedge>初|底|末)", False)
    month = rf"""
        (?P<{p}lunar2>农历|阴历)?
        (?:(?P<{p}leap>闰)?(?P<{p}m>{NUM12}|(?<![\d{_CN}十百千万亿])元(?=月))[ ]?月(?:份)?(?!份额|革命)
        | (?P<{p}lm>正|腊|冬)月
        | (?P<{p}mrel>{_REL_MONTH})
        )
        (?:(?P<{p}xun>上旬|中旬|下旬)
        | 月?(?P<{p}medge>初|底|末)(?![{_CN}十])
        | 的?第(?P<{p}mweek>{n})个?(?:周|週|星期|礼拜|禮拜)(?![一二三四五六日天末1-7])
        | 的?第(?P<{p}mwdn>{n})个(?:周|週|星期|礼拜|禮拜)(?P<{p}mwd>[一二三四五六日天1-7])
        | 的?(?:前|头)(?P<{p}mfirst>{n}|两)天
        | 的?(?:最后|最後)(?P<{p}mlast>{n}|两)天
        )?
    """
    # a list of further days after a month and day: 9月10号，11号，12号
    dlist = rf"(?:(?<=[日号])(?P<{p}dlist>(?:[，、,][ ]?(?:\d{{1,2}}|{CN99})[ ]?[日号])+))?"
    half_month = rf"(?P<{p}hm>[上下])半(?P<{p}hmu>月|周|週)"
    day_end = r"(?=$|[\s，。,、；;：:！!？?）)」”至到\-—~～]|[上下中]午|早|晚|凌晨|夜)"
    day = rf"""
        (?:(?P<{p}d>{NUM12})[ ]?(?:至|到|—{{1,2}}|－|-|–|~)[ ]?(?P<{p}d2>{NUM12})[ ]?(?:日|号)
        | (?P<{p}d>{NUM12})[ ]?(?:日|号)
        | 初(?P<{p}ld>{CN99}|\d{{1,2}})
        | (?<=[正腊冬]月)(?P<{p}d>{CN99})
        | (?P<{p}d>\d{{1,2}}|{CN99}){day_end}
        | (?P<{p}drel>{_REL_DAY})
        | (?P<{p}dref>{_REF_DAY})
        )
    """
    bare_day = rf"""
        (?:(?<![\d{_CN}十])(?P<{p}d>[0-3]?\d)日(?!报(?![道告称讯])|[元本])
        | (?<![\d{_CN}十])(?P<{p}d>[{_CN}]?十[{_CN}]|[二三]十)[日号](?!报(?![道告称讯])|[元本])
        | (?P<{p}drel>{_REL_DAY})(?!头条|谈)
        | (?P<{p}dref>{_REF_DAY})
        | (?P<{p}pair>今明|明后|昨今)两(?P<{p}pairu>年|天|日)
        )
    """
    # written dates, all opening with a digit (tested first): 2024-10-23, 1994.01-19,
    # 2022 11 23, 2008.03, 09-01, 12-01 18:07, 11/3号, 6·30
    iso = rf"""(?=\d)(?:
        (?P<{p}iy>[12]\d{{3}})(?:
            (?P<{p}isep>[-./])(?P<{p}im>[01]?\d)(?P={p}isep)(?P<{p}id>[0-3]?\d)(?:(?![\d.])|(?=[0-2]\d[:：∶][0-5]\d))
          | [-./](?P<{p}im>0[1-9]|1[0-2])[-./](?P<{p}id>0[1-9]|[12]\d|3[01])(?![\d.])
          | \.(?P<{p}imo>0[1-9]|1[0-2])(?![\d.])
          | (?<=(?<![\d.])(?:19|20)\d\d)[ ](?P<{p}im>1[0-2]|0?[1-9])[ ](?P<{p}id>3[01]|[12]\d|0?[1-9])(?![\d.])
        )
        | (?<![\d.\-/:：])(?:
            (?P<{p}im>0[1-9])-(?P<{p}id>0[1-9]|[12]\d|3[01])(?![\d.\-/:：])
          | (?P<{p}im>1[0-2])-(?P<{p}id>0[1-9]|[12]\d|3[01])(?=[ ]?[0-2]?\d[:：∶][0-5]\d)
          | (?P<{p}im>1[0-2]|0?[1-9])/(?P<{p}id>[12]\d|3[01]|0?[1-9])[号日]
        )
        | (?<![\d.·])(?P<{p}im>1[0-2]|[1-9])·(?P<{p}id>[12]\d|3[01]|[1-9])(?![\d·])
        )"""
    compact = rf"(?<!\d)(?P<{p}iy>(?:19|20)\d{{2}})(?P<{p}im>0[1-9]|1[0-2])(?P<{p}id>[0-2]\d|3[01])(?!\d)"
    rel = r"上上上|下下下|上上个|上上個|下下个|下下個|上上|下下|上一|下一|上个|下个|上個|下個|这个|這個|上|下|本|这|這"
    week = rf"(?<!每|每个)(?P<{p}wrel>{rel})?(?:周|週|星期|礼拜|禮拜)(?P<{p}wd>[一二三四五六日天末1-7])"
    week_alone = rf"(?<!每)(?P<{p}wonly>(?:{rel})(?:周|週|星期|礼拜|禮拜))(?![一二三四五六日天末1-7])"
    quarter_rel = rf"(?P<{p}qrel>上上个|下下个|上上|下下|上个|上一个|上|本|这个|这|当|下个|下一个|下)季度(?P<{p}qedge>初|末|底)?"
    holiday = rf"(?:(?P<{p}hol>{_HOLIDAY}|{_NUMBER_HOLIDAY})|大年初(?P<{p}ld>{CN99}|\d{{1,2}}))"
    season = rf"(?P<{p}season>[春夏秋冬](?:季|天)(?!运动|奥|达沃斯|攻势)|[春夏秋冬](?=[，。、；\s]|$)|暑假)"
    season_alone = rf"(?P<{p}season>[春夏秋冬]季|暑假)(?=[，。、；]|期间|以来|里)"
    pod = rf"(?P<{p}pod>{_POD_ANY})"
    # a bare year closing a range opened by a dotted month (2008.03-2009): the range's end only
    ybare = (rf"\n| (?<=[12]\d{{3}}\.\d{{1,2}}[ ]?(?:至|到|~|～|—{{1,2}}|－|-|–)[ ]?)(?P<{p}ybare>[12]\d{{3}})(?![\d.年月/\-])"
             if p == "b_" else "")
    return rf"""
        (?:
          {iso}
        | {compact}
        | (?P<{p}lunar>农历|阴历)?{year}(?:{holiday}|{after_year}|{month}(?:{day}{dlist})?|的?{season})?
        | {alone}
        | {quarter_rel}
        | {half_month}
        | {month}(?:{day}{dlist})?
        | (?:农历|阴历)?{holiday}
        | {season_alone}
        | {bare_day}
        | {week}
        | {week_alone}{ybare}
        )
        (?:[ ]?[，,]?[ ]?{week})?
        (?:{pod})?
        (?:{clock})?
    """


# 现在 is no time word inside 出现在, 表现在, 体现在 (a verb and 在)
_FUZZY_REST = _alt(w for w in FUZZY if w != "现在")
_ERA = rf"""
    (?P<era>
      (?:(?P<cent_rel>上|本|这个|上个)|(?P<cent>\d{{1,2}}|[{_CN}十]{{1,3}}))世纪
      (?:(?P<dec_lo>一(?=二十年代)|二(?=三十年代)|三(?=四十年代)|四(?=五十年代)|五(?=六十年代)|六(?=七十年代)|七(?=八十年代)|八(?=九十年代))?(?P<dec>\d0|[{_CN}]十)年代)?
      (?P<era_part>初期|末期|前期|中期|后期|上半叶|下半叶|中叶|初|末|中)?
    | (?P<dec_lo2>一(?=二十年代)|二(?=三十年代)|三(?=四十年代)|四(?=五十年代)|五(?=六十年代)|六(?=七十年代)|七(?=八十年代)|八(?=九十年代))?(?P<dec_only>\d0|[{_CN}]十)年代(?P<dec_part>初期|末期|前期|中期|后期|初|末|中)?
    )
"""
_FYP = rf"""
    (?P<fyp_all>(?P<fyp_q>[“"])?十(?P<fyp>[{_CN}])五(?(fyp_q)[”"])(?:(?P<fyp_during>期间|时期)|(?=规划|以来|末|初|开局|收官)))
"""
_DUR = rf"""
    (?P<dur_pre>过去的|过去|最近的|最近|近|(?<![提的])前|今后|未来的|未来|此后|之后|之前|再过|(?:(?<!\p{{Han}})|(?<=[等又]))过(?!去))?
    (?P<dur_n>{DUR_NUM}|半|一两|两三|三四|四五|五六|七八|俩|仨)
    (?P<dur_more>多)?(?P<dur_ge>个|個)?(?P<dur_more2>多)?(?P<dur_half>半)?
    (?P<dur_unit>世纪|周年|年|月|季度|星期|礼拜|禮拜|周|週|天|日|个?小时|个?钟头|刻钟|分钟|秒钟|秒|工作日|交易日
      |分(?=半)|载(?:春秋)?(?![人客货体重荷入明有运具波])(?<![千万]载))
    (?P<dur_more3>多)?(?P<dur_half2>半)?(?:(?<=分半)钟)?
    (?P<dur_post>以来|来|以前|之前|前|以后|之后|后|以内|之内|内|左右|里)?
"""
_TIME_ALONE = rf"""
    (?P<tpod>{_POD_ALONE}|晚|早|夜)?
    (?:(?P<thh>[01]?\d|2[0-4])[:：](?P<tmm>[0-5]\d)(?:[:：](?P<tss>[0-5]\d))?(?![万亿])
      | (?P<th_lo>(?:一(?=[两二])|两(?=三)|二(?=三)|三(?=四)|四(?=五)|五(?=六)|六(?=七)|七(?=八)|八(?=九)|九(?=十[ ]?[时点])|十一(?=二))(?=\S{{1,2}}[ ]?[时点]))?
        (?P<th>{NUM12})[ ]?(?P<thu>时|点钟|点)
        (?:(?P<tmin>半|一刻|三刻|[13]刻|[0-5]?\d|{CN99}|零[{_CN}])(?:分钟|分)?(?:(?P<tsec>[0-5]?\d|{CN99})秒)?)?
    )(?:许|整|左右|多)?
    (?:{SEP}(?P<t2next>次日|翌日|第二天)?(?P<tpod2>{_POD_ALONE}|晚)?(?:(?P<t2hh>[01]?\d|2[0-4])[:：∶](?P<t2mm>[0-5]\d)|(?P<t2h>{NUM12})[ ]?(?:时|点钟|点)(?:(?P<t2min>[0-5]?\d|{CN99}|半)(?:分钟|分)?)?))?
  | (?<![春今昨明当])(?P<tpod_alone>{_POD_ALONE})(?:{SEP}(?P<t2next>次日|翌日|第二天)(?P<tpod2>{_POD_ALONE})?)?
"""

# Every expression opens with a number followed by what can follow one in a time expression
# (2019年, 十月, 8个月, 10:30), or with one of the openings below (今天, 上午, 前三季度, 截至,
# 当地时间, 中秋节 ...). Tested first at each position, with a set of first characters before
# it, this lets the scanner pass over running text at once: measured 10x faster than trying
# the whole pattern everywhere, with the same matches on the e-paper month.
_NUMERALS = "一二三四五六七八九十两〇零○廿卅百千万俩仨几数若半"
_UNIT = "年月日号天周週星礼禮拜点时秒世季刻钟小工交至到—－-–~～·初夜历干半多余载:：∶./"
_NUMBER_OPENING = (
    rf"(?<![\d.])(?<!\d,)\d+(?:[.,]\d+)*万?(?:[ ]?[个個]?(?:分钟|分半|[{regex.escape(_UNIT)}])|[ ]\d)"  # 2019年, 8个月, 10:30, 2022 11 23
    rf"|(?<!\d)\d{{8}}(?!\d)"  # 20240307
    rf"|[{_NUMERALS}]+[个個]?(?:分钟|分半|[{regex.escape(_UNIT)}])"  # 二〇二四年, 几秒钟, 半天
    rf"|十[{_CN}]五"  # 十四五
    rf"|{_NUMBER_HOLIDAY}"  # “十一”, 五一假期
)
_OPEN_SPECIAL = {  # openings more particular than a pair of characters
    "第": rf"第[{_NUMERALS}\d]+个?[天年月周週星礼禮季]",
    "这": r"这(?:个[月星礼季周週]|一[年天周]|[周週星礼月年季])",
    "未": rf"未来的?[{_NUMERALS}\d]",
    "过": rf"过(?:去的?|(?<=[^\u4e00-\u9fff]过)|(?<=[等又]过)|(?<=^过))[{_NUMERALS}\d]",  # 过去3年, 过两天
    "之": rf"之[后前][{_NUMERALS}\d]",
    "此": rf"此后[{_NUMERALS}\d]",
    "今": rf"今(?:[天日年晨早晚夜明]|后[{_NUMERALS}\d])",
    "明": rf"明(?:[天日年晚早]|后两)",
    "昨": rf"昨(?:[天日晚夜]|今两)",
    "北": "北京时间",
    "当": r"当(?:地时间|[天日年月晚夜])",
    "最": "最近",
}
_OPEN_PAIRS = {
    "上": "上下午周週星礼禮个個一月年半世季旬", "下": "下上午周週星礼禮个個一月年半旬季", "本": "周週星礼禮月年日季世",
    "這": "個週", "前": "天年晚夜不些段两" + _NUMERALS + "0123456789",
    "头": _NUMERALS + "0123456789", "首": "月季", "全": "年天",
    "近": "日期来年些几段" + _NUMERALS + "0123456789", "再": "过", "自": "0123456789" + _NUMERALS + "今去明上本",
    "从": "0123456789" + _NUMERALS + "今去明上本", "截": "至止", "年": "初底末", "周": "一二三四五六日天末1234567",
    "週": "一二三四五六日天末", "星": "期", "礼": "拜", "禮": "拜", "春": "季天节分", "夏": "季天至",
    "秋": "季天分", "冬": "季天至月", "暑": "假", "正": "月", "腊": "月八", "闰": _NUMERALS + "0123456789正腊冬",
    "农": "历", "阴": "历", "大": "前后後大年寒暑", "Q": "1234", "“": "十", '"': "十",
}
_PAIRS: set[str] = {c + n for c, nexts in _OPEN_PAIRS.items() for n in nexts}
_WORDS: set[str] = set()  # whole words opening an expression, for first characters not above
for _words in (REL_DAY, REF_DAY, REL_YEAR, REL_MONTH, PART_OF_DAY, FUZZY, ERAS, HOLIDAYS, MOVABLE,
               LUNAR_HOLIDAYS, SOLAR_TERMS):
    for _w in _words:
        if _w[0] in _OPEN_PAIRS:
            _PAIRS.add(_w[:2])
        elif _w[0] not in _NUMERALS and _w[0] not in _OPEN_SPECIAL:
            _WORDS.add(_w)
_WORDS.add("元月")  # January
for _c in "自从":  # 从春节, 自国庆: a prefix before any word that opens an expression
    _PAIRS |= {_c + _w[0] for _w in _PAIRS | _WORDS | set(_OPEN_SPECIAL)} | {_c + _n for _n in _NUMERALS}
_BY_FIRST: dict[str, set[str]] = {}
for _p in _PAIRS:
    _BY_FIRST.setdefault(_p[0], set()).add(_p[1])
_WORDS_BY_FIRST: dict[str, list[str]] = {}
for _w in sorted(_WORDS, key=len, reverse=True):
    _WORDS_BY_FIRST.setdefault(_w[0], []).append(_w)
# the first characters alone: a set the scanner tests before the openings themselves
_STARTS = regex.escape("".join(sorted(
    set("0123456789" + _NUMERALS) | set(_OPEN_SPECIAL) | set(_BY_FIRST) | set(_WORDS_BY_FIRST)
)))
_OPENING = "|".join(
    [_NUMBER_OPENING]
    + list(_OPEN_SPECIAL.values())
    + [f"{regex.escape(c)}[{regex.escape(''.join(sorted(n)))}]" for c, n in sorted(_BY_FIRST.items())]
    + ["|".join(map(regex.escape, ws)) for _, ws in sorted(_WORDS_BY_FIRST.items())]
)

_BODY = rf"""
    (?:
    (?P<fuzzy>(?<![出表体呈展实发再重涌浮显闪])现在|{_FUZZY_REST})(?![\d一二三四五六七八九十两几数半])
  | {_FYP}
  | {_ERA}
  | (?P<expr>
      (?P<local>当地时间|北京时间)?[ ]?
      (?P<pre>自|从|截至|截止到|截止)?
      (?:{_date("a_")})
      (?:(?:起(?=[ ]?至))?(?P<sep>{SEP}|和(?=[^，。；]{{1,14}}?之?间))(?:{_date("b_")}))?
      (?P<post>以来|至今|[到至](?:现在|目前)|起|开始|左右|前后|期间|之际|之间|间|以前|之前|以后|之后|止
        |前(?!往|进|行|来|去|列|面|线|方|夕|景|途|提|期|沿|台|者|身|任|所|后|世|三|两|半|几|[{_CN}\d]))?
    )
  | (?P<dur>{_DUR})
  | (?P<time>(?P<tlocal>当地时间|北京时间)?{_TIME_ALONE})
    )
    """
#: The whole pattern, for a search anywhere.
TIME_EXPR = regex.compile(rf"(?=[{_STARTS}])(?={_OPENING}){_BODY}", regex.VERBOSE)
#: The expression at a given position (``EXPR_AT.match(text, pos)``), and the positions where
#: one can start: found with the standard library's ``re``, whose scan for a set of first
#: characters is several times faster; the two together find exactly what TIME_EXPR finds.
EXPR_AT = regex.compile(_BODY, regex.VERBOSE)
CANDIDATES = re.compile(f"(?=[{_STARTS}])(?={_OPENING})")

# Phrases in which a time word is no time: 百年变局, 五点建议 are guarded in the resolver.
IDIOMS = regex.compile(
    r"两个一百年|百年(?:未有|变局|大计|老店|树人|好合|大党)|千年大计|一日(?:之计|千里|三秋)|[那哪每]一?(?:年|天|日|月)"
    r"|[一每](?:年|月|周|天|日)一(?:度|次|届|回)"  # 一年一度: once a year
    r"|(?<=的)一天|周期(?!间)|后天下|清明上河图|一次日常|同日而语|光明日报"
    r"|(?<![比例譬假诸])如今(?=年)"  # 如今年收入, 如今年轻人: 如今 and a word; 比如今年 is this year
    r"|(?<=\d|[一二两三四五六七八九十几])个?年(?=轻|龄|级)"  # 两个年轻人, 三个年级: no years
    r"|一(?:年|天|月)更?比一(?:年|天|月)"  # 一年比一年好: year by year  # 忙碌的一天, 零周期, 后天下之乐而乐
    r"|(?<![前后])的(?:今天|明天|昨天)"  # 中国的明天, 全球化的今天: the future, the present (70年后的今天 is a day)
    r"|(?:夜间|晚间|白天|夜晚|深夜)(?=经济|消费|营业|停车|旅游|文旅|业态|市场|照明|灯光|施工|出行|模式|时段|服务|门诊|航班|生活|食堂"
    r"|餐饮|公共|交通|商业|动物|作业|体验|娱乐|游览|演出)"
    r"|白天黑夜|白天鹅"
    r"|年龄"  # 60岁以上年龄组
)
