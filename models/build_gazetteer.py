"""Build the place gazetteer newsie.entities reads (models/gazetteer/places.json).

Sources, all offline and all with licences that allow shipping what is derived:

- JioNLP's location files (Apache-2.0), copied under ``$NEWSIE_DATA/jionlp-locations``:
  China's provinces, prefectures and counties with their administrative codes
  (``china_admin_divisions_county_level.tsv``) and world countries with capitals and
  major cities (``world_location.txt``).
- Babel's CLDR territory names in Chinese (``Locale('zh').territories``; Unicode licence)
  and pycountry's zh_CN ISO 3166-1 catalogue (LGPL data, names only): ISO alpha-2 codes
  and the alternative names a paper may print (they disagree: both are kept as aliases).
- A short hand-written list below: world cities and regions the press names that the
  sources lack (喀山, 加沙地带, 中东 ...). Facts, not text from any corpus.

jieba's dictionary (MIT) is read at build time only, to list the common words that begin
with a family name's character (models/gazetteer/not_names.json), which a name after a
title is not (总书记强调). (Its tags do not decide which short names are places: it tags
石家庄 as a person and 银川 as a noun.) Prefecture short names are all kept but a few
listed in SHORT_SKIP.
County short names are left out altogether: 融安 and 三原 hide in 金融安全 and 三原则.

    python models/build_gazetteer.py      # needs $NEWSIE_DATA, pip install "newsie[gazetteer]"

The output maps each surface form to its candidate places,
``surface -> [[name, kind, country, code], ...]``; run time needs only the JSON.
"""

from __future__ import annotations

import csv
import gettext
import importlib.util
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).with_name("gazetteer") / "places.json"
NOT_NAMES = Path(__file__).with_name("gazetteer") / "not_names.json"
STRADDLES = Path(__file__).with_name("gazetteer") / "straddles.json"
#: a word of jieba's dictionary counts when it is at least this frequent
STRADDLE_FREQ = 100
VERSION = 1

# Parts of China that the Chinese press never names as countries: they stay
# administrative divisions (with their admin codes), not ISO countries.
NOT_COUNTRIES = {"HK", "MO", "TW", "CN"}

