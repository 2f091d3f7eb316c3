"""People with their titles, places with codes, organisations → :class:`Person`,
:class:`Place`, :class:`Organization`.

The extractor ``newsie.entities.v1`` reads the whole page once, then files each
mention under the article it occurs in (its headings, bylines and body alike) or, for a
photo caption standing apart from the articles, under that caption.

Identity is per page: every mention of one person on the page joins one person, whose
titles, affiliation, country and leadership are collected from all of them. An article
lists the people it mentions with that page-wide identity and its own mentions only, so
the same person in two articles appears in both, with the same titles and each
article's mentions. The same holds for places and organisations.

Sources of candidates (option ``source``):

- ``"fast"``: rules, the shipped gazetteers and the title lexicon only (models/);
- anything else (``"default"``, ``"hanlp:NAME"``, ``"spacy:NAME"``, a folder): the same,
  plus the spans of the statistical entity source ``newsie.ner.load(source)``, imported
  on first use. Rules win where both find something.

Reporters and photographers from bylines and photo credits are people with a ``role``
(记者, 摄影记者 ...), never leaders.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import regex

from newsie.document import Document, to_simplified
from newsie.draft import ArticleDraft, CaptionDraft, Draft
from newsie.entities._lexicon import (
    COMPOUND_SURNAMES,
    JAPANESE_SURNAMES,
    RARE_SURNAMES,
    SURNAMES,
    TRANSLIT,
    TRANSLIT_MORE,
    Hit,
    idioms,
    lexicon,
    not_names,
    straddles,
)
from newsie.entities.rules import (
    _CLAUSE_VERB,
    FACILITY_SUFFIXES,
    ORG_SUFFIXES,
    ZONE_SUFFIXES,
    PageEntities,
    PersonInfo,
    Ranges,
    find_page_entities,
)
from newsie.errors import ConfigError
from newsie.records import Byline, Organization, Person, Place
from newsie.registry import extractor

__all__ = ["FAST", "make_entities", "page_entities"]

#: The ``source`` that runs the rules alone.
FAST = "fast"

_LABELS = ("PER", "LOC", "ORG")


def page_entities(doc: Document, draft: Draft | None = None, *, entity_source: Any = None) -> PageEntities:
    """The page's entities before they are filed under articles (clean offsets).

    Args:
        doc: the page's document.
        draft: the page built so far; its bylines and photo credits give reporters.
        entity_source: an ``EntitySource`` (``newsie.ner``) whose spans add candidates.

    >>> ents = page_entities(Document("俄罗斯总统普京主持会晤。普京表示欢迎。"))
    >>> p = ents.persons["普京"]
    >>> [t for _, t in p.titles], p.country, p.leader, len(p.mentions)
    (['俄罗斯总统'], '俄罗斯', True, 2)
    """
    text = doc.match_text  # rules read traditional pages as simplified; names come out simplified
    lex = lexicon()
    ents = find_page_entities(text, lex)
    if entity_source is not None:
        _add_model_spans(doc, ents, entity_source)
    _drop_named_things(text, ents)
    _join_dotted_names(text, ents)
    _split_joined_orgs(text, ents)
    _drop_false_places(text, ents)
    _names_in_lists(text, ents)
    _cut_run_on_names(text, ents)
    if draft is not None:
        _add_reporters(doc, draft, ents)
    return ents


# -- the statistical source -------------------------------------------------------------


def _load_source(spec: str) -> Any:
    try:
        ner = importlib.import_module("newsie.ner")  # loaded on first use only
    except ModuleNotFoundError as exc:
        if exc.name != "newsie.ner":
            raise
        raise ConfigError(
            f"newsie.entities.v1 source={spec!r} needs the statistical entity source newsie.ner, "
            f"which this installation lacks; use source='fast' for rules and gazetteers alone"
        ) from None
    return ner.load(spec)


_NAME_CHARS = regex.compile(r"[\p{Han}A-Za-z0-9·－\-（）()]+")


# a count with its measure word opening a span: 1371家…, 三所…
#: an organisation's head word alone names no organisation (the model reads 代表团 of
#: 南通派出代表团, 50 times on half the e-paper month)
_BARE_HEADS = frozenset(
    "代表团 委员会 办公室 工作组 领导小组 团队 公司 集团 政府 中心 协会 学会 研究院 研究所 大学 学院 医院 学校"
    " 银行 法院 检察院 合作社 企业 部门 机构 组织 联盟 基金会 俱乐部 球队 队伍".split()
)
#: what the model reads as a place that names none on a map: heavenly bodies (保卫我们的地球,
#: 月球探测器) and a kind of region alone (特区政府): 100 mentions on half the e-paper month
_NO_PLACES = frozenset("地球 太阳 月球 火星 金星 木星 土星 水星 宇宙 银河 太空 特区 新区 开发区 自贸区 景区 园区 库区 灾区 老区 边区"
                       " 马拉松 新城".split())
#: the kind of a place no gazetteer lists, by how its name ends (东瓦窑村 → village)
_KIND_BY_END = (("街道", "subdistrict"), ("村", "village"), ("镇", "town"), ("乡", "township"), ("县", "county"),
                ("省", "province"), ("山", "mountain"), ("峰", "mountain"), ("岭", "mountain"), ("江", "river"),
                ("河", "river"), ("湖", "lake"), ("岛", "island"), ("湾", "bay"), ("峡", "gorge"))


#: the rules' zone and facility suffixes with their kind, longest first
_SITE_SUFFIXES = tuple(sorted([(s, "zone") for s in ZONE_SUFFIXES] + [(s, "facility") for s in FACILITY_SUFFIXES],
                              key=lambda sk: -len(sk[0])))
#: the rules' organisation suffixes with their kind, longest first
_ORG_SUFFIX_KINDS = tuple(sorted(ORG_SUFFIXES.items(), key=lambda kv: -len(kv[0])))


def _place_kind(surface: str) -> str | None:
    """The kind of a model's place by its ending: a zone or a facility as the rules read
    them (示范区, 博物馆), else an administrative or natural ending (村, 镇, 山, 湖); None when
    the name says nothing (加德满都).

    >>> [_place_kind(p) for p in ("东瓦窑村", "嘉鱼县", "梅懈湖", "国家高山滑雪中心", "加德满都")]
    ['village', 'county', 'lake', None, None]
    """
    for suffix, kind in _SITE_SUFFIXES:
        if surface.endswith(suffix) and len(surface) > len(suffix):
            return kind
    for end, kind in _KIND_BY_END:
        if surface.endswith(end) and len(surface) > len(end):
            return kind
    return None


#: how the name of a body ends (a model's long ORG span that ends otherwise ran on through a clause)
_ORG_END = regex.compile(
    r"(?:会|部|局|委|院|校|所|厂|司|团|社|行|队|组|处|办|中心|馆|台|站|署|厅|党|军|政府|学|盟|织|室|科|股|庭|园"
    r"|营|店|坊|场|屋|基金|联|网|报|刊|机构|协|派|会议|国|班|舍|中央|公安|检察|监委|政协|人大|内阁|议会|论坛|峰会"
    r"|工程|项目|计划|俱乐部|企业|海关|系|油田|军区|基地|城|区|库|港|总支|旅|师|连|大厦|集团|公司|银行|组织)$")
_COUNT_CHAR = r"[\d０-９一二两三四五六七八九十百千万几数多]"
_COUNTED = regex.compile(rf"^{_COUNT_CHAR}+[家个所座支批名位项条]")
_COUNTING = regex.compile(_COUNT_CHAR)


#: loanwords spelled with the characters of transliterated names: no person
_LOANWORDS = frozenset("马拉松 巧克力 咖啡 沙发 吉他 芭蕾 比萨 披萨 奥林匹克 马赛克 沙龙 迪斯科 吉普 雷达 坦克 桑拿 瑜伽".split())


def _plausible_name(surface: str) -> bool:
    """A model's PER span that reads as a name: a transliteration, or a family name and one to
    three characters (希同中, cut from 伊方希同中方, is neither) that do not open with a common
    word (普惠性)."""
    if surface in _LOANWORDS:
        return False
    if len(surface) >= 2 and all(c in TRANSLIT or c == "·" for c in surface):
        return True
    if len(surface) >= 3 and all(c in TRANSLIT or c in TRANSLIT_MORE for c in surface):
        return True  # 克林顿, 基里延科: a transliteration with a character the rules' list lacks
    if 3 <= len(surface) <= 5 and regex.fullmatch(r"\p{Han}+", surface) and any(
            surface[:k] in JAPANESE_SURNAMES for k in (1, 2, 3) if len(surface) - k >= 1 + (k == 1)):
        return True  # 福田康夫, 茂木敏充, 横井裕, 菅义伟: a Japanese name
    parts = surface.split("·")
    if len(parts) > 1 and all(regex.fullmatch(r"\p{Han}{2,}|让|汗", x) for x in parts) and 5 * sum(
            c in _DOT_NAME for c in surface.replace("·", "")) >= 4 * len(surface.replace("·", "")):
        return True  # 哈维尔·巴尔顿, 育亭·维沙蓬: a name in parts, mostly of name characters
    family = 2 if surface[:2] in COMPOUND_SURNAMES else 1 if surface[:1] in SURNAMES or (
        len(surface) == 3 and surface[0] in RARE_SURNAMES) else 0
    if family == 1 and len(surface) <= 3:  # 普惠性, 荣获全: a common word, not a name, begins it
        function, words = not_names()
        if surface[:2] in function or surface in words:
            return False
    if family == 1 and len(surface) == 4:  # 普惠小微, 云冈石窟: two words, not a four-character name
        function, words = not_names()
        if surface[:2] in function or surface[:2] in words or surface[2:] in function or surface[2:] in words:
            return False
    return bool(family) and 1 <= len(surface) - family <= 3 and regex.fullmatch(r"\p{Han}+", surface) is not None


def _in_idiom(text: str, s: int, e: int, idiom_set: frozenset[str]) -> bool:
    """Does a four-character idiom (成语) overlap ``text[s:e]`` (平分秋色, 天南海北)?"""
    return any(text[i : i + 4] in idiom_set for i in range(max(0, s - 3), e))


def _add_model_spans(doc: Document, ents: PageEntities, source: Any) -> None:
    """Add the model's spans that the rules missed (rules win on overlap)."""
    text = doc.match_text  # rules read traditional pages as simplified; names come out simplified
    ranges = [(s, e) for s, e in doc.paragraphs if e > s]
    results = source([text[s:e] for s, e in ranges])  # simplified, as the model was trained
    per_spans = [[(base + a, base + b) for a, b, label in spans if label == "PER"]
                 for (base, _), spans in zip(ranges, results)]
    _model_names_over_rules(text, ents, per_spans)
    _names_holding_places(text, ents, per_spans)
    occupied = Ranges([m for p in ents.persons.values() for m in p.mentions])
    for h in ents.places + ents.orgs:
        occupied.add(h.start, h.end)
    lex = lexicon()
    idiom_set = idioms()
    for (base, _), spans in zip(ranges, results):
        for start, end, label in spans:
            s, e = base + start, base + end
            surface = text[s:e]
            if label not in _LABELS or e <= s or not surface.strip() or "\n" in surface:
                continue
            if occupied.overlaps(s, e):
                continue
            if _in_idiom(text, s, e, idiom_set):
                continue  # 平分秋 of 平分秋色, 海纳百川: an idiom, not a name
            if len(surface) > 24 or not _NAME_CHARS.fullmatch(surface):
                continue  # a clause, not a name: the model ran over punctuation
            if label == "ORG" and len(surface) >= 8 and not _ORG_END.search(surface):
                continue  # 运河社区8条黑臭沟塘清淤: a clause the model ran on through, no body's name
            if label == "ORG" and _CLAUSE_VERB.search(surface):
                continue  # 某省某市主持召开部分市县政府, 某某大学成立联合实验室: a clause, not a name
            if label == "ORG" and surface in _BARE_HEADS or label == "LOC" and surface in _NO_PLACES:
                continue  # 如皋派出代表团: the kind of body, not its name; 地球, 特区
            if label != "PER" and (len(surface) < 2 or _COUNTED.match(surface)):
                # 中 of 中方 / 访华: a one-character short form is a party or a mere mention,
                # not a place record; 1371家工会帮扶中心 is a count of things, not one body
                continue
            if label == "PER":
                if not _plausible_name(surface):
                    continue
                info = ents.persons.setdefault(surface, PersonInfo(surface))
                info.mentions.append((s, e))
                ents.hold_titles(text, info, s, e)
            elif label == "LOC":
                found = lex.table.get(surface)
                if found and found[0] == "place":
                    ents.places.append(Hit(s, e, "place", found[1], found[2]))
                else:
                    ents.places.append(Hit(s, e, "place", surface, {"kind": _place_kind(surface), "country": None}))
            else:
                found = lex.table.get(surface)
                if found and found[0] == "org":
                    ents.orgs.append(Hit(s, e, "org", found[1], found[2]))
                else:
                    ents.orgs.append(Hit(s, e, "org", surface, {"kind": None, "country": None}))
            occupied.add(s, e)
    _other_mentions(text, ents)  # names the model found: their other mentions too


