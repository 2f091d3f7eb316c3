"""Figures with exact values → :class:`Figure`.

What a Chinese newspaper states as a figure, and how it is read (values exact, Decimal):

- counts with a measure word and what they count: 1371家工会帮扶中心 (unit 家, of
  工会帮扶中心), 31个省（区、市）, 8个月, 3000多名 (hedge 多);
- percentages and shares: 5.8%, 百分之五点八, 四成 (40), 一半 (50), 2个百分点 (unit
  个百分点, points not percent), 三分之一 (a ratio);
- money with its ISO 4217 currency: 1.2万元, 3亿美元, 人民币500元, 5000亿元人民币,
  三万元欧元 (the currency named after 元), 两个亿; 块 only where money is meant (三块钱,
  三块七, 花费我三块; 两块金牌 counts medals); coins (20个比特币) are money with no code;
- physical quantities: 公里, 平方米, 吨, 千瓦时, 亩 …, 两 (a liang) where it cannot be
  "two" (三十两, 二两肉), 8米15 (8.15 m), 23秒80 (a race time);
- a unit written once after coordinated numbers goes to each (0.6和0.7个百分点);
- ordinals: 第十六次, 第四批, 第3版, 第二季度;
- hedges (近四成, 约, 超过, 逾, 不足, 左右, 多, 余, 上百, 数十) and ranges (五六百,
  3至5年, 10%—15% → ``low``/``high``), and the change a figure measures (同比增长 5.8%);
- bare numbers (1371, 1.2万, 一千三百七十一) as kind ``number``.

Not figures: the article 一 with a measure word (一批经验做法, 一个重要进展), words that
hold a numeral (进一步, 统一, 之一, 千家万户), names (一带一路, 十四五, “3+1”, 5G),
years, dates, clock times and phone numbers (the dates extractor reads those).

A numeral that cannot be read exactly (1.2.3万, 万万亿元) is kept with no value and a
``reason``.
"""

from __future__ import annotations

import decimal
from decimal import Decimal

import regex

from newsie.document import Document, fold_width
from newsie.draft import Draft
from newsie.numerals import EXACT, fold_numeral, read_number
from newsie.records import Figure
from newsie.registry import extractor

__all__ = ["find_figures", "figures_in", "make_figures", "CURRENCIES"]

# -- lexicons (ordered longest first where order decides a match) -----------------------

#: Currency words → ISO 4217, after the number (元, 美元) or before it (人民币, US$).
CURRENCIES = {
    "人民币": "CNY", "元人民币": "CNY", "元": "CNY", "圆": "CNY", "块钱": "CNY", "块": "CNY",
    "美元": "USD", "美金": "USD", "美圆": "USD", "欧元": "EUR", "日元": "JPY", "英镑": "GBP",
    "港元": "HKD", "港币": "HKD", "澳元": "AUD", "澳大利亚元": "AUD", "加元": "CAD",
    "加拿大元": "CAD", "卢布": "RUB", "韩元": "KRW", "泰铢": "THB", "印度卢比": "INR", "卢比": "INR",
    "新台币": "TWD", "台币": "TWD", "瑞士法郎": "CHF", "新加坡元": "SGD", "新元": "SGD",
    "澳门元": "MOP", "澳门币": "MOP", "林吉特": "MYR", "兰特": "ZAR", "雷亚尔": "BRL",
    "里拉": "TRY", "迪拉姆": "AED", "坚戈": "KZT", "比索": "MXN", "新西兰元": "NZD",
    "特别提款权": "XDR", "奈拉": "NGN", "美分": "USD", "$": "USD", "US$": "USD", "￥": "CNY", "¥": "CNY", "€": "EUR", "£": "GBP",
    "日币": "JPY", "韩币": "KRW", "澳币": "AUD", "新加坡币": "SGD", "缅元": "MMK",
    # cryptocurrencies are money without an ISO 4217 code
    "比特币": None, "以太币": None,
}
#: Coins counted with a measure word: 20个比特币 is money, not a count.
_COINS = ("比特币", "以太币")
_CUR_AFTER = sorted((c for c in CURRENCIES if c not in ("$", "US$", "￥", "¥", "€", "£")), key=len, reverse=True)
# A currency named after 元 (三万元欧元, 9000元日币): that currency is the one meant.
_CUR_NAME_AFTER = regex.compile("|".join(
    regex.escape(c) for c in _CUR_AFTER if not c.startswith(("元", "圆", "块", "人民币"))))
_CUR_BEFORE = ["人民币", "美元", "欧元", "港币", "日元", "英镑", "US$", "$", "￥", "¥", "€", "£"]

#: Physical units (kind quantity), longest first.
QUANTITY_UNITS = (
    "平方公里", "平方千米", "平方米", "平方厘米", "立方米", "立方厘米", "千米/小时", "公里/小时",
    "公里每小时", "米/秒", "千瓦时", "万千瓦时", "兆瓦时", "千瓦", "千伏", "万伏", "伏", "兆瓦", "吉瓦", "万千瓦", "瓦",
    "标准箱", "公里", "千米", "厘米", "毫米", "微米", "纳米", "海里", "英里", "光年", "米", "平米",
    "公顷", "亩", "吨", "千克", "公斤", "毫克", "克", "斤", "升", "毫升", "立方", "桶", "摄氏度", "℃",
    "度电", "马力", "分贝", "公分", "微克", "兆赫兹", "千赫兹", "赫兹", "千卡", "卡路里", "千比特",
    "比特", "兆字节", "千字节", "字节", "TEU", "km", "kg", "cm", "mm", "KM", "KG", "CM", "MM", "m",
)
#: Time spans: counts (8个月 is a count of months).
TIME_UNITS = (
    "个多月", "个半月", "个月", "个多小时", "个小时", "个星期", "个工作日", "个季度", "周年", "周岁",
    "多年", "年", "小时", "分钟", "秒钟", "秒", "天", "周", "星期", "工作日", "昼夜", "岁",
)
#: Measure words that stand for what they count (no noun after them).
COUNT_NOUNS = ("人次", "架次", "辆次", "艘次", "场次", "件次", "户次", "批次", "人口", "部门", "人", "户", "倍")
#: Measure words (量词) that a counted noun may follow: 1371家工会帮扶中心.
MEASURE_WORDS = (
    "个", "家", "批", "名", "位", "项", "条", "件", "次", "届", "座", "所", "只", "头", "辆",
    "架", "艘", "台", "套", "部", "本", "篇", "份", "场", "轮", "起", "例", "宗", "笔", "处",
    "栋", "幢", "间", "张", "枚", "颗", "棵", "株", "支", "首", "幅", "类", "种", "级", "层",
    "期", "组", "对", "双", "段", "片", "群", "队", "趟", "列", "班", "款", "票", "根", "粒",
    "剂", "箱", "袋", "瓶", "包", "盒", "单", "版", "章", "节", "所", "站", "村", "镇", "县",
    "亿", "省", "区", "市", "代", "辑", "册", "卷", "门", "道", "座", "扇", "顶", "台", "代",
    "分", "挡", "楼", "路", "块", "面",
)
# After a Chinese numeral some measure words are mostly parts of words or idioms
# (十分, 两手, 三心二意, 五湖四海, 一道): counted only after Arabic numerals.
_ARABIC_ONLY = set("门道段片群列单章节册卷扇顶村镇县省区市亿代分挡楼路")
#: 点 counts items of speech (五点建议) only before these nouns; elsewhere it is a clock.
_POINT_NOUNS = ("建议", "意见", "要求", "希望", "共识", "主张", "倡议", "看法", "体会", "启示",
                "经验", "原则", "举措", "措施", "成果", "内容", "理由", "考虑", "思考", "认识",
                "期待", "期许", "指示", "重要指示", "批示", "号召", "感受", "收获", "做法")
