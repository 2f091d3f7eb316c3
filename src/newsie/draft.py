"""The page being built: mutable while the extractors run, frozen into a :class:`Page`.

Extractors receive the :class:`Draft` and add to it. Positions on the draft are clean
offsets (into ``doc.text``); the records they hold already carry source spans.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex

from newsie._resources import load_json
from newsie.document import Document
from newsie.records import (
    Article,
    Byline,
    Caption,
    Continuation,
    DateMention,
    Figure,
    Organization,
    Page,
    Person,
    Place,
    Span,
)

__all__ = ["ArticleDraft", "CaptionDraft", "Draft"]

# a heading line closed by one of these goes on in the next line with no space between
_CLAUSE_ENDS = ("，", "、", "：", "；")


def _em_width(text: str) -> float:
    """A heading line's printed width in ems: a narrow (ASCII) character is half a CJK one
    (``text`` as typed: a full-width digit or letter is a CJK one, ５０年), white space none.
    Not :func:`~newsie.document.char_width`, which sets CJK punctuation at half an em as body
    text compresses it: display type keeps it full (read so, 34 wrapped headlines of the 2,256
    dumped pages, 携手同行，共 / 创…, read as phrases with a space inside the word)."""
    return sum(0.0 if c.isspace() else 0.5 if c.isascii() else 1.0 for c in text)


_WRAP_SLACK = 1.0  # ems a full line of a wrapped title may fall short of the widest


def _wrapped_title(lines: list[str], typed: list[str] | None = None) -> bool:
    """Do a title's lines (two or more) show one text wrapped at its measure, not phrases
    set one to a line? Every line but the last fills the measure (is within an em of
    the widest: a punctuation mark may be set half width) and the last falls short of them:
    某某主席特 / 使某某出席 / 某某悼念活 / 动 and 省运会开幕式在体育中 / 心举行 are wrapped; 稻谷满仓香 /
    农家笑开颜 and 某某特色 / 青春无悔 / 未来可期 (phrases of one length) and 登高望远 / 推动合作高质量发展
    (the first line short of the second) are phrases, read with a space between them.
    ``typed``: the lines as the page types them, measured instead (full-width digits of
    某某从教５０年 / 音乐会… fill an em each, as the folded 50 does not).

    >>> _wrapped_title(["省运会开幕式在体育中", "心举行"]), _wrapped_title(["稻谷满仓香", "农家笑开颜"])
    (True, False)
    >>> _wrapped_title(["登高望远", "推动合作高质量发展"]), _wrapped_title(["某某主席特", "使某某出席", "悼念活动"])
    (False, True)
    >>> _wrapped_title(["某某特色", "青春无悔", "未来可期"])
    False
    """
    widths = [_em_width(t) for t in (typed or lines)]
    widest = max(widths)
    if any(w < widest - _WRAP_SLACK for w in widths[:-1]):
        return False
    return widths[-1] < widths[0] - 0.5


def torn_on_page(a: str, b: str, page: str) -> bool:
    """Does the line end between heading lines ``a`` and ``b`` tear a word the page
    (``page``: its text without white space) sets whole elsewhere? The two Chinese characters
    across the line end stand together elsewhere on the page while neither pair beside them
    does (某市着手整治所 / 谓违规广告 beside 所谓 in a body: 治所 and 谓违 nowhere else; 世界杯赛 /
    中国棋手 beside 比赛中 is two words meeting, 中国 stands elsewhere too), the line above no
    shorter than a measure (:data:`_TORN_LINE_MIN`).

    >>> torn_on_page("某市整治所", "谓违规广告", "某市整治所谓违规广告清理所谓招牌")
    True
    >>> torn_on_page("象棋比赛", "中国选手", "象棋比赛中国选手比赛中中国棋院")
    False
    """
    x, y = a.strip(), b.strip()
    if not (len(x) >= _TORN_LINE_MIN and len(y) >= 2 and _HAN.match(x[-1]) and _HAN.match(y[0])):
        return False
    return page.count(x[-1] + y[0]) > 1 and page.count(x[-2:]) == 1 and page.count(y[:2]) == 1


_HAN = regex.compile(r"\p{Han}")


# the longest name :func:`tears_a_name` looks for across a line end (places of the gazetteer run
# to 10 characters and more; one torn at a line end is seldom longer than this)
_TORN_NAME_MAX = 6


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    """The common two-character words of jieba's dictionary (``models/gazetteer/words.json``)."""
    return frozenset(load_json("gazetteer/words.json")["words"])


def common_word(text: str) -> bool:
    """Is ``text`` a common two-character word (:func:`_words`: jieba's of frequency 100 and more)?

    >>> common_word("限制"), common_word("调限")
    (True, False)
    """
    return text in _words()