def _model_names_over_rules(text: str, ents: PageEntities, spans: list[list[tuple[int, int]]]) -> None:
    """Where the model reads a transliterated name on beyond the end the rules gave it, the
    model's reading: the rules cut it at a character they do not know (美国总统克林|顿, 总理基里|
    延科, 普拉昌|达); the model has seen the name. What the rules found with it (titles, country,
    leader) goes with it. A Chinese name the two end differently keeps the rules' end (南仁东,
    韩正|和: the model is the one that errs there, on the month)."""
    by_start = {m[0]: (m[1], name) for name, info in ents.persons.items() for m in info.mentions}
    if not by_start:
        return
    others = Ranges([(h.start, h.end) for h in ents.places + ents.orgs])
    for paragraph in spans:
        for s, e in paragraph:
            if s not in by_start:
                continue
            pe, old = by_start[s]
            surface = text[s:e]
            if e <= pe or old not in ents.persons or (s, pe) not in ents.persons[old].mentions:
                continue  # (a Chinese name the model ends sooner or later is the rules' reading: 南仁东, 韩正)
            if not all(c in TRANSLIT or c in TRANSLIT_MORE or c == "·" for c in surface) or surface.endswith("·"):
                continue
            if others.overlaps(s, e) or "\n" in surface or not _plausible_name(surface):
                continue
            info = ents.persons[old]
            if info.role:
                continue  # a reporter's name comes from the byline as printed
            new = ents.persons.setdefault(surface, PersonInfo(surface))
            for ms, me in list(info.mentions):  # its other mentions read alike (克林顿 again)
                if text[ms : ms + len(surface)] == surface and not others.overlaps(ms, ms + len(surface)):
                    info.mentions.remove((ms, me))
                    new.mentions.append((ms, ms + len(surface)))
            _take_over(new, info)
            if not info.mentions:
                del ents.persons[old]
            ents.hold_titles(text, new, s, e)


