"""The shipped lexicons (places, organisations, titles) and one scan over the text.

All three live under ``models/`` as data (see their cards). They are read once into one
table, ``surface -> entry``, and found in a page by a leftmost-longest scan keyed on the
first two characters, which keeps the stage linear and fast on long pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from newsie._resources import load_json

__all__ = ["COMPOUND_SURNAMES", "NAME_STOP", "SURNAMES", "TRANSLIT", "Hit", "Lexicon", "idioms", "lexicon", "not_names",
           "straddles", "translit_words"]

# Common Chinese family names (single characters), the most frequent few hundred.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫"
    "孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅"
    "童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车"
    "项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛"
    "仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜"
    "海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮普阙浦戈伏鹿薄邸雍辜"
    "羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信"
    "展阴昝智幸奉植衡富尧闭由习阎逄郗扶隗"
)
#: family names the rules do not read, being rarer or also the first character of common words
#: and places (时任, 回信, 萧山, 洪崖洞): a three-character name the statistical model reads may
#: open with one (回良玉, 暨佩娟, 莽九晨, 靖志远, 鄂竟平, 时传祥, 傅全有, 洪德元, 萧群)
RARE_SURNAMES = frozenset("傅洪萧回靖暨莽巨怀乙鄂时慎宦雒庾幺竺虢候才廷郦弓仉笪乜钮桓钭")
#: common Japanese family names (in their Chinese characters): a name of three to five
#: characters the statistical model reads may open with one (福田康夫, 安倍晋三, 茂木敏充, 桥本龙太郎)
JAPANESE_SURNAMES = frozenset((
    "佐藤 铃木 高桥 田中 伊藤 渡边 山本 中村 小林 加藤 吉田 山田 佐佐木 山口 松本 井上 木村 清水 山崎 池田 "
    "桥本 阿部 石川 山下 中岛 石井 小川 前田 冈田 长谷川 藤田 后藤 近藤 村上 远藤 青木 坂本 斋藤 福田 太田 "
    "西村 藤井 冈本 松田 中川 中野 原田 小野 田村 竹内 金子 和田 中山 石原 森田 上田 柴田 酒井 工藤 横山 "
    "宫崎 宫本 内田 高木 安藤 谷口 大野 丸山 今井 高田 藤本 武田 村田 上野 杉山 增田 平野 久保 松井 小岛 "
    "岩崎 樱井 野口 松尾 野村 木下 菊地 佐野 大西 杉本 新井 浜田 菅原 市川 水野 小松 岛田 古川 小山 高野 "
    "西田 菊池 山内 西川 北村 安田 中田 川口 平田 川崎 饭田 吉川 本田 泽田 渡部 岩田 中西 服部 樋口 福岛 "
    "川上 永井 松冈 田口 山中 森本 土屋 矢野 广濑 秋山 石田 大桥 松浦 吉冈 小池 浅野 荒木 大久保 熊谷 "
    "野田 大石 片山 安倍 麻生 茂木 横井 中尾 鹤田 广田 荒井 竹川 松木 河野 岸田 二阶 菅 鸠山 小泉 森 "
    "海部 竹下 细川 羽田 村山 宫泽 中曾根 三木 大平 冈村 久间 东条 岸 堀江 "
).split())
#: characters of transliterations the rules' list lacks, which a name the model reads may hold
#: (克林顿, 基里延科, 斯捷帕申, 卡勃莱拉, 赫里斯坚科, 别列日纳亚, 若斯潘)
TRANSLIT_MORE = frozenset("顿延申敦勃坚日任若")
# (林郑, 范徐: a Hong Kong married name, 林郑月娥)
COMPOUND_SURNAMES = frozenset((
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙", "夏侯", "长孙", "宇文",
    "司徒", "端木", "澹台", "呼延", "申屠", "西门", "南宫", "独孤", "万俟", "闻人", "轩辕", "钟离", "拓跋",
    "第五", "赫连", "林郑", "范徐",
))


def opens_on_surname(text: str) -> bool:
    """Does ``text`` open on a Chinese family name, single (:data:`SURNAMES`) or compound?"""
    return text[:1] in SURNAMES or text[:2] in COMPOUND_SURNAMES

# Characters of transliterated foreign names (普京, 佩泽希齐扬, 拉马福萨 ...): the Xinhua
# transliteration table's characters, less those that mostly begin the words that follow
# a name (表, 说, 在, 主 ...).
TRANSLIT = frozenset(
    "阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼毕宾波伯博布查达戴丹道德登迪蒂丁东杜多厄恩尔法范菲费芬丰弗福"
    "富盖甘冈戈格根贡古瓜圭哈海汉豪赫黑亨洪胡华怀霍基吉加贾杰金卡凯坎康柯科可克肯库夸奎拉莱赖兰朗劳勒雷"
    "蕾里利莉连林琳卢鲁路伦罗洛马玛迈麦曼芒梅门蒙米密莫姆穆纳娜奈南瑙内尼宁纽努诺欧帕派潘佩彭皮珀普"
    "齐奇恰乔切钦琼丘萨塞桑瑟森沙莎尚舍什施舒斯松苏索塔泰坦汤唐特滕提廷通图托瓦万旺威韦维温沃乌伍西希锡"
    "夏谢辛休修雅亚扬耶伊因英尤约扎泽詹珍兹祖佐默罕汗姆茨策娃基兹捷霍涅卓穆贝赛莎丽黛娅琪蒂菲雷夫京龙"
    "妮翰逊瑞丝薇芙茜蓓汀"  # 安妮, 约翰逊, 瑞安, 克丽丝, 奥利维娅 ... (session 5)
)

# Characters that follow a name far more often than they end one (习近平强调 is 习近平 + 强调,
# but 赵志国表示 is 赵志国 + 表示): a two-character given name is cut before them.
NAME_STOP = frozenset(
    "在说等和与同就对向的表指介告认出主会率及以也还已将是于到称致宣签访应提答回讲今昨分先随当并又都曾从把被"
    "给让们为了着过这那其各该此所而且但或即便由自往去上下前后里外内间时参陪共一两亲看作带考视调请近首做采摄邀谈感离写接"
)

# Surfaces that would otherwise be misread as a place or organisation inside them.
BLOCKERS = ("发展中国家", "欧美", "赞美", "完美", "精美", "优美", "媲美", "审美", "选美", "甜美",
            "长治久安", "中山装", "孙中山", "中华民族", "中华文化", "新中国", "沿海城市", "周年大庆", "解放区",
            "盛大庆", "大庆典", "巴中关系", "巴中两国", "巴中友谊", "巴中全面", "北海道", "大同小异")


@lru_cache(maxsize=1)
def straddles() -> dict[str, tuple[str, str]]:
    """Two-character places and the characters that make words across their edges (隆|重庆|祝):
    ``place -> (ends a word with its first character, begins one with its second)``."""
    return {k: (v[0], v[1]) for k, v in load_json("gazetteer/straddles.json")["places"].items()}


@lru_cache(maxsize=1)
def not_names() -> tuple[frozenset[str], frozenset[str]]:
    """Common words beginning with a family name's character: (function words, other words)."""
    data = load_json("gazetteer/not_names.json")
    return frozenset(data["function"]), frozenset(data["words"])


