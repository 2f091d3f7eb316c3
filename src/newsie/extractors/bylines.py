"""Datelines, bylines and photo credits → :class:`Byline`.

The forms, as Chinese papers print them (spaces and line breaks from the PDF are gone
in the clean text the patterns read):

- 本报讯（记者郝赫）                      kind 本报讯
- 本报北京10月23日电（记者王群）           kind 本报电, place 北京, date resolved
- 新华社俄罗斯喀山10月23日电（记者倪四义 胡晓光）  kind 电, agency 新华社
- 本报记者 赖志凯 周子元 / 本报通讯员 X      kind 本报记者 / 本报通讯员 (a line of its own)
- 新华社记者 李学仁 摄                      kind 摄 (a photo credit)
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache

import regex

from newsie.document import Document
from newsie.extractors._columns import is_column_name
from newsie.draft import Draft
from newsie.numerals import small_int
from newsie.records import Byline
from newsie.registry import extractor

__all__ = ["author_names", "find_bylines", "make_bylines", "resolve_month_day", "split_credit"]

# Agencies and papers that print datelines, longest first so that 中国新闻社 wins over 中新社.
AGENCIES = (
    "中国新闻社", "中央广播电视总台", "人民日报", "经济日报", "光明日报", "工人日报", "中国日报",
    "解放军报", "科技日报", "法治日报", "中国青年报", "农民日报", "新华社", "中新社", "中新网",
    "人民网", "新华网", "央视网", "国际在线", "总台", "央视", "本报",
)
_AGENCY = "|".join(sorted(AGENCIES, key=len, reverse=True))

# Roles printed before reporters' names, longest first.
ROLES = (
    "本报特约记者", "本报见习记者", "本报实习记者", "本报记者", "本报通讯员", "本报特约通讯员",
    "特派记者", "特约记者", "见习记者", "实习记者", "摄影记者", "首席记者", "记者", "特约通讯员",
    "通讯员", "实习生", "见习生",
)
# a correspondent stationed abroad or in a province: 本报驻美国记者, 本报驻日本首席记者, 本报驻京记者
_STATIONED = r"本报驻\p{Han}{1,6}?(?:首席|特约)?记者"
_ROLE = "|".join([_STATIONED, *sorted(ROLES, key=len, reverse=True)])

_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
# A name: two to four characters, a transliteration with ·, or a two-character name
# padded to the width of three (王 慧), as papers set short names in bylines.
_NAME = r"(?:[\p{Han}][ ][\p{Han}](?!(?!摄|整理|报道)[\p{Han}])|[\p{Han}]{2,4}|[\p{Han}]{1,8}(?:·[\p{Han}]{1,8})+)"
_NAMES = rf"{_NAME}(?:[ 、，,]+{_NAME})*"

# The older form, with no brackets: the reporters run on from the dateline and close on
# 报道： (本报北京1月5日讯记者张三报道：… / 新华社北京1月5日电记者张三、李四报道：… /
# 本报讯记者张三报道：…, 本报上海1月4日讯新华社记者甲、本报记者乙报道：…)
_SAID = (rf"(?P<said>(?:{_AGENCY})?(?:{_ROLE})[ ]*{_NAMES}(?:[ 、，,]*(?:{_AGENCY})?(?:{_ROLE})[ ]*{_NAMES})*)"
         r"[ ]*报道[：:]")

# Or the reporter opens the first sentence, saying where the news came from: 本报北京１月５日讯
# 记者王小川从省农业农村厅获悉，… (one name, checked by :func:`author_names`: 记者今天从… names
# no one)
_FROM = rf"(?P<from>(?:{_ROLE})[ ]*{_NAME})(?=从)"

# 本报北京10月23日电（记者王群） and 新华社俄罗斯喀山10月23日电（记者倪四义 胡晓光）
_DATELINE = regex.compile(
    rf"""
    (?:据[ ]*)?                                         # 据新华社…电: taken from an agency
    (?P<agency>{_AGENCY})
    (?P<place>[\p{{Han}}·]{{0,16}}?)                # the place, as short as it can be
    (?:(?P<year>\d{{4}}|[〇零一二三四五六七八九]{{4}})年)?
    (?P<month>{_NUM})月(?P<day>{_NUM})日
    (?P<kind>电|讯)
    (?:[ \n]*[（(](?P<credit>[^（）()]{{1,60}})[）)]   # the credit, perhaps on the next line
       |[ \n]*{_SAID}                                  # or 记者张三报道： with no brackets
       |[ \n]*{_FROM})?                                # or 记者张三从…获悉： the reporter's sentence
    """,
    regex.VERBOSE,
)

# 本报湖州电记者钱小雨报道：…: the older form with a place and no date
_PLACE_SAID = regex.compile(
    rf"(?:据[ ]*)?(?P<agency>{_AGENCY})(?P<place>[\p{{Han}}·]{{1,16}}?)(?P<kind>电|讯)[ \n]*{_SAID}"
)

# 本报电 日前…（刘志强）: a brief's dateline with neither place nor date
_BARE_DIAN = regex.compile(rf"(?<![\p{{Han}}])(?:据[ ]*)?(?P<agency>{_AGENCY})电(?=[ 　（(\n]|$)")

# 本报讯（记者郝赫）
_XUN = regex.compile(
    rf"(?P<agency>{_AGENCY})讯(?:[ ]*[（(](?P<credit>[^（）()]{{1,60}})[）)]|[ ]*{_SAID}|[ ]*{_FROM})?"
)

# 本报记者 赖志凯 周子元 / 本报通讯员 张三 — a paragraph of its own (the line ends with the names).
_REPORTER_LINE = regex.compile(
    rf"""
    (?<=^|\n)
    (?P<credit>(?:(?:{_ROLE})[ ]*{_NAMES}[ ]*)+)
    (?=\n|$)
    """,
    regex.VERBOSE,
)

# 新华社记者 甲乙丙 / 本报特派记者 甲乙 / 新华社记者甲乙  本报记者丙丁 — a reporter line whose
# role is preceded by the paper or agency the reporters write for (a line of its own, as
# _REPORTER_LINE; apart from it, as the segmenter reads that one). Names invented.
_AFFILIATED_LINE = regex.compile(
    rf"""
    (?<=^|\n)
    (?P<credit>(?:(?:{_AGENCY})?(?:{_ROLE})[ ]*{_NAMES}[ ]*)+)
    (?=\n|$)
    """,
    regex.VERBOSE,
)

# 据新华社某地电（记者甲乙、丙丁）: a dateline with a place and no date, its reporters in brackets
_PLACE_CREDIT = regex.compile(
    rf"(?<![\p{{Han}}])(?:据[ ]*)?(?P<agency>{_AGENCY})(?P<place>[\p{{Han}}·]{{1,16}}?)(?P<kind>电|讯)"
    rf"[ \n]*[（(](?P<credit>(?:{_AGENCY})?(?:{_ROLE})[ ]*{_NAMES}(?:[ 、，,]*(?:{_AGENCY})?(?:{_ROLE})[ ]*{_NAMES})*)[）)]"
)

# What every match of _PLACE_CREDIT holds, told by the standard re (a scan of the page with it
# costs a fraction of the regex's): its kind and bracket; and its agency, place and kind (the
# place's Han characters and · lie at U+00B7 and from U+2E80 on). A page with neither has none.
_PLACE_CREDIT_KIND = re.compile(r"[电讯][ \n]*[（(]")
_PLACE_CREDIT_HEAD = re.compile(rf"(?:{_AGENCY})[\u00b7\u2e80-\U0010ffff]{{1,16}}[电讯][ \n]*[（(]")


def _place_credits(text: str) -> Iterator[regex.Match]:
    """``_PLACE_CREDIT.finditer(text)``, passing over a page that cannot hold one (most)."""
    if _PLACE_CREDIT_KIND.search(text) is None or _PLACE_CREDIT_HEAD.search(text) is None:
        return iter(())
    return _PLACE_CREDIT.finditer(text)


# 新华社记者 李学仁 摄 / 本报记者张三摄 / 新华社发 王五摄 / 李四 摄
_PHOTO = regex.compile(
    rf"""
    (?<=^|[\n 。！？；：”）)])
    (?:(?P<agency>{_AGENCY})(?P<role>{_ROLE}|发)?[ ]*)?
    (?P<names>{_NAMES})
    [ ]*摄(?:影报道|影)?
    (?:[ ]*[（(][\p{{Han}}·]{{2,8}}[）)])?      # the photo agency: （影像中国） （新华社发）
    (?=[ ]*(?:\n|$))
    """,
    regex.VERBOSE,
)
# credits naming no photographer: a wire photo (新华社发) or one given by its subject
# (受访者供图, 某某公司供图); apart from _PHOTO, whose literal 摄 lets a search fail fast
_UNNAMED_PHOTO = regex.compile(
    r"(?<=^|[\n 。！？；：”）)])(?:(?P<agency>新华社|中新社)发|\p{Han}{2,10}供图)(?=[ ]*(?:\n|$))"
)


@lru_cache(maxsize=8)  # the reporter lines' needles are looked for twice a page (_REPORTER_LINE, _AFFILIATED_LINE)
def _lines_holding(text: str, needles: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` of each line of ``text`` holding one of ``needles``, in order."""
    starts = set()
    for needle in needles:
        k = text.find(needle)
        while k >= 0:
            starts.add(text.rfind("\n", 0, k) + 1)
            k = text.find(needle, k + 1)
    out = []
    for s in sorted(starts):
        e = text.find("\n", s)
        out.append((s, len(text) if e < 0 else e))
    return tuple(out)