#: Nouns that take a Chinese numeral with no measure word: 三原则, 五原则.
_BARE_NOUNS = ("原则",)

# Words that name rather than count: plans, slogans, holidays, idioms.
_NAMES = (
    "一带一路", "十四五", "十三五", "十二五", "十一五", "十五规划", "两个一百年", "四个全面",
    "四个意识", "四个自信", "两个维护", "两个确立", "五位一体", "一国两制", "两学一做", "三严三实",
    "四个现代化", "三个代表", "八项规定", "三农", "两会", "两岸", "两国", "两党", "两军", "两院",
    "七一勋章", "八一勋章", "五四运动", "五四精神", "双一流", "三大攻坚战", "九二共识",
    "一心一意", "三心二意", "五湖四海", "千方百计", "四面八方", "千家万户", "万众一心", "千千万万",
    "千丝万缕", "一五一十", "七上八下", "九牛一毛", "十全十美", "四通八达", "五花八门", "三番五次",
    "七嘴八舌", "千军万马", "万无一失", "一石二鸟", "一举两得", "两全其美", "三令五申", "五颜六色",
    "十万火急", "九死一生", "半信半疑", "一干二净", "千辛万苦", "万水千山", "千山万水", "千锤百炼",
    "百花齐放", "百家争鸣", "百年大计", "百年大党", "百年变局", "千载难逢", "万紫千红", "一年四季",
    "十字路口", "十字架", "三角", "四季", "五星红旗", "七彩", "八卦", "九州", "万里长城", "万物",
    "亿万", "千万", "万一", "十分", "一点一滴", "一点点", "最后一公里", "翱翔九天", "九天揽月", "九霄", "军事五项", "现代五项", "海军五项", "空军五项",
    "铁人三项", "四两拨千斤", "半斤八两", "三位一体", "四位一体", "成千上万", "唯一", "三轮车", "一二三", "二手", "三角", "百姓", "百货", "千年", "百年", "万象", "三亚", "六盘水",
    "五指山", "三明", "七台河", "十堰", "九江", "四川", "四平", "三门峡", "万宁", "万州",
)
_NAME_RE = "|".join(sorted(map(regex.escape, _NAMES), key=len, reverse=True))

_HEDGE_BEFORE = ("将近", "接近", "近乎", "大约", "约合", "约为", "约", "近", "超过", "超出", "超",
                 "逾", "不足", "不到", "不少于", "不低于", "不超过", "至少", "最多", "多达", "高达")
_HEDGE_AFTER = ("左右", "上下", "以上", "以下", "以内", "之多", "开外", "出头", "有余", "多", "余")
_HEDGE_MAG = ("上", "数", "几", "成")  # only before a bare magnitude: 上百, 数十, 几千

_CHANGE = regex.compile(
    r"(?:(?:同比|环比|比上年同期|较上年同期|比去年同期|较去年同期|比上年|较上年|比去年|较去年|"
    r"比上月|较上月|同期)(?:分别)?)?"
    r"(?:增长|下降|增加|减少|提高|降低|上升|回落|上涨|下跌|回升|下滑|扩大|缩小|收窄|增|降|涨|跌|减)"
    r"(?:了|约|近|超)?$"
)

# -- the pattern -----------------------------------------------------------------------

_CN = "零〇○一二两三四五六七八九十百千万亿兆廿卅壹贰叁肆伍陆柒捌玖拾佰仟萬億兩倆"
_CNDIG = "零〇○一二两三四五六七八九壹贰叁肆伍陆柒捌玖兩"
# A numeral: Arabic (with Chinese magnitudes after it), or Chinese; 多/余/几 may sit
# inside before a magnitude (十余万), 点 between digits (五点八).
_NUM = (
    # Arabic: 1,371 16.4 .5; the full-width comma (a clause's) groups thousands only in a
    # number with decimals (82，225.00): $20，300美圆 is two prices
    r"(?:[-−负]?(?:\d{1,3}(?:[,，]\d{3})+\.\d+|\d+(?:,\d{3}(?!\d))*(?:\.\d+)*|(?<![\d.])\.\d+)"
    r"(?:[多余几](?=[十百千万亿]))?"  # 3000多万
    r"(?:[十百千万亿兆]+(?:零?(?:\d+(?:\.\d+)?|[一二两三四五六七八九]))*)*"  # 1.2万, 5万4千6百, 200亿零四千230
    rf"|负?[{_CN}](?:[{_CN}]|点(?=[{_CNDIG}])|[多余几来](?=[十百千万亿]))*)"  # 一千三百七十一, 五点八
)
_NUMC = regex.compile(_NUM)
_SEP = r"(?:——|--|[至到~～—\-–])"
_MONTHISH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAYISH = r"(?:3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])"
_YEARISH = r"(?:\d{4}|[零〇○一二三四五六七八九]{4})"

# Units that take 半 before them: 半斤, 半小时, 半年 (not 上半年, a period)
_HALF_UNITS = "|".join(["小时", "个小时", "个月", "年", "天", "斤", "公斤", "米", "公里", "亩", "吨"])

# A unit written on both ends of a range (1万元—5万元, 10%—15%).
_RANGE_UNITS = "|".join(sorted(map(regex.escape, set(_CUR_AFTER) | set(QUANTITY_UNITS) | {"家", "个", "人", "年", "天"}),
                               key=len, reverse=True))