# Cities and regions the press names that the sources above lack: (name, kind, country, aliases).
EXTRA = [
    # regions
    ("中东", "region", None, ("中东地区",)),
    ("海湾地区", "region", None, ()),
    ("加沙地带", "region", "巴勒斯坦", ("加沙地区", "加沙")),
    ("约旦河西岸", "region", "巴勒斯坦", ()),
    ("戈兰高地", "region", None, ()),
    ("克里米亚", "region", None, ()),
    ("顿巴斯", "region", "乌克兰", ()),
    ("巴尔干", "region", None, ("巴尔干半岛",)),
    ("高加索", "region", None, ()),
    ("中亚", "region", None, ()),
    ("中东欧", "region", None, ()),
    ("南亚", "region", None, ()),
    ("东南亚", "region", None, ()),
    ("东北亚", "region", None, ()),
    ("西亚北非", "region", None, ()),
    ("拉美", "region", None, ("拉丁美洲",)),
    ("亚太", "region", None, ("亚太地区",)),
    ("欧亚", "region", None, ("欧亚大陆",)),
    ("北极", "region", None, ()),
    ("南极", "region", None, ()),
    ("粤港澳大湾区", "region", "中国", ()),
    ("长三角", "region", "中国", ("长江三角洲",)),
    ("珠三角", "region", "中国", ("珠江三角洲",)),
    ("京津冀", "region", "中国", ()),
    ("雄安新区", "zone", "中国", ()),
    ("中关村", "zone", "中国", ()),
    # rivers and mountains
    ("长江", "river", "中国", ()), ("黄河", "river", "中国", ()), ("珠江", "river", "中国", ()),
    ("淮河", "river", "中国", ()), ("松花江", "river", "中国", ()), ("澜沧江", "river", "中国", ()),
    ("雅鲁藏布江", "river", "中国", ()), ("湄公河", "river", None, ()), ("尼罗河", "river", None, ()),
    ("多瑙河", "river", None, ()), ("亚马孙河", "river", None, ()), ("喜马拉雅山", "mountain", None, ()),
    ("珠穆朗玛峰", "mountain", None, ("珠峰",)), ("泰山", "mountain", "中国", ()), ("昆仑山", "mountain", "中国", ()),
    ("秦岭", "mountain", "中国", ()), ("太行山", "mountain", "中国", ()),
    # (session 6) more of the rivers, lakes, mountains, seas and land forms the press names
    # (黄浦江 had been read as a person; 黄海 is left out: also a common given name)
    ("黄浦江", "river", "中国", ()), ("嘉陵江", "river", "中国", ()), ("汉江", "river", "中国", ()),
    ("湘江", "river", "中国", ()), ("赣江", "river", "中国", ()), ("钱塘江", "river", "中国", ()),
    ("闽江", "river", "中国", ()), ("辽河", "river", "中国", ()), ("海河", "river", "中国", ()),
    ("渭河", "river", "中国", ()), ("汾河", "river", "中国", ()), ("京杭大运河", "river", "中国", ("大运河",)),
    ("莱茵河", "river", None, ()), ("密西西比河", "river", "美国", ()), ("恒河", "river", "印度", ()),
    ("伏尔加河", "river", "俄罗斯", ()), ("苏伊士运河", "river", "埃及", ()), ("巴拿马运河", "river", "巴拿马", ()),
    ("太湖", "lake", "中国", ()), ("洞庭湖", "lake", "中国", ()), ("鄱阳湖", "lake", "中国", ()),
    ("青海湖", "lake", "中国", ()), ("滇池", "lake", "中国", ()), ("西湖", "lake", "中国", ()),
    ("千岛湖", "lake", "中国", ()), ("巢湖", "lake", "中国", ()), ("洱海", "lake", "中国", ()),
    ("华山", "mountain", "中国", ()), ("峨眉山", "mountain", "中国", ()), ("五台山", "mountain", "中国", ()),
    ("天山", "mountain", "中国", ()), ("长白山", "mountain", "中国", ()), ("武夷山", "mountain", "中国", ()),
    ("庐山", "mountain", "中国", ()), ("井冈山", "mountain", "中国", ()), ("祁连山", "mountain", "中国", ()),
    ("贺兰山", "mountain", "中国", ()), ("大别山", "mountain", "中国", ()), ("武当山", "mountain", "中国", ()),
    ("阿尔卑斯山", "mountain", None, ()), ("富士山", "mountain", "日本", ()),
    ("南海", "sea", None, ()), ("东海", "sea", None, ()), ("渤海", "sea", "中国", ()), ("台湾海峡", "sea", "中国", ()),
    ("地中海", "sea", None, ()), ("红海", "sea", None, ()), ("黑海", "sea", None, ()), ("里海", "sea", None, ()),
    ("太平洋", "sea", None, ()), ("南太平洋", "sea", None, ()), ("西太平洋", "sea", None, ()), ("大西洋", "sea", None, ()), ("印度洋", "sea", None, ()), ("北冰洋", "sea", None, ()),
    ("青藏高原", "region", "中国", ()), ("黄土高原", "region", "中国", ()), ("云贵高原", "region", "中国", ()),
    ("四川盆地", "region", "中国", ()), ("塔里木盆地", "region", "中国", ()), ("华北平原", "region", "中国", ()),
    ("东北平原", "region", "中国", ()), ("塔克拉玛干沙漠", "region", "中国", ()), ("撒哈拉沙漠", "region", None, ()),
    ("三峡", "region", "中国", ()), ("九华山", "mountain", "中国", ()), ("中南海", "facility", "中国", ()),
    # cities
    ("喀山", "city", "俄罗斯", ()),
    ("索契", "city", "俄罗斯", ()),
    ("新西伯利亚", "city", "俄罗斯", ()),
    ("金奈", "city", "印度", ()),
    ("孟买", "city", "印度", ()),
    ("加尔各答", "city", "印度", ()),
    ("班加罗尔", "city", "印度", ()),
    ("卡拉奇", "city", "巴基斯坦", ()),
    ("拉合尔", "city", "巴基斯坦", ()),
    ("瓜达尔", "city", "巴基斯坦", ()),
    ("迪拜", "city", "阿联酋", ()),
    ("吉达", "city", "沙特阿拉伯", ()),
    ("伊斯坦布尔", "city", "土耳其", ()),
    ("亚历山大港", "city", "埃及", ()),
    ("约翰内斯堡", "city", "南非", ()),
    ("开普敦", "city", "南非", ()),
    ("德班", "city", "南非", ()),
    ("蒙巴萨", "city", "肯尼亚", ()),
    ("纽约", "city", "美国", ()),
    ("洛杉矶", "city", "美国", ()),
    ("旧金山", "city", "美国", ()),
    ("芝加哥", "city", "美国", ()),
    ("休斯敦", "city", "美国", ()),
    ("西雅图", "city", "美国", ()),
    ("波士顿", "city", "美国", ()),
    ("多伦多", "city", "加拿大", ()),
    ("温哥华", "city", "加拿大", ()),
    ("蒙特利尔", "city", "加拿大", ()),
    ("圣保罗", "city", "巴西", ()),
    ("里约热内卢", "city", "巴西", ()),
    ("日内瓦", "city", "瑞士", ()),
    ("苏黎世", "city", "瑞士", ()),
    ("达沃斯", "city", "瑞士", ()),
    ("法兰克福", "city", "德国", ()),
    ("汉堡", "city", "德国", ()),
    ("慕尼黑", "city", "德国", ()),
    ("杜伊斯堡", "city", "德国", ()),
    ("米兰", "city", "意大利", ()),
    ("威尼斯", "city", "意大利", ()),
    ("巴塞罗那", "city", "西班牙", ()),
    ("马赛", "city", "法国", ()),
    ("里昂", "city", "法国", ()),
    ("海牙", "city", "荷兰", ()),
    ("鹿特丹", "city", "荷兰", ()),
    ("曼彻斯特", "city", "英国", ()),
    ("爱丁堡", "city", "英国", ()),
    ("比雷埃夫斯", "city", "希腊", ()),
    ("悉尼", "city", "澳大利亚", ()),
    ("墨尔本", "city", "澳大利亚", ()),
    ("奥克兰", "city", "新西兰", ()),
    ("大阪", "city", "日本", ()),
    ("釜山", "city", "韩国", ()),
    ("胡志明市", "city", "越南", ()),
    ("岘港", "city", "越南", ()),
    ("西哈努克城", "city", "柬埔寨", ()),
    ("仰光", "city", "缅甸", ()),
    ("阿拉木图", "city", "哈萨克斯坦", ()),
    ("撒马尔罕", "city", "乌兹别克斯坦", ()),
    ("符拉迪沃斯托克", "city", "俄罗斯", ()),
    # countries that no longer exist (no ISO 3166-1 code), and the nations of the United Kingdom
    ("苏联", "country", None, ("前苏联",)),
    ("南斯拉夫", "country", None, ("前南斯拉夫",)),
    ("捷克斯洛伐克", "country", None, ()),
    ("民主德国", "country", None, ("东德",)),
    ("英格兰", "region", "英国", ()), ("苏格兰", "region", "英国", ()), ("威尔士", "region", "英国", ()),
    ("北爱尔兰", "region", "英国", ()),
]