def _finditer_lines(rx: regex.Pattern, text: str, needles: tuple[str, ...]) -> Iterator[regex.Match]:
    """``rx.finditer(text)`` for a pattern whose every match lies within one line and holds
    one of ``needles``: run over those lines alone (a scan of the whole page costs far more;
    a lookbehind still sees the line break before the line)."""
    for s, e in _lines_holding(text, needles):
        yield from rx.finditer(text, s, e)


def _finditer_opening_in_lines(rx: regex.Pattern, text: str, needles: tuple[str, ...]) -> Iterator[regex.Match]:
    """``rx.finditer(text)`` for a pattern whose matches open on a part that lies within one
    line and holds one of ``needles``, all after it optional (it may run over the line):
    the leftmost match opening in such a line is found within the line, then read on."""
    pos = 0
    for s, e in _lines_holding(text, needles):
        at = max(s, pos)
        while at < e:
            m = rx.search(text, at, e)
            if m is None:
                break
            m = rx.match(text, m.start())  # the same match, with what follows the line
            yield m
            at = pos = m.end()


# what a match of _BARE_DIAN holds; what every role of _ROLE holds (so every match of
# _REPORTER_LINE and _AFFILIATED_LINE): the lines worth a regex run
_AGENCY_DIAN = tuple(f"{a}电" for a in AGENCIES)
_ROLE_WORDS = ("记者", "通讯员", "实习生", "见习生")  # tests/test_bylines.py checks every role holds one


