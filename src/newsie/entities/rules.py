"""The rules: people with their titles, places, organisations, found on one page's text.

Everything here works on the clean text (``doc.text``) and clean offsets; the extractor
maps them back to the source. The steps, in order:

1. the lexicon scan (places, organisations, titles; see ``_lexicon``);
2. compounds: a place or organisation followed by a few characters and a suffix is one
   facility, zone or organisation (喀山 + 会展中心, 北京 + 中关村 + 综合保税区,
   北京 + 烯谷科技 + 有限公司, 公安部 + 经济犯罪侦查 + 局);
3. short names the page defines (（以下简称中关村综保区）) become aliases;
4. title phrases, the way the press names officials: [country or organ] title name
   (俄罗斯总统普京, 工业和信息化部总工程师赵志国), chains of titles
   (中共中央总书记、国家主席、中央军委主席习近平), a title after a name (普京总统);
5. names without titles in the lists that close a report of a meeting (蔡奇、王毅等参加会见);
6. every later mention of a name found so far (佩泽希齐扬表示 ...).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from newsie.entities._lexicon import (
    COMPOUND_SURNAMES,
    NAME_STOP,
    SURNAMES,
    TRANSLIT,
    Hit,
    Lexicon,
    lexicon,
    not_names,
    translit_words,
)

__all__ = ["GOV_KINDS", "PageEntities", "PersonInfo", "Ranges", "find_page_entities", "parse_name"]

#: Organisation kinds whose office holders are leaders.
GOV_KINDS = frozenset({"party", "state", "government", "legislature", "judiciary", "military"})

# Suffixes that make a facility, a zone or an organisation of the name before them.
ZONE_SUFFIXES = (
    "综合保税区", "保税港区", "保税区", "自由贸易试验区", "自贸试验区", "自贸区", "自由贸易港", "自贸港",
    "经济技术开发区", "高新技术产业开发区", "经济开发区", "开发区", "经开区", "高新区", "综保区",
    "产业园区", "工业园区", "产业园", "工业园", "科技园", "科学城", "示范区", "试验区", "合作区",
    "经济特区", "新区",
)
FACILITY_SUFFIXES = (
    "国际会议中心", "国际博览中心", "会展中心", "会议中心", "展览中心", "博览中心", "国际机场", "机场",
    "火车站", "高铁站", "港口", "码头", "大会堂", "体育场", "体育馆", "体育中心", "奥体中心", "博物馆",
    "纪念馆", "美术馆", "图书馆", "大剧院", "剧院", "音乐厅", "展厅", "广场", "公园", "大桥", "水电站",
    "核电站", "国宾馆", "宾馆", "酒店",
)
ORG_SUFFIXES = {
    "股份有限公司": "company", "有限责任公司": "company", "有限公司": "company", "集团": "company",
    "公司": "company", "银行": "company", "大学": "school", "学院": "school", "中学": "school",
    "小学": "school", "研究院": "research", "研究所": "research", "研究中心": "research",
    "实验室": "research", "医院": "hospital", "人民政府": "government", "政府": "government",
    "省委": "party", "市委": "party", "县委": "party", "区委": "party", "党委": "party",
    "人大常委会": "legislature", "政协": "legislature", "人民法院": "judiciary", "法院": "judiciary",
    "人民检察院": "judiciary", "检察院": "judiciary", "公安局": "government", "海关": "government",
    "管委会": "agency", "管理委员会": "agency", "委员会": "agency", "管理处": "agency", "管理局": "agency",
    "协会": "association", "学会": "association", "联合会": "association", "商会": "association",
    "基金会": "association", "总工会": "union", "工会": "union", "中心": "agency", "办公室": "agency",
    "部": "agency", "局": "agency", "厅": "agency", "报社": "media", "电视台": "media",
}
_SINGLE_AFTER = set("门分位件队属长内外级势面限部域署落")  # 部门, 部分, 局长 ...: a one-character suffix that is not one
_SUFFIX_KIND = {**{s: ("place", "zone") for s in ZONE_SUFFIXES},
                **{s: ("place", "facility") for s in FACILITY_SUFFIXES},
                **{s: ("org", k) for s, k in ORG_SUFFIXES.items()}}
_SUFFIX = regex.compile("|".join(sorted(map(regex.escape, _SUFFIX_KIND), key=len, reverse=True)))

# Characters that cannot sit between a name and its suffix (北京今天举行的新闻发布会 is no organ).
_INTERIOR_STOP = frozenset("的在是了为以从对将把被等及并或向于由到让使给也都还就要这那其各该此所而但即我你他她它们个多些有已曾正首近按引严始抓")
#: a count or 某 inside a would-be name: 一家装饰公司, 某医院, 多家银行 are no named bodies
#: verbs of a clause, in no body's name (主持召开, 坚决支持, 成立, 通过推动, 委托)
_CLAUSE_VERB = regex.compile(r"主持|召开|坚决|成立|通过|推动|委托|希建")
_SOME_ONE = regex.compile(r"[一两几多数各每][家所个座间批些]|某")
_JOINERS = "－-·"

# （以下简称中关村综保区） / （简称“国新办”）
_ALIAS = regex.compile(r"[（(](?:以下)?(?:简称|统称)[“\"]?(?P<alias>[\p{Han}A-Za-z0-9·]{2,16}?)[”\"]?[）)]")

# 蔡奇、王毅等参加会见 — the officials who attend a leader's meeting, named without titles.
_ESCORTS = regex.compile(
    r"(?<=^|[。！？；：，\n])(?P<names>[\p{Han}·]{2,10}?(?:、[\p{Han}·]{2,10}?){0,15})"
    r"(?:等(?:同志|领导同志|人)?)?(?P<verb>参加会见|参加会谈|参加上述活动|参加会议|陪同会见|陪同|参加|出席)"
)
_ESCORT_LEADER_VERBS = frozenset({"参加会见", "参加会谈", "陪同会见", "陪同", "参加上述活动"})

# A character before a name that a title follows (，莫迪总理 / 和习近平主席).
_BEFORE_NAME = set("的和与同对向及、在由请为让被把给跟随，。；：！？“”（）《》 \n")
# Characters a Chinese given name does not start with (于今天 is no name).
_NOT_GIVEN = set("今昨是在和与对向以为将把被所有等也都就还又再其此该这那之于个们上下中日年说表到外内已给让从自往去称讲指认出")


class Ranges:
    """Clean ranges, asked whether one overlaps or holds a given range, in log time.

    >>> r = Ranges([(5, 8), (20, 23)])
    >>> r.overlaps(7, 9), r.overlaps(8, 20), r.holds(20, 22)
    (True, False, True)
    """

    def __init__(self, ranges: list[tuple[int, int]] = ()) -> None:
        ordered = sorted(ranges)
        self.starts: list[int] = [s for s, _ in ordered]
        self.ends: list[int] = [e for _, e in ordered]
        self.longest = max((e - s for s, e in ordered), default=0)

    def add(self, s: int, e: int) -> None:
        i = bisect.bisect_right(self.starts, s)
        self.starts.insert(i, s)
        self.ends.insert(i, e)
        self.longest = max(self.longest, e - s)

    def _near(self, s: int, e: int):
        j = bisect.bisect_left(self.starts, e) - 1
        while j >= 0 and self.starts[j] >= s - self.longest:
            yield self.starts[j], self.ends[j]
            j -= 1

    def overlaps(self, s: int, e: int) -> bool:
        return any(b > s for _, b in self._near(s, e))

    def holds(self, s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b in self._near(s, e))


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def parse_name(text: str, p: int, *, foreign: bool = False, starts: frozenset[int] = frozenset()) -> int | None:
    """The end of a person's name starting at ``p``, or None.

    A transliterated name is a run of transliteration characters (普京, 佩泽希齐扬,
    伊姆兰·汗); a Chinese name is a family name and one or two characters, cut before a
    character that usually follows a name (习近平强调 → 习近平, 方涛告诉 → 方涛).
    ``foreign`` prefers the transliteration (a foreign office precedes); ``starts`` are
    positions where a lexicon word begins, which a name does not run into.

    >>> t = "俄罗斯总统普京主持会晤"; t[5:parse_name(t, 5, foreign=True)]
    '普京'
    >>> t = "总工程师赵志国表示"; t[4:parse_name(t, 4)]
    '赵志国'
    >>> t = "王毅等参加会见"; t[0:parse_name(t, 0)]
    '王毅'
    """
    n = len(text)
    if p >= n or p in starts:
        return None
    # transliteration: a run of its characters, · between parts
    j = p
    while j < n and (text[j] in TRANSLIT or (text[j] == "·" and j > p and j + 1 < n and text[j + 1] in TRANSLIT)):
        j += 1  # a place inside a transliteration (纽埃 in 埃马纽埃尔) does not end it
    tl = j - p
    # Chinese: family name, then one or two given characters
    sl = 2 if text[p : p + 2] in COMPOUND_SURNAMES else (1 if text[p] in SURNAMES else 0)
    cn_end = None
    if sl:
        g = p + sl
        if g < n and _han(text[g]) and text[g] not in _NOT_GIVEN and g not in starts:
            cn_end = g + 1
            if g + 1 < n and _han(text[g + 1]) and text[g + 1] not in NAME_STOP and g + 1 not in starts:
                cn_end = g + 2
            function, words = not_names()
            head = text[p : p + 2]
            if sl == 1 and (head in function or (cn_end == p + 2 and head in words)):
                cn_end = None  # 总书记强调, 教授方法: a word, not a name
    if tl >= 2 and (tl >= 4 or foreign or cn_end is None):
        run = text[p : p + min(tl, 16)]
        common = translit_words()
        if run in common or (len(run) <= 3 and run[:2] in common):
            return cn_end  # 医生基本…: a word spelt with transliteration characters
        return p + len(run)
    return cn_end


def _name_before(text: str, end: int, known: dict[str, object]) -> int | None:
    """The start of a name ending at ``end`` (before a title: 普京总统), or None."""
    for name in known:
        if end >= len(name) and text[end - len(name) : end] == name:
            return end - len(name)
    j = end
    while j > 0 and text[j - 1] in TRANSLIT and end - j < 8:
        j -= 1
    if end - j >= 2 and (j == 0 or text[j - 1] in _BEFORE_NAME):
        return j
    function, words = not_names()
    for length in (3, 2):
        s = end - length
        if s >= 0 and text[s] in SURNAMES and all(_han(c) for c in text[s:end]) and (
            s == 0 or text[s - 1] in _BEFORE_NAME
        ) and text[s : s + 2] not in function and not (length == 2 and text[s:end] in words):
            return s
    return None


@dataclass
class PersonInfo:
    """What the page says of one person: mentions (clean ranges) and what they hold."""

    name: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    titles: list[tuple[int, str]] = field(default_factory=list)  # (position, printed title)
    affiliation: tuple[int, str] | None = None
    country: str | None = None
    leader: bool = False
    role: str | None = None
    escort_of: int | None = None  # position of an attendee list (蔡奇、王毅等参加会见)

    def add_title(self, pos: int, title: str) -> None:
        if all(t != title for _, t in self.titles):
            self.titles.append((pos, title))


@dataclass
class PageEntities:
    """The page's entities, each with its mentions as clean ranges."""

    persons: dict[str, PersonInfo]
    places: list[Hit]  # one hit per mention; key groups them
    orgs: list[Hit]
    aliases: dict[str, str]  # alias surface -> the key it stands for
    # title phrases no name was read after or before, by where they end and where they
    # start: a name another source finds there takes them (总统 + a model's 文在寅)
    loose_titles: dict[int, list] = field(default_factory=dict)
    loose_after: dict[int, list] = field(default_factory=dict)

    def hold_titles(self, text: str, info: PersonInfo, s: int, e: int) -> None:
        """Give a person found elsewhere the loose titles that touch its mention."""
        before = self.loose_titles.get(s) or (self.loose_titles.get(s - 1) if text[s - 1 : s] == " " else None)
        if before:
            _hold(info, text, before)
        after = self.loose_after.get(e)
        if after and after[-1][2].data.get("after") and not after[0][3]:
            _hold(info, text, after)