def _han_across(x: str, y: str) -> bool:
    """Do heading lines ``x`` and ``y`` (white space dropped) meet on Chinese characters, each two
    characters long at least: a line end the word tear rules read?"""
    return len(x) >= 2 and len(y) >= 2 and bool(_HAN.match(x[-1])) and bool(_HAN.match(y[0]))


@lru_cache(maxsize=1)
def _listed_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words of jieba's dictionary that :func:`tears_a_listed_word` reads besides the common
    ones of two (:func:`_words`): the rarer words of two (frequency 10 up to 100) and the words of
    three and of four (frequency 10 and more), from ``models/gazetteer/words.json``."""
    data = load_json("gazetteer/words.json")
    return frozenset(data["rare2"]), frozenset(data["words3"]), frozenset(data["words4"])


@lru_cache(maxsize=8192)
def tears_a_listed_word(a: str, b: str) -> bool:
    """Does the line end between heading lines ``a`` and ``b`` tear a word of jieba's dictionary:
    a common word of two (:func:`_tears_common`, as :func:`tears_a_word` reads it), a word of three
    or four (:func:`_tears_longer`) or a rarer word of two (:func:`_tears_rare`)? The lines are read
    without white space, and only where they meet on Chinese characters (:func:`_han_across`)."""
    x, y = "".join(a.split()), "".join(b.split())
    return _han_across(x, y) and (_tears_common(x, y) or _tears_longer(x, y) or _tears_rare(x, y))


def _tears_rare(x: str, y: str) -> bool:
    """Does the line end between heading lines ``x`` and ``y`` (white space dropped, meeting on
    Chinese characters) tear a rarer word of two (jieba's of frequency 10 up to 100: 药费, 誓师),
    neither pair beside it a word of two at all (某县门诊药 / 费报销比例提高), and neither line a
    sentence's text (a 。 in it: a body's line the reflow left in a heading group, 某县门诊药 /
    费的报销，…。)? Read truth (the reading pages :func:`_tears_longer` names) where no other tear
    rule reads the line end: 48 inside one role, none between two.

    >>> _tears_rare("某县门诊药", "费报销比例提高"), _tears_rare("某县门诊", "药费报销")
    (True, False)
    >>> _tears_rare("某县门诊药", "费的报销，某某到场。")
    False
    """
    words, (rare, _, _) = _words(), _listed_words()
    beside = (x[-2:], y[:2])  # (the pairs on either side of the torn one: no word of two at all)
    return ("。" not in x and "。" not in y and x[-1] + y[0] in rare
            and not any(t in words or t in rare for t in beside))


def _tears_longer(x: str, y: str) -> bool:
    """Does the line end between heading lines ``x`` and ``y`` (white space dropped, meeting on
    Chinese characters) tear a word of three or four characters (:func:`_listed_words`)? Torn
    after one character or before the last, the side holding that one character must open or
    close no common word of two there (某某成立70周年招待 / 会并致辞: 招待会 a word, 会并 none; 某地20年
    退耕还 / 林某万亩); a word of four torn in its middle counts however its halves read (会见中国 /
    女排代表). :func:`tears_a_word` reads two characters across the end and takes a word of two
    before it (招待) for two words meeting. Read truth, the line ends between two heading lines of
    one article on the reading pages (2019 days 01-10 of draws 2024, 7, 11, 13, 17, the other
    month's days 01-15, both routes) that the segmenter's other tear rules leave: 153 inside one
    role torn in a word of three, 30 more in a word of four; 35 torn in the middle of a word of
    four into two words of two; none of them between two roles.

    >>> _tears_longer("某某成立70周年招待", "会并致辞"), _tears_longer("某地中国", "人民某某")
    (True, False)
    >>> _tears_longer("某地20年退耕还", "林某万亩"), _tears_longer("某地退耕", "还林某某")
    (True, True)
    >>> _tears_longer("某某会见中国", "女排代表")
    True
    """
    words, (_, words3, words4) = _words(), _listed_words()
    head, tail = x[-2:] in words, y[:2] in words
    return ((x[-2:] + y[0] in words3 and not tail) or (x[-1] + y[:2] in words3 and not head)
            or (x[-3:] + y[0] in words4 and not tail) or (x[-1] + y[:3] in words4 and not head)
            or x[-2:] + y[:2] in words4)


# what a bracketed tag closing a title opens on: it follows the title's last word with no space
_TAG_OPENS = ("（", "(")


@lru_cache(maxsize=8192)
def tears_a_word(a: str, b: str) -> bool:
    """Does the line end between heading lines ``a`` and ``b`` tear a common word: the two Chinese
    characters across it make a word of the shipped list (jieba's two-character words of
    frequency 100 and more) and neither pair beside them does (某地座谈会强调限 / 制会议费用:
    限制 is a word, 调限 and 制会 are not; 世界杯赛 / 中国棋手 is two words meeting, 中国 a
    word). :func:`torn_on_page` asks the page, which a short article seldom repeats its title's
    words in. Read truth, the line ends between two heading lines of the reading pages (2019
    days 01-10 of ten pdf layout draws and nineteen sim ones, the other month's days 01-15),
    those the other rules of ``roles._torn_pair`` leave: pdf 1,841 line ends inside a role tear a
    word so, and none of 4,457 between two roles (a kicker and its headline, a headline and its
    subtitle); sim 505 and none of 4,864.

    >>> tears_a_word("某地座谈会强调限", "制会议接待费用"), tears_a_word("国际象棋世界杯赛", "中国棋手夺冠")
    (True, False)
    """
    x, y = "".join(a.split()), "".join(b.split())
    return _han_across(x, y) and _tears_common(x, y)


def _tears_common(x: str, y: str) -> bool:
    """:func:`tears_a_word`'s test on lines ``x`` and ``y`` (no white space, meeting on Chinese
    characters: :func:`_han_across`): the pair across the end a common word, neither pair beside
    it one."""
    words = _words()
    return x[-1] + y[0] in words and x[-2:] not in words and y[:2] not in words


@lru_cache(maxsize=1)
def _torn_names() -> tuple[frozenset[str], frozenset[int]]:
    """The four-character idioms and the places of two characters or more of the shipped
    lexicons (``models/gazetteer/``), with the lengths they come in (up to
    :data:`_TORN_NAME_MAX`)."""
    from newsie.entities._lexicon import idioms

    places = load_json("gazetteer/places.json")["places"]
    names = frozenset(p for p in places if 2 <= len(p) <= _TORN_NAME_MAX) | idioms()
    return names, frozenset(map(len, names))


@lru_cache(maxsize=8192)
def tears_a_name(a: str, b: str) -> bool:
    """Does the line end between heading lines ``a`` and ``b`` tear a four-character idiom or a
    place name of the shipped lexicons (某团访问菲律 / 宾洽谈渔业, 某某会见伊拉 / 克议长, 举办丰富多 /
    彩游园活动)? A title wrapped at its measure tears them anywhere; a kicker ends on a word and
    its headline opens on one. Read truth, the line ends between two heading lines of the
    reading pages (2019 days 01-10 of ten pdf layout draws and nineteen sim ones, the other
    month's days 01-15): pdf 317 line ends inside a role tear one, and none of 4,457 between two
    roles (a kicker and its headline, a headline and its subtitle); sim 29 and none of 4,864.

    >>> tears_a_name("某团访问菲律", "宾洽谈渔业合作"), tears_a_name("某地举办丰富多", "彩的游园活动")
    (True, True)
    >>> tears_a_name("某团启程", "菲律宾洽谈渔业合作")
    False
    """
    x, y = "".join(a.split()), "".join(b.split())
    if not (x and y and _HAN.match(x[-1]) and _HAN.match(y[0])):
        return False
    names, lengths = _torn_names()
    for n in lengths:
        for k in range(max(1, n - len(y)), min(n, len(x) + 1)):
            if x[-k:] + y[:n - k] in names:
                return True
    return False


# a line a title was wrapped off fills its measure, and no heading measure is narrower than
# some six ems: a shorter line is a phrase set on its own (读与写 / 更高效, the page holding 写更
# by chance), whatever the page holds
_TORN_LINE_MIN = 5


def _locator(ranges: list[tuple[int, int, Any]]) -> Callable[[int], Any]:
    """``pos -> item`` whose ``[start, end)`` holds ``pos``; the first listed wins on overlap.

    Ranges sorted by start, with the running maximum of their ends: walking back from
    the last range starting at or before ``pos`` stops as soon as no earlier range can
    reach ``pos``, which for the disjoint ranges of a page is at once.
    """
    firsts = [s for s, _, _ in ranges]
    order = sorted(range(len(ranges)), key=firsts.__getitem__)  # (a stable sort: ties stay in list order)
    starts = [firsts[i] for i in order]
    reach = list(itertools.accumulate((ranges[i][1] for i in order), max))

    def find(pos: int) -> Any:
        best = None
        j = bisect.bisect_right(starts, pos) - 1
        while j >= 0 and reach[j] > pos:
            s, e, item = ranges[order[j]]
            if s <= pos < e and (best is None or order[j] < best[0]):
                best = (order[j], item)
            j -= 1
        return None if best is None else best[1]

    return find


@dataclass
class ArticleDraft:
    """An article while it is being built; ranges are clean ``(start, end)`` offsets."""

    id: str
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    # Headings are lists of clean ranges: a title set on two lines is one headline,
    # read with a space between its lines.
    headline: list[tuple[int, int]] | None = None
    kicker: list[tuple[int, int]] | None = None
    subheadlines: list[tuple[int, int]] = field(default_factory=list)
    column: list[tuple[int, int]] | None = None
    author: list[tuple[int, int]] | None = None
    section_heads: list[tuple[int, int]] = field(default_factory=list)
    extent: list[tuple[int, int]] = field(default_factory=list)  # what the article covers
    bylines: list[Byline] = field(default_factory=list)
    continuations: list[Continuation] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def covers(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.extent)


@dataclass
class CaptionDraft:
    """A photo caption while it is being built."""

    range: tuple[int, int]
    credit: Byline | None = None
    persons: list[Person] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)

    def covers(self, pos: int) -> bool:
        return self.range[0] <= pos < self.range[1]


def quote_depths(texts: list[str]) -> list[int]:
    """How many double quotes are open before each text of ``texts`` and after the last (one more
    entry than texts): the opening quotes “ the texts above it hold less the closing ones ”, never
    below nothing.

    >>> quote_depths(["“某某何来家，某某何来‘两", "制’”", "——某地同胞谈“我和我的家乡”"])
    [0, 1, 0, 0]
    """
    out = [0]
    for t in texts:
        out.append(max(0, out[-1] + t.count("“") - t.count("”")))
    return out


def inside_quotes(texts: list[str]) -> set[int]:
    """The indexes of ``texts`` (the lines of a heading) that open inside a double quote a text
    above opened and this text or one below closes: a quoted title wrapped inside its quotes
    (“某某何来家，某某何来‘两 / 制’”), one piece. A quote never closed (a body line's quoted speech)
    holds none.

    >>> sorted(inside_quotes(["“某某何来家，某某何来‘两", "制’”", "——某地同胞谈“我和我的家乡”"]))
    [1]
    >>> inside_quotes(["“这次来京领奖，我见到了不少老朋友，大家久别重", "大使随笔"])
    set()
    """
    if not any("“" in t for t in texts):
        return set()  # (most headings hold no quote)
    depths = quote_depths(texts)
    out: set[int] = set()
    start = 0
    for k in range(len(texts)):
        if depths[k] <= 0 < depths[k + 1]:
            start = k
        elif depths[k] > 0 >= depths[k + 1]:
            out.update(range(start + 1, k + 1))
    return out


@dataclass
class Draft:
    """The page under construction, handed to each extractor in turn."""

    doc: Document
    issue_date: dt.date | None = None
    issue_date_inferred: bool = False
    page_number: int | None = None
    newspaper: str | None = None
    articles: list[ArticleDraft] = field(default_factory=list)
    captions: list[CaptionDraft] = field(default_factory=list)
    continuations: list[Continuation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def article_at(self, pos: int) -> ArticleDraft | None:
        """The article covering clean offset ``pos``, if any (one lookup; see locators)."""
        return self.article_locator()(pos)

    def caption_at(self, pos: int) -> CaptionDraft | None:
        """The caption covering clean offset ``pos``, if any."""
        return self.caption_locator()(pos)

    def article_locator(self) -> Callable[[int], ArticleDraft | None]:
        """A fast ``pos -> article`` lookup over the articles as they are now.

        Build it once and call it for every record an extractor routes: a page of many
        articles and many records stays linear.
        """
        return _locator([(s, e, a) for a in self.articles for s, e in a.extent])

    def caption_locator(self) -> Callable[[int], CaptionDraft | None]:
        """A fast ``pos -> caption`` lookup over the captions as they are now."""
        return _locator([(c.range[0], c.range[1], c) for c in self.captions])

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    # -- freezing -----------------------------------------------------------------------

    def _span(self, ranges: list[tuple[int, int]] | None, title: bool = False) -> Span | None:
        """One span over heading lines, read with a space between them (none after a
        line closed by a full-width comma, enumeration comma, colon or semicolon: a title
        wrapped after its clause, 从山区到城市，/ 一条公路…, reads as one line). With
        ``title`` (a headline or kicker), lines that show a wrap at the heading's measure
        (:func:`_wrapped_title`) join with nothing between them, as a wrapped line of text
        does: 省运会开幕式在体育中 / 心举行 is 省运会开幕式在体育中心举行, not 中 心; so do two title
        lines whose line end tears a word the page sets whole elsewhere (:func:`torn_on_page`,
        lines of one width: 某县整治所 / 谓违规广告), an idiom or a place name
        (:func:`tears_a_name`: 某团访问菲律 / 宾洽谈渔业合作) or a common word
        (:func:`tears_a_word`: 某地座谈会强调限 / 制会议接待费用) or another word of jieba's
        (:func:`tears_a_listed_word`: 某某周年招待 / 会并讲话); so does a title line ending inside
        a quotation the lines above opened (“某某何来家，某某何来‘两 / 制’”), and a title line and
        the bracketed tag set under it (某某新时光 / （70年，共同走过·大国小家）)."""
        if not ranges:
            return None
        if len(ranges) == 1:
            return self.doc.span(*ranges[0])
        # the parts are read, not built: the one span over them is the record
        parts = [self.doc._span_fields(s, e) for s, e in ranges]
        typed = self.doc.source  # (as typed: full-width digits and letters are a CJK type's)
        wrapped = title and _wrapped_title([t for _, _, t in parts], [typed[a:b] for a, b, _ in parts])
        text = parts[0][2]
        flat = self.doc.squashed() if title else ""
        texts = [t for _, _, t in parts]
        quoted = quote_depths(texts)[1:] if title and any("“" in t for t in texts) else [0] * len(parts)
        for (s, _), (_, end, above), (start, _, t), open_after in zip(ranges[1:], parts, parts[1:], quoted):
            # (a letter-spaced line is set apart, in display type: no wrap runs into it)
            if text.endswith(_CLAUSE_ENDS) or open_after > 0 or (title and t.startswith(_TAG_OPENS)) or (
                    wrapped and not (typed[end - 1].isascii() and typed[start].isascii())
                    and not self._letter_spaced_at(s)) or (
                    title and (torn_on_page(above, t, flat) or tears_a_name(above, t)
                              or tears_a_listed_word(above, t))
                    and not self._letter_spaced_at(s)):
                text += t
            else:
                text += " " + t
        return Span(start=parts[0][0], end=parts[-1][1], text=text)

    def _letter_spaced_at(self, clean: int) -> bool:
        """Is the line holding clean offset ``clean`` letter-spaced?"""
        lines = self.doc.lines
        if not lines:
            return False
        k = bisect.bisect_right(lines, clean, key=lambda ln: ln.clean_start) - 1
        return lines[max(k, 0)].letter_spaced

    def to_page(self) -> Page:
        """Freeze the draft into the public :class:`Page`."""
        articles = []
        for a in self.articles:
            paragraphs = tuple(self.doc.span(s, e) for s, e in a.paragraphs)
            tos = [c.page for c in a.continuations if c.direction == "to"]
            froms = [c.page for c in a.continuations if c.direction == "from"]
            articles.append(
                Article(
                    id=a.id,
                    headline=self._span(a.headline, title=True),
                    kicker=self._span(a.kicker, title=True),
                    subheadlines=tuple(self.doc.span(s, e) for s, e in a.subheadlines),
                    column=self._span(a.column),
                    author=self._span(a.author),
                    section_heads=tuple(self.doc.span(s, e) for s, e in a.section_heads),
                    bylines=tuple(sorted(a.bylines, key=lambda b: b.span.start)),
                    paragraphs=paragraphs,
                    body="\n".join(p.text for p in paragraphs),
                    continued_to=tos[-1] if tos else None,
                    continued_from=froms[0] if froms else None,
                    continuations=tuple(a.continuations),
                    persons=tuple(a.persons),
                    places=tuple(a.places),
                    organizations=tuple(a.organizations),
                    dates=tuple(sorted(a.dates, key=lambda d: d.span.start)),
                    figures=tuple(sorted(a.figures, key=lambda f: f.span.start)),
                )
            )
        captions = []
        for c in self.captions:
            span = self.doc.span(*c.range)
            credit = c.credit
            captions.append(
                Caption(
                    span=span,
                    text=span.text,
                    photographers=credit.reporters if credit else (),
                    agency=credit.agency if credit else None,
                    credit=credit,
                    persons=tuple(c.persons),
                    places=tuple(c.places),
                    organizations=tuple(c.organizations),
                )
            )
        return Page(
            source=self.doc.source,
            issue_date=self.issue_date,
            issue_date_inferred=self.issue_date_inferred,
            page_number=self.page_number,
            newspaper=self.newspaper,
            articles=tuple(articles),
            captions=tuple(captions),
            continuations=tuple(sorted(self.continuations, key=lambda c: c.span.start)),
            warnings=tuple(self.warnings),
        )