def unnamed_credits(text: str) -> Iterator[regex.Match]:
    """The credits naming no photographer that close lines of ``text`` (新华社发, 受访者供图).

    >>> [m.group() for m in unnamed_credits("中欧班列从铁路口岸开出。 新华社发")]
    ['新华社发']
    >>> list(unnamed_credits("照片由受访者供图给本报。"))
    []
    """
    if "社发" not in text and "供图" not in text:  # most lines: no regex run
        return iter(())
    return _finditer_lines(_UNNAMED_PHOTO, text, ("社发", "供图"))


def photo_credit(text: str) -> regex.Match | None:
    """The first photo credit closing a line of ``text``, naming its photographer or not."""
    # (every credit _PHOTO reads holds 摄: most texts need no regex run)
    return ("摄" in text and _PHOTO.search(text)) or next(unnamed_credits(text), None)

# A credit at the end of an article: （本报记者张贺、刘阳）, （新华社北京10月1日电 记者林晖、熊丰）,
# （新华社北京9月30日电）, or bare names （倪光辉）, closing a paragraph after a sentence end.
_TRAILING = regex.compile(
    rf"""
    (?<=[。！？”…][ \n]?|^|\n)                  # after a sentence, or a line of its own
    [（(]
    (?:据?(?P<agency>{_AGENCY})(?P<place>[\p{{Han}}·]{{0,16}}?)
       (?:(?P<month>{_NUM})月(?P<day>{_NUM})日)?电[ ]*)?
    (?P<credit>(?:综合)?(?:(?:{_ROLE})[ ]*)?{_NAMES}(?:[ 、，,]*(?:{_ROLE})[ ]*{_NAMES})*
       (?:[ ]*(?:(?:综合)?报道|(?:采访)?整理))?)?  # （综合本报记者王小峰、李林青报道） （本报记者 何 勇整理）
    [）)]
    (?=[ ]*(?:\n|$))
    """,
    regex.VERBOSE,
)

_ROLE_SPLIT = regex.compile(rf"({_ROLE})")
_AFTER_SENTENCE = regex.compile(r"[。！？”…][ \n]?$")
# what an editor notes in brackets after a text, in the place of a closing credit
_EDITORIAL_NOTE = regex.compile(r"节选|摘编|摘录|摘要|删节|有删节|待续|未完|续完|全文完|完|图片|资料|原文|译文|附图|组图"
                                 r"|(?:全文|详情|讲话全文)?另发|全文见\S{0,6}版")
# a paper, agency or broadcaster named before its reporters (解放军报记者, 新华社记者)
_AFFILIATION = regex.compile(rf"{_AGENCY}|[\p{{Han}}]{{2,10}}(?:日报|晚报|报社|通讯社|电视台|广播电台|网)|[\p{{Han}}]{{3,10}}[报社台]")
_REPORTED = regex.compile(r"^综合|[ ]*(?:(?:综合)?报道|(?:采访)?整理|摘(?:编|录)?)$")
_SEPARATORS = regex.compile(r"[ 、，,\n]+")


def split_names(text: str) -> list[str]:
    """Names in a byline, with names padded by spaces (王 慧, 林 小 青) rejoined.

    >>> split_names("王 慧 杜若原、曹玲娟"), split_names("林 小 青"), split_names("王 慧 李 明")
    (['王慧', '杜若原', '曹玲娟'], ['林小青'], ['王慧', '李明'])
    """
    tokens = [t for t in _SEPARATORS.split(text) if t]
    names: list[str] = []
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and len(tokens[j]) == 1:
            j += 1
        if j - i >= 2:
            names.extend(_spaced_names("".join(tokens[i:j])))
            i = j
        else:
            names.append(tokens[i])
            i += 1
    return names