def _country_of(h: Hit) -> str | None:
    """The country a place or organisation hit belongs to, if known."""
    if isinstance(h.data, dict):  # a compound or a model's span
        return h.data.get("country")
    if h.type == "place":
        row = h.data[0]
        return row[0] if row[1] == "country" else row[2]
    if h.type == "org":
        return h.data.country
    return None


def _gov(h: Hit) -> bool:
    """Is the hit a state, government or party organ (its office holders are leaders)?"""
    if h.type != "org":
        return False
    if isinstance(h.data, dict):
        return bool(h.data.get("gov"))
    return h.data.kind in GOV_KINDS


def _compounds(text: str, hits: list[Hit]) -> list[Hit]:
    """Join a place or organisation, a few characters and a suffix into one hit."""
    res: list[Hit] = []
    k = 0
    for m in _SUFFIX.finditer(text):
        ss, se = m.span()
        while k < len(hits) and hits[k].end <= ss:
            res.append(hits[k])
            k += 1
        blocking, idx = [], k
        while idx < len(hits) and hits[idx].start < se:
            if hits[idx].end > ss:
                blocking.append(hits[idx])
            idx += 1
        if any(h.type != "title" for h in blocking) or (res and res[-1].end > ss):
            continue  # the suffix is part of a longer lexicon surface
        if not res or res[-1].type not in ("place", "org"):
            continue
        anchor = res[-1]
        interior = text[anchor.end : ss]
        if len(interior) > 12 or any(not _han(c) or c in _INTERIOR_STOP for c in interior):
            continue
        if _SOME_ONE.search(interior):
            continue  # 珲春市一家餐饮公司, 北京某医院: some body in a place, not a named one
        if _CLAUSE_VERB.search(interior):
            continue  # 某省某市主持召开部分市县政府: a clause between a place and 政府
        suffix = m.group()
        if len(suffix) == 1 and (len(interior) < 2 or text[se : se + 1] in _SINGLE_AFTER):
            continue
        if not interior and suffix in ("中心", "部", "局", "厅", "办公室"):
            continue
        if suffix == "部" and interior[-1] in "东南西北中内外全局各本总干关":
            continue  # 比利时东南部 is a part of a country, 党员干部 are people: no ministry
        if suffix == "局" and interior[-1] in "布格大全结骗僵时政战残饭开终定变新危当":
            continue  # 布局, 大局, 变局 ...: words, not bureaus
        type_, kind = _SUFFIX_KIND[suffix]
        if not interior and type_ == "place" and anchor.type == "place" \
                and not isinstance(anchor.data, dict) and anchor.data[0][1] == "country":
            continue  # 中国机场: a country and a suffix name no one place
        j = len(res) - 1
        while j > 0 and res[j - 1].type in ("place", "org") and (
            res[j - 1].end == res[j].start
            or (res[j].start - res[j - 1].end == 1 and text[res[j - 1].end] in _JOINERS)
        ):
            j -= 1
        parts = res[j:]
        country = next((c for c in map(_country_of, parts) if c), None)
        # 浙江省委 is a party organ, 北京大学党委 a university's: only a unit's or an organ's
        # committee makes its office holders leaders
        gov = (kind in GOV_KINDS and all(p.type == "place" or _gov(p) for p in parts)) or (
            kind == "agency" and any(_gov(p) for p in parts))
        data = {"kind": kind, "country": country, "gov": gov}
        del res[j:]
        res.append(Hit(parts[0].start, se, type_, text[parts[0].start : se], data, parts))
        k += len(blocking)  # title hits inside the suffix (委员 in 委员会) give way
        for h in blocking:  # 省委书记 cut by the organ 浙江省委 leaves the office 书记
            rest = text[se : h.end]
            if h.end > se and rest in lexicon().titles:
                res.append(Hit(se, h.end, "title", rest, lexicon().titles[rest]))
    res.extend(hits[k:])
    return res