def _names_holding_places(text: str, ents: PageEntities, spans: list[list[tuple[int, int]]]) -> None:
    """A family name and a two-character place the model reads as one person's name is that
    person (部长徐南平, 作者：黄亚洲, 汤德宏摄, 村民魏长江): the gazetteer's place goes. Every
    such reading on the e-paper month was a person."""
    at = {(h.start, h.end): h for h in ents.places}
    for paragraph in spans:
        for s, e in paragraph:
            h = at.get((s + 1, e))
            if e - s != 3 or h is None or text[s] not in SURNAMES or not _plausible_name(text[s:e]):
                continue
            ents.places.remove(h)
            info = ents.persons.setdefault(text[s:e], PersonInfo(text[s:e]))
            info.mentions.append((s, e))
            ents.hold_titles(text, info, s, e)


def _other_mentions(text: str, ents: PageEntities) -> None:
    """Every other mention of the persons found so far (the rules' pass over the page)."""
    from newsie.entities.rules import _more_mentions

    taken = [m for p in ents.persons.values() for m in p.mentions]
    seen = {(s, e, p.name) for p in ents.persons.values() for s, e in p.mentions}

    def add(info: PersonInfo, s: int, e: int) -> None:
        if (s, e, info.name) not in seen:
            seen.add((s, e, info.name))
            info.mentions.append((s, e))
            taken.append((s, e))

    _more_mentions(text, ents.persons, ents.places + ents.orgs, taken, add)


