"""Read the real article texts the benchmark pages are composed from.

Sources (never copied into the repository; see ``$NEWSIE_DATA/*/SOURCE.md``):

* ``rmrb-epaper-2019-10``: one 人民日报 article per file, ``YYYYMMDD-PP-NN.txt``
  (line 1 kicker, line 2 headline, line 3 subtitle, lines 4+ paragraphs).
* ``rmrb-photo-captions-2022``: real photo captions with their credit lines, used to
  give pages captions when their own articles carry none.

Each article file is cleaned into a :class:`SourceArticle`: the dateline/byline prefix of
the first paragraph is cut off into a :class:`BylineInfo`, standalone reporter lines
(``本报记者  姜泓冰``) become bylines, photo captions with their credit (``图①：…`` +
``本报记者  贺  勇摄``) become :class:`CaptionInfo`, page furniture (``版式设计：…``) is
dropped, and the column tag is split off the headline (``平凡孕育着伟大（今日谈）``).
"""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

__all__ = [
    "BylineInfo",
    "CaptionInfo",
    "SourceArticle",
    "data_root",
    "find_jump_pairs",
    "load_caption_pool",
    "load_rmrb",
    "parse_names",
]

REPO_ROOT = Path(__file__).resolve().parents[2]
RMRB_DIR = "rmrb-epaper-2019-10"
CAPTIONS_DIR = "rmrb-photo-captions-2022"


def data_root() -> Path:
    """``$NEWSIE_DATA``, defaulting to ``../shared/data`` from the repository root."""
    env = os.environ.get("NEWSIE_DATA")
    return Path(env) if env else (REPO_ROOT.parent / "shared" / "data").resolve()


# ---------------------------------------------------------------------------- records


@dataclass
class BylineInfo:
    """A dateline or byline as printed, with its parsed fields.

    ``raw`` is the clean printed form (non-breaking spaces folded to spaces); the page
    renderer decides how it is spaced and broken on the page.
    """

    raw: str
    kind: str  # 本报电 | 电 | 本报记者 | 记者 | 讯
    agency: str | None = None
    place: str | None = None
    date: str | None = None  # "M月D日" as printed
    reporters: list[str] = field(default_factory=list)

    def to_truth(self) -> dict:
        return {
            "raw": self.raw,
            "kind": self.kind,
            "agency": self.agency,
            "place": self.place,
            "date": self.date,
            "reporters": list(self.reporters),
        }


@dataclass
class CaptionInfo:
    """A photo caption and its credit line (``新华社记者  李学仁摄``)."""

    text: str
    credit: str | None
    photographers: list[str]
    agency: str | None = None


@dataclass
class SourceArticle:
    """One cleaned article of the e-paper.

    ``paragraphs`` is the body as a reader writes it: the dateline prefix, byline lines,
    captions and credits are not in it. ``byline_at`` maps a paragraph index to a
    standalone byline line printed before that paragraph (index ``len(paragraphs)`` means
    after the last one); ``dateline`` is the prefix of the first paragraph.
    """

    source_id: str
    date: str  # YYYYMMDD
    page: int
    order: int
    kicker: str | None
    headline: str
    column: str | None
    subtitle: str | None
    paragraphs: list[str]
    dateline: BylineInfo | None = None
    byline_at: dict[int, BylineInfo] = field(default_factory=dict)
    captions: list[CaptionInfo] = field(default_factory=list)
    headline_raw: str = ""

    @property
    def chars(self) -> int:
        return sum(len(p) for p in self.paragraphs)

    @property
    def reporters(self) -> list[str]:
        out = list(self.dateline.reporters) if self.dateline else []
        for i in sorted(self.byline_at):
            out += self.byline_at[i].reporters
        return out


# ---------------------------------------------------------------------------- patterns

_WS = "\u3000\xa0 \t\r"
_NAME = r"[\u4e00-\u9fff·]"
_CJK_PUNCT_END = "。！？…”』」）"