def _aliases(text: str, hits: list[Hit]) -> tuple[list[Hit], dict[str, str]]:
    """Short names the page defines, and a hit for each of their mentions."""
    aliases: dict[str, str] = {}
    ends = {h.end: h for h in hits if h.type in ("place", "org")}
    for m in _ALIAS.finditer(text):
        target = ends.get(m.start())
        if target is not None and m.group("alias") != target.key:
            aliases[m.group("alias")] = target.key
            aliases.setdefault(target.key, target.key)
    if not aliases:
        return hits, aliases
    starts = [h.start for h in hits]
    added: list[Hit] = []
    for alias, key in aliases.items():
        target = next(h for h in hits if h.key == key)
        pos = text.find(alias)
        while pos >= 0:
            end = pos + len(alias)
            i = bisect.bisect_right(starts, pos) - 1
            covered = False
            for h in hits[max(i, 0) : i + 3]:
                if h.start <= pos and end <= h.end:
                    covered = True  # already found, as itself or inside something longer
                elif h.start < end and pos < h.end and not (pos <= h.start and h.end <= end):
                    covered = True  # overlaps partly
            if not covered:
                added.append(Hit(pos, end, target.type, key, target.data, [target]))
            pos = text.find(alias, end)
    if added:
        spans = [(a.start, a.end) for a in added]
        hits = [h for h in hits if not any(s <= h.start and h.end <= e for s, e in spans)]
        hits = sorted(hits + added, key=lambda h: h.start)
    return hits, aliases