_PATTERN = regex.compile(
    rf"""
    # ---- not figures: names, dates, clock times, phone numbers, codes ----
      (?P<skip>
          (?:{_NAME_RE})(?![亿万]?分之)
        | [“"「]{_NUM}[^”"」\n%元]{{0,8}}[”"」]                     # “3+1”, “四个全面”: a quoted name
        | [A-Za-z][A-Za-z\d\-.]*\d[\dA-Za-z]*                       # G20, C919, COVID-19, Cloud2.0
        | \d+(?:\.\d+)?[A-Za-z]+(?:/[A-Za-z]+)?(?![A-Za-z])(?<!\d(?:km|kg|cm|mm|m|KM|KG|CM|MM|TEU))  # 5G, 4K, 8.448M/S
        | \d+(?:\.\d+)?[∶:比]\d+                                     # scores and ratios: 15∶0
        | \d+\+\d*\w*                                                # 3+1, 1+N
        | \d{{3,4}}-\d{{7,8}} | (?<!\d)1[3-9]\d{{9}}(?!\d)            # phone numbers
        | \d{{1,2}}[:：]\d{{2}}(?:[:：]\d{{2}})?                       # 10:30
        | \d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}                         # 2019-10-01
        | (?<![\d.])(?:1[0-2]|0?[1-9])\.(?:3[01]|[12]\d|0?[1-9])(?=[ ]*\d{{1,2}}[:：]\d{{2}})   # 10.29 18:30
        | (?<=^|[ （(\[【])(?:1[0-2]|0?[1-9])\.\d{{1,2}}(?:[—\-–~/]\d{{1,2}}(?:\.\d{{1,2}})?)+(?![\d.%])  # 11.1—11.3
        | (?<!\d)(?:[5-9]0|00|10)后(?!\d)                             # 80后: a generation
        | (?:{_YEARISH}{_SEP})?{_YEARISH}年(?:代|度)?
            (?:(?:{_MONTHISH}{_SEP})?{_MONTHISH}月(?:份)?(?:{_DAYISH}[日号])?)?   # 2024年10月23日
        | \d{{2}}年代 | {_NUM}世纪
        | (?:{_MONTHISH}{_SEP})?{_MONTHISH}月(?!份?[以来])(?:份)?(?:{_DAYISH}[日号](?:{_SEP}{_DAYISH}[日号])?)?  # 1至9月, 10月23日
        | (?:{_DAYISH}{_SEP})?{_DAYISH}[日号](?![元])                  # 23日
        | (?:上午|下午|晚上|凌晨|早上|中午|傍晚|早|晚)?{_NUM}[时点](?:{_NUM}分|[半整钟])(?:{_NUM}秒)?  # 10时30分
        | (?:上午|下午|晚上|凌晨|早上|中午|傍晚|早|晚){_NUM}[时点]      # 上午9点
        | {_NUM}时(?![间期代尚刻候])                                   # 10时
        | 前?[一二三四1-4]季度                                          # 前三季度: a period
        | 第?[一二三四五六七八九十\d]+中全会                              # 四中全会
      )
    # ---- figures ----
    | (?P<hedge>{"|".join(_HEDGE_BEFORE)})?
      (?:
          (?P<pct_of>[百千万]+分之|[佰仟萬]分之)(?P<pnum>{_NUM})          # 百分之五点八, 千分之二
        | (?P<ord>第)(?P<onum>{_NUM})                                  # 第十六次
        | (?P<frac>(?:负?{_NUM}又)?负?{_NUM}分之负?{_NUM}                # 三分之一, 负一又二分之一
                  |(?<![\d/])-?(?:\d+[ ])?\d+[/／]\d+(?![\d/]))          # 3/5, 1 3/5
        | (?P<half>一半|半数|过半|多半|半成|半百)
        | (?<![上下前后多])半(?P<halfunit>{_HALF_UNITS})(?![\p{{Han}}]{{0,1}}(?<=年[度级]))
        | (?P<mag>[两三四五六七八九个]位数)                              # 两位数
        | (?:(?P<curpre>人民币|新台币|美元|欧元|港币|日元|英镑|US\$|\$|￥|¥|€|£)[ ]?)?
          (?P<maghedge>{"|".join(_HEDGE_MAG)})?(?P<num>{_NUM})
          (?:(?P<u1>%|个百分点|百分点|{_RANGE_UNITS})?(?:[（(]含[）)])?(?P<sep>{_SEP}|或)(?P<num2>{_NUM})(?(u1)(?=(?P=u1))))?
      )
    """,
    regex.VERBOSE,
)

_UNIT_AFTER = regex.compile(
    r"(?P<inner>多|余|来|几)?(?P<unit>"
    + "|".join(
        regex.escape(u)
        for u in sorted(
            set(("%", "个百分点", "百分点", "成")) | set(QUANTITY_UNITS) | set(TIME_UNITS)
            | set(COUNT_NOUNS) | set(MEASURE_WORDS) | set(_CUR_AFTER) | {"点"} | set(_BARE_NOUNS),
            key=len,
            reverse=True,
        )
    )
    + ")"
)
_POST_HEDGE = regex.compile("|".join(_HEDGE_AFTER))
_YUAN_TAIL = regex.compile(rf"(?:(?P<jiao>[{_CNDIG}\d])[角毛])?(?:(?P<fen>[{_CNDIG}\d])分)?(?:整|正|(?<=[角毛分])钱)?")
_INCLUSIVE = regex.compile(r"[（(](?:含|不含)[）)](?=以上|以下|以内)")  # 50万元（含）以上
_OF_STOP = regex.compile(
    r"的|和|与|及|或|等|对|在|是|成为|作为|将|已|(?<!平)均|都|也|还|就|(?<!棉)被(?![子褥单告])|把|从|于|并|而|但|且|即|"
    r"其|占|(?<![发到表传雷抵])达|由|较|让|给|跟|按|至|到|每|参与|参加|开展|实现|完成|获得|保持|进行|纳入|入选|"
    r"通过|超过|同比|增长|下降|累计|共计|合计|分别|相继|先后|陆续|正在|得到|受到|来自|位于|"
    r"覆盖|涉及|包括|签约|落地|投入|组成|构成|没有|带动|吸引|提供|举办|举行|接受|建成|列入|"
    r"入驻|分布|进入|加入|落户|左右|以上|以下|以内|之间|之中|当中|中的|里的|上的|参加|决定|联合|"
    r"推进|展现|双双|宣告|开通|创作|参展|参赛|守护|基础上|了"
)
_FINANCIAL = set("壹贰叁肆伍陆柒捌玖拾佰仟")
_PLAIN_DIGITS = set("零〇○一二两三四五六七八九")
_MAGS = set("十百千万亿兆")
_BIG_MAGS = set("百千万亿兆")
_CN_ONE_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")}
_KILO = regex.compile(r"千米|千克|千瓦|千伏|千卡|千比特|千字节|千赫兹|万千瓦|百分点|千帕|百帕|兆字节|兆赫兹|兆瓦")
_ENUM_PAREN = regex.compile(r"（[\p{Han}]{1,2}(?:、[\p{Han}]{1,2})+）")


def _is_chinese(num: str) -> bool:
    return not any(c.isdigit() for c in num)


# Predicates that end a counted noun wherever they stand (and leave none when they stand
# first: 4个摘掉了…): verbs that are rarely part of a noun, sentence adverbs, particles.
_OF_VERBS = regex.compile(
    r"报名|聚集|齐聚|欢聚|相聚|汇聚|亮相|离开|抵达|来到|前往|走进|走访|走过|发表|签署|符合|增援|"
    r"作出|做出|建起|创收|发挥|予以|落选|当选|获奖|夺冠|荣获|赢得|获评|共同|同时|同样|纷纷|已经|"
    r"仍然|继续|开始|需要|可以|能够|应当|必须|全部|全都|一起|一同|一道|采取|利用|承担|负责|提出|"
    r"发出|推出|设立|成立|建立|组建|合并|得以|深入|重新|甚至|正式|率先|首次|再次|依然|"
    r"表示|认为|介绍|指出|强调|说明|显示|表明|涌现|脱颖而出|加盟|入围|聚焦|围绕|包含|包揽|"
    r"包括|集中|分布|坐落|位居|名列|居于|位列|跻身|跨越|迈着|穿着|身着|手持|带着|随着|冒雨|"
    r"自发|主动|积极|踊跃|相互|互相|倾情|通力|整齐|同台|先期|陆续|遭到|惨遭|成功|顺利|"
    r"减为|增至|减至|降至|升至|增加到|减少到|发展到|摘掉|摘下|取消|告别|重返|赶赴|奔赴|"
    r"亲临|亲手|专程|特地|分获|分列|获颁|领取|收到|收获|搭载|装载|满载|承载|驶离|驶入|"
    r"脱贫|增收|受益|致富|摘帽|出列|出战|出征|参赛|参演|格外|突然|拥有|贯穿|精彩纷呈|引人注目|"
    r"提交|安置|支付|制定|观看|替换|淘汰|减少|增加(?!值|额|量)|流下|杀掉|互赠|静静|高效|"
    r"创造|播出|跨入|加快|挂上|挂起|接到|喜迁|携手|反复|代替|取代|回信|排名|"
    r"非常|十分|特别|尤其|竞相|争相|迎风|飘扬|招展|高高|徐徐|冉冉|"
    r"了|着|过|吗|呢|吧|啊|呀|哩|啦|嘛"
)
# Adverbs that end a counted noun of one character or more (两个队又双双…)
_OF_ADVERB = regex.compile(r"又|再|曾|仍|才|(?<!方)便")
# Words that end a counted noun once it has two characters (5家股份有限公司 keeps 有限;
# 25个项目之一 loses 之一): one-character predicates and localizers.
_OF_BREAK = regex.compile(
    r"之|共|正|各|随|向|(?<![行作认成因])为|以|因|来(?!源|宾|华|访|信|客)|去(?!处|向)|走(?!廊|道)|"
    r"[成建办做搞开拿变加](?=了)|不(?!锈|动产|良)|(?<!心)得(?!主)|更|最|很|极|当(?![地事代局年前天日时场下中今选家])|"
    r"上(?=[持有发取获做作得达])|中(?=[有发取获做作得排位居])|新(?=一[批轮届代])|"
    r"获(?!得者)|无(?!人机|线|障碍|菌|公害|机)|(?<![特所拥具享占固私国公共专稀])有(?![限关机效色线益力名利序偿声毒害意])|中有|可|能(?!源|力|手|耗|量)|"
    r"(?<![重需主必想只])要(?!素|求|塞|道|事|案|点|员|件|务|闻)|"
    r"应(?!用|急|届)|须|该|这|那|此|其"
)