# Short or official forms the press prints that none of the sources lists, and the place
# whose entries they share (印尼 is printed far more than 印度尼西亚; 中国香港 in lists of
# economies and teams).
PRESS_ALIASES = {"印尼": "印度尼西亚", "埃塞": "埃塞俄比亚", "中国香港": "香港特别行政区",
                 "中国澳门": "澳门特别行政区", "中国台湾": "台湾省"}

# Short names that read as ordinary words or given names more often than as the city (朝阳
# is the morning sun and half of 王朝阳, 来宾 are guests, 白银 silver, 安康 well-being,
# 台中 the middle of 舞台中央); the full names (朝阳市) stay. 亚历山大 is as often Alexander as the port (亚历山大港, below).
SHORT_SKIP = {"朝阳", "来宾", "白银", "安康", "台中", "亚历山大"}

# Surfaces the Chinese press uses for something else far more often than for the place:
# 中非 is China–Africa (中非合作论坛, 中非关系), not the Central African Republic (中非共和国
# stays) nor Central Africa.
AMBIGUOUS = {"中非"}

# JioNLP's spellings CLDR and ISO do not use.
CODE_FIXES = {"塞拉里昂": "SL", "马其顿": "MK"}

# Regions in CLDR that read as ordinary words in running text.
SKIP_REGIONS = {"世界", "美洲北部", "外围大洋洲", "密克罗尼西亚地区", "美拉尼西亚", "玻利尼西亚",
                "澳大拉西亚", "拉丁美洲", "未知地区", "大洋洲边远群岛"}