def find_page_entities(text: str, lex: Lexicon) -> PageEntities:
    """Run the rules over a page's clean text."""
    hits = _compounds(text, lex.scan(text))
    hits, aliases = _aliases(text, hits)
    if aliases:
        hits = _compounds(text, hits)
    starts = frozenset(h.start for h in hits)
    persons: dict[str, PersonInfo] = {}
    taken: list[tuple[int, int]] = []  # clean ranges of person mentions

    def person(name: str) -> PersonInfo:
        return persons.setdefault(name, PersonInfo(name))

    seen: set[tuple[int, int, str]] = set()

    def add_mention(info: PersonInfo, s: int, e: int) -> None:
        if (s, e, info.name) not in seen:
            seen.add((s, e, info.name))
            info.mentions.append((s, e))
            taken.append((s, e))

    pending: list[tuple[int, int, list]] = []  # title phrases with no name after them
    n = len(text)
    i = 0
    while i < len(hits):
        h = hits[i]
        if h.type != "title":
            i += 1
            continue
        # the chain of title phrases: [anchors] title (、|兼 [anchors] title)*
        phrases = []
        j = i
        while True:
            a = j
            while a > 0 and hits[a - 1].type in ("place", "org") and hits[a - 1].end == hits[a].start:
                a -= 1
            start, anchors = hits[a].start, hits[a:j]
            if a < j and start > 0 and text[start - 1] == "驻":
                # 中国驻比利时大使: the country after 驻 is the posting, the one before it the affiliation
                b = a
                while b > 0 and hits[b - 1].type in ("place", "org") and (
                    hits[b - 1].end == (start - 1 if b == a else hits[b].start)
                ):
                    b -= 1
                start, anchors = (hits[b].start if b < a else start - 1), hits[b:a]
            phrases.append((start, hits[j].end, hits[j], anchors))
            e = hits[j].end
            if e < n and text[e] in "、兼" and j + 1 < len(hits) and hits[j + 1].start == e + 1:
                k2 = j + 1
                while k2 < len(hits) and hits[k2].type in ("place", "org") and k2 + 1 < len(hits) \
                        and hits[k2 + 1].start == hits[k2].end:
                    k2 += 1
                if k2 < len(hits) and hits[k2].type == "title" and (k2 == j + 1 or hits[k2].start == hits[k2 - 1].end):
                    j = k2
                    continue
            break
        i = j + 1
        last = phrases[-1][2]
        p = last.end + (1 if text[last.end : last.end + 1] == " " else 0)
        if _word_at(lex, text, last.end - 1):
            continue  # 处长江源头: the title's last character begins a place (长江), no name follows
        foreign = any(c and c != "中国" for ph in phrases for c in map(_country_of, ph[3]))
        end = None if last.data.get("before") is False else parse_name(text, p, foreign=foreign, starts=starts)
        if end is None:
            pending.append((phrases[0][0], last.end, phrases))
            continue
        names = [(p, end)]
        if last.data.get("list"):
            q = end
            while q < n and text[q] == "、":
                e2 = parse_name(text, q + 1, starts=starts)
                if e2 is None:
                    break
                names.append((q + 1, e2))
                q = e2
        for s, e in names:
            info = person(text[s:e])
            add_mention(info, s, e)
            _hold(info, text, phrases)

    # a title after a name: 普京总统, 习近平主席, 莫迪总理
    for ps, pe, phrases in pending:
        title = phrases[-1][2]
        if len(phrases) != 1 or phrases[0][3] or not title.data.get("after"):
            continue
        s = _name_before(text, ps, persons)
        if s is None or s >= ps:
            continue
        info = person(text[s:ps])
        add_mention(info, s, ps)
        _hold(info, text, phrases)

    # attendees named without titles: 蔡奇、王毅等参加会见
    for m in _ESCORTS.finditer(text):
        items, pos = [], m.start("names")
        for part in m.group("names").split("、"):
            e = parse_name(text, pos, starts=starts)
            if e != pos + len(part):
                items = []
                break
            items.append((pos, e))
            pos = e + 1
        for s, e in items:
            info = person(text[s:e])
            add_mention(info, s, e)
            if m.group("verb") in _ESCORT_LEADER_VERBS and info.escort_of is None:
                info.escort_of = s

    _more_mentions(text, persons, hits, taken, add_mention)
    names = Ranges(taken)
    places = [h for h in hits if h.type == "place" and not names.overlaps(h.start, h.end)]
    orgs = [h for h in hits if h.type == "org" and not names.overlaps(h.start, h.end)]
    ents = PageEntities(persons=persons, places=places, orgs=orgs, aliases=aliases)
    for ps, pe, phrases in pending:
        if not names.overlaps(ps, pe + 1) and not names.overlaps(ps - 1, ps):
            ents.loose_titles[pe] = phrases
            if len(phrases) == 1:
                ents.loose_after[ps] = phrases
    return ents