@lru_cache(maxsize=1)
def idioms() -> frozenset[str]:
    """Four-character idioms (平分秋色, 海纳百川): a model span inside one is no name."""
    return frozenset(load_json("gazetteer/idioms.json")["idioms"])


@lru_cache(maxsize=1)
def translit_words() -> frozenset[str]:
    """Common words spelt only with transliteration characters (基本, 克服): no names."""
    return frozenset(load_json("gazetteer/not_names.json")["translit"])


# An administrative unit's last character that also opens its office or party committee.
_UNIT_HEADS = frozenset(u + x for u in "省市县区州旗" for x in "长委")


@dataclass(slots=True)
class Hit:
    """A lexicon or rule match, on clean offsets."""

    start: int
    end: int
    type: str  # "place", "org", "title"
    key: str  # canonical name (place/org) or the title
    data: Any = None  # place rows, org entry, or title entry
    parts: list[Hit] = field(default_factory=list)  # the hits a compound was built from


@dataclass(frozen=True, slots=True)
class OrgEntry:
    name: str
    kind: str
    country: str | None
    weak_aliases: frozenset[str]


class Lexicon:
    """Places, organisations and titles in one table, scanned leftmost-longest."""

    def __init__(self) -> None:
        places = load_json("gazetteer/places.json")["places"]
        orgs = load_json("organizations.json")["organizations"]
        titles = load_json("titles.json")["titles"]
        table: dict[str, tuple[str, str, Any]] = {}
        for surface, rows in places.items():
            table[surface] = ("place", rows[0][0], rows)
        self.orgs: dict[str, OrgEntry] = {}
        for name, kind, country, aliases in orgs:
            weak = frozenset(a[1:] for a in aliases if a.startswith("?"))
            entry = OrgEntry(name, kind, country, weak)
            self.orgs[name] = entry
            for a in (name, *(a.lstrip("?") for a in aliases)):
                table[a] = ("org", name, entry)
        self.titles: dict[str, dict] = titles
        for t, info in titles.items():
            table.setdefault(t, ("title", t, info))  # a place or organisation keeps its surface
        for b in BLOCKERS:
            table.setdefault(b, ("skip", b, None))
        self.table = table
        prefix: dict[str, set[int]] = {}
        for surface in table:
            if len(surface) >= 2:
                prefix.setdefault(surface[:2], set()).add(len(surface))
        self.prefix = {k: sorted(v, reverse=True) for k, v in prefix.items()}

    def scan(self, text: str) -> list[Hit]:
        """Every lexicon surface in ``text``, leftmost-longest, not overlapping."""
        hits: list[Hit] = []
        prefix, table = self.prefix, self.table
        size = len(text)
        i, n = 0, size - 1
        while i < n:
            lengths = prefix.get(text[i : i + 2])
            if lengths:
                for length in lengths:
                    if i + length > size:
                        continue  # a slice past the end is shorter than it claims
                    found = table.get(text[i : i + length])
                    if found is not None:
                        kind, key, data = found
                        if kind == "place" and length >= 3 and text[i + length - 1 : i + length + 1] in _UNIT_HEADS:
                            length -= 1  # 北京市长, 浙江省委书记: the unit's last character opens the office
                        if kind != "skip":
                            hits.append(Hit(i, i + length, kind, key, data))
                        i += length
                        break
                else:
                    i += 1
            else:
                i += 1
        return hits


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped lexicon, loaded once."""
    return Lexicon()