#: what follows the name of a company, a brand, a corridor or a zone, never a person's:
#: 云米科技, 陆海新通道, 杨凌示范区, 李宁公司; an award: 诺贝尔奖, 南丁格尔奖章; a site: 田庄台古镇
_THING_AFTER = regex.compile(r"科技|集团|公司|股份|控股|有限|通道|示范区|品牌|牌(?![子照])|旗舰店|商标|奖(?![励金状])|古镇|古城|景区|遗址")


def _named_thing_on_page(text: str, name: str) -> bool:
    """Is ``name`` followed, anywhere on the page, by what follows a thing's name (金茂集团)?"""
    i = text.find(name)
    while i >= 0:
        if _THING_AFTER.match(text, i + len(name)):
            return True
        i = text.find(name, i + 1)
    return False


def _drop_named_things(text: str, ents: PageEntities) -> None:
    """Undo a person with no title whose name, in one of its mentions or anywhere on the page
    (a name in parts around dots: in a mention), is the name of a thing: 云米 of 云米科技, 陆海新
    of 西部陆海新通道, 金茂 of 金茂资本, 田庄台 of 田庄台古镇 (with all its other mentions); and one
    whose every mention is a whole 《title》: 《白毛女》 is an opera. Any person, titled or
    not, whose every mention an idiom overlaps (演员平分秋色: 平分秋 is no name)."""
    idiom_set = idioms()
    for name, info in list(ents.persons.items()):
        if not info.role and all(_in_idiom(text, s, e, idiom_set) for s, e in info.mentions):
            del ents.persons[name]
            continue
        if info.titles or info.role or info.leader:
            continue
        if any(_THING_AFTER.match(text, e) for _, e in info.mentions) or "·" not in name and _named_thing_on_page(
                text, name) or all(
                s > 0 and text[s - 1] == "《" and text[e : e + 1] == "》" for s, e in info.mentions):
            del ents.persons[name]


#: characters of transliterated names beyond TRANSLIT (Uyghur and other names: 马木提,
#: 艾合买提, 古丽米热), read only next to a middle dot
_DOT_NAME = TRANSLIT | frozenset("木买吐孜依合力江乎热丽古提麦耶历让大山来延得")


def _dotted(text: str, s: int, e: int) -> tuple[int, int]:
    """A name's range grown across its middle dots: 史蒂芬 of 史蒂芬·托斯, 克瓦希涅夫斯基 of
    亚历山大·克瓦希涅夫斯基 (parts of two to eight name characters, or 汗 and 让).

    >>> t = "主席史蒂芬·托斯说，前总统亚历山大·克瓦希涅夫斯基表示"
    >>> [t[slice(*_dotted(t, s, e))] for s, e in ((2, 5), (18, 25))]
    ['史蒂芬·托斯', '亚历山大·克瓦希涅夫斯基']
    """
    dot = text.rfind("·", s, e)
    if dot > s and e - dot == 2 and text[dot + 1] != "汗":
        # 弗拉基米尔·彼|得罗夫斯基: a mention cut one character into its last part runs on,
        # by two characters or more (约翰·基 | 热烈祝贺 stays)
        j = e
        while j < len(text) and text[j] in _DOT_NAME and j - dot <= 8:
            j += 1
        if j - e >= 2:
            e = j
    while e + 1 < len(text) and text[e] == "·":
        j = e + 1
        while j < len(text) and text[j] in _DOT_NAME and j - e <= 8:
            j += 1
        if j - e - 1 < 2 and text[e + 1 : j] != "汗":
            break  # a part is two characters or more (伊姆兰·汗 aside): 侯塞姆·阿… is not read
        e = j
    while s >= 3 and text[s - 1] == "·":
        j = s - 1
        while j > 0 and text[j - 1] in _DOT_NAME and s - j <= 8:
            j -= 1
        if s - 1 - j < 2 and text[j : s - 1] != "让":
            break  # 让·皮埃尔: Jean
        s = j
    return s, e