# A verb of change before 到/至/为 and a figure: 从50家扩大到500家, 由6个缩减为2个
_OF_TO_FIGURE = regex.compile(
    r"(?:扩大|增加|减少|提高|降低|增长|下降|上升|缩减|压减|压缩|缩小|发展|恢复|提升|调整|增|减|降|升|缩|扩)"
    r"(?:到|至|为)(?=[近约超]?[\d零一二两三四五六七八九十百千万](?!\d{3}年))")


def _of(text: str, pos: int, end: int) -> str | None:
    """The counted noun after a measure word: Han characters (and Latin letters inside
    them: 甲B球队) up to a stop word, a predicate or a localizer, at most 12."""
    i = pos
    while i < end and i - pos < 12:
        ch = text[i]
        if ch == "（":
            m = _ENUM_PAREN.match(text, i, end)
            if m and i > pos:
                i = m.end()
                continue
            break
        if ch.isascii() and ch.isalpha():
            j = i
            while j < end and text[j].isascii() and text[j].isalpha():
                j += 1
            if j < end and "\u4e00" <= text[j] <= "\u9fff" and j - i <= 4:
                i = j  # 甲B球队, CD专辑: letters inside the noun
                continue
            break
        if ch in "近约超逾" and i > pos and i + 1 < end and _TRIGGER.match(text, i + 1):
            break  # 100多个国家近万名军人: the next figure's hedge
        if not ("\u4e00" <= ch <= "\u9fff") or ch in "一二三四五六七八九十百千万亿第" and i > pos \
                or (i > pos and _OF_STOP.match(text, i, end)) or (i > pos and _OF_VERBS.match(text, i, end)) \
                or (i - pos >= 2 and _OF_BREAK.match(text, i, end)) or (i > pos and _OF_ADVERB.match(text, i, end)):
            break
        if i == pos and _OF_STOP.match(text, i, end):
            return None
        if i == pos and (v := _OF_VERBS.match(text, i, end)) and (
                v.end() == end or text[v.end()] in "了着过，。、；！？" or _TRIGGER.match(text, v.end())):
            return None  # 4个摘掉了…, 由9个减少到2个: a predicate, nothing counted (获奖作品 is a noun)
        if i == pos and _OF_TO_FIGURE.match(text, i, end):
            return None  # 从50家扩大到500家: a change of the figure, nothing counted
        if i == pos and ch in "中里内上" and (i + 1 == end or not "\u4e00" <= text[i + 1] <= "\u9fff" or any(
                rx.match(text, i + 1, end) for rx in (_OF_STOP, _OF_BREAK, _OF_ADVERB))):
            return None  # 五十九户中已有…: a localizer, nothing counted
        i += 1
    of = text[pos:i]
    while len(of) > 2 and of[-1] in "中里内上外后间前":
        of = of[:-1]  # 唱片中, 扶持政策外, 歌舞节目后: a localizer after the noun
    return of or None


def _dec(value: Decimal | None) -> Decimal | None:
    """A value written plainly: 1640000000, not 1.64E+9; 5.8 stays 5.8."""
    if value is None:
        return None
    value = Decimal(value)
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return Decimal(format(value.normalize(), "f"))  # 0.000000001, not 1E-9


def find_figures(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, dict]]:
    """Every figure in ``text[start:end]`` as ``(start, end, fields)`` for a :class:`Figure`.

    >>> [(text[s:e], f["kind"], str(f["value"]), f.get("unit"), f.get("of"))
    ...  for text in ["截至目前，1371家工会帮扶中心成为试点单位。"] for s, e, f in find_figures(text)]
    [('1371家', 'count', '1371', '家', '工会帮扶中心')]
    >>> [(s, e, f["kind"], str(f["value"]), f.get("hedge")) for s, e, f in find_figures("贡献率近四成")]
    [(3, 6, 'percent', '40', '近')]
    """
    end = len(text) if end is None else end
    view, index = _view(text, start, end)
    return [(index(s), index(e - 1) + 1, f) for s, e, f in _find(view)]


_FW_GROUP = regex.compile(r"(?<=[０-９])，(?=[０-９]{3}(?![０-９]))")


def _grouped(doc: Document) -> str:
    """The clean text with each full-width comma that groups full-width digits (４，５６５)
    written as a thousands comma: after half-width digits (20，300) the full-width comma
    is the sentence's, unless decimals follow (82，225.00)."""
    text = doc.match_text  # traditional characters read as simplified, one for one
    if "，" not in doc.source or not _FW_GROUP.search(doc.source):
        return text
    chars = list(text)
    for m in _FW_GROUP.finditer(doc.source):
        c, _ = doc.to_clean(m.start(), m.end())
        if c < len(chars) and chars[c] == "，":
            chars[c] = ","
    return "".join(chars)

_TRAD = str.maketrans("個點萬億兩倆負幾餘對雙陸貳參佰仟－／", "个点万亿两两负几余对双陆贰叁百千-/")
_GAP = regex.compile(r"(?<=[\p{Han}％%，、.．\d])[ \u3000]+(?=[\p{Han}％%．])|(?<=[\p{Han}％%])[ \u3000]+(?=[\d.．])")


def _view(text: str, start: int, end: int):
    """The region as the patterns read it: traditional and full-width forms folded one for
    one, and spaces inside figures (十 余 万, 1000  万, 百 分之 2) left out; with the map
    from a view offset back to the text."""
    piece = fold_width(text[start:end]).translate(_TRAD)
    if " " not in piece and "\u3000" not in piece:
        return piece, lambda i: start + i
    keep = []
    last = 0
    for m in _GAP.finditer(piece):
        keep.append((last, m.start()))
        last = m.end()
    keep.append((last, len(piece)))
    view = "".join(piece[a:b] for a, b in keep)
    offsets = [start + i for a, b in keep for i in range(a, b)]
    return view, lambda i: offsets[i] if i < len(offsets) else (offsets[-1] + 1 if offsets else start)