def _spaced_names(letters: str) -> list[str]:
    """A run of single characters set apart by spaces, cut into names of two or three
    characters that each open with a family name, as many two-character ones as can be
    (two-character names are the ones a paper pads); in pairs where no such cut exists.

    >>> _spaced_names("林小青"), _spaced_names("王慧李明"), _spaced_names("王慧林小青")
    (['林小青'], ['王慧', '李明'], ['王慧', '林小青'])
    """
    from newsie.entities._lexicon import SURNAMES

    # best[k]: the cut of letters[:k] with the fewest three-character names, None if none
    best: list[list[str] | None] = [[]] + [None] * len(letters)
    for k in range(2, len(letters) + 1):
        for size in (2, 3):
            head = best[k - size] if k >= size else None
            if head is None or letters[k - size] not in SURNAMES:
                continue
            cut = head + [letters[k - size:k]]
            if best[k] is None or sum(len(n) == 3 for n in cut) < sum(len(n) == 3 for n in best[k]):
                best[k] = cut
    if best[-1] is not None:
        return best[-1]
    return [letters[k:k + 2] for k in range(0, len(letters), 2)]


# A pundit's or editorial board's signature under a headline: 本报评论员, 特约评论员, 新华社评论员
_PUNDIT_LINE = regex.compile(rf"^(?:{_AGENCY})?(?:特约)?评论员$")
_NAME_SEPARATORS = regex.compile(r"[ \u3000、，,]+")


_HAN_NAME = regex.compile(r"\p{Han}{2,4}")


def author_names(text: str) -> tuple[str, ...] | None:
    """The names of an author line that holds only names (林青, 张  枨, 方立新 白雪 陶然),
    ``()`` for a pundit's signature (本报评论员), None for anything else.

    A name is two or three characters opening with a common family name (three or four
    with a compound one: 欧阳明远), and not a common word (黄河, 高原): on its own, a short
    line so worded may still be a headline; the segmenter reads it as an author line only
    where it stands between a heading and its body.

    >>> author_names("林 青"), author_names("方立新 白雪、陶然"), author_names("本报评论员")
    (('林青',), ('方立新', '白雪', '陶然'), ())
    >>> author_names("黄河"), author_names("哈尔滨"), author_names("卡达里"), author_names("习近平主持会议")
    (None, None, None, None)
    """
    from newsie.entities._lexicon import COMPOUND_SURNAMES, SURNAMES

    text = text.strip()
    if _PUNDIT_LINE.match(text):
        return ()
    names = split_names(_NAME_SEPARATORS.sub(" ", text)) if len(text) <= 24 else []
    if not names or len(names) > 4:
        return None
    for name in names:
        if not _HAN_NAME.fullmatch(name):
            return None
        if name[:2] in COMPOUND_SURNAMES:
            if len(name) < 3 or _in_lexicon(name):
                return None
            continue
        if len(name) > 3 or name[0] not in SURNAMES or not reads_as_name(name):
            return None
    return tuple(names)


def reads_as_name(name: str, given_name_too: bool = False) -> bool:
    """Is ``name`` (two or three characters, its family name read by the caller) no common word
    or function word, nor are its first two characters one (黄河, 高原; with ``given_name_too``,
    nor its last two: 萧国家, for a family name that opens common words), no foreign name
    transliterated (卡达里, 伊姆兰: the story's subject, no author), and no place or
    organisation (哈尔滨, 南京)?

    >>> reads_as_name("林青"), reads_as_name("黄河"), reads_as_name("卡达里"), reads_as_name("萧国家", given_name_too=True)
    (True, False, False, False)
    """
    from newsie.entities._lexicon import TRANSLIT, not_names

    function_words, words = not_names()
    parts = (name, name[:2], name[1:]) if given_name_too else (name, name[:2])
    if any(w in words or w in function_words for w in parts):
        return False
    if len(name) == 3 and all(c in TRANSLIT for c in name):
        return False
    return not _in_lexicon(name)


def _in_lexicon(name: str) -> bool:
    """Does the gazetteer read a place or an organisation of two characters or more in ``name``?"""
    from newsie.entities._lexicon import lexicon

    return any(h.end - h.start >= 2 for h in lexicon().scan(name))