def data_dir() -> Path:
    return Path(os.environ.get("NEWSIE_DATA", ROOT.parent / "shared" / "data"))


def iso_names() -> tuple[dict[str, str], dict[str, list[str]]]:
    """name -> alpha-2, and alpha-2 -> every Chinese name (Babel first, then pycountry)."""
    import pycountry
    from babel import Locale

    zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    iso = {c.alpha_2 for c in pycountry.countries}
    names: dict[str, list[str]] = defaultdict(list)
    for code, name in Locale("zh").territories.items():
        if code in iso:
            names[code].append(name)
    for c in pycountry.countries:
        for attr in ("common_name", "name", "official_name"):
            if hasattr(c, attr):
                local = zh.gettext(getattr(c, attr))
                if local != getattr(c, attr) and local not in names[c.alpha_2]:
                    names[c.alpha_2].append(local)
    by_name = {n: code for code, ns in names.items() for n in ns}
    return by_name, names


def build() -> dict:
    base = data_dir() / "jionlp-locations"
    if not base.is_dir():
        raise SystemExit(f"{base} not found: set NEWSIE_DATA to the evaluation data folder")
    entries: dict[str, list[list]] = defaultdict(list)

    def add(surface: str, name: str, kind: str, country: str | None, code: str | None) -> None:
        row = [name, kind, country, code]
        if len(surface) >= 2 and surface not in AMBIGUOUS and row not in entries[surface]:
            entries[surface].append(row)

    # -- countries: JioNLP's short and full names, CLDR's and ISO's, with alpha-2 codes
    by_name, names = iso_names()
    world = (base / "world_location.txt").read_text(encoding="utf-8").splitlines()
    cities: list[tuple[str, str]] = []
    seen_codes = set()
    for line in world:
        cols = line.split("\t")
        if len(cols) < 2:
            continue
        short, full = cols[0], cols[1]
        code = by_name.get(short) or by_name.get(full) or CODE_FIXES.get(short)
        if code in NOT_COUNTRIES - {"CN"}:
            continue
        aliases = {short, full, *(names.get(code, []) if code else [])}
        for a in aliases:
            add(a, short, "country", None, code)
        seen_codes.add(code)
        if code == "CN":
            continue  # China's cities come from the admin divisions, with their codes
        for capital_or_cities in cols[2:]:
            for city in capital_or_cities.split("/"):
                if city and city != short:
                    cities.append((city, short))
    for code, ns in names.items():
        if code in NOT_COUNTRIES or code in seen_codes:
            continue
        for n in ns:
            add(n, ns[0], "country", None, code)
    for city, country in cities:
        if city not in SHORT_SKIP:
            add(city, city, "city", country, None)
    # -- CLDR's world regions (M49), named as regions
    from babel import Locale

    for code, name in Locale("zh").territories.items():
        if code.isdigit() and name not in SKIP_REGIONS:
            add(name, name, "region", None, None)
    # -- China: provinces, prefectures, counties with their admin codes
    with open(base / "china_admin_divisions_county_level.tsv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    municipalities = {r["name"] for r in rows if r["level"] == "city" and r["name"] == r["province"]}
    for r in rows:
        level, name, code, short = r["level"], r["name"], r["adcode"], r["short_name"]
        if level == "province":
            kind = "city" if name in municipalities else "province"
            if short in ("香港", "澳门"):
                kind = "region"
            add(name, name, kind, "中国", code)
            add(short, name, kind, "中国", code)
        elif level == "city":
            if name in municipalities:
                continue
            add(name, name, "city", "中国", code)
            if short not in SHORT_SKIP:
                add(short, name, "city", "中国", code)
        elif level == "county":
            if name in ("市辖区", "城区", "郊区", "矿区", "新区") or len(name) < 3:
                continue
            add(name, name, "county", "中国", code)  # full names only: 融安 and 三原 hide in 金融安全, 三原则
    # -- the hand-written supplement
    for name, kind, country, aliases in EXTRA:
        for surface in (name, *aliases):
            row = [name, kind, country, None]
            if row not in entries[surface]:
                entries[surface].insert(0, row)
    for alias, target in PRESS_ALIASES.items():
        entries[alias] = [list(r) for r in entries[target]]
    # A county short name that is also a prefecture's or province's: the larger one only.
    for surface, rows_ in entries.items():
        if any(r[1] in ("country", "province", "city") for r in rows_):
            rows_[:] = [r for r in rows_ if r[1] != "county" or r[0] == surface]
    return {
        "version": VERSION,
        "about": "surface -> [[name, kind, country, code], ...]; see models/gazetteer.md",
        "places": dict(sorted(entries.items())),
    }


# Words jieba tags as names or does not know, that follow titles in party news (主席贺信).
MANUAL_NOT_NAMES = ["贺信", "贺电", "贺词", "居委", "安保", "海外", "荣誉", "普惠", "文艺", "江源", "党组"]
# Common words jieba tags as names (nr), which the rule above therefore skips: verbs, adjectives
# and nouns a title is followed by in news far more often than by a name (作家荣获全国…奖)
JIEBA_NR_WORDS = ("明白 文明 阳光 荣获 祝贺 陈述 周转 公正 安静 谢谢 原谅 齐全 辛勤 康复 修正 许可 容纳 杜绝 卓越"
                  " 晋升 关怀 呼唤 陈列 安抚 满怀 周密 朴素 宁可 高明 宁静 荣耀 权威 智慧 古老 封锁 宣言 高峰"
                  " 高潮 明星 顾客 白领 范畴 诸如 林立 陈设 张开 齐声 冷笑 胡说 胡闹 凌辱 吉祥").split()

# Rivers and mountains are places too (and keep 处长江源头 from reading 江源头 as a name).
# jieba tags of words that are no name's first two characters whatever follows (强调, 通过).
FUNCTION_TAGS = {"v", "vd", "vn", "d", "ad", "p", "c", "m", "a", "an", "t", "f", "r", "q", "u", "mq", "ag", "dg"}


def jieba_dictionary():
    """Each entry of jieba's dictionary (``jieba/dict.txt``, MIT) as (word, frequency, tag), read
    from the installed ``jieba`` package (the ``gazetteer`` extra) without importing it. The
    build scripts' one reader of it: not_names.json, straddles.json and words.json
    (``build_words.py``)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("jieba is not installed: pip install 'newsie[gazetteer]'")
    path = Path(next(iter(spec.submodule_search_locations))) / "dict.txt"
    if not path.exists():
        raise SystemExit(f"{path} is missing: this jieba has no dictionary")
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3:
                yield parts[0], int(parts[1]), parts[2]


def not_names() -> dict:
    """Two-character words that begin with a family name's character (方法, 强调, 国庆).

    After a title, 总书记强调 is no person 强调: a candidate name whose first two characters
    are a common word (jieba frequency >= 100, not tagged as a name) is refused when it is
    two characters long; a verb, adverb or other function word, or a very common word
    (frequency >= 5000: 方法), also refuses a three-character candidate (强调治), while a
    rarer noun does not (王国华 is a name).
    """
    sys.path.insert(0, str(ROOT / "src"))
    from newsie.entities._lexicon import SURNAMES, TRANSLIT

    words, function, translit = [], [], []
    for word, freq, tag in jieba_dictionary():
        if 2 <= len(word) <= 3 and all(c in TRANSLIT for c in word) and freq >= 100 \
                and tag[:2] not in ("nr", "ns", "nt", "nz"):
            translit.append(word)  # 基本, 克服: words spelt with transliteration characters
        if len(word) != 2 or word[0] not in SURNAMES:
            continue
        if freq < 100 or tag.startswith("nr"):
            continue
        (function if tag in FUNCTION_TAGS or freq >= 5000 else words).append(word)
    function += MANUAL_NOT_NAMES + [w for w in JIEBA_NR_WORDS if w not in MANUAL_NOT_NAMES]
    return {"version": VERSION, "about": "see models/gazetteer.md", "function": sorted(set(function)),
            "words": sorted(set(words) - set(function)), "translit": sorted(set(translit))}


def straddles(places: dict) -> dict:
    """For each two-character place name xy (but 中国: in 从中国土壤 the words 从中 | 国土 are the
    wrong reading, and 中 ends too many words), the characters c that make a word
    cx before it and those that make a word yc after it (jieba's dictionary, frequency >=
    STRADDLE_FREQ, not tagged as a place): 隆重庆祝 is 隆重 + 庆祝, no 重庆 (宏大理念, 沿海地区,
    幸福建立). newsie drops a place whose both neighbours make such words."""
    words = {}
    for w, f, tag in jieba_dictionary():
        if len(w) == 2 and f >= STRADDLE_FREQ and tag != "ns":
            words.setdefault(("end", w[1]), set()).add(w[0])
            words.setdefault(("start", w[0]), set()).add(w[1])
    out = {}
    for surface, rows in sorted(places.items()):
        if len(surface) != 2 or surface == "中国":
            continue
        left, right = words.get(("end", surface[0])), words.get(("start", surface[1]))
        if left and right:
            out[surface] = ["".join(sorted(left)), "".join(sorted(right))]
    return {"about": "place -> [chars that end a word with its first character, chars that begin one with "
                     "its second]; see models/gazetteer.md", "min_freq": STRADDLE_FREQ, "places": out}


def main() -> None:
    nn = not_names()
    NOT_NAMES.parent.mkdir(exist_ok=True)
    NOT_NAMES.write_text(json.dumps(nn, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{NOT_NAMES}: {len(nn['function'])} function words, {len(nn['words'])} other words, "
          f"{len(nn['translit'])} words of transliteration characters")
    gaz = build()
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(gaz, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    kinds: dict[str, int] = defaultdict(int)
    for rows in gaz["places"].values():
        for r in rows:
            kinds[r[1]] += 1
    print(f"{OUT}: {len(gaz['places'])} surface forms, {OUT.stat().st_size // 1024} KB; {dict(kinds)}")
    st = straddles(gaz["places"])
    STRADDLES.write_text(json.dumps(st, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{STRADDLES}: {len(st['places'])} places, {STRADDLES.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