def _word_at(lex: Lexicon, text: str, i: int) -> bool:
    """Does a place or organisation of the lexicon begin at ``i``?"""
    for length in lex.prefix.get(text[i : i + 2], ()):
        found = lex.table.get(text[i : i + length]) if i + length <= len(text) else None
        if found is not None and found[0] in ("place", "org"):
            return True
    return False


def _org_prefix(title: str) -> str | None:
    """The organisation a lexicon title begins with (国务院副总理 → 国务院), if any."""
    table = lexicon().table
    for length in range(len(title) - 1, 1, -1):
        found = table.get(title[:length])
        if found is not None and found[0] == "org":
            return title[:length]
    return None


def _hold(info: PersonInfo, text: str, phrases: list) -> None:
    """Record the titles, affiliation, country and leadership a chain of phrases gives."""
    for ps, pe, title, anchors in phrases:
        info.add_title(ps, text[ps:pe])
        entry = title.data
        country = next((c for c in map(_country_of, anchors) if c), None) or entry.get("country")
        if not anchors and info.affiliation is None:
            org = _org_prefix(title.key)
            if org is not None:  # 国务院副总理, 中共中央总书记: the organ is in the title
                info.affiliation = (ps, org)
        if anchors:
            if len(anchors) == 1 and anchors[0].type == "place" and not isinstance(anchors[0].data, dict) \
                    and anchors[0].data[0][1] == "country":
                aff = anchors[0].data[0][0]
            else:
                aff = text[anchors[0].start : anchors[-1].end]
            if info.affiliation is None:
                info.affiliation = (ps, aff)
        if country and info.country is None:
            info.country = country
        leader = entry.get("leader")
        # an organ's office, or the office of the place right before it (北京市长, 俄罗斯总统)
        if leader == "yes" or (leader == "org" and anchors and (
            any(_gov(a) for a in anchors) or (anchors[-1].type == "place" and not isinstance(anchors[-1].data, dict))
        )):
            info.leader = True


def _more_mentions(text, persons, hits, taken, add_mention) -> None:
    """Every other mention of a name already found (佩泽希齐扬表示 ...)."""
    names = sorted((nm for nm in persons if len(nm) >= 2), key=len, reverse=True)
    if not names:
        return
    pattern = regex.compile("|".join(map(regex.escape, names)))
    lexical = Ranges([(h.start, h.end) for h in hits if h.type in ("place", "org")])
    found = Ranges(taken)
    for m in pattern.finditer(text):
        s, e = m.span()
        name = m.group()
        if found.holds(s, e) or lexical.overlaps(s, e):
            continue
        if name[0] in TRANSLIT and s > 0 and text[s - 1] in TRANSLIT and text[s - 1 : e] not in persons:
            continue  # inside a longer transliteration
        if e < len(text) and text[e] in TRANSLIT and all(c in TRANSLIT for c in name):
            continue  # 阿比 is not the start of 阿比让
        add_mention(persons[name], s, e)