# Every figure holds one of these; the patterns are tried only just before and at them
# (a hedge, a currency or 第 comes at most 7 characters before the numeral).
_TRIGGER = regex.compile(rf"[\d{_CN}半$￥¥€£]")
_LOOKBACK = 7
# The characters a match of _PATTERN can start with (the lookback tries only these)
_STARTS = frozenset(
    {w[0] for w in _NAMES + _HEDGE_BEFORE + _HEDGE_MAG}
    | set(_CN) | set("0123456789.-−负半第前“\"「上下晚凌早中傍过多个人新美欧港日英U$￥¥€£")
    | set("百千万佰仟萬")
    | {chr(c) for c in range(ord("A"), ord("Z") + 1)} | {chr(c) for c in range(ord("a"), ord("z") + 1)}
)


def _find(text: str) -> list[tuple[int, int, dict]]:
    end = len(text)
    out: list[tuple[int, int, dict]] = []
    pos = 0
    while True:
        t = _TRIGGER.search(text, pos, end)
        if t is None:
            break
        m = None
        for st in range(max(pos, t.start() - _LOOKBACK), t.start() + 1):
            if text[st] not in _STARTS:
                continue
            m = _PATTERN.match(text, st, end)
            if m is not None:
                break
        if m is None:
            pos = t.start() + 1
            continue
        pos = m.end()
        if m.group("skip") is not None:
            continue
        try:
            with decimal.localcontext(EXACT):
                got = _figure(text, m, end)
        except (ArithmeticError, ValueError, KeyError, TypeError, IndexError):
            # a form the rules did not foresee: keep the mention, say it has no value
            got = (m.start(), m.end(), {"kind": "number", "reason": "could not be read"})
        if got is None:
            # nothing here: go on from just after the match's first character, so that a
            # figure starting inside the match (一批 … 一千) is not lost
            pos = m.start() + 1
            continue
        s, e, fields = got
        out.append((s, e, fields))
        pos = e
    _share_units(text, out)
    return out


_SHARED_KINDS = ("percent", "money", "quantity", "count")
_DATE_CHAIN = regex.compile(r"(?:[、和与及或至到]\d{1,2})*[、和与及或至到](?:\d{1,2}(?:月份?|日|号)|\d{4}年)")


def _share_units(text: str, out: list[tuple[int, int, dict]]) -> None:
    """A unit written once after coordinated numbers is theirs all: 0.6和0.7个百分点,
    7.01万亿、7.66万亿和8.24万亿元 (a bare number then 、 和 与 及 或 and a figure with a unit)."""
    for k in range(len(out) - 1, -1, -1):
        s, e, f = out[k]
        if f["kind"] == "number" and _DATE_CHAIN.match(text, e) and regex.fullmatch(r"\d{1,2}|\d{4}", text[s:e]):
            del out[k]  # 7、8、9月份, 6、7号车厢: parts of dates and labels, not figures
            continue
        if k == len(out) - 1:
            continue
        ns, _, nf = out[k + 1]
        if (f["kind"] == "number" and f.get("value") is not None and ns == e + 1 and text[e] in "、和与及或"
                and nf["kind"] in _SHARED_KINDS and nf.get("unit")):
            f.update(kind=nf["kind"], unit=nf["unit"])
            for key in ("currency", "of"):
                if nf.get(key):
                    f[key] = nf[key]


def figures_in(text: str) -> list[Figure]:
    """The figures of one piece of text (a sentence, a paragraph), spans into ``text``.

    Args:
        text: any text; full-width digits, letter-spacing and line breaks are read the
            way :class:`~newsie.document.Document` reads a page.

    Returns:
        :class:`Figure` records in text order; an empty list when there are none.

    >>> [(f.span.text, f.kind, str(f.value), f.currency) for f in figures_in("投资１.２万元")]
    [('1.2万元', 'money', '12000', 'CNY')]
    """
    if not isinstance(text, str):
        raise TypeError(f"figures_in expects str, got {type(text).__name__}")
    doc = Document(text)
    return [
        Figure(span=doc.span(s, e), **{k: v for k, v in fields.items() if v is not None})
        for s, e, fields in find_figures(_grouped(doc))
    ]