# 本报北京10月8日电  （记者常钦）  /  新华社俄罗斯喀山10月23日电  /  据新华社电  /  本报电
DATELINE_RE = re.compile(
    r"^(?P<all>(?P<ju>据)?(?P<agency>本报|新华社|中新社)"
    r"(?P<place>[\u4e00-\u9fff·]{0,14}?)(?P<date>\d{1,2}月\d{1,2}日)?电)"
    r"(?P<sp>[\s\xa0]*)"
    r"(?:（(?P<who>(?:(?:本报|新华社)?(?:特约)?(?:记者|通讯员|实习生)[\s\xa0]*)?"
    r"[\u4e00-\u9fff·\s\xa0、]{2,40}?)）)?"
)
# 本报讯（记者郝赫）
XUN_RE = re.compile(r"^(?P<all>(?P<agency>本报|新华社)讯)[\s\xa0]*（(?P<who>[^（）]{2,40})）")
# a standalone reporter line: 本报记者  姜泓冰  /  本报记者  王明峰  常碧罗  /  本报记者  张  枨
BYLINE_LINE_RE = re.compile(
    r"^(?P<role>本报(?:驻[\u4e00-\u9fff]{1,8})?(?:特约)?记者|新华社记者)[\s\xa0]+"
    r"(?P<names>[\u4e00-\u9fff·]{1,5}(?:[\s\xa0]+[\u4e00-\u9fff·]{1,5}){0,5})$"
)
# a closing byline of a brief: （本报记者  吕中正）  /  （倪光辉）  /  （新华社北京9月30日电）;
# a round-up may close with a dozen names

TAIL_BYLINE_RE = re.compile(
    r"^（(?:(?P<role>本报记者|记者)[\s\xa0]*)?(?P<names>[\u4e00-\u9fff·]{2,4}"
    r"(?:(?:、|[\s\xa0]+)[\u4e00-\u9fff·]{1,4}){0,39})）$"
)
TAIL_DATELINE_RE = re.compile(
    r"^（(?:据)?(?P<agency>新华社|本报|中新社)(?P<place>[\u4e00-\u9fff]{0,10}?)(?P<date>\d{1,2}月\d{1,2}日)?电"
    r"(?:[\s\xa0]*(?P<who>(?:记者|通讯员)[\u4e00-\u9fff·、\s\xa0]{2,40}))?）$"
)
FIGURE_CAPTION_RE = re.compile(
    r"^(?:图[①-⑳]|图[一二三四五六七八九十]：|图为|左图|右图|上图|下图|图片说明)"
)
FURNITURE_RE = re.compile(r"^(?:版式设计|制图|数据来源|本版责编|本版制图|责任编辑)[：:]")
# column tags printed in parentheses at the end of a headline; these are not tags
_NOT_COLUMN = re.compile(
    r"^(?:[上中下]|[一二三四五六七八九十]+|\d+|草案|全文|摘要|附.*|.*[。，].*)$"
)


def _clean(s: str) -> str:
    """Strip the U+3000/NBSP indent and fold inner non-breaking spaces to one space."""
    s = s.strip(_WS)
    s = re.sub(r"[\xa0\u3000]+", " ", s)
    return re.sub(r"  +", " ", s)


def parse_names(chunk: str) -> list[str]:
    """Names from a byline chunk: ``王明峰  常碧罗`` or ``张  枨`` or ``李宣良、黄明``.

    Two-character names are padded to three ems in print (``张\\xa0\\xa0枨``); a run of
    one-character tokens is read back as such padded names, two at a time.
    """
    chunk = re.sub(r"(?:本报|新华社)?(?:特约)?(?:记者|通讯员|实习生)", " ", chunk)
    out: list[str] = []
    for group in re.split(r"[、，,]", chunk):
        toks = [t for t in re.split(r"[\s\xa0\u3000]+", group) if t]
        i = 0
        while i < len(toks):
            t = toks[i]
            if len(t) == 1 and i + 1 < len(toks) and len(toks[i + 1]) == 1:
                out.append(t + toks[i + 1])
                i += 2
                continue
            if len(t) >= 2:
                out.append(t)
            i += 1
    return [n for n in out if 2 <= len(n) <= 8]


def parse_dateline(par: str) -> tuple[BylineInfo, str] | None:
    """Split ``本报北京10月8日电  （记者常钦）正文…`` into its byline and the body text."""
    m = XUN_RE.match(par)
    if m:
        info = BylineInfo(
            raw=_clean(m.group(0)),
            kind="本报讯" if m.group("agency") == "本报" else "讯",
            agency=m.group("agency"),
            reporters=parse_names(m.group("who")),
        )
        return info, par[m.end() :]
    m = DATELINE_RE.match(par)
    if not m:
        return None
    who = m.group("who")
    end = m.end() if who else m.end("all")
    rest = par[end:]
    if not rest.strip(_WS):
        return None
    agency = m.group("agency")
    info = BylineInfo(
        raw=_clean(par[:end]),
        kind="本报电" if agency == "本报" else "电",
        agency=("据" + agency) if m.group("ju") else agency,
        place=m.group("place") or None,
        date=m.group("date"),
        reporters=parse_names(who) if who else [],
    )
    return info, rest