def _join_dotted_names(text: str, ents: PageEntities) -> None:
    """A person named in parts around middle dots (史蒂芬·托斯, 让·皮埃尔·德戈伯特) that the
    model or the rules read in part: each such mention becomes the whole name, under that
    name; a bare mention of a part (艾热提 after 艾热提·马木提) joins the one whole name
    that part opens or closes, when there is one."""
    grown: dict[str, list[tuple[int, int]]] = {}
    sources: dict[str, list[PersonInfo]] = {}
    for name, info in list(ents.persons.items()):
        if info.role:
            continue  # a reporter's name comes from the byline as printed
        moved = []
        for s, e in info.mentions:
            s2, e2 = _dotted(text, s, e)
            if (s2, e2) != (s, e):
                moved.append((s, e))
                grown.setdefault(text[s2:e2], []).append((s2, e2))
                sources.setdefault(text[s2:e2], []).append(info)
        if moved:
            info.mentions = [m for m in info.mentions if m not in moved]
            if not info.mentions:
                del ents.persons[name]
    spans = Ranges([m for ms in grown.values() for m in ms])
    for name, info in list(ents.persons.items()):  # 罗夫斯基 inside 谢尔盖·彼得罗夫斯基
        kept = [m for m in info.mentions if not spans.holds(*m)]
        if len(kept) < len(info.mentions):
            info.mentions = kept
            if not kept:
                del ents.persons[name]
    for full, mentions in grown.items():
        info = ents.persons.setdefault(full, PersonInfo(full))
        info.mentions.extend(m for m in mentions if m not in info.mentions)
        for src in sources[full]:
            _take_over(info, src)
    for part, info in list(ents.persons.items()):
        if "·" in part or part not in ents.persons:
            continue
        owners = [f for f in ents.persons if "·" in f and (f.startswith(part + "·") or f.endswith("·" + part))]
        if len(owners) == 1:
            whole = ents.persons[owners[0]]
            whole.mentions.extend(info.mentions)
            _take_over(whole, info)
            del ents.persons[part]


def _take_over(whole: PersonInfo, part: PersonInfo) -> None:
    """What the page said of a person under part of the name, now said of the whole."""
    for pos, title in part.titles:
        whole.add_title(pos, title)
    whole.affiliation = whole.affiliation or part.affiliation
    whole.country = whole.country or part.country
    whole.leader = whole.leader or part.leader


#: where the first of two bodies joined by 与 ends (中央广播电视总台与国家电影局); a name that
#: holds 与 itself (经济合作与发展组织, 新闻与传播学院) has no body's ending before it
_JOINED_ORGS = regex.compile(
    r"(?<=(?:局|部|委|会|台|院|社|府|厅|办|室|团|司|行|校|所|中心|集团|公司|组织|大学))与(?=\p{Han}{3})")


def _split_joined_orgs(text: str, ents: PageEntities) -> None:
    """Two organisations read as one across 与 (国家民族事务委员会与国家电影局) become two,
    each with the kind its own ending gives (or the lexicon's entry)."""
    lex = lexicon()
    out = []
    for h in ents.orgs:
        surface = text[h.start : h.end]
        m = _JOINED_ORGS.search(surface)
        if m is None or m.start() < 3:
            out.append(h)
            continue
        for s, e in ((h.start, h.start + m.start()), (h.start + m.end(), h.end)):
            part = text[s:e]
            found = lex.table.get(part)
            if found and found[0] == "org":
                out.append(Hit(s, e, "org", found[1], found[2]))
            else:
                kind = next((k for suffix, k in _ORG_SUFFIX_KINDS if part.endswith(suffix)), None)
                out.append(Hit(s, e, "org", part, {"kind": kind, "country": None}))
    ents.orgs[:] = out


#: 中华 is the nation's name in 中华民族, 中华儿女, 中华文明…, a place only in 中华大地
_ZHONGHUA_PLACE = regex.compile(r"中华(?=大地)")
#: what follows a person's name far more often than a place: 顾海东说, 于久江经常…
_NAME_AFTER = regex.compile(r"说|表示|介绍|认为|告诉|坦言|指出|回忆|笑着|感慨|经常|一家|同志|老师|先生|女士")
#: what ends right before a person's family name: a title or a person noun (区委书记顾海东)
_PERSON_BEFORE = regex.compile(
    r"(?:书记|主任|局长|部长|厅长|县长|市长|区长|镇长|乡长|村长|组长|队长|站长|所长|科长|处长|院长|校长|馆长"
    r"|社长|行长|经理|董事长|总裁|主席|教授|老师|研究员|工程师|医生|记者|村民|农民|居民|老人|师傅|代表|委员"
    r"|干部|党员|司机|工人|职工|员工|学生|作家|诗人|画家)$"
)


