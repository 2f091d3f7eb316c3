"""Other-month pages: the benchmark's pages made from the 人民日报 of January 1998 (PFR corpus).

Issue 3's targets are to hold on pages "made the same way from other months". Every other
benchmark page comes from one month (the e-paper of 2019-10); this module reads the only
other month of 人民日报 text there is, ``$NEWSIE_DATA/pd1998-01/199801.txt`` (the PFR
segmented and POS-tagged corpus; research use only: nothing of it is committed), turns each
article into the benchmark's :class:`corpus.SourceArticle` and composes and renders pages
with :mod:`make_pages`' own code (``compose_issue``, the ``sim``, ``clean`` and ``pdf``
renderers, ``make_truth``), so the truth has the usual schema and :mod:`score` scores it.

Reading the 1998 lines (one paragraph a line, ``19980131-09-099-004/m  词/词性 …``):

* POS tags and the brackets of compounds (``[湖滨/ns 新华/nz 书店/n]nt``) are
  stripped and the words joined without spaces; full-width digits stay as printed.
* Articles are the id's date-page-article, paragraphs in id order. Paragraph 001 is the
  headline; a note such as ``（附图片１张）`` is dropped from it and a subtitle after ``——``
  is split off (kept with its dash, as the 2019 e-paper prints subtitles).
* Articles whose first paragraph is body text (a brief opening on ``本报讯…`` or a
  dateline, or holding a full stop) have no headline in print and are left out, as are
  photo items (``（图片）``, ``图片新闻``) and articles with no body.
* Right under the headline, an author line (``本报记者 林晓燕``, a bare name, or an office
  and a name: ``某某部部长 王立明``; POS-tagged person names, no sentence
  punctuation), ``本报评论员``, a bracketed date (``（一九九八年二月六日）``) or a
  ``——`` line are heading parts: the author line becomes the article's first byline, the
  date or dash line its subtitle (an article that would need two subtitles is left out).
* The rest goes through :func:`corpus._read_article`, the 2019 cleaner, as an e-paper file
  would (datelines by :func:`corpus.parse_dateline`, which reads full-width digits; tail
  bylines; credits), except for what 1998 prints otherwise: a dateline that runs on into
  ``记者某某报道：`` is one dateline, as is one with no reporter run straight on into the text
  (``本报讯…``, ``本报北京１月４日讯…``); a dispatch's dateline run on at the close of its last
  paragraph (``…。（本报某地１月５日电）``) is a tail byline (both body text before session 44,
  though newsie reads them as datelines; a dateline opening a later paragraph, as a compilation
  of dispatches prints one, stays body, as in the 2019 truth); reporters' names are the POS-tagged names (the corpus
  splits surname and given name: ``方/nr 立新/nr``), never a guess from the characters; a
  paragraph closed by a bracketed photo credit ``…（新华社记者周一平摄）`` is a photo caption,
  a bracketed credit alone (a photo with no caption) is dropped.

Pages: every day of the month, editions ``a`` (the real 1998 pages, from the id's page
number) and ``b`` (re-dealt), as :func:`make_pages.compose_issue` makes them, with captions
of the 2022 pool's ``dev`` half where a page has none of its own. The 1998 text repeats no
article on two pages, so there are no jumps (continuation and stitch are n/a).

    python benchmarks/segmentation/pd1998.py --route sim
    python benchmarks/segmentation/pd1998.py --route pdf --limit 100 --report /tmp/pd_pdf.json
    python benchmarks/segmentation/pd1998.py --route clean --check

The shipped models never saw 1998 text: this is a held-out set. Never tune a rule on it.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus
import make_pages
from corpus import BylineInfo, CaptionInfo, SourceArticle
from make_pages import PagePlan

__all__ = [
    "Para",
    "article_source",
    "cache_dir",
    "generate",
    "group_articles",
    "load_pd1998",
    "parse_line",
    "plan_pages",
    "split_headline",
]

PD_DIR = "pd1998-01"
PD_FILE = "199801.txt"
SET = "pd1998"

ID_RE = re.compile(r"^(\d{8})-(\d{2})-(\d{3})-(\d{3})(?:/m)?$")


# ---------------------------------------------------------------------------- lines


@dataclass
class Para:
    """One paragraph of the corpus: its id parts and its ``(word, tag)`` tokens."""

    date: str
    page: int
    article: int
    index: int
    tokens: list[tuple[str, str]]

    @property
    def text(self) -> str:
        return "".join(w for w, _ in self.tokens)


def parse_line(line: str) -> Para | None:
    """One corpus line as a :class:`Para` (tags kept apart, compound brackets gone).

    >>> p = parse_line("19980131-09-099-001/m  [江南/ns  书店/n]nt  开业/v  （/w  附/v  图片/n  １/m  张/q  ）/w  ")
    >>> p.date, p.page, p.article, p.index, p.text
    ('19980131', 9, 99, 1, '江南书店开业（附图片１张）')
    >>> p.tokens[:2]
    [('江南', 'ns'), ('书店', 'n')]
    """
    parts = line.split()
    if not parts:
        return None
    m = ID_RE.match(parts[0])
    if not m:
        return None
    toks: list[tuple[str, str]] = []
    for t in parts[1:]:
        word, sep, tag = t.lstrip("[").rpartition("/")
        if not sep or not word:
            word, tag = t.lstrip("["), ""
        toks.append((word, tag.split("]")[0]))
    return Para(m.group(1), int(m.group(2)), int(m.group(3)), int(m.group(4)), toks)


def group_articles(lines: list[str]) -> dict[tuple[str, int, int], list[Para]]:
    """Paragraphs grouped by article (date, page, article), in id order."""
    out: dict[tuple[str, int, int], list[Para]] = {}
    for line in lines:
        p = parse_line(line)
        if p is not None:
            out.setdefault((p.date, p.page, p.article), []).append(p)
    for paras in out.values():
        paras.sort(key=lambda p: p.index)
    return dict(sorted(out.items()))


# ---------------------------------------------------------------------------- headings

_NOTE_RE = re.compile(r"（(?:附)?(?:图片|照片|图表|图)[０-９0-9一二三四五六七八九十]*张?）$")
_PHOTO_ITEM_RE = re.compile(r"（(?:图片|照片)）$|^图片新闻$")
_BRIEF_RE = re.compile(r"^(?:据)?(?:本报|新华社|中新社)[\u4e00-\u9fff·（）０-９0-9]{0,24}?(?:讯|电)")
_SENTENCE_PUNCT = re.compile(r"[。，；：！？]")
_DATE_NOTE_RE = re.compile(r"^（[一二三四五六七八九十〇○零０-９0-9]+年[^（）]{0,12}）$")
_ROLE_RE = re.compile(r"^(?:本报(?:驻[\u4e00-\u9fff]{1,8})?(?:特约)?记者|新华社记者)")
_PUNDIT_RE = re.compile(r"^(?:本报|新华社)(?:特约)?评论员$")
#: the tags of an author's office or affiliation (某某部/nt 部长/n 、/w 某某会/nt 主任/n)
_OFFICE_TAGS = ("ns", "nt", "n", "j", "nz", "w", "m", "r", "a", "b", "vn")


def split_headline(text: str) -> tuple[str, str | None, str | None]:
    """``(headline, subtitle, note)`` of a paragraph 001: a trailing ``（附图片１张）`` note is
    cut off, and a subtitle after the first ``——`` (kept with its dash).

    >>> split_headline("小城春早——一个县城的新年（附图片１张）")
    ('小城春早', '——一个县城的新年', '（附图片１张）')
    >>> split_headline("湖滨新桥通车")
    ('湖滨新桥通车', None, None)
    """
    note = None
    m = _NOTE_RE.search(text)
    if m and m.start() > 0:
        note, text = m.group(0), text[: m.start()]
    k = text.find("——")
    if k > 0 and text[k:].strip("—"):
        return text[:k], text[k:], note
    return text, None, note


def is_brief(text: str) -> bool:
    """Whether a paragraph 001 is body text (a brief printed with no headline)."""
    return bool(_BRIEF_RE.match(text) or "。" in text or len(text) > 60 and "，" in text)


def names_from(tokens: list[tuple[str, str]]) -> list[str]:
    """Person names from POS-tagged tokens: surname and given name (``方/nr 立新/nr``) joined.

    >>> names_from([("记者", "n"), ("钱", "nr"), ("小雨", "nr"), ("、", "w"), ("孟", "nr"), ("凡", "nr")])
    ['钱小雨', '孟凡']
    >>> names_from([("方", "nr"), ("立新", "nr"), ("白", "nr"), ("雪", "nr")])
    ['方立新', '白雪']
    """
    out: list[str] = []
    run: list[str] = []
    for w, tag in tokens + [("", "")]:
        if tag == "nr":
            run.append(w)
            continue
        i = 0
        while i < len(run):
            if len(run[i]) <= 2 and i + 1 < len(run) and len(run[i + 1]) <= 2:
                out.append(run[i] + run[i + 1])
                i += 2
            else:
                if len(run[i]) >= 2:
                    out.append(run[i])
                i += 1
        run = []
    return out


_DOUBTFUL = BylineInfo(raw="", kind="")  # an author line whose names the tags do not give


def author_line(p: Para) -> BylineInfo | None:
    """A heading part that names the author(s): ``本报记者林晓燕``, ``方立新白雪陶然``,
    ``某某部部长王立明``, or ``本报评论员``; None for anything else.

    The printed form puts a space before the names and between them. An author line
    whose names the tags do not give cleanly is :data:`_DOUBTFUL` (its article is left out).
    """
    text = p.text
    if _PUNDIT_RE.match(text):
        return BylineInfo(raw=text, kind="记者", agency=text[:2] if text[:2] in ("本报", "新华社") else None)
    if len(text) > 40 or _SENTENCE_PUNCT.search(text) or text.startswith("（"):
        return None
    tags = [t for _, t in p.tokens]
    if not tags or tags[-1] != "nr":
        return None
    # 新华社记者甲乙本报记者丙 (names invented): reporters of two papers, each role before its names
    skeleton = "".join("N" if t == "nr" else w for w, t in p.tokens)
    if re.fullmatch(rf"(?:(?:{_ROLE_RE.pattern[1:]})N+(?:、N+)*)+", skeleton) and len(
        re.findall(_ROLE_RE.pattern[1:], skeleton)
    ) > 1:
        segs, cur = [], []
        for w, t in p.tokens + [("", "")]:
            if t != "nr" and w not in ("、", "") and cur and cur[-1][1] == "nr":
                segs.append(cur)
                cur = []
            cur.append((w, t))
        segs.append(cur)
        parts, names = [], []
        for seg in segs:
            ns = names_from(seg)
            role = "".join(w for w, t in seg if t != "nr" and w != "、")
            if role:
                parts.append(role + " ".join(ns))
            names += ns
        if sum(map(len, names)) != sum(len(w) for w, t in p.tokens if t == "nr"):
            return _DOUBTFUL
        return BylineInfo(raw="  ".join(parts), kind="记者", reporters=names)
    # where the names start: the first of the trailing run of person-name tokens
    k = len(p.tokens)
    while k and p.tokens[k - 1][1] in ("nr", "w"):
        k -= 1
    head = "".join(w for w, _ in p.tokens[:k])
    role = _ROLE_RE.match(head)
    if not (role and role.group(0) == head) and any(t not in _OFFICE_TAGS + ("nr",) for t in tags[:k]):
        return None
    names = names_from(p.tokens)
    if not names:
        return None
    if any(t == "nr" for _, t in p.tokens[:k]) or sum(map(len, names)) != sum(
        len(w) for w, t in p.tokens if t == "nr"
    ):
        return _DOUBTFUL  # a name tagged apart (白/nr 山林/ns) or one we cannot pair
    raw = (head + " " if head else "") + " ".join(names)
    if role and role.group(0) == head:
        kind, agency = ("本报记者", "本报") if head.startswith("本报") else ("记者", "新华社")
    else:
        kind, agency = "记者", None
    return BylineInfo(raw=raw, kind=kind, agency=agency, reporters=names)


def bracketed_names(p: Para) -> list[str]:
    """The names of a paragraph that is only names in brackets (``（林青）``), else ``[]``."""
    toks = p.tokens
    if len(toks) < 3 or toks[0][0] != "（" or toks[-1][0] != "）":
        return []
    inner = toks[1:-1]
    if not all(t == "nr" or w in ("、", "，") for w, t in inner):
        return []
    names = names_from(inner)
    return names if sum(map(len, names)) == sum(len(w) for w, t in inner if t == "nr") else []


def closing_names(p: Para) -> tuple[str, list[tuple[str, str]], str] | None:
    """A paragraph closed by its reporters' names in brackets after its last sentence
    (``…新修了三条通村公路。（林青方原）``): the text before the credit, the names' tokens and the
    credit as printed with a space between the names (``（林青 方原）``), else None. A bracket
    after no sentence's end is a work's author in a list (``３、归航（油画）（林青）``), not this.

    >>> closing_names(Para("19980101", 1, 1, 9, [("开业", "v"), ("。", "w"), ("（", "w"), ("林", "nr"),
    ...     ("青", "nr"), ("方", "nr"), ("原", "nr"), ("）", "w")]))
    ('开业。', [('林', 'nr'), ('青', 'nr'), ('方', 'nr'), ('原', 'nr')], '（林青 方原）')
    """
    toks = p.tokens
    if len(toks) < 4 or toks[-1][0] != "）":
        return None
    j = max(i for i, (w, _) in enumerate(toks) if w == "（")
    inner = toks[j + 1 : -1]
    if j == 0 or toks[j - 1][0][-1:] not in "。！？”" or not inner:
        return None
    if not all(t == "nr" or w in ("、", "，") for w, t in inner):
        return None
    names = names_from(inner)
    if not names or sum(map(len, names)) != sum(len(w) for w, t in inner if t == "nr"):
        return None
    names_toks = [(w, t) for w, t in inner if t == "nr"]
    return "".join(w for w, _ in toks[:j]), names_toks, "（" + " ".join(names) + "）"


def _spaced_names(tokens: list[tuple[str, str]], names: list[str]) -> str | None:
    """``新华社记者周一平林晓东摄`` -> ``新华社记者周一平 林晓东摄``: a credit as printed, with a
    space between two names (the corpus joins them); None if the names are not one run."""
    idx = [i for i, (_, t) in enumerate(tokens) if t == "nr"]
    if not idx or idx[-1] - idx[0] + 1 != len(idx) or "".join(names) != "".join(tokens[i][0] for i in idx):
        return None
    head = "".join(w for w, _ in tokens[: idx[0]])
    tail = "".join(w for w, _ in tokens[idx[-1] + 1 :])
    return head + " ".join(names) + tail


# a 1998 dateline that runs on into its reporters: 本报湖州２月６日电记者钱小雨报道：
_DL98_RE = re.compile(
    r"^(?:据)?(?P<agency>本报|新华社)(?P<place>[\u4e00-\u9fff·（）]{0,16}?)"
    r"(?P<date>[０-９0-9一二三四五六七八九十]{1,3}月[０-９0-9一二三四五六七八九十]{1,3}日)?(?P<kind>讯|电)"
    r"(?P<role>(?:本报|新华社)?(?:特约)?(?:记者|通讯员))"
)
_SAID_RE = re.compile(r"[^。！？（）]{2,60}?报道：")
_CREDIT_RE = re.compile(r"^(?P<text>.*?)（(?P<credit>[^（）]{2,30}摄(?:影)?)）$")


def _span_tokens(p: Para, start: int, end: int) -> list[tuple[str, str]]:
    """The tokens of ``p`` that lie inside ``[start, end)`` of its text."""
    out, pos = [], 0
    for w, t in p.tokens:
        if pos >= start and pos + len(w) <= end:
            out.append((w, t))
        pos += len(w)
    return out


def dateline_1998(p: Para) -> tuple[BylineInfo, str] | None:
    """``本报湖州２月６日电记者钱小雨报道：…`` -> the dateline (to ``报道：``) and the body; a
    dateline whose sentence goes on with its reporter (``…讯记者孟凡从…获悉：``) ends at 讯
    or 电 and names that reporter. None when :func:`corpus.parse_dateline` is the reader
    (a bracketed reporter, or no reporter)."""
    text = p.text
    m = _DL98_RE.match(text)
    if not m:
        return _bare_dateline_1998(text)
    said = _SAID_RE.match(text, m.end("role"))
    if said:
        end = said.end()
        names = names_from(_span_tokens(p, m.start("role"), said.end() - 3))
    else:
        end = m.end("kind")
        run: list[tuple[str, str]] = []
        for w, t in _span_tokens(p, m.end("role"), len(text)):
            if t != "nr":
                break
            run.append((w, t))
        names = names_from(run)
    if not names or not text[end:].strip():
        return None
    info = BylineInfo(
        raw=text[:end],
        kind=("本报" if m.group("agency") == "本报" else "") + m.group("kind"),
        agency=m.group("agency"),
        place=m.group("place") or None,
        date=m.group("date"),
        reporters=names,
    )
    return info, text[end:]


# a 1998 dateline with no reporter that runs straight on into the body: 本报讯 (177 articles of the
# month), 本报北京１月４日讯 (34), 新华社达沃斯（瑞士）１月２５日电 (a country in brackets, 4). The
# 2019 reader (:func:`corpus.parse_dateline`) takes 讯 only before a bracketed reporter
# (本报讯（记者某某）) and no bracket inside a place, so these stayed in the body's first
# paragraph: truth filed a dateline, which newsie reads as one, as body (session 44)
_BARE98_RE = re.compile(
    r"^(?P<ju>据)?(?P<agency>本报|新华社)(?P<place>[\u4e00-\u9fff·]{0,10}?(?:（[\u4e00-\u9fff·]{1,10}）)?)"
    r"(?P<date>[０-９0-9]{1,2}月[０-９0-9]{1,2}日)?(?P<kind>讯|电)"
)


def _bare_dateline_1998(text: str) -> tuple[BylineInfo, str] | None:
    """``本报讯某县新建图书馆开放。`` -> the dateline ``本报讯`` and the body; likewise a place and
    a date before 讯 (``本报北京１月４日讯``), or before 电 with a country in brackets in the
    place (``新华社达沃斯（瑞士）１月２５日电``). None for any other form: a 电 dateline the 2019
    reader takes (``新华社北京１月４日电``), a place with no date before 讯, a bracket after it
    (``本报讯（记者某某）``, the 2019 reader's), no body after it.

    >>> info, rest = _bare_dateline_1998("本报北京１月４日讯某馆今天开放。")
    >>> (info.raw, info.kind, info.place, info.date, info.reporters, rest)
    ('本报北京１月４日讯', '本报讯', '北京', '１月４日', [], '某馆今天开放。')
    >>> _bare_dateline_1998("本报讯（记者某某）某馆今天开放。") is None, _bare_dateline_1998("新华社北京１月４日电某馆开放。") is None
    (True, True)
    """
    m = _BARE98_RE.match(text)
    if not m:
        return None
    place, date, kind = m.group("place"), m.group("date"), m.group("kind")
    if kind == "讯":
        ok = bool(place) == bool(date) and not m.group("ju")
    else:
        ok = "（" in place and bool(date)
    rest = text[m.end():]
    if not ok or not rest.strip() or rest.startswith(("（", "(")):
        return None
    agency = m.group("agency")
    info = BylineInfo(
        raw=m.group(0),
        kind=("本报" if agency == "本报" else "") + kind,
        agency=("据" + agency) if m.group("ju") else agency,
        place=place or None,
        date=date,
        reporters=[],
    )
    return info, rest


# a closing dateline run on at the end of an article's last paragraph, as 1998 prints a
# correspondent's dispatch: …坚强。”（本报比勒陀利亚１月１日电）, （新华社北京１月５日电）, （据新华社电).
# The 2019 e-paper sets it on a line of its own, where the 2019 reader files it as a tail
# byline (:data:`corpus.TAIL_DATELINE_RE`, read here too); run on, it stayed in the body (session 44)


def closing_dateline(text: str) -> tuple[str, str] | None:
    """A last paragraph closed by a bracketed dateline (:data:`corpus.TAIL_DATELINE_RE`) after
    its last sentence: the text before it and the dateline, else None.

    >>> closing_dateline("谈判今天结束。（本报某地１月５日电）")
    ('谈判今天结束。', '（本报某地１月５日电）')
    >>> closing_dateline("见《某某》（本报某地１月５日电）") is None
    True
    """
    i = text.rfind("（")
    if i <= 0 or text[i - 1] not in "。！？”" or not corpus.TAIL_DATELINE_RE.match(text[i:]):
        return None
    return text[:i], text[i:]


# ---------------------------------------------------------------------------- articles


class _Src:
    """What :func:`corpus._read_article` reads of a file: its stem and its text."""

    def __init__(self, stem: str, text: str):
        self.stem, self._text = stem, text

    def read_text(self, encoding: str = "utf-8") -> str:
        return self._text


def article_source(paras: list[Para], why: Counter | None = None) -> SourceArticle | None:
    """The :class:`SourceArticle` of one 1998 article, or None (the reason counted in ``why``)."""
    why = why if why is not None else Counter()
    first = paras[0]
    stem = f"{first.date}-{first.page:02d}-{first.article:03d}"
    if first.index != 1:
        why["no paragraph 001"] += 1
        return None
    h_text = first.text
    if is_brief(h_text):
        why["no headline (a brief)"] += 1
        return None
    if _PHOTO_ITEM_RE.search(h_text):
        why["photo item"] += 1
        return None
    headline, subtitle, _note = split_headline(h_text)
    rest = paras[1:]
    author: BylineInfo | None = None
    for _ in range(4):  # heading parts right under the headline, in any order
        if not rest:
            break
        p = rest[0]
        if author is None and (b := author_line(p)) is not None:
            if b is _DOUBTFUL:
                why["author line not readable"] += 1
                return None
            author, rest = b, rest[1:]
            continue
        t = p.text
        if _NOTE_RE.fullmatch(t):  # （附图片１张） on a line of its own
            rest = rest[1:]
            continue
        if _DATE_NOTE_RE.match(t) or (t.startswith("——") and len(t) <= 40 and "。" not in t):
            if subtitle:
                why["two subtitles"] += 1
                return None
            subtitle, rest = t, rest[1:]
            continue
        break
    # captions, and a 1998 dateline
    captions: list[CaptionInfo] = []
    body: list[str] = []
    by_text: dict[str, Para] = {}
    dateline98 = None
    for k, p in enumerate(rest):
        t = p.text
        m = _CREDIT_RE.match(t)
        if m:
            text = m.group("text").strip()
            credit = m.group("credit")
            if len(text) >= 6:
                cred_start = len(t) - len(credit) - 1
                ctoks = _span_tokens(p, cred_start, cred_start + len(credit))
                names = names_from(ctoks)
                credit = _spaced_names(ctoks, names) or credit
                agency = "新华社" if credit.startswith("新华社") else "本报" if credit.startswith("本报") else None
                captions.append(CaptionInfo(text, credit, names, agency))
            continue  # a credit alone: a photo that is not printed here
        if (names := bracketed_names(p)) and k in (0, len(rest) - 1):
            # （甲乙丙）, names in brackets: the author(s), under the title or closing the article
            if k == 0 and author is None:
                author = BylineInfo(raw=t, kind="记者", reporters=names)
                continue
            t = "（" + " ".join(names) + "）"  # printed with spaces between the names
        if not body and dateline98 is None and (dl := dateline_1998(p)) is not None:
            dateline98, t = dl
        if k == len(rest) - 1 and (dated := closing_dateline(t)) is not None:
            # …。（本报某地１月５日电）: the dispatch's dateline at its close, a tail byline (dealt
            # run on or on a line of its own, as the renderer deals tail bylines)
            body += list(dated)
            by_text.setdefault(dated[0], p)
            continue
        if k == len(rest) - 1 and (closing := closing_names(p)) is not None:
            # …。（甲乙）: the reporters credited at the close of the last paragraph, a tail byline
            # (printed run on, or on a line of its own, as the renderer deals tail bylines)
            before, names, credit = closing
            # (the text as read so far: a dateline split off the front of a one-paragraph
            # article stays off; before session 44 the page printed it twice)
            t = t[: len(t) - (len(p.text) - len(before))]
            body.append(t)
            by_text.setdefault(t, p)
            body.append(credit)
            by_text.setdefault(credit, Para(p.date, p.page, p.article, p.index, names))
            continue
        body.append(t)
        by_text.setdefault(t, p)
    if not body:
        why["no body"] += 1
        return None
    text = "\n".join(["", headline, subtitle or "", *body])
    art = corpus._read_article(_Src(stem, text))
    if art is None or not art.paragraphs:
        why["no body"] += 1
        return None
    if art.column and re.search(r"[０-９0-9]", art.column):
        # a bracketed time range (…天气预报（２月６日２０时—７日２０时）) is part of the headline
        art.headline, art.column = art.headline_raw, None
    if dateline98 is not None:
        art.dateline = dateline98
    elif art.dateline is not None and (p0 := by_text.get(body[0])) is not None:
        art.dateline.reporters = names_from(_span_tokens(p0, 0, len(art.dateline.raw)))
    for k, b in list(art.byline_at.items()):  # tail bylines: the tagged names, not a guess
        p = by_text.get(b.raw)
        if p is not None:
            b.reporters = names_from(p.tokens)
    if author is not None:
        if 0 in art.byline_at:
            why["two bylines at the top"] += 1
            return None
        art.byline_at[0] = author
    art.captions += captions
    return art


@lru_cache(maxsize=2)
def load_pd1998(root: str | None = None) -> tuple[dict[str, list[SourceArticle]], Counter]:
    """The month's articles by day (``YYYYMMDD``), and a count of those left out, by reason."""
    path = Path(root or corpus.data_root()) / PD_DIR / PD_FILE
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found (set NEWSIE_DATA)")
    lines = path.read_text(encoding="utf-8").splitlines()
    why: Counter = Counter()
    days: dict[str, list[SourceArticle]] = {}
    for (date, _page, _art), paras in group_articles(lines).items():
        why["articles read"] += 1
        a = article_source(paras, why)
        if a is not None:
            why["articles kept"] += 1
            days.setdefault(date, []).append(a)
    return days, why


# ---------------------------------------------------------------------------- pages


def plan_pages(seed: int = make_pages.DEFAULT_SEED, root: str | None = None) -> list[PagePlan]:
    """Every page plan of the month, editions ``a`` and ``b``, as :func:`make_pages.plan_pages`
    makes a set's."""
    days, _ = load_pd1998(root)
    caption_pool = corpus.load_caption_pool(root)["dev"]
    pool = make_pages._reporter_pool(a for arts in days.values() for a in arts)
    plans: list[PagePlan] = []
    for date, arts in sorted(days.items()):
        for ed in make_pages.EDITIONS:
            fresh = [
                SourceArticle(**{**a.__dict__, "captions": list(a.captions), "byline_at": dict(a.byline_at)})
                for a in arts
            ]
            plans += make_pages.compose_issue(date, fresh, ed, seed, caption_pool, pool)
    return plans


def _code_hash(route: str) -> str:
    h = hashlib.sha1(make_pages._code_hash(route).encode())
    # the code that makes the pages: the command line (main) does not change them
    h.update(Path(__file__).read_bytes().split(b"\ndef main(")[0])
    return h.hexdigest()[:12]


def cache_dir(route: str, seed: int = make_pages.DEFAULT_SEED) -> Path:
    """Where the pages of ``route`` (drawn with ``seed``) are cached."""
    folder = route if seed == make_pages.DEFAULT_SEED else f"{route}-seed-{seed}"
    return make_pages.CACHE_DIR / "pd1998" / folder


def generate(route: str = "sim", *, limit: int | None = None, seed: int = make_pages.DEFAULT_SEED,
             root: str | None = None, ids: list[str] | None = None, write: bool = True,
             force: bool = False) -> list[dict[str, Any]]:
    """Make (or read from the cache) the pages; returns their truth records."""
    plans = plan_pages(seed, root)
    if ids:
        want = set(ids)
        plans = [p for p in plans if p.page_id in want]
    if limit is not None:
        plans = plans[:limit]
    stamp = {"set": SET, "seed": seed, "route": route, "code": _code_hash(route)}
    return make_pages.render_pages(plans, route, seed, cache_dir(route, seed), stamp,
                                   write=write, force=force)


def main(argv: list[str] | None = None) -> int:
    import contextlib

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--route", choices=["sim", "clean", "pdf"], default="sim")
    ap.add_argument("--limit", type=int, default=None, help="first N pages")
    ap.add_argument("--seed", type=int, default=make_pages.DEFAULT_SEED)
    ap.add_argument("--force", action="store_true", help="regenerate even if cached")
    ap.add_argument("--check", action="store_true", help="only generate and check the truth")
    ap.add_argument("--report", type=Path, default=None, help="where to write the JSON report")
    ap.add_argument("--no-stitch", action="store_true", help="skip newsie.parse_issue")
    ap.add_argument("--models", type=Path, default=None, metavar="FOLDER",
                    help="read the segmentation models in FOLDER (a refit; the shipped file for any it lacks)")
    ap.add_argument("--days", nargs="*", default=None, metavar="D[-D]",
                    help="score only the pages of these days of January 1998 (e.g. 16-31): rules written by"
                         " reading some days are judged on the others")
    args = ap.parse_args(argv)
    if args.route == "pdf":
        import pdf_probe

        why = pdf_probe.problem()
        if why:
            print(f"pd1998 pages: {why}", file=sys.stderr)
            return 2
    try:
        pages = generate(args.route, limit=args.limit, seed=args.seed, force=args.force)
    except FileNotFoundError as exc:
        print(f"pd1998 pages: data not found ({exc})", file=sys.stderr)
        return 2
    _, why = load_pd1998()
    left = ", ".join(f"{k} {v}" for k, v in why.items() if k not in ("articles read", "articles kept"))
    n_arts = sum(len(p["articles"]) for p in pages)
    print(f"pd1998/{args.route}: {why['articles read']} articles read, {why['articles kept']} kept "
          f"(left out: {left}); {len(pages)} pages, {n_arts} articles, "
          f"{sum(len(p['captions']) for p in pages)} captions -> {cache_dir(args.route, args.seed)}",
          file=sys.stderr)
    if args.days is not None:
        from crossfit import _days

        keep = _days(args.days)
        pages = [p for p in pages if int(str(p["issue_date"])[-2:]) in keep]
    if args.check:
        return make_pages.report_check(pages)
    import score

    with contextlib.ExitStack() as stack:
        if args.models is not None:
            from crossfit import models_from

            stack.enter_context(models_from(args.models))
        sc = score.score_pages(pages, parse_issue=not args.no_stitch)
    name = SET + (f" days {' '.join(args.days)}" if args.days is not None else "")
    name += f" models {args.models}" if args.models is not None else ""
    print(score.summary_line(sc, name, args.route))
    path = args.report or make_pages.CACHE_DIR / "reports" / f"{SET}-{args.route}.json"
    score.write_report(sc, path, SET, args.route)
    print(f"report: {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