def _split_headline(h: str) -> tuple[str, str | None]:
    """``平凡孕育着伟大（今日谈）`` -> (``平凡孕育着伟大``, ``今日谈``); also a tag in ASCII
    brackets, one holding a bracketed part number, and a long series tag:
    ``敢闯敢试路更宽（湾区新气象·某城篇（下））`` -> (``敢闯敢试路更宽``,
    ``湾区新气象·某城篇（下）``)."""
    m = re.match(r"^(?P<head>.+?)[（(](?P<tag>(?:[^（）()]|[（(][^（）()]{1,6}[）)]){2,64})[）)]$", h)
    if m and not _NOT_COLUMN.match(m.group("tag")):
        return m.group("head").strip(), m.group("tag").strip()
    return h, None


def parse_credit(s: str) -> tuple[list[str], str | None] | None:
    """``新华社记者  刘  潇摄`` -> (["刘潇"], "新华社"); None when ``s`` is not a credit.

    >>> parse_credit("新华社记者\xa0\xa0刘\xa0\xa0潇摄")
    (['刘潇'], '新华社')
    >>> parse_credit("翟慧勇摄（影像中国）")
    (['翟慧勇'], None)
    """
    s2 = s.strip(_WS)
    if len(s2) > 40 or re.search(r"[。，：；！？]", s2):
        return None
    core = re.sub(r"（[^（）]{2,8}）$", "", s2).strip(_WS)
    if core in ("新华社发", "人民视觉", "影像中国") or core.endswith("供图"):
        return [], "新华社" if core.startswith("新华社") else None
    m = re.match(
        r"^(?P<role>(?:本报|新华社)?(?:特约)?记者)?[\s\xa0]*(?P<names>.+?)[\s\xa0]*(?:摄影报道|摄)$",
        core,
    )
    if not m or not re.fullmatch(r"[\u4e00-\u9fff·\s\xa0、]+", m.group("names")):
        return None
    role = m.group("role") or ""
    agency = "新华社" if role.startswith("新华社") else "本报" if role.startswith("本报") else None
    return parse_names(m.group("names")), agency


# ---------------------------------------------------------------------------- loading


def _read_article(path: Path) -> SourceArticle | None:
    stem = path.stem  # YYYYMMDD-PP-NN
    date, page, order = stem.split("-")
    lines = path.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines += [""] * (3 - len(lines))
    kicker = _clean(lines[0]) or None
    headline_raw = _clean(lines[1])
    subtitle = _clean(lines[2]) or None
    raw_pars = [p for p in lines[3:] if p.strip(_WS)]
    if not headline_raw or headline_raw == "广告":
        return None
    headline, column = _split_headline(headline_raw)

    dateline = None
    pars: list[str] = []
    byline_at: dict[int, BylineInfo] = {}
    captions: list[CaptionInfo] = []
    pending_fig: list[str] = []  # 图①… caption paragraphs waiting for their credit

    def flush_fig(credit: str | None, names: list[str], agency: str | None) -> None:
        if pending_fig:
            captions.append(CaptionInfo(" ".join(pending_fig), credit, names, agency))
            pending_fig.clear()

    for i, raw in enumerate(raw_pars):
        if i == 0:
            dl = parse_dateline(raw.strip(_WS))
            if dl:
                dateline, raw = dl
        p = _clean(raw)
        if not p or FURNITURE_RE.match(p):
            continue
        credit = parse_credit(raw)
        if credit is not None:
            names, agency = credit
            if (
                not pending_fig
                and pars
                and (len(raw_pars) <= 3 or FIGURE_CAPTION_RE.match(pars[-1]))
            ):
                pending_fig.append(pars.pop())  # a photo item: the paragraph before is its caption
            flush_fig(p, names, agency)
            continue
        if FIGURE_CAPTION_RE.match(p) and len(p) < 200:
            pending_fig.append(p)
            continue
        flush_fig(None, [], None)
        m = BYLINE_LINE_RE.match(raw.strip(_WS))
        if m:
            byline_at[len(pars)] = BylineInfo(
                raw=_clean(raw),
                kind="本报记者" if m.group("role").startswith("本报") else "记者",
                agency="新华社" if m.group("role").startswith("新华社") else "本报",
                reporters=parse_names(m.group("names")),
            )
            continue
        m = TAIL_DATELINE_RE.match(p)
        if m and pars:
            byline_at[len(pars)] = BylineInfo(
                raw=p,
                kind="本报电" if m.group("agency") == "本报" else "电",
                agency=m.group("agency"),
                place=m.group("place") or None,
                date=m.group("date"),
                reporters=parse_names(m.group("who")) if m.group("who") else [],
            )
            continue
        # （综合本报记者王小峰、李林青报道）: the same credit, framed by 综合…报道; （本报记者某某整理）,
        # （本报记者某某采访整理）: written up by its reporter
        framed = re.sub(r"(?:综合)?报道）$", "）", p)
        if re.match(r"^（(?:本报)?记者", framed):  # a reporter's write-up, not an editor's (（资料整理）)
            framed = re.sub(r"(?:采访)?整理）$", "）", framed)
        m = TAIL_BYLINE_RE.match(re.sub(r"^（综合", "（", framed))
        if m and pars:
            byline_at[len(pars)] = BylineInfo(
                raw=p,
                kind="本报记者" if m.group("role") == "本报记者" else "记者",
                agency="本报" if m.group("role") == "本报记者" else None,
                reporters=parse_names(m.group("names")),
            )
            continue
        pars.append(p)
    flush_fig(None, [], None)
    # a byline key may point past the last paragraph only by one
    byline_at = {min(k, len(pars)): v for k, v in byline_at.items()}
    return SourceArticle(
        source_id=stem,
        date=date,
        page=int(page),
        order=int(order),
        kicker=kicker,
        headline=headline,
        column=column,
        subtitle=subtitle,
        paragraphs=pars,
        dateline=dateline,
        byline_at=byline_at,
        captions=captions,
        headline_raw=headline_raw,
    )