def _straddled(text: str, s: int, e: int) -> bool:
    """A two-character place read across two words: 隆重|庆祝 (重庆), 宏大|理念 (大理), 沿海|地区
    (海地), 幸福|建立 (福建); not after a count (8家|中国企业: 家 counts)."""
    pair = straddles().get(text[s:e])
    return (pair is not None and s >= 1 and e < len(text) and text[s - 1] in pair[0] and text[e] in pair[1]
            and not (s >= 2 and _COUNTING.match(text, s - 2)))


#: districts whose names are common words: a place only right after their city (洛阳市老城区)
_NEEDS_PARENT = {"老城区": ("洛阳", "洛阳市")}


def _drop_false_places(text: str, ents: PageEntities) -> None:
    """Undo places that are no place: 中华 of 中华民族; a two-character place read across two
    words (隆重庆祝); one inside an idiom (天南海北, 包罗万象); a district whose name is a
    common word (老城区, the old town) unless its city stands before it; and one inside a person's name (顾海东 of 区委书记顾海东说, 于久江 of
    ，于久江经常…): a family name right before it, a title or no Han character before that, and
    a word after it that follows names, or a name between others in a list (吴官正、李长春、
    贺国强). The name becomes a person, with its other mentions."""
    names: set[str] = set()
    ends = {m[1] for p in ents.persons.values() for m in p.mentions}
    starts = {m[0] for p in ents.persons.values() for m in p.mentions}
    for h in ents.places:
        s, e = h.start, h.end
        if e - s != 2 or s < 1 or text[s - 1] not in SURNAMES:
            continue
        if (_NAME_AFTER.match(text, e)
                and (s == 1 or not regex.match(r"\p{Han}", text[s - 2]) or _PERSON_BEFORE.search(text, max(0, s - 6), s - 1))):
            names.add(text[s - 1 : e])
        elif s >= 2 and text[s - 2] == "、" and text[e : e + 1] in ("、", "") and (s - 2 in ends or e + 1 in starts):
            names.add(text[s - 1 : e])  # 吴官正、李长春、贺国强: a name in a list of names
    keep = []
    idiom_set = idioms()
    for h in ents.places:
        parent = _NEEDS_PARENT.get(text[h.start : h.end])
        if parent and not text[max(0, h.start - 3) : h.start].endswith(parent):
            continue  # 保护老城区: the old town, not 洛阳市老城区
        if _in_idiom(text, h.start, h.end, idiom_set):
            continue  # 天南海北, 包罗万象, 文山会海, 四平八稳, 重于泰山: an idiom, not a place
        if text[h.start : h.end] == "中华" and not _ZHONGHUA_PLACE.match(text, h.start) or _straddled(
                text, h.start, h.end):
            continue
        name = text[h.start - 1 : h.end] if h.start >= 1 else ""
        if name in names:
            info = ents.persons.setdefault(name, PersonInfo(name))
            info.mentions.append((h.start - 1, h.end))
            ents.hold_titles(text, info, h.start - 1, h.end)
            continue
        keep.append(h)
    ents.places[:] = keep


def _cut_run_on_names(text: str, ents: PageEntities) -> None:
    """A four-character name whose first three characters are a person on the page ran on
    into the next word: 赵乐际韩 of 赵乐际韩正 (names run together in a heading), 穆桂英加.
    Its mentions become the shorter name's."""
    cut = False
    for name in [n for n in ents.persons if len(n) == 4 and n[:3] in ents.persons]:
        if name[:2] in COMPOUND_SURNAMES or all(c in TRANSLIT for c in name):
            continue  # a compound family name and two more (欧阳修文); 阿卜杜拉 beside 阿卜杜
        info = ents.persons.pop(name)
        short = ents.persons[name[:3]]
        for s, e in info.mentions:
            if (s, e - 1) not in short.mentions:
                short.mentions.append((s, e - 1))
        cut = True
    if cut:  # 韩正 of 赵乐际韩正, freed
        _other_mentions(text, ents)


#: a list of short items parted by 、 (names: 习近平、李克强、栗战书)
_LIST = regex.compile(r"(?:[\p{Han}·]{2,8}、){2,}[\p{Han}·]{2,8}")