def _figure(text: str, m: regex.Match, end: int) -> tuple[int, int, dict] | None:
    s = m.start()
    e = m.end()
    hedge = m.group("hedge")
    fields: dict = {}
    before = text[max(0, s - 14) : s]
    if before[-1:] == "+" or before[-1:].isascii() and before[-1:].isalnum() and regex.match(r"[-−负]?\d", m.group()):
        return None  # G20, 3+1: part of a name
    if before[-1:] in ("—", "-", "－") and "\u4e00" <= before[-2:-1] <= "\u9fff" and m.group()[:1].isdigit():
        return None  # 歼—20, 运-20: a model's name
    if m.group().isdigit() and (text[e : e + 1] == "》" or text.startswith(("集团", "公司"), e)):
        return None  # 《战狼2》, 360集团: part of a title or a name
    change = _CHANGE.search(before)  # 同比增长 5.8%, 下降近两成: the change the figure measures
    if change:
        fields["change"] = _clean_change(change.group())

    def finish(kind: str, value, unit=None, *, low=None, high=None, reason=None, extra_hedge=None, currency=None):
        nonlocal e
        incl = _INCLUSIVE.match(text, e, end)
        post = _POST_HEDGE.match(text, incl.end() if incl else e, end)
        h = hedge
        if extra_hedge and not h:
            h = extra_hedge
        if post and not _continues_word(text, post.end(), end, post.group()):
            h = h or post.group()
            e = post.end()
        fields.update(kind=kind, value=_dec(value), unit=unit, low=_dec(low), high=_dec(high), reason=reason)
        if h:
            fields["hedge"] = h
        if currency:
            fields["currency"] = currency
        return s, e, fields

    if m.group("pct_of"):
        pnum = m.group("pnum")
        r = read_number(pnum)
        while r.value is None and len(pnum) > 1 and pnum[-1] in "十百千万亿":
            pnum, e = pnum[:-1], e - 1  # 百分之七十百分位: the numeral ends before 百分位
            r = read_number(pnum)
        base = read_number("一" + m.group("pct_of")[:-2]).value
        if base is None:
            return None
        scale = Decimal(100) / base
        return finish("percent", r.value * scale if r.value is not None else None, "%",
                      low=r.low * scale if r.low is not None else None,
                      high=r.high * scale if r.high is not None else None,
                      reason=r.reason, extra_hedge=r.hedge)
    if m.group("ord"):
        num = m.group("onum")
        r = read_number(num)
        if r.value is None:
            return None
        u = _UNIT_AFTER.match(text, e, end)
        unit = None
        if u and not u.group("inner") and u.group("unit") not in ("%", "成", "个百分点", "百分点"):
            unit = u.group("unit")
            e = u.end()
        elif text.startswith("季度", e):
            unit, e = "季度", e + 2
        after = text[e : e + 2]
        if after.startswith(("时间", "线", "方", "书记", "产业", "流")) and unit is None:
            return None  # 第一时间, 第一线, 第三方, 第一书记, 第三产业: words, not ordinals
        fields.pop("change", None)
        return finish("ordinal", r.value, unit)
    if m.group("frac"):
        r = read_number(m.group("frac"))
        return finish("ratio", r.value, None, reason=r.reason)
    if m.group("halfunit"):
        unit = m.group("halfunit")
        return finish("quantity" if unit in QUANTITY_UNITS else "count", Decimal("0.5"), unit)
    if m.group("half"):
        word = m.group("half")
        if word in ("过半", "多半") and hedge:
            return None
        h = {"过半": "过", "多半": "多"}.get(word)
        if word == "半百":  # 年过半百: fifty
            return finish("number", Decimal(50))
        if word == "多半" and not text.startswith("数", e):
            return None  # 多半 is also "probably"
        return finish("percent", Decimal(5) if word == "半成" else Decimal(50), "%", extra_hedge=h)
    if m.group("mag"):
        word = m.group("mag")
        lo, hi = {"个": (0, 9), "两": (10, 99), "三": (100, 999), "四": (1000, 9999)}.get(word[0], (None, None))
        return finish("magnitude", None, "位数", low=lo, high=hi)

    num = m.group("num")
    maghedge = m.group("maghedge")
    if num[0] == "一" and before.endswith("之"):
        return None  # 成员之一万操: 之一 ends a phrase
    if num[0] in "-−" and s > 0 and text[s - 1] not in " \n，。、；：（“\"(":
        return None  # 1万元-5万元: a dash after a figure is a range's, not a minus
    chinese = _is_chinese(num)
    num2 = m.group("num2")
    ge = _GE_YI.match(text, e, end)
    if ge and not regex.search(r"[亿兆]", num2 or num) and not (chinese and set(num) <= _BIG_MAGS):
        # 两个亿, 三个多亿, 七八个亿: spoken 亿 with 个 (and a hedge) before it
        if num2:
            num2 += (ge.group(1) or ge.group(2) or "") + "亿"
        else:
            num += (ge.group(1) or ge.group(2) or "") + "亿"
        e = ge.end()
    liang = None
    if not num2 and e < end and _liang_unit(text, s, e, end, num):
        liang = e  # 二两肉, 三十两, 1234两: 两 weighs (a liang, 50 g)
    elif not num2 and len(num) >= 2 and num[-1] == "两" and _liang_unit(text, s, e - 1, end, num[:-1]):
        num, e, liang = num[:-1], e - 1, e - 1  # 两万两, 三千两百两: the last 两 is the unit
    if (len(num) > 1 and num[-1] in "千万百兆" and not num2 and _KILO.match(text, e - 1, end)
            and not (chinese and num[-1] == "千" and text.startswith("千米", e - 1))):
        # 13.3千米: the 千 belongs to the unit; but 两千米 is read as 2000 米
        num, e = num[:-1], e - 1
    if chinese and 2 <= len(num) <= 3 and set(num) <= _PLAIN_DIGITS and not num2:
        rr = read_number(num)
        if rr.low is None and not _stands_alone(text, s, e, end):
            return None  # 一一, 二三: not a count (七八家 is a range, read below)
    if maghedge and not set(num) <= _MAGS:
        # 上/数/几/成 are hedges only before a bare magnitude (上百, 数十): elsewhere
        # they are words (成为, 上三…); look at the numeral alone
        return None
    if maghedge == "成" and not text.startswith(("千", "百"), m.start("num")):
        return None
    r = read_number(("一" + num) if maghedge else num)
    value, low, high, reason = r.value, r.low, r.high, r.reason
    inner_hedge = r.hedge or (maghedge if maghedge else None)
    if num2:
        r2 = read_number(num2)
        if r.value is None or r2.value is None or r2.value <= r.value:
            return None  # 3-2, 第1-2: not a range we can read
        low, high, value = _shared_magnitude(num, num2, r.value, r2.value), r2.value, None
    # a bare magnitude (百, 千万) is a word unless hedged (上百, 数十) or long (万万亿)
    if chinese and set(num) <= _MAGS and not maghedge:
        if hedge and len(num) <= 2 and num != "十":
            r = read_number("一" + num)  # 逾千, 近万: a hedged bare magnitude
            value, reason = r.value, r.reason
        elif len(num) >= 3:
            r = read_number("一" + num)
            value, reason = r.value, r.reason or None
        elif num == "十" and _UNIT_AFTER.match(text, e, end) or _stands_alone(text, s, e, end):
            pass  # 十家企业; 十万 standing alone
        else:
            return None
    # the article 一 (一批, 一个, 进一步) and lone Chinese digits are not figures
    single = chinese and len(num) == 1 and num in _CNDIG + "十" and not maghedge and not num2
    if chinese and len(num) == 1 and num in _FINANCIAL and not _stands_alone(text, s, e, end):
        return None  # a lone financial digit (陆, 伍) is a word: 大陆, 队伍
    # units
    u = _LIANG.match(text, e, end) if liang is not None else _UNIT_AFTER.match(text, e, end)
    unit = None
    kind = "number"
    currency = None
    if u:
        word = u.group("unit")
        inner = u.group("inner")
        if inner and not (value is not None or low is not None):
            inner = None
        if word in ("%",):
            kind, unit = "percent", "%"
        elif word in ("个百分点", "百分点"):
            kind, unit = "percent", "个百分点"
        elif word == "成":
            if chinese and num in ("一", "十") and text.startswith(("不变", "员", "就", "果", "本", "立", "为", "功"), u.end()):
                return None
            if text.startswith(("为", "员", "本", "果", "功", "立", "就", "长", "熟", "交", "都"), u.end()):
                return None  # 成为, 成员, 成本: 成 starts a word
            kind, unit = "percent", "%"
            scale = Decimal(10)
            if text.startswith("半", u.end()):
                value = value + Decimal("0.5") if value is not None else None
                e_extra = 1
            elif (value is not None and u.end() < end and text[u.end()] in _CN_ONE_DIGIT
                  and (u.end() + 1 == end or not "\u4e00" <= text[u.end() + 1] <= "\u9fff")):
                value = value + Decimal(_CN_ONE_DIGIT[text[u.end()]]) / 10  # 七成六 = 76%
                e_extra = 1
            else:
                e_extra = 0
            value = value * scale if value is not None else None
            low = low * scale if low is not None else None
            high = high * scale if high is not None else None
            e = u.end() + e_extra
            u = None
        elif word in CURRENCIES and (word != "块" or (kuai := _kuai_money(text, s, u.end(), end))):
            if chinese and single and num != "十" and word in ("元", "圆") and not regex.match(
                    rf"[{_CNDIG}\d][角毛]", text[u.end() : u.end() + 2]):
                return None  # 二元结构, 三元: words
            kind, unit, currency = "money", word, CURRENCIES[word]
            tail = _YUAN_TAIL.match(text, u.end(), end) if word in ("元", "圆", "块") else None
            named = _CUR_NAME_AFTER.match(text, u.end(), end) if word in ("元", "圆") else None
            if named:  # 三万元欧元, 9000元日币: the currency named after 元 is the one meant
                unit, currency = named.group(), CURRENCIES[named.group()]
                e = named.end()
                u = None
            elif word == "块" and kuai is not True:
                value = value + kuai if value is not None else None  # 三块七, 六块五: the digit is 角
                e = u.end() + 1
                u = None
            elif word == "块" and text.startswith("人民币", u.end()):
                e = u.end() + 3  # 17块人民币
                u = None
            elif tail and tail.group() and value is not None:
                add = Decimal(0)
                if tail.group("jiao"):
                    add += Decimal(read_number(tail.group("jiao")).value or 0) / 10
                if tail.group("fen"):
                    add += Decimal(read_number(tail.group("fen")).value or 0) / 100
                value += add
                e = tail.end()
                u = None
            elif word == "美元" and value is not None and (
                    cents := regex.match(rf"又({_NUM})美分", text[u.end() : u.end() + 8])):
                value += (read_number(cents.group(1)).value or 0) / 100  # 两美元又三美分
                e = u.end() + cents.end()
                u = None
            elif word in ("元", "亿元") and text.startswith("人民币", u.end()):
                e = u.end() + 3
                u = None
        elif word in QUANTITY_UNITS or word == "两":
            if chinese and (num == "一" and word in ("米", "克", "升", "度电", "立方", "m") or single and word == "伏"):
                return None  # 一米阳光, 三伏天
            if text.startswith("半", u.end()) and value is not None:
                value += Decimal("0.5")  # 两米半, 十五斤半
                e = u.end() + 1
                u = None
            if word in ("m", "km", "kg", "cm", "mm") and text[u.end() : u.end() + 1].isascii() and text[u.end() : u.end() + 1].isalpha():
                return None
            kind, unit = "quantity", word
            frac = regex.match(r"\d{1,2}(?![\d.%])", text[u.end() : u.end() + 3]) if word == "米" and u else None
            if frac and value is not None and value < 100 and not chinese and not _UNIT_AFTER.match(
                    text, u.end() + len(frac.group()), end):
                value += Decimal("0." + frac.group())  # 8米15, 1米75: 8.15 m, 1.75 m (not 400米)
                e = u.end() + len(frac.group())
                u = None
        elif word in TIME_UNITS:
            if word == "年" and not chinese and regex.fullmatch(r"\d{4}", num):
                return None  # a year
            if word == "年" and text.startswith(("代", "级", "龄", "纪", "轻", "均", "初", "底", "末", "中", "终", "度", "份", "华", "会"), u.end()):
                if not text.startswith(("均",), u.end()):
                    return None
            if chinese and num == "一" and not inner_hedge:
                return None
            kind, unit = "count", word
            frac = regex.match(r"\d{1,2}(?![\d.%])", text[u.end() : u.end() + 3]) if word == "秒" else None
            if frac and value is not None and value < 100 and not chinese and not _UNIT_AFTER.match(
                    text, u.end() + len(frac.group()), end):
                value += Decimal("0." + frac.group())  # 23秒80, 2分09秒5: a race time, 23.80 s, 9.5 s
                e = u.end() + len(frac.group())
                u = None
        elif word == "分" and chinese and num == "十":
            return None  # 十分: "very"
        elif word == "点":
            if not any(text.startswith(n, u.end()) for n in _POINT_NOUNS):
                return None
            kind, unit = "count", "点"
            fields["of"] = _of(text, u.end(), end)
        elif word in _BARE_NOUNS:
            if not chinese or single and num == "一":
                return None
            kind, unit = "count", None
            fields["of"] = word
        else:  # a measure word
            if single and word in _ARABIC_ONLY:
                return None
            if word in ("国",) and chinese:
                return None
            if chinese and num in ("一", "零", "〇", "○") and not inner_hedge:
                return None  # the article: 一批经验做法, 一个重要进展; 零件, 零星
            if word == "面" and text.startswith(("对", "向", "临", "貌", "积", "前", "上", "子", "孔", "料", "粉",
                                                 "条", "包", "食", "试", "谈", "世", "部", "目", "环", "体"), u.end()):
                return None  # 面对, 面向, 三面环山: 面 starts a word; 8面红旗 counts flags
            if word == "个" and text.startswith(("人", "别", "体", "性", "案"), u.end()):
                return None  # 个人, 个别, 个体, 个性, 个案
            if word == "名" and text.startswith(("义", "单", "字", "称", "牌", "片", "胜", "誉", "额", "列", "号", "副", "言", "人", "气"), u.end()):
                return None
            if word in ("次", "级") and chinese and text.startswith(("要", "级", "贷"), u.end()):
                return None  # 次要, 一级, 二级: words
            if word == "家" and chinese and text.startswith(("人", "庭", "乡", "园", "门", "长", "属"), u.end()):
                return None
            if word == "亿":
                return None
            kind, unit = ("ratio" if word == "倍" else "count"), word  # 3倍 is a ratio
            if chinese and (word == "届" or word == "次" and num[0] != "两"
                            and text.startswith(("会议", "全会", "全体会议", "常委会", "代表大会"), u.end())):
                fields.pop("change", None)
                e = u.end()
                return finish("ordinal", value, word, low=low, high=high)  # 十三届, 二次会议: the Nth; 三四届
            if word == "个" and text.startswith("半", u.end()) and value is not None:
                t = regex.match(r"半(小时|月)", text[u.end() : u.end() + 3])
                if t:
                    e = u.end() + len(t.group())
                    return finish("count", value + Decimal("0.5"), "个" + t.group(1).replace("月", "月"),
                                  extra_hedge=inner_hedge)
            if word in ("个", "枚") and text.startswith(_COINS, u.end()):
                coin = next(c for c in _COINS if text.startswith(c, u.end()))
                e = u.end() + len(coin)  # 20个比特币: coins counted are money
                return finish("money", value, coin, low=low, high=high, extra_hedge=inner_hedge,
                              currency=CURRENCIES[coin])
            if (word not in COUNT_NOUNS or word == "户") and word not in ("次", "遍", "趟", "分"):
                # 8次刷新纪录: a verb follows; 85.4分: points count nothing; 512户企业
                of = _of(text, u.end(), end)
                if of:
                    fields["of"] = of
        if u is not None and kind != "number":
            e = u.end()
            if u.group("inner"):
                inner_hedge = inner_hedge or u.group("inner")
    if value is not None and kind == "quantity" and before.endswith("零下"):
        value, s = -value, s - 2  # 零下四摄氏度
    curpre = m.group("curpre")
    if curpre:
        if kind in ("number", "money"):
            if kind == "number" or unit in ("元", "圆", "块"):
                currency = CURRENCIES[curpre]
            unit = unit or curpre
            kind = "money"
        else:
            s = m.start("maghedge") if m.group("maghedge") else m.start("num")  # 美元10年期: not money
            if hedge:
                return None
    if kind == "number":
        if chinese:
            if "点" in num and not single:
                pass  # 五点八: a decimal
            elif single or not set(num) & _BIG_MAGS and not _stands_alone(text, s, e, end):
                if not _stands_alone(text, m.start("num"), e, end):
                    return None
        else:
            digits = regex.sub(r"\D", "", num)
            if regex.fullmatch(r"\d{4}", num) and 1000 <= int(num) <= 2100:
                return None  # a year standing alone (2019中国品牌日)
            if len(digits) > 1 and digits[0] == "0" and not num.lstrip("-−负").startswith(("0.", ".")):
                return None  # 0001: a code
            if len(digits) >= 7 and not regex.search(r"[,，.万亿]", num):
                return None  # a code or phone number
            nxt = text[e : e + 1]
            prv = text[s - 1 : s] if s else ""
            if nxt in ("、", ".", "．") and (not prv or prv in "\n（(。：；") and "." not in num:
                return None  # 1、 1. list markers
            if prv and nxt and prv in "（(" and nxt in "）)":
                return None  # （1）
            if before.endswith(("电话", "热线", "号码", "手机", "传真", "邮编", "编号", "代码", "QQ", "微信")):
                return None
    if value is None and low is None and reason is None:
        reason = "not a numeral"
    if value is None and low is None and not (reason and (not chinese or kind != "number" or len(num) >= 3)):
        return None
    if reason and low is None and value is None and kind == "number" and chinese and len(num) < 3:
        return None
    return finish(kind, value, unit, low=low, high=high, reason=reason if value is None and low is None else None,
                  extra_hedge=inner_hedge, currency=currency)