def split_credit(credit: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split a credit into names and the role printed before each group of names.

    >>> split_credit("记者倪四义 胡晓光")
    (('倪四义', '胡晓光'), ('记者',))
    >>> split_credit("记者张三 通讯员李四、王五")
    (('张三', '李四', '王五'), ('记者', '通讯员'))
    >>> split_credit("新华社记者张立新、李国良，解放军报记者王海彬、柳青")
    (('张立新', '李国良', '王海彬', '柳青'), ('记者', '记者'))
    """
    names: list[str] = []
    roles: list[str] = []
    credit = _REPORTED.sub("", credit.strip())  # 综合…报道 frames the names, is not one
    parts = _ROLE_SPLIT.split(credit)
    for i, part in enumerate(parts):
        if i % 2:  # the captured role keywords sit at odd positions
            roles.append(part)
            continue
        found = split_names(part)
        # a paper or agency set right before a role is the reporters' affiliation, not a
        # name: 新华社记者张立新、李国良，解放军报记者王海彬、柳青
        if found and i + 1 < len(parts) and part.endswith(found[-1]) and _AFFILIATION.fullmatch(found[-1]):
            found.pop()
        names.extend(found)
    return tuple(names), tuple(roles)


def resolve_month_day(month: int, day: int, anchor: dt.date, year: int | None = None) -> dt.date | None:
    """The date of ``month``/``day`` nearest ``anchor`` (or in ``year``); None if impossible.

    >>> resolve_month_day(10, 23, dt.date(2024, 10, 24))
    datetime.date(2024, 10, 23)
    >>> resolve_month_day(12, 30, dt.date(2025, 1, 2))
    datetime.date(2024, 12, 30)
    >>> resolve_month_day(2, 30, dt.date(2024, 3, 1)) is None
    True
    """
    if year is not None:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    best = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            d = dt.date(y, month, day)
        except ValueError:
            continue
        if best is None or abs((d - anchor).days) < abs((best - anchor).days):
            best = d
    return best


def _year_of(text: str | None) -> int | None:
    if not text:
        return None
    return small_int(text)


def _dateline_kind(agency: str, printed: str) -> str:
    """A dateline's kind from its agency and its 电 or 讯: 本报电, 电, 本报讯 or 讯."""
    own = agency == "本报"
    if printed == "电":
        return "本报电" if own else "电"
    return "本报讯" if own else "讯"


def _credit_of(m: regex.Match) -> tuple[str, tuple[str, ...], tuple[str, ...], int]:
    """The group a dateline's reporters are read from (bracketed, 报道：, or the reporter
    opening the sentence), its names and roles, and where the dateline ends: at 讯 or 电 when
    the sentence opens with 记者 and no name (记者今天从有关部门了解到)."""
    if m.group("said"):
        return ("said", *split_credit(m.group("said")), m.end())
    if m.group("from"):
        names, roles = split_credit(m.group("from"))
        if len(names) == 1 and author_names(names[0]):
            return "from", names, roles, m.end()
        return "credit", (), (), m.start("from")
    return ("credit", *split_credit(m.group("credit") or ""), m.end())


def find_bylines(doc: Document, issue_date: dt.date | None) -> list[tuple[int, Byline]]:
    """Every dateline, byline and photo credit, as ``(clean_start, record)``."""
    text = doc.match_text
    found: list[tuple[int, int, Byline]] = []
    used = bytearray(len(text) + 1)  # clean characters already inside a byline

    def free(s: int, e: int) -> bool:
        return not any(used[s:e])

    def take(span: tuple[int, int]) -> None:
        used[span[0] : span[1]] = b"\x01" * (span[1] - span[0])

    def printed(m: regex.Match, group: str) -> str | None:
        """A group's text as printed (the rules match a simplified copy of the page)."""
        s, e = m.span(group)
        return doc.text[s:e] or None if s >= 0 else None

    def as_printed(m: regex.Match, group: str, names: tuple[str, ...]) -> tuple[str, ...]:
        """Names read from a group, each in the characters the page prints."""
        if doc.match_text is doc.text or not names or m.start(group) < 0:
            return names
        s, e = m.span(group)
        keep = [i for i in range(s, e) if not text[i].isspace()]
        squeezed = "".join(text[i] for i in keep)
        out, at = [], 0
        for name in names:
            k = squeezed.find(name, at)
            if k < 0:
                out.append(name)
                continue
            out.append("".join(doc.text[keep[k + j]] for j in range(len(name))))
            at = k + len(name)
        return tuple(out)

    for m in _TRAILING.finditer(text):
        if not free(*m.span()) or not (m.group("credit") or m.group("agency")):
            continue
        if not m.group("agency") and is_column_name(m.group("credit") or ""):
            continue  # （人民论坛）: a column's name, not a reporter's
        if not m.group("agency") and _EDITORIAL_NOTE.fullmatch(m.group("credit") or ""):
            continue  # （节选） （待续）: the editor's note on the text, not a name
        names, roles = split_credit(m.group("credit") or "")
        if not (roles or m.group("agency")) and not _AFTER_SENTENCE.search(text, max(0, m.start() - 2), m.start()):
            continue  # bare names on a line of their own under no sentence: not surely a credit
        agency = m.group("agency")
        date = None
        if agency:
            month, day = small_int(m.group("month") or ""), small_int(m.group("day") or "")
            if month and day and issue_date:
                date = resolve_month_day(month, day, issue_date)
            kind = "本报电" if agency == "本报" else "电"
        else:
            first = roles[0] if roles else "记者"
            agency = "本报" if first.startswith("本报") else None
            kind = "本报记者" if first.startswith("本报") else ("通讯员" if "通讯员" in first else "记者")
        found.append((m.start(), m.end(), Byline(
            span=doc.span(m.start(), m.end()), agency=agency, kind=kind,
            place=printed(m, "place"), date=date, reporters=as_printed(m, "credit", names), roles=roles,
        )))
        take(m.span())
    for m in _finditer_opening_in_lines(_DATELINE, text, ("日电", "日讯")):
        if not free(*m.span()):
            continue
        month, day = small_int(m.group("month")), small_int(m.group("day"))
        year = _year_of(m.group("year"))
        date = None
        if month and day and (issue_date or year):
            date = resolve_month_day(month, day, issue_date or dt.date(year, 7, 1), year)
        agency = m.group("agency")
        credit, names, roles, end = _credit_of(m)
        kind = _dateline_kind(agency, m.group("kind"))
        found.append((m.start(), end, Byline(
            span=doc.span(m.start(), end), agency=agency, kind=kind,
            place=printed(m, "place"), date=date, reporters=as_printed(m, credit, names), roles=roles,
        )))
        take((m.start(), end))
    for m in _PLACE_SAID.finditer(text) if "报道" in text else ():
        if not free(*m.span()):
            continue
        agency = m.group("agency")
        names, roles = split_credit(m.group("said"))
        kind = _dateline_kind(agency, m.group("kind"))
        found.append((m.start(), m.end(), Byline(
            span=doc.span(m.start(), m.end()), agency=agency, kind=kind, place=printed(m, "place"),
            reporters=as_printed(m, "said", names), roles=roles,
        )))
        take(m.span())
    for m in _place_credits(text):
        if not free(*m.span()):
            continue
        agency = m.group("agency")
        names, roles = split_credit(m.group("credit"))
        found.append((m.start(), m.end(), Byline(
            span=doc.span(m.start(), m.end()), agency=agency, kind=_dateline_kind(agency, m.group("kind")),
            place=printed(m, "place"), reporters=as_printed(m, "credit", names), roles=roles,
        )))
        take(m.span())
    for m in _finditer_lines(_BARE_DIAN, text, _AGENCY_DIAN):
        if not free(*m.span()):
            continue
        agency = m.group("agency")
        found.append((m.start(), m.end(), Byline(
            span=doc.span(m.start(), m.end()), agency=agency, kind="本报电" if agency == "本报" else "电",
        )))
        take(m.span())
    for m in _XUN.finditer(text):
        if not free(*m.span()):
            continue
        agency = m.group("agency")
        credit, names, roles, end = _credit_of(m)
        found.append((m.start(), end, Byline(
            span=doc.span(m.start(), end), agency=agency,
            kind="本报讯" if agency == "本报" else "讯", reporters=as_printed(m, credit, names), roles=roles,
        )))
        take((m.start(), end))
    for m in _finditer_lines(_PHOTO, text, ("摄",)):
        if not free(*m.span()):
            continue
        names = tuple(split_names(m.group("names")))
        role = m.group("role")
        found.append((m.start(), m.end(), Byline(
            span=doc.span(m.start(), m.end()), agency=m.group("agency"), kind="摄",
            reporters=as_printed(m, "names", names), roles=(role,) if role and role != "发" else (),
        )))
        take(m.span())
    for m in unnamed_credits(text):
        if free(*m.span()):
            found.append((m.start(), m.end(), Byline(
                span=doc.span(m.start(), m.end()), agency=m.group("agency"), kind="摄", reporters=(), roles=())))
            take(m.span())
    for m in _finditer_lines(_REPORTER_LINE, text, _ROLE_WORDS):
        if not free(*m.span()):
            continue
        names, roles = split_credit(m.group("credit"))
        first = roles[0] if roles else "记者"
        kind = first if first in ("本报记者", "本报通讯员") else (
            "本报记者" if first.startswith("本报") else ("通讯员" if "通讯员" in first else "记者")
        )
        found.append((m.start(), m.end(), Byline(
            span=doc.span(m.start(), m.end()), agency="本报" if first.startswith("本报") else None,
            kind=kind, reporters=as_printed(m, "credit", names), roles=roles,
        )))
        take(m.span())
    for m in _finditer_lines(_AFFILIATED_LINE, text, _ROLE_WORDS):
        if not free(*m.span()):
            continue
        names, roles = split_credit(m.group("credit"))
        if not names:
            continue
        head = m.group("credit").lstrip()
        agency = next((a for a in AGENCIES if head.startswith(a)), None)
        kind = "本报记者" if agency == "本报" else ("通讯员" if roles and "通讯员" in roles[0] else "记者")
        found.append((m.start(), m.end(), Byline(
            span=doc.span(m.start(), m.end()), agency=agency,
            kind=kind, reporters=as_printed(m, "credit", names), roles=roles,
        )))
        take(m.span())
    found.sort(key=lambda t: t[0])
    return [(s, b) for s, _, b in found]


def infer_issue_date(doc: Document, bylines: list[Byline]) -> dt.date | None:
    """The issue date implied by the datelines: the day after the latest one.

    Datelines are dated the day the story was filed; the paper prints it the next day.
    The year comes from the datelines if they print it, else from the latest full date
    (2024年10月23日) on the page.
    """
    pairs = []
    for b in bylines:
        m = _DATELINE.match(b.span.text) if b.kind in ("本报电", "电", "讯") else None
        if m:
            pairs.append((small_int(m.group("month")), small_int(m.group("day")), _year_of(m.group("year"))))
    if not pairs:
        return None
    years = [y for _, _, y in pairs if y]
    if not years:
        years = [int(y) for y in regex.findall(r"(\d{4})年[ ]*\d{1,2}月", doc.match_text)]
    if not years:
        return None
    anchor = dt.date(max(years), 7, 1)
    dates = [resolve_month_day(mo, d, anchor, y) for mo, d, y in pairs if mo and d]
    dates = [d for d in dates if d]
    return max(dates) + dt.timedelta(days=1) if dates else None


def _trim_leads(paragraphs: list[tuple[int, int]], leads: list[tuple[int, int]], doc: Document) -> list[tuple[int, int]]:
    """Cut bylines that open a paragraph (or stand alone) out of the paragraphs.

    ``leads`` are clean ranges. A byline may run over a paragraph break (a dateline on
    its own line, the credit on the next): every paragraph it covers loses the covered
    part.
    """
    text = doc.match_text
    leads = sorted(leads)
    starts = [s for s, _ in leads]
    out = []
    for ps, pe in paragraphs:
        # the leads that can touch this paragraph start before its end
        k = bisect.bisect_left(starts, pe)
        for ls, le in leads[max(0, k - 2) : k]:
            if ls <= ps < le or (ps <= ls < pe and not text[ps:ls].strip()):
                ps = max(ps, min(le, pe))
                while ps < pe and text[ps] in " \n":
                    ps += 1
        if ps < pe:
            out.append((ps, pe))
    return out


def _trim_closing_notes(paragraphs: list[tuple[int, int]], notes: list[tuple[int, int]], doc: Document
                        ) -> list[tuple[int, int]]:
    """Cut a bracketed byline that closes a paragraph out of it (…激发干事创业热情。 （综合本报
    记者叶传增、江南、…报道）): the reflow runs a long closing note, wrapped over several
    lines, into the paragraph above it. Only a note in brackets that nothing follows.

    ``notes`` are clean ranges of the article's bylines (no photo credits)."""
    text = doc.match_text
    ends = {}
    for ls, le in notes:
        k = ls
        while k > 0 and text[k - 1] in " \n":
            k -= 1
        if k > 0 and text[k - 1] in "（(" and ls > 0 and text[ls] not in "（(":
            ls = k - 1  # the dateline inside the brackets: （新华社北京10月1日电 记者…）
        ends[ls] = le
    if not ends:
        return paragraphs
    out = []
    for ps, pe in paragraphs:
        for ls, le in ends.items():
            if ps < ls < pe and le <= pe and text[ls] in "（(" and not text[le:pe].strip():
                while ls > ps and text[ls - 1] in " \n":
                    ls -= 1
                pe = ls
                break
        if ps < pe:
            out.append((ps, pe))
    return out


def _heads_article(art, clean: tuple[int, int], text: str) -> bool:
    """Whether a byline the segmenter does not read as an article's lead (an affiliated
    reporter line, a dateline with no date) stands where it can only be its article's:
    opening the article's first paragraph, or as its author line. Elsewhere (in a heading
    group, which a page that sets headlines after their bodies may close the article above
    with, or between two texts) it is left out."""
    s, e = clean
    if art.paragraphs:
        ps, pe = art.paragraphs[0]
        if ps <= s < pe and not text[ps:s].strip():
            return True
    return any(a < e and s < b for a, b in art.author or ())


def _lead_unseen(text: str) -> bool:
    """A byline read by :data:`_AFFILIATED_LINE` or :data:`_PLACE_CREDIT` alone (the segmenter
    does not know these forms)."""
    text = text.strip()
    if _AFFILIATED_LINE.fullmatch(text):
        return _REPORTER_LINE.fullmatch(text) is None
    return _PLACE_CREDIT.fullmatch(text) is not None


def _is_column(art, clean: tuple[int, int]) -> bool:
    """Whether a bracketed credit is the article's column tag."""
    s, e = clean
    return any(a < e and s < b for a, b in art.column or [])


# an author line of a reporter's role set apart from the names: 新华社记者 王某, 本报特派记者 王某 李某,
# 某某报记者 王某 (names invented)
_ROLE_SPACE_NAMES = regex.compile(
    rf"^(?P<role>[\p{{Han}}、·]{{0,24}}?(?:{_ROLE}))[ ]+(?P<names>[\p{{Han}}]{{2,4}}(?:[ ]+[\p{{Han}}]{{2,4}}){{0,3}})$"
)


def _role_line_names(text: str) -> tuple[str, ...] | None:
    """The names of an author line that sets a reporter's role, a space and the names (新华社记者
    王某, 本报特派记者 王某), None for anything else (an office and a name, 某部部长 王某, is a
    speech's or a signed piece's author, which the 2019 e-paper files print as no byline).

    >>> _role_line_names("新华社记者 王某"), _role_line_names("本报特派记者 王某 李某"), _role_line_names("某部部长 王某")
    (('王某',), ('王某', '李某'), None)
    """
    t = text.strip()
    m = _ROLE_SPACE_NAMES.match(t) if " " in t else None  # (the names stand after a space)
    return (author_names(m.group("names")) or None) if m else None


def _author_bylines(doc: Document, art, taken: list[tuple[int, int]] | tuple = ()) -> None:
    """The bylines of an article's author lines that name only names or a pundit (林青 /
    方立新 白雪 / 本报评论员), or a reporter's role and names (新华社记者 王某) no byline on the
    page holds yet (``taken``: the spans of the page's bylines), which the segmenter set in its
    heading; an office and a name (中华人民共和国主席 习近平) is a speech's author, not a byline."""
    for s, e in art.author or ():
        span = doc.span(s, e)
        if any(b.span.start < span.end and span.start < b.span.end for b in art.bylines):
            continue
        names = author_names(doc.match_text[s:e])
        if names is None:
            # a reporter's role and names the dateline rules left to no article (新华社记者 王某 under
            # the headline, where the page's reading order sets it apart from the body it opens)
            said = _role_line_names(doc.match_text[s:e])
            if not said or any(a < span.end and span.start < b for a, b in taken):
                continue
            reporters = said
        else:
            printed = author_names(doc.text[s:e])
            reporters = printed if printed and len(printed) == len(names) else names
        head = doc.match_text[s:e].strip()
        agency = next((a for a in AGENCIES if head.startswith(a)), None) if not names else None
        art.bylines.append(Byline(span=span, agency=agency, kind="本报记者" if agency == "本报" else "记者",
                                  reporters=reporters))
        art.bylines.sort(key=lambda b: b.span.start)


@extractor("newsie.bylines.v1", assigns=("bylines", "captions.credit"))
def make_bylines(*, infer_issue_date_from_datelines: bool = True, trim_paragraphs: bool = True):
    """Find datelines, bylines and photo credits and attach them to their articles.

    Args:
        infer_issue_date_from_datelines: when the caller gave no issue date, take the day
            after the latest dateline (and say so in ``Page.warnings``).
        trim_paragraphs: take a byline at the start of a paragraph out of the article's
            body (本报讯（记者郝赫）全国… → 全国…); a paragraph that is only a byline goes.
    """

    def bylines(doc: Document, draft: Draft) -> None:
        issue_date = draft.issue_date
        if issue_date is None and infer_issue_date_from_datelines:
            first = [b for _, b in find_bylines(doc, None)]
            inferred = infer_issue_date(doc, first)
            if inferred is not None:
                draft.issue_date = issue_date = inferred
                draft.issue_date_inferred = True
                draft.warn(f"no issue date given; inferred {inferred.isoformat()} from the datelines")
        cut: dict[int, list[tuple[int, int]]] = {}
        locate_caption = draft.caption_locator()
        locate_article = draft.article_locator()
        firsts = sorted((a.extent[0][0], i) for i, a in enumerate(draft.articles) if a.extent)
        for start, byline in find_bylines(doc, issue_date):
            if byline.kind == "摄":
                cap = locate_caption(start)
                if cap is not None and cap.credit is None:
                    cap.credit = byline
                    continue
            art = locate_article(start)
            if art is None and firsts:
                # outside every article: the article it stands before, else the last one
                k = bisect.bisect_left(firsts, (start, -1))
                art = draft.articles[firsts[min(k, len(firsts) - 1)][1]]
            if art is not None and byline.kind != "摄":
                clean = doc.to_clean(byline.span.start, byline.span.end)
                if _lead_unseen(doc.match_text[clean[0]:clean[1]]) and not _heads_article(art, clean, doc.match_text):
                    continue
            if art is not None:
                if byline.kind != "摄" and _is_column(art, doc.to_clean(byline.span.start, byline.span.end)):
                    continue  # （问诊专家） after a headline: the segmenter read it as the column tag
                art.bylines.append(byline)
                if trim_paragraphs and byline.kind != "摄":
                    cut.setdefault(id(art), []).append(doc.to_clean(byline.span.start, byline.span.end))
        taken = [(b.span.start, b.span.end) for a in draft.articles for b in a.bylines]
        for art in draft.articles:
            _author_bylines(doc, art, taken)
        if trim_paragraphs:
            for art in draft.articles:
                if id(art) in cut:
                    art.paragraphs = _trim_closing_notes(_trim_leads(art.paragraphs, cut[id(art)], doc), cut[id(art)], doc)
        if issue_date is None and any(
            b.date is None and b.kind in ("本报电", "电") for a in draft.articles for b in a.bylines
        ):
            draft.warn("no issue date given and no year on the page: dateline dates are left unresolved")

    return bylines