def _names_in_lists(text: str, ents: PageEntities) -> None:
    """An item of a list of names that reads as a name is a person, though neither the rules
    nor the model found it (栗战书 in 习近平、李克强、栗战书、汪洋; a reporter list's 花晓, 鲜宁):
    at least two other items of the list are persons, at least half of all, and the item is
    a family name and one to three characters no entity holds."""
    if len(ents.persons) < 2:
        return
    starts = {m[0]: m[1] for p in ents.persons.values() for m in p.mentions}
    ends = {m[1] for p in ents.persons.values() for m in p.mentions}  # 记者殷新宇、: the first item's name
    held = Ranges([m for p in ents.persons.values() for m in p.mentions])
    for h in ents.places + ents.orgs:
        held.add(h.start, h.end)
    added = False
    for m in _LIST.finditer(text):
        items, pos = [], m.start()
        for item in m.group().split("、"):
            items.append((pos, pos + len(item)))
            pos += len(item) + 1
        named = sum(starts.get(s) == e or (i == 0 and e in ends) for i, (s, e) in enumerate(items))
        if named < 2 or 2 * named < len(items):
            continue
        for s, e in items:
            surface = text[s:e]
            if starts.get(s) == e or held.overlaps(s, e) or len(surface) > 4 or not _plausible_name(surface):
                continue
            if surface[:2] in not_names()[0]:
                continue  # 来自宝马: a word (来自) and a name, not a person
            info = ents.persons.setdefault(surface, PersonInfo(surface))
            info.mentions.append((s, e))
            ents.hold_titles(text, info, s, e)
            added = True
    if added:
        _other_mentions(text, ents)


# -- reporters --------------------------------------------------------------------------


_REPORTER_ROLES = ("记者", "通讯员", "实习生", "见习生")


def _credit_role(b: Byline) -> str:
    if b.kind == "摄":
        return "摄影记者"
    if len(set(b.roles)) == 1 and b.roles[0] != "发":
        role = b.roles[0]
        for prefix in ("本报", "新华社", "中新社"):
            role = role.removeprefix(prefix)
        return role or "记者"
    return "记者"


def _add_reporters(doc: Document, draft: Draft, ents: PageEntities) -> None:
    """Reporters and photographers of the page's bylines and credits, as people; and
    the datelines' places the gazetteer does not know."""
    credits = [b for a in draft.articles for b in a.bylines]
    credits += [c.credit for c in draft.captions if c.credit is not None]
    text = doc.match_text  # rules read traditional pages as simplified; names come out simplified
    places = Ranges([(h.start, h.end) for h in ents.places + ents.orgs])
    known: dict[str, set[tuple[int, int]]] = {}  # each person's mentions, for a quick look-up
    patterns: dict[str, regex.Pattern] = {}
    for b in credits:
        cs, ce = doc.to_clean(b.span.start, b.span.end)
        if b.place:  # a dateline's place is a place even where the gazetteer lacks it
            place = to_simplified(b.place)
            at = text.find(place, cs, ce)
            if at >= 0 and not places.overlaps(at, at + len(place)):
                ents.places.append(Hit(at, at + len(place), "place", place, {"kind": None, "country": None}))
        role = _credit_role(b)
        for name in map(to_simplified, b.reporters):
            pattern = patterns.get(name)
            if pattern is None:  # a name may be padded with spaces in print (王 慧)
                pattern = patterns[name] = regex.compile(r"[ ]?".join(map(regex.escape, name)))
            m = pattern.search(text, cs, ce)
            info = ents.persons.get(name)
            if info is None:
                info = ents.persons[name] = PersonInfo(name)
            info.role = info.role or role
            # the byline's role is the person's role, not an office (新华社记者 李学仁 摄)
            info.titles = [t for t in info.titles if not t[1].endswith(_REPORTER_ROLES)]
            if info.affiliation is None or info.affiliation[1].endswith(_REPORTER_ROLES):
                info.affiliation = (cs, b.agency) if b.agency and b.agency != "本报" else None
            seen = known.get(name)
            if seen is None:
                seen = known[name] = set(info.mentions)
            if m and (m.start(), m.end()) not in seen:
                seen.add((m.start(), m.end()))
                info.mentions.append((m.start(), m.end()))


# -- filing under articles and captions -------------------------------------------------


def _place_record_fields(hits: list[Hit], doc: Document, context_codes: set[str]) -> dict[str, Any]:
    h = hits[0]
    if isinstance(h.data, dict):  # a compound, or a model's span
        return {"kind": h.data.get("kind"), "country": h.data.get("country"), "code": None}
    rows = h.data
    if len(rows) > 1:  # the same name in several provinces: the one the page is about
        chosen = [r for r in rows if r[3] and (r[3][:2] + "0000" in context_codes or r[3][:4] + "00" in context_codes)]
        rows = chosen or rows
    row = rows[0]
    if row[1] == "country":
        return {"kind": "country", "country": None, "code": row[3]}
    code = row[3] if len({r[3] for r in rows}) == 1 else None
    return {"kind": row[1], "country": row[2], "code": code}


def _longest(surfaces: list[str]) -> str:
    return max(surfaces, key=len)


def _by_owner(ranges: list[tuple[int, int]], owner: Callable[[int], Any], doc: Document) -> list[tuple[Any, tuple]]:
    """Mentions grouped by the article or caption holding them, in page order."""
    groups: dict[int, tuple[Any, list]] = {}
    for s, e in sorted(ranges):
        o = owner(s)
        if o is not None:
            groups.setdefault(id(o), (o, []))[1].append(doc.span(s, e))
    return [(o, tuple(spans)) for o, spans in groups.values()]