_GE_YI = regex.compile(r"([几多余])?个([多余])?亿")
_LIANG = regex.compile(r"(?P<inner>)(?P<unit>两)")
# Words that 两 starts after a numeral (2019两会, 京九两线): 两 is "two" there, not a liang.
_LIANG_WORDS = set("岸会国党院军制地侧边者方面头手人口家位样种类线端极翼性用")


def _liang_unit(text: str, s: int, pos: int, end: int, num: str) -> bool:
    """Whether 两 at ``pos``, after the numeral ``num``, is the weight unit (a liang, 50 g):
    三十两, 两万两, 1234两, 二两肉; not 一两天 (one or two), 三两句 (a few), 2019两会."""
    if not text.startswith("两", pos) or not num or num[-1] in "两点" or read_number(num).value is None:
        return False
    nxt = text[pos + 1] if pos + 1 < end else ""
    han = bool(nxt) and "\u4e00" <= nxt <= "\u9fff"
    if nxt and (nxt.isdigit() or nxt in _CN or nxt in "多余几来半" or _UNIT_AFTER.match(text, pos + 1, end)):
        return False  # 两万, 两个, 三两天
    if han and (nxt in _LIANG_WORDS or num[-1].isdigit()):
        return False  # 2019两会: after Arabic numerals only 两 standing last is a liang
    if num[-1] in _PLAIN_DIGITS and (len(num) == 1 or num[-2] not in _MAGS):
        # a digit alone before 两: 一两 is "one or two", 三两 "a few", 六、七两卷 a list
        if num in ("一", "三") and han or num == "一" or len(num) > 1:
            return False
        if s > 0 and text[s - 1] in "、，,和或至到":
            return False
    return True