@lru_cache(maxsize=4)
def load_rmrb(root: str | None = None) -> dict[str, list[SourceArticle]]:
    """All cleaned articles of ``rmrb-epaper-2019-10``, by day (``YYYYMMDD``), in file order.

    Ads (headline ``广告``, no body) are left out; photo items (a caption and a credit,
    no body) are kept with empty ``paragraphs`` so their captions can go on the page.
    """
    base = Path(root or data_root()) / RMRB_DIR
    if not base.is_dir():
        raise FileNotFoundError(f"{base} not found (set NEWSIE_DATA)")
    days: dict[str, list[SourceArticle]] = {}
    for day_dir in sorted(p for p in base.iterdir() if p.is_dir()):
        arts = [a for f in sorted(day_dir.glob("*.txt")) if (a := _read_article(f)) is not None]
        if arts:
            days[day_dir.name] = arts
    return days


def find_jump_pairs(articles: list[SourceArticle]) -> list[tuple[SourceArticle, SourceArticle]]:
    """The page-1 articles continued on a later page of the same day (转版).

    The e-paper repeats the whole article on both pages, so a pair is a page-1 article
    and a later-page article with the same headline and the same body.
    """
    first = {
        (a.headline_raw, tuple(a.paragraphs)): a for a in articles if a.page == 1 and a.paragraphs
    }
    pairs = []
    used: set[str] = set()
    for a in articles:
        if a.page > 1 and a.paragraphs:
            b = first.get((a.headline_raw, tuple(a.paragraphs)))
            if b is not None and b.source_id not in used:
                used.add(b.source_id)
                pairs.append((b, a))
    return pairs


@lru_cache(maxsize=4)
def load_caption_pool(root: str | None = None) -> dict[str, list[CaptionInfo]]:
    """Real 2022 photo captions with a simple credit line, by set.

    Split by day of the month like the pages: ``dev`` days 01-15, ``test`` days 16-31.
    """
    path = Path(root or data_root()) / CAPTIONS_DIR / "info_2022.tsv"
    pool: dict[str, list[CaptionInfo]] = {"dev": [], "test": []}
    if not path.is_file():
        return pool
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    for row in rows[1:]:
        if len(row) < 8:
            continue
        text, credit = _clean(row[6]), _clean(row[7])
        if not text or not credit or len(text) < 12 or "图①" in credit or "：" in credit:
            continue
        parsed = parse_credit(credit)
        if parsed is None or not parsed[0]:
            continue
        names, agency = parsed
        split = "dev" if row[0][6:8] <= "15" else "test"
        pool[split].append(CaptionInfo(text, credit, names, agency))
    return pool