def _file(doc: Document, draft: Draft, ents: PageEntities) -> None:
    text = doc.match_text  # rules read traditional pages as simplified; names come out simplified
    find_article = draft.article_locator()
    find_caption = draft.caption_locator()

    def owner(pos: int) -> ArticleDraft | CaptionDraft | None:
        return find_article(pos) or find_caption(pos)

    # -- persons: page-wide identity, mentions per owner
    first_leader: dict[int, PersonInfo] = {}
    for info in ents.persons.values():
        if info.leader and info.role is None:
            for s, _ in info.mentions:
                o = owner(s)
                if o is not None and (id(o) not in first_leader or first_leader[id(o)].mentions[0][0] > s):
                    first_leader[id(o)] = info
    for info in ents.persons.values():
        if info.escort_of is not None and not info.leader and info.role is None:
            host = first_leader.get(id(owner(info.escort_of)))
            if host is not None:  # attendees of a leader's meeting hold office on the host's side
                info.leader = True
                info.country = info.country or host.country
    for info in sorted(ents.persons.values(), key=lambda p: min(p.mentions, default=(0, 0))):
        if not info.mentions:
            continue
        titles = tuple(t for _, t in sorted(info.titles))
        affiliation = info.affiliation[1] if info.affiliation else None
        leader = info.leader and info.role is None
        for o, spans in _by_owner(info.mentions, owner, doc):
            o.persons.append(Person(name=info.name, mentions=spans, titles=titles,
                                    affiliation=affiliation, country=info.country,
                                    is_leader=leader, role=info.role))

    # -- places
    context_codes = {r[3] for h in ents.places if not isinstance(h.data, dict) and len(h.data) == 1
                     for r in h.data if r[3]}
    groups: dict[str, list[Hit]] = {}
    for h in ents.places:
        groups.setdefault(ents.aliases.get(h.key, h.key), []).append(h)
    for key, hits in sorted(groups.items(), key=lambda kv: kv[1][0].start):
        fields = _place_record_fields(hits, doc, context_codes)
        name = key if fields["kind"] == "country" else _longest([text[h.start:h.end] for h in hits])
        for o, spans in _by_owner([(h.start, h.end) for h in hits], owner, doc):
            o.places.append(Place(name=name, mentions=spans, **fields))

    # -- organisations
    groups = {}
    for h in ents.orgs:
        groups.setdefault(ents.aliases.get(h.key, h.key), []).append(h)
    for key, hits in sorted(groups.items(), key=lambda kv: kv[1][0].start):
        surfaces = [text[h.start:h.end] for h in hits]
        entry = hits[0].data
        weak = getattr(entry, "weak_aliases", frozenset())
        if weak:
            strong = [s for s in surfaces if s not in weak]
            if not strong:
                continue  # 全总 alone on a page may be anything; beside 全国总工会 it is that
        kind = entry.kind if hasattr(entry, "kind") else (entry or {}).get("kind")
        name = _longest(surfaces)
        for o, spans in _by_owner([(h.start, h.end) for h in hits], owner, doc):
            o.organizations.append(Organization(name=name, mentions=spans, kind=kind))


@extractor("newsie.entities.v1", assigns=("persons", "places", "organizations"))
def make_entities(*, source: str = "default") -> Callable[[Document, Draft], None]:
    """People with titles, places with codes and organisations, filed per article.

    Args:
        source: ``"fast"`` for rules, gazetteers and the title lexicon alone; otherwise an
            entity source for ``newsie.ner.load`` (``"default"`` = the shipped model,
            ``"hanlp:NAME"``, ``"spacy:NAME"`` or a model folder), whose spans are added
            to the rules' (imported on first use).

    Raises:
        ConfigError: ``source`` is empty, or (on first use) the entity source cannot load.

    Example:
        >>> import newsie
        >>> nlp = newsie.Pipeline(["newsie.segment.flat", "newsie.entities"], entities="fast")
        >>> page = nlp("新华社喀山10月23日电 俄罗斯总统普京主持会晤。")
        >>> [(p.name, p.titles, p.is_leader) for p in page.articles[0].persons]
        [('普京', ('俄罗斯总统',), True)]
        >>> [(p.name, p.kind, p.country) for p in page.articles[0].places]
        [('喀山', 'city', '俄罗斯'), ('俄罗斯', 'country', None)]
    """
    if not isinstance(source, str) or not source.strip():
        raise ConfigError(f"newsie.entities.v1 source must be 'fast' or an entity source spec, got {source!r}")
    state: dict[str, Any] = {}

    def entities(doc: Document, draft: Draft) -> None:
        entity_source = None
        if source != FAST:
            if "source" not in state:
                state["source"] = _load_source(source)
            entity_source = state["source"]
        _file(doc, draft, page_entities(doc, draft, entity_source=entity_source))

    return entities