# After 块 (which counts pieces as well as yuan): the money it is said in
_KUAI_CONTEXT = regex.compile(r"花|费|付|交|卖|售|买|赚|挣|寄|收入|价|值|薪|工资|钱|补贴|奖金|罚|赔|捐|借|贷|租|元")
_KUAI_VERBS = set("买购租请办就能可都也还哩呢啊吧呀啦嘛哦")  # after money: 花一千块买辆车, 3000块哩
_KUAI_TAIL = regex.compile(r"([一二两三四五六七八九])(?=$|[^\p{Han}\d]|钱|一(?:斤|个|只|件|公斤|盒|瓶|袋|份))")


def _kuai_money(text: str, s: int, pos: int, end: int) -> bool | Decimal:
    """Whether the 块 ending at ``pos`` is money (三块钱, 五万块扶贫款, 花费我三块) rather
    than pieces (两块金牌); a Decimal (the 角 written after it: 三块七 → 0.7) counts as yes."""
    if text.startswith(("钱", "人民币"), pos):
        return True
    if regex.match(rf"[{_CNDIG}\d][角毛分]", text[pos : pos + 2]):
        return True  # 十块三毛
    t = _KUAI_TAIL.match(text, pos, end)
    if t:
        return Decimal("_一二三四五六七八九".index(t.group(1).replace("两", "二"))) / 10
    if regex.match(r"[\p{Han}]{0,3}?[款钱]|多?一(?:斤|个|只|件|公斤|盒|瓶|袋|份)", text[pos : pos + 4]):
        return True  # 五万块扶贫款, 几块零花钱; 4块多一斤: a price
    sentence = regex.split(r"[。；！？;!?\n]", text[max(0, s - 12) : s])[-1]
    if not sentence.strip() and (pos == end or text[pos] in "，。；！？,;!?\n"):
        return True  # 三五百块 on its own: pieces would be named somewhere
    if pos < end and "\u4e00" <= text[pos] <= "\u9fff" and not text.startswith(("多", "左右", "上下"), pos):
        if text[pos] not in _KUAI_VERBS:
            return False  # 两块金牌, 三块界碑: the pieces are named
    return bool(_KUAI_CONTEXT.search(sentence))  # 花费我三块, 每月赚两千块, 花一千块买辆车


def _shared_magnitude(num1: str, num2: str, low: Decimal, high: Decimal) -> Decimal:
    """两到三万 is 20000–30000: the first number takes the second's magnitude when it has none."""
    num1, num2 = fold_numeral(num1), fold_numeral(num2)
    if regex.search(r"[万亿兆]", num1):
        return low
    factors = []
    rest = regex.sub(r"^[\d.零一二两三四五六七八九]+", "", num2)
    if rest and regex.fullmatch(r"[十百千万亿兆]+", rest) and not regex.search(r"[十百千]", num1):
        factors.append(rest)
    tail = regex.search(r"[万亿兆]+$", num2)
    if tail:
        factors.append(tail.group())
    for f in factors:
        r = read_number("1" + f)
        if r.value is not None and low * r.value <= high:
            return low * r.value
    return low


def _stands_alone(text: str, s: int, e: int, end: int) -> bool:
    """A numeral set apart by quotes, list punctuation or the edges of its text."""
    left = text[s - 1] if s > 0 else ""
    right = text[e] if e < end else ""
    return left in ("", "“", "\"", "「", "\n") and right in ("", "”", "\"", "」", "\n", "，", "。", ",", " ")


def _continues_word(text: str, pos: int, end: int, hedge: str) -> bool:
    """A hedge after a figure that starts a word instead (多年, 以上率, 上下游)."""
    if hedge == "上下":
        return text.startswith("游", pos)
    if hedge in ("多", "余"):
        if regex.match(r"一(?:斤|个|只|件|公斤|盒|瓶|袋|份)", text[pos : pos + 3]):
            return False  # 4块多一斤: a price
        return pos < end and "\u4e00" <= text[pos] <= "\u9fff" and not text.startswith(("万", "亿"), pos)
    return False


def _clean_change(phrase: str) -> str:
    return regex.sub(r"(?:了|约|近|超|分别)", "", phrase)


def _regions(article) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for heading in (article.kicker, article.headline, article.column, article.author):
        if heading:
            ranges.extend(heading)
    ranges.extend(article.subheadlines)
    ranges.extend(article.section_heads)
    ranges.extend(article.paragraphs)
    return sorted(set(ranges))


@extractor("newsie.figures.v1", assigns=("articles.figures",))
def make_figures(*, headings: bool = True):
    """Find the figures of each article: counts, percentages, money, quantities, ordinals.

    Args:
        headings: read the headline, kicker, subheadlines and section heads too, not only
            the body paragraphs.
    """
    if not isinstance(headings, bool):
        raise TypeError(f"headings must be True or False, got {headings!r}")

    def figures(doc: Document, draft: Draft) -> None:
        text = _grouped(doc)
        locate = draft.article_locator()
        for article in draft.articles:
            regions = _regions(article) if headings else sorted(set(article.paragraphs))
            seen: set[tuple[int, int]] = set()
            for rs, re_ in regions:
                for s, e, fields in find_figures(text, rs, re_):
                    if (s, e) in seen:
                        continue
                    seen.add((s, e))
                    owner = locate(s) or article
                    if owner is not article and any(rs <= s < re_ for rs, re_ in owner.paragraphs):
                        continue  # the owner reads it from its own paragraphs
                    owner.figures.append(
                        Figure(span=doc.span(s, e), **{k: v for k, v in fields.items() if v is not None})
                    )

    return figures
