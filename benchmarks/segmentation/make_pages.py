"""Compose benchmark newspaper pages from real articles and render them as PDF-like text.

Every page is made in two steps:

1. **compose** (:func:`compose_issue`): the articles of one real 人民日报 issue
   (``$NEWSIE_DATA/rmrb-epaper-2019-10/YYYYMMDD``) are put on pages. Edition ``a`` keeps
   the real pages; edition ``b`` keeps page 1 and the jump pages but deals the other
   articles out anew, so the same day gives a second, differently packed issue. The
   page-1 articles that the e-paper repeats on a later page (转版) are cut in two: the
   first part stays on page 1 and ends with ``（下转第N版）``; the rest goes to page N
   and begins with ``（上接第1版）``.
2. **render**: the ``sim`` route (:class:`SimRenderer`, pure text) imitates text pulled out
   of an e-paper PDF: lines hard-wrapped at a column width of 12-22 em, blank lines
   between wrapped lines, first lines of paragraphs 2 em short, headline blocks mostly
   *after* their body, letter-spaced titles, spaces around Latin-font digits, datelines
   broken over two lines, captions as long lines ending in a photo credit, CRLF ends.
   The ``pdf`` route (:mod:`pdf_route`) typesets the same plan with reportlab and
   extracts the text with pypdfium2.

The truth of each page (one JSON per page; schema in README.md) is written from the
plan, with the offsets of every piece in the rendered text. Everything is seeded: the
same seed gives byte-identical pages.

Usage::

    python benchmarks/segmentation/make_pages.py --set dev --route sim
    python benchmarks/segmentation/make_pages.py --set test --route sim --limit 50
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus
from corpus import BylineInfo, CaptionInfo, SourceArticle

__all__ = [
    "CACHE_DIR",
    "DEFAULT_SEED",
    "GEN_VERSION",
    "PagePlan",
    "PlacedArticle",
    "SimRenderer",
    "check_truth",
    "compose_issue",
    "generate",
    "load_pages",
    "make_truth",
    "plan_pages",
    "render_sim",
    "sample_ids",
]

GEN_VERSION = "1"
DEFAULT_SEED = 2024
CACHE_DIR = Path(__file__).resolve().parent / ".cache"
EDITIONS = ("a", "b")
SETS = {"dev": range(1, 16), "test": range(16, 32)}

WS_RE = re.compile(r"\s+")


def squash(s: str) -> str:
    """Remove all whitespace (the comparison form of the benchmark)."""
    return WS_RE.sub("", s)


def split_of(date: str) -> str:
    """``dev`` for days 01-15 of the month, ``test`` for 16-31."""
    return "dev" if int(date[6:8]) <= 15 else "test"


# ============================================================================ compose


@dataclass
class PlacedArticle:
    """One article (or one part of a jumped article) as it goes on a page."""

    src: SourceArticle
    paragraphs: list[str]
    kicker: str | None
    headline: str
    column: str | None
    subtitle: str | None
    dateline: BylineInfo | None
    byline_at: dict[int, BylineInfo]
    continued_to: int | None = None
    continued_from: int | None = None
    pair_source_id: str | None = None
    pair_page: int | None = None
    synthetic_byline: bool = False


@dataclass
class PagePlan:
    """What goes on one page, before it is rendered."""

    page_id: str
    issue_id: str
    edition: str
    date: str  # YYYYMMDD
    page_number: int
    articles: list[PlacedArticle]
    captions: list[CaptionInfo] = field(default_factory=list)

    @property
    def issue_date(self) -> str:
        return f"{self.date[:4]}-{self.date[4:6]}-{self.date[6:]}"


def _placed(a: SourceArticle) -> PlacedArticle:
    return PlacedArticle(
        src=a,
        paragraphs=list(a.paragraphs),
        kicker=a.kicker,
        headline=a.headline,
        column=a.column,
        subtitle=a.subtitle,
        dateline=a.dateline,
        byline_at=dict(a.byline_at),
    )


def _cut_point(text: str, rng: random.Random) -> int:
    """A cut inside a paragraph where a column ends: anywhere but inside a Latin/digit run."""
    lo, hi = max(2, len(text) // 5), min(len(text) - 2, len(text) * 4 // 5)
    for _ in range(20):
        c = rng.randint(lo, hi)
        if not (re.match(r"[0-9A-Za-z.%]", text[c - 1]) and re.match(r"[0-9A-Za-z.%]", text[c])):
            return c
    return lo


def split_jump(
    a: SourceArticle, to_page: int, b: SourceArticle, rng: random.Random
) -> tuple[PlacedArticle, PlacedArticle]:
    """Cut a page-1 article ``a`` (repeated as ``b`` on page ``to_page``) into its two parts.

    The first part keeps 25-60% of the body, cut at a paragraph break or, half of the
    time, in the middle of a paragraph (as a column end falls). The jump page repeats the
    headline and sometimes drops the kicker and subtitle.
    """
    pars = a.paragraphs
    total = sum(len(p) for p in pars)
    target = total * rng.uniform(0.25, 0.6)
    acc, i = 0, 0
    while i < len(pars) - 1 and acc + len(pars[i]) < target:
        acc += len(pars[i])
        i += 1
    mid = len(pars) == 1 or len(pars[i]) > 60 and rng.random() < 0.5
    if mid and len(pars[i]) >= 12:
        c = _cut_point(pars[i], rng)
        first, rest = pars[:i] + [pars[i][:c]], [pars[i][c:]] + pars[i + 1 :]
        cut = i  # bylines before paragraph i stay on page 1
        keep_first = lambda k: k <= i
        to_rest = lambda k: k - i
    else:
        i = max(i, 1)
        first, rest = pars[:i], pars[i:]
        cut = i
        keep_first = lambda k: k < i
        to_rest = lambda k: k - i
    part1 = _placed(a)
    part1.paragraphs = first
    part1.byline_at = {k: v for k, v in a.byline_at.items() if keep_first(k)}
    part1.continued_to = to_page
    part1.pair_source_id, part1.pair_page = b.source_id, to_page
    part2 = _placed(b)
    part2.paragraphs = rest
    part2.dateline = None
    part2.byline_at = {
        to_rest(k): v for k, v in a.byline_at.items() if not keep_first(k) and k >= cut
    }
    part2.continued_from = 1
    part2.pair_source_id, part2.pair_page = a.source_id, 1
    if rng.random() < 0.5:
        part2.kicker = None
    if rng.random() < 0.5:
        part2.subtitle = None
    return part1, part2


def _reporter_pool(articles: Iterable[SourceArticle]) -> list[str]:
    names = {n for a in articles for n in a.reporters}
    return sorted(names)


def _maybe_synthetic_byline(p: PlacedArticle, pool: list[str], rng: random.Random) -> None:
    """Give some undatelined news articles a standalone ``本报记者 X Y`` line.

    The e-paper crawl did not keep these lines (SOURCE.md), but real pages print them
    (the seed page has ``本报记者 赖志凯 周子元``); the names come from the datelines
    of the same split.
    """
    if p.dateline or 0 in p.byline_at or p.byline_at or not pool or p.continued_from:
        return
    if any("作者" in x for x in p.paragraphs[-1:]) or sum(len(x) for x in p.paragraphs) < 300:
        return
    if rng.random() < 0.3:
        names = rng.sample(pool, rng.choice((1, 1, 2, 2, 3)))
        p.byline_at[0] = BylineInfo(
            raw="本报记者 " + " ".join(names), kind="本报记者", agency="本报", reporters=names
        )
        p.synthetic_byline = True


def compose_issue(
    date: str,
    articles: list[SourceArticle],
    edition: str,
    seed: int,
    caption_pool: list[CaptionInfo],
    reporter_pool: list[str],
) -> list[PagePlan]:
    """The pages of one issue (``date``) in one edition (``a`` real pages, ``b`` re-dealt)."""
    rng = random.Random(f"{seed}:{date}:{edition}:compose")
    pairs = corpus.find_jump_pairs(articles)
    part1: dict[str, PlacedArticle] = {}
    part2: dict[str, PlacedArticle] = {}
    for a, b in pairs:
        p1, p2 = split_jump(a, b.page, b, rng)
        part1[a.source_id], part2[b.source_id] = p1, p2

    # the units that go on pages: (page it is pinned to or None, article or None, captions)
    units: list[tuple[int | None, PlacedArticle | None, list[CaptionInfo], int]] = []
    for a in articles:
        if a.source_id in part1:
            units.append((1, part1[a.source_id], list(a.captions), a.page))
        elif a.source_id in part2:
            units.append((a.page, part2[a.source_id], [], a.page))
        elif not a.paragraphs:
            units.append((1 if a.page == 1 else None, None, list(a.captions), a.page))
        else:
            units.append((1 if a.page == 1 else None, _placed(a), list(a.captions), a.page))
    real_pages = sorted({u[3] for u in units if u[1] is not None})
    pages: dict[int, list] = {n: [] for n in real_pages}

    if edition == "a":
        for pin, art, caps, real in units:
            pages.setdefault(real, []).append((art, caps))
    else:
        free = [u for u in units if u[0] is None]
        rng.shuffle(free)
        for pin, art, caps, real in units:
            if pin is not None:
                pages.setdefault(pin, []).append((art, caps))
        later = [n for n in real_pages if n != 1]
        if later:
            budget = {n: rng.uniform(3000, 14000) for n in later}
            fill = {n: sum(len("".join(x[0].paragraphs)) for x in pages[n] if x[0]) for n in later}
            for pin, art, caps, real in free:
                size = len("".join(art.paragraphs)) if art else 0
                room = [n for n in later if fill[n] + size <= budget[n]]
                n = rng.choice(room) if room else min(later, key=lambda k: fill[k] / budget[k])
                pages[n].append((art, caps))
                fill[n] += size
            for n in later:  # keep the order of a page: the jump parts first, then the rest
                pages[n].sort(key=lambda x: 0 if x[0] is not None and x[0].continued_from else 1)

    plans = []
    for n in sorted(pages):
        arts = [x[0] for x in pages[n] if x[0] is not None]
        if not arts:
            continue
        caps = [c for x in pages[n] for c in x[1]]
        if not caps and caption_pool and rng.random() < 0.35:
            caps = rng.sample(caption_pool, rng.choice((1, 1, 2)))
        for p in arts:
            _maybe_synthetic_byline(p, reporter_pool, rng)
        plans.append(
            PagePlan(
                page_id=f"{date}-{edition}-{n:02d}",
                issue_id=f"{date}-{edition}",
                edition=edition,
                date=date,
                page_number=n,
                articles=arts,
                captions=caps,
            )
        )
    return plans


def plan_pages(split: str, seed: int = DEFAULT_SEED, root: str | None = None) -> list[PagePlan]:
    """Every page plan of a set (``dev``: days 01-15, ``test``: days 16-31), both editions."""
    days = corpus.load_rmrb(root)
    caption_pool = corpus.load_caption_pool(root)[split]
    in_split = {d: arts for d, arts in days.items() if split_of(d) == split}
    pool = _reporter_pool(a for arts in in_split.values() for a in arts)
    plans = []
    for date, arts in sorted(in_split.items()):
        for ed in EDITIONS:
            # compose from fresh copies: split_jump edits the parts it makes
            fresh = [
                SourceArticle(
                    **{**a.__dict__, "captions": list(a.captions), "byline_at": dict(a.byline_at)}
                )
                for a in arts
            ]
            plans += compose_issue(date, fresh, ed, seed, caption_pool, pool)
    return plans


# ============================================================================ sim render

Label = tuple | None
Frag = tuple[str, Label]  # text with one label

OPEN_PUNCT = set("“‘（《〈「『【〔")
CLOSE_PUNCT = set("，。、；：？！”’）》〉」』】〕…—·")
CJK_PUNCT = OPEN_PUNCT | CLOSE_PUNCT
NO_SPACE_AFTER = set("，、。；：！？")
LATIN_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+\-/]*")


@dataclass
class Token:
    chars: list[tuple[str, Label]]
    width: float
    kind: str  # cjk | open | close | latin | space

    @property
    def text(self) -> str:
        return "".join(c for c, _ in self.chars)


@dataclass
class Style:
    """The typographic habits of one page (drawn once per page)."""

    col_width: float
    punct_w: float
    gap: str  # every | none | para
    gap_p: float
    indent: str
    digit_space_p: float
    eol: str
    head_after_p: float
    letterspace_p: float
    dateline_own_line_p: float
    byline_sep: str
    pad_two_char_names: bool
    lead_space_p: float
    marker_space: tuple[str, str]


def draw_style(rng: random.Random) -> Style:
    """Draw a page style: column width 12-22 em, gaps, digit spacing, line ends ..."""
    return Style(
        col_width=rng.choice([12, 13, 14, 15, 16, 16.5, 17, 17, 17.5, 18, 19, 20, 21, 22]),
        punct_w=rng.choice([0.5, 0.5, 0.5, 1.0]),
        gap=rng.choices(["every", "none", "para"], [0.55, 0.3, 0.15])[0],
        gap_p=rng.uniform(0.9, 1.0),
        indent=rng.choices(["", "  ", "\u3000\u3000"], [0.8, 0.1, 0.1])[0],
        digit_space_p=rng.choice([0.0, 0.6, 0.9, 0.95]),
        eol=rng.choices(["\n", "\r\n"], [0.8, 0.2])[0],
        # most pages print every headline after its body (as the seed page does), some
        # every headline before it; a few mix the two, which makes two headline blocks
        # meet with nothing between them
        head_after_p=rng.choices([1.0, 0.0, rng.uniform(0.4, 0.8)], [0.65, 0.25, 0.10])[0],
        letterspace_p=rng.uniform(0.05, 0.25),
        dateline_own_line_p=rng.uniform(0.2, 0.7),
        byline_sep=rng.choice([" ", " ", "  "]),
        pad_two_char_names=rng.random() < 0.4,
        lead_space_p=rng.choice([0.0, 0.0, 0.02]),
        marker_space=rng.choice([("", ""), (" ", ""), (" ", " "), ("", "")]),
    )


class SimRenderer:
    """Renders a :class:`PagePlan` to PDF-extraction-like text with per-character labels.

    Output is a list of lines, each a list of ``(text, label)`` fragments; a line may be
    followed by a blank line. :meth:`render` joins them and returns the text and the
    label of every character (``None`` for layout whitespace).
    """

    def __init__(self, plan: PagePlan, seed: int):
        self.plan = plan
        self.rng = random.Random(f"{seed}:{plan.page_id}:sim")
        self.style = draw_style(self.rng)
        self.lines: list[tuple[list[Frag], bool]] = []
        #: what each line is, for layouts that place lines on a page: (block, part, first)
        #: with block ("article", i) or ("caption", i), part one of column, head, body,
        #: caption, and first True on the first line of a body paragraph
        self.meta: list[tuple[tuple, str, bool]] = []
        self.ctx: tuple[tuple, str] = (("page", 0), "body")

    # ------------------------------------------------------------------ primitives

    def emit(self, frags: list[Frag], gap: bool | None = None, first: bool = False) -> None:
        """Add a line; ``gap`` says whether a blank line follows (None: the page's habit)."""
        self.meta.append((self.ctx[0], self.ctx[1], first))
        if gap is None:
            gap = self.style.gap == "every" and self.rng.random() < self.style.gap_p
        if self.lines and self.lines[-1][0] and self.rng.random() < self.style.lead_space_p:
            frags = [(" ", None)] + frags
        self.lines.append((frags, gap))

    def blank_after_last(self, on: bool = True) -> None:
        if self.lines:
            frags, _ = self.lines[-1]
            self.lines[-1] = (frags, on)

    def width(self, ch: str) -> float:
        if ch in CJK_PUNCT:
            return self.style.punct_w
        if ch == " ":
            return 0.25
        return 1.0 if ord(ch) >= 0x2E80 else 0.5

    def tokens(self, runs: list[Frag], digit_spacing: bool = True) -> list[Token]:
        """Split labelled text into breakable units; put spaces around Latin-font runs."""
        toks: list[Token] = []
        for text, label in runs:
            i = 0
            while i < len(text):
                m = LATIN_RUN.match(text, i)
                if m:
                    s = m.group(0)
                    toks.append(Token([(c, label) for c in s], 0.5 * len(s), "latin"))
                    i = m.end()
                    continue
                ch = text[i]
                if text.startswith(("——", "……"), i):
                    toks.append(Token([(ch, label), (ch, label)], 2 * self.width(ch), "close"))
                    i += 2
                    continue
                if ch == " ":
                    toks.append(Token([(" ", None)], 0.25, "space"))
                elif ch in OPEN_PUNCT:
                    toks.append(Token([(ch, label)], self.width(ch), "open"))
                elif ch in CLOSE_PUNCT:
                    toks.append(Token([(ch, label)], self.width(ch), "close"))
                else:
                    toks.append(Token([(ch, label)], self.width(ch), "cjk"))
                i += 1
        if not digit_spacing or self.style.digit_space_p == 0:
            return toks
        out: list[Token] = []
        for j, t in enumerate(toks):
            if t.kind == "latin":
                if out and out[-1].kind == "cjk" and self.rng.random() < self.style.digit_space_p:
                    out.append(Token([(" ", None)], 0.25, "space"))
                out.append(t)
                nxt = toks[j + 1] if j + 1 < len(toks) else None
                if (
                    nxt is not None
                    and nxt.kind == "cjk"
                    and self.rng.random() < self.style.digit_space_p
                ):
                    out.append(Token([(" ", None)], 0.25, "space"))
            else:
                out.append(t)
        return out

    def wrap(
        self, toks: list[Token], width: float, first_width: float | None = None
    ) -> list[list[Frag]]:
        """Greedy line filling with 禁则: closing punctuation may hang past the edge,
        an opening one never ends a line; spaces at line ends disappear."""
        lines: list[list[Token]] = []
        cur: list[Token] = []
        w = 0.0
        limit = first_width if first_width is not None else width
        for t in toks:
            if t.kind == "space" and not cur:
                continue
            if w + t.width <= limit + 1e-9 or not cur:
                cur.append(t)
                w += t.width
                continue
            if t.kind == "close" and w + t.width <= limit + 1.0 + 1e-9:
                cur.append(t)  # hanging punctuation
                w += t.width
                continue
            carry: list[Token] = []
            while cur and cur[-1].kind in ("open", "space"):
                x = cur.pop()
                if x.kind == "open":
                    carry.insert(0, x)
            lines.append(cur)
            limit = width
            cur = carry + ([t] if t.kind != "space" else [])
            w = sum(x.width for x in cur)
        while cur and cur[-1].kind == "space":
            cur.pop()
        if cur:
            lines.append(cur)
        return [[c for t in line for c in t.chars] for line in lines]

    def letter_space(self, text: str, label: Label) -> list[Frag]:
        """``登高望远，穿云破雾`` -> ``登 高 望 远 ，穿 云 破 雾`` (Latin runs kept whole)."""
        units = [m.group(0) for m in re.finditer(r"[0-9A-Za-z.%]+|\S", text)]
        out: list[Frag] = []
        for k, u in enumerate(units):
            if k and units[k - 1][-1] not in NO_SPACE_AFTER:
                out.append((" ", None))
            out.append((u, label))
        return out

    # ------------------------------------------------------------------ page pieces

    def names_text(self, names: list[str]) -> str:
        sep = self.style.byline_sep
        shown = [
            (n[0] + sep + n[1]) if (len(n) == 2 and self.style.pad_two_char_names) else n
            for n in names
        ]
        return sep.join(shown)

    def byline_line(self, b: BylineInfo, label: Label) -> list[Frag]:
        if b.raw.startswith("本报记者 ") or b.raw.startswith("新华社记者 "):
            role = b.raw.split(" ", 1)[0]
            return [
                (role, label),
                (self.style.byline_sep, None),
                (self.names_text(b.reporters), label),
            ]
        return [(b.raw, label)]

    def headline_block(self, ai: int, p: PlacedArticle, col_w: float) -> None:
        """Column tag, kicker, headline (maybe letter-spaced or in two lines), subtitle."""
        rng = self.rng
        head_w = self.head_width(col_w)
        self.ctx = (("article", ai), "head")
        pieces: list[tuple[str, list[list[Frag]]]] = []
        column_inline = p.column and rng.random() < 0.3
        if p.column and not column_inline and rng.random() < 0.85:
            pieces.append(("column", [[(p.column, ("column", ai))]]))
        if p.kicker:
            pieces.append(("kicker", self.wrap(self.tokens([(p.kicker, ("kicker", ai))]), self.dress_width(head_w))))
        label = ("headline", ai)
        h = p.headline
        parts = h.split(" ") if " " in h and rng.random() < 0.5 else [h]
        hl: list[list[Frag]] = []
        for k, part in enumerate(parts):
            if len(part) <= 12 and rng.random() < self.style.letterspace_p:
                line = self.letter_space(part, label)
            else:
                wrapped = self.wrap(self.tokens([(part, label)]), head_w)
                hl += wrapped[:-1]
                line = wrapped[-1] if wrapped else []
            if k == len(parts) - 1 and column_inline:
                line = line + [("（", None), (p.column, ("column", ai)), ("）", None)]
            hl.append(line)
        pieces.append(("headline", hl))
        if p.subtitle:
            pieces.append(
                ("subtitle", self.wrap(self.tokens([(p.subtitle, ("subtitle", ai, 0))]), self.dress_width(head_w)))
            )
        for kind, lines in pieces:
            self.ctx = (("article", ai), "column" if kind == "column" else "head")
            for k, line in enumerate(lines):
                last = k == len(lines) - 1
                self.emit(line, gap=last and self.style.gap != "none" and rng.random() < 0.6)

    def body(self, ai: int, p: PlacedArticle, col_w: float) -> None:
        """The body: byline lines, dateline, wrapped paragraphs, jump markers."""
        rng, st = self.rng, self.style
        self.ctx = (("article", ai), "body")
        para_gap = st.gap == "para"
        if p.continued_from:
            marker = "（上接第{1}{0}{2}版）".format(p.continued_from, *st.marker_space)
            if rng.random() < 0.7:
                self.emit([(marker, ("marker", ai))])
                inline_marker = None
            else:
                inline_marker = marker
        else:
            inline_marker = None
        n = len(p.paragraphs)
        for pi, text in enumerate(p.paragraphs):
            b = p.byline_at.get(pi)
            if b is not None:
                self.emit(self.byline_line(b, ("byline", ai, pi)))
            runs: list[Frag] = []
            first_w = col_w - 2
            lead: list[Frag] = [(st.indent, None)] if st.indent else []
            if pi == 0 and inline_marker:
                runs.append((inline_marker, ("marker", ai)))
            if pi == 0 and p.dateline is not None:
                d = p.dateline
                raw = d.raw
                m = re.match(r"^(.*?电)\s*(（.*）)?$", raw)
                if (
                    m
                    and m.group(1)
                    and rng.random() < st.dateline_own_line_p
                    and d.kind in ("本报电", "电")
                ):
                    head = self.tokens([(m.group(1), ("dateline", ai))])
                    for line in self.wrap(head, col_w, first_w):
                        self.emit(lead + line, gap=False)
                    lead = []
                    if m.group(2):
                        runs.append((m.group(2), ("dateline", ai)))
                        first_w = col_w  # the body goes on right after the byline paren
                else:
                    sp = "" if raw.endswith("）") else rng.choice(["", " ", "  "])
                    raw_sp = raw.replace(" ", rng.choice(["", " ", " ", "  "]))
                    runs.append((raw_sp, ("dateline", ai)))
                    if sp:
                        runs.append((sp, None))
            runs.append((text, ("body", ai, pi)))
            tail_marker = None
            if pi == n - 1 and p.continued_to:
                tail_marker = "（下转第{1}{0}{2}版）".format(p.continued_to, *st.marker_space)
            tail_byline = p.byline_at.get(n) if pi == n - 1 else None
            if tail_byline is not None and rng.random() < 0.5:
                runs.append((rng.choice([" ", "  ", ""]), None))
                runs.append((tail_byline.raw, ("byline", ai, n)))
                tail_byline = None
            if tail_marker and rng.random() < 0.35:
                runs.append((rng.choice([" ", "  ", "   "]), None))
                runs.append((tail_marker, ("marker", ai)))
                tail_marker = None
            lines = self.wrap(self.tokens(runs), col_w, first_w)
            for k, line in enumerate(lines):
                if k == 0 and lead:
                    line = lead + line
                gap = None
                if para_gap:
                    gap = k == len(lines) - 1
                self.emit(line, gap=gap, first=k == 0 and first_w < col_w)
            if tail_byline is not None:
                self.emit(self.byline_line(tail_byline, ("byline", ai, n)))
            if tail_marker:
                if st.gap != "none":
                    self.blank_after_last(True)
                self.emit([(tail_marker, ("marker", ai))])

    def caption(self, ci: int, c: CaptionInfo) -> None:
        """A caption as long lines (it spans columns) with its credit at the end."""
        rng = self.rng
        self.ctx = (("caption", ci), "caption")
        width = self.caption_width(c)
        lines = self.wrap(self.tokens([(c.text, ("caption", ci))]), width)
        credit = c.credit or ""
        if credit and rng.random() < 0.4:
            credit = re.sub(r"\s*摄", " 摄", credit, count=1)
        for k, line in enumerate(lines):
            last = k == len(lines) - 1
            if last and credit and self.credit_on_last_line(line, credit, width):
                line = line + [(" " * rng.randint(1, 4), None), (credit, ("credit", ci))]
                credit = ""
            self.emit(line, gap=last and bool(credit))
        if credit:
            self.emit([(credit, ("credit", ci))])
        self.blank_after_last(self.style.gap != "none" or rng.random() < 0.5)

    # hooks a page layout (the pdf route) overrides
    def article_width(self, p: PlacedArticle) -> float:
        """Column width of an article in em: the page's, or a little wider or narrower."""
        if self.rng.random() < 0.3:
            return min(
                22, max(12, self.style.col_width + self.rng.choice([-3, -2, -1, 1, 2, 3, 4]))
            )
        return self.style.col_width

    def head_width(self, col_w: float) -> float:
        """Width in em at which long headlines, kickers and subtitles wrap."""
        return self.rng.uniform(max(col_w, 16), 46)

    def dress_width(self, head_w: float) -> float:
        """Width in em at which a kicker and a subtitle wrap, given the headline's
        (``head_w``): the same here, where every heading line is one size."""
        return head_w

    def caption_width(self, c: CaptionInfo) -> float:
        """Width in em of a caption's lines (a caption spans several columns)."""
        return self.rng.uniform(28, 80)

    def credit_on_last_line(self, line: list[Frag], credit: str, width: float) -> bool:
        """Whether a caption's credit goes at the end of its last line (else on its own)."""
        return self.rng.random() < 0.5

    def article(self, ai: int, p: PlacedArticle) -> None:
        st, rng = self.style, self.rng
        col_w = self.article_width(p)
        after = rng.random() < st.head_after_p
        if after and p.column and rng.random() < 0.15:
            # the column tag box may be drawn first, before the body (as on the seed page)
            self.ctx = (("article", ai), "column")
            self.emit([(p.column, ("column", ai))])
            p = PlacedArticle(**{**p.__dict__, "column": None})
        if not after:
            self.headline_block(ai, p, col_w)
        self.body(ai, p, col_w)
        if after:
            self.headline_block(ai, p, col_w)

    def build(self) -> None:
        """Make the lines of the page (captions go between articles at random)."""
        plan, rng = self.plan, self.rng
        n = len(plan.articles)
        slots: dict[int, list[int]] = {}
        for ci in range(len(plan.captions)):
            slots.setdefault(rng.randint(0, n), []).append(ci)
        for ai in range(n + 1):
            for ci in slots.get(ai, []):
                self.caption(ci, plan.captions[ci])
            if ai < n:
                self.article(ai, plan.articles[ai])

    def render(self) -> tuple[str, list[Label]]:
        """Render the page; returns the text and one label per character."""
        self.build()
        eol = self.style.eol
        text_parts: list[str] = []
        labels: list[Label] = []
        for frags, gap in self.lines:
            for t, lab in frags:
                text_parts.append(t)
                labels.extend([lab] * len(t))
            brk = eol + (eol if gap else "")
            text_parts.append(brk)
            labels.extend([None] * len(brk))
        return "".join(text_parts), labels


class CleanRenderer(SimRenderer):
    """The ``clean`` route: the page as an e-paper's text, one paragraph per line.

    This is the form of the e-paper month itself (``rmrb-epaper-2019-10``): kicker,
    headline (its column in brackets, as the e-paper prints it) and subtitle each on a
    line (an empty line where one is missing), then the paragraphs, each one line opened with two U+3000. No wrapping, no
    letter-spacing, no digit spacing. Captions are paragraphs with their credit after
    the last sentence; jump markers open or close a paragraph.
    """

    INDENT = "\u3000\u3000"

    def emit(self, frags: list[Frag], gap: bool | None = None, first: bool = False) -> None:
        self.meta.append((self.ctx[0], self.ctx[1], first))
        self.lines.append((frags, False))

    def headline_block(self, ai: int, p: PlacedArticle, col_w: float) -> None:
        """Kicker, headline and subtitle lines, an empty line for each one missing, as in
        the e-paper's files."""
        self.ctx = (("article", ai), "head")
        self.emit([(p.kicker, ("kicker", ai))] if p.kicker else [])
        line: list[Frag] = [(p.headline, ("headline", ai))]
        if p.column:
            line += [("（", None), (p.column, ("column", ai)), ("）", None)]
        self.emit(line)
        self.emit([(p.subtitle, ("subtitle", ai, 0))] if p.subtitle else [])

    def body(self, ai: int, p: PlacedArticle, col_w: float) -> None:
        self.ctx = (("article", ai), "body")
        n = len(p.paragraphs)
        for pi, text in enumerate(p.paragraphs):
            b = p.byline_at.get(pi)
            if b is not None:
                self.emit([(self.INDENT, None)] + self.byline_line(b, ("byline", ai, pi)))
            runs: list[Frag] = [(self.INDENT, None)]
            if pi == 0 and p.continued_from:
                runs.append((f"（上接第{p.continued_from}版）", ("marker", ai)))
            if pi == 0 and p.dateline is not None:
                runs += [(p.dateline.raw, ("dateline", ai)), ("  ", None)]
            runs.append((text, ("body", ai, pi)))
            if pi == n - 1 and p.continued_to:
                runs.append((f"（下转第{p.continued_to}版）", ("marker", ai)))
            self.emit(runs)
        tail = p.byline_at.get(n)
        if tail is not None:
            self.emit([(self.INDENT, None), (tail.raw, ("byline", ai, n))])

    def caption(self, ci: int, c: CaptionInfo) -> None:
        self.ctx = (("caption", ci), "caption")
        line: list[Frag] = [(self.INDENT, None), (c.text, ("caption", ci))]
        if c.credit:
            line += [("  ", None), (c.credit, ("credit", ci))]
        self.emit(line)

    def article(self, ai: int, p: PlacedArticle) -> None:
        self.headline_block(ai, p, 0.0)
        self.body(ai, p, 0.0)


def render_clean(plan: PagePlan, seed: int = DEFAULT_SEED) -> tuple[str, list[Label]]:
    """The ``clean`` route: the page as one-paragraph-per-line e-paper text."""
    return CleanRenderer(plan, seed).render()


def render_sim(plan: PagePlan, seed: int = DEFAULT_SEED) -> tuple[str, list[Label]]:
    """The ``sim`` route: the page as PDF-extraction-like text, with per-character labels."""
    return SimRenderer(plan, seed).render()


# ============================================================================ truth


def _spans(labels: list[Label]) -> dict[Label, list[int]]:
    """``label -> [first, last+1]`` over the characters carrying it."""
    out: dict[Label, list[int]] = {}
    for i, lab in enumerate(labels):
        if lab is None:
            continue
        s = out.get(lab)
        if s is None:
            out[lab] = [i, i + 1]
        else:
            s[1] = i + 1
    return out


def make_truth(plan: PagePlan, text: str, labels: list[Label], route: str) -> dict[str, Any]:
    """The truth record of a rendered page (schema: README.md)."""
    sp = _spans(labels)
    arts = []
    for ai, p in enumerate(plan.articles):
        bylines = []
        if p.dateline is not None:
            bylines.append({**p.dateline.to_truth(), "span": sp.get(("dateline", ai))})
        for k in sorted(p.byline_at):
            b = p.byline_at[k]
            entry = {**b.to_truth(), "span": sp.get(("byline", ai, k))}
            if p.synthetic_byline and k == 0:
                entry["synthetic"] = True
            bylines.append(entry)
        arts.append(
            {
                "id": f"a{ai + 1}",
                "source_id": p.src.source_id,
                "headline": p.headline,
                "kicker": p.kicker,
                "subheadlines": [p.subtitle] if p.subtitle else [],
                "column": p.column,
                "body": list(p.paragraphs),
                "bylines": bylines,
                "continued_to": p.continued_to,
                "continued_from": p.continued_from,
                "pair": (
                    {"page": p.pair_page, "source_id": p.pair_source_id}
                    if p.pair_source_id
                    else None
                ),
                "spans": {
                    "headline": sp.get(("headline", ai)),
                    "kicker": sp.get(("kicker", ai)),
                    "column": sp.get(("column", ai)),
                    "subheadlines": [s for s in [sp.get(("subtitle", ai, 0))] if s],
                    "body": [sp.get(("body", ai, pi)) for pi in range(len(p.paragraphs))],
                    "marker": sp.get(("marker", ai)),
                },
            }
        )
    caps = []
    for ci, c in enumerate(plan.captions):
        caps.append(
            {
                "text": c.text,
                "credit": c.credit,
                "photographers": list(c.photographers),
                "span": sp.get(("caption", ci)),
                "credit_span": sp.get(("credit", ci)),
            }
        )
    pairs = [
        {
            "from_page": 1,
            "from_source_id": a["source_id"],
            "to_page": a["continued_to"],
            "to_source_id": a["pair"]["source_id"],
        }
        if a["continued_to"]
        else {
            "from_page": 1,
            "from_source_id": a["pair"]["source_id"],
            "to_page": plan.page_number,
            "to_source_id": a["source_id"],
        }
        for a in arts
        if a["pair"]
    ]
    return {
        "page_id": plan.page_id,
        "issue_id": plan.issue_id,
        "route": route,
        "generator": {"version": GEN_VERSION},
        "newspaper": "人民日报",
        "issue_date": plan.issue_date,
        "page_number": plan.page_number,
        "text": text,
        "articles": arts,
        "captions": caps,
        "issue_pairs": pairs,
    }


def check_truth(page: dict[str, Any]) -> list[str]:
    """Consistency of a truth record with its text; returns the problems found (none: ``[]``).

    * every body paragraph, whitespace removed, equals its span of the text, whitespace
      removed, and the bodies occur in order in the text;
    * headlines, kickers, bylines and captions equal their spans likewise (a letter-spaced
      headline squashes back to the headline; a column tag printed in the headline's
      parentheses is a span of its own).
    """
    text = page["text"]
    problems = []
    flat = squash(text)
    pos = 0
    for a in page["articles"]:
        spans = a["spans"]["body"]
        if len(spans) != len(a["body"]):
            problems.append(f"{a['id']}: {len(a['body'])} paragraphs but {len(spans)} spans")
            continue
        for para, span in zip(a["body"], spans):
            if span is None or squash(text[span[0] : span[1]]) != squash(para):
                problems.append(f"{a['id']}: body span {span} does not hold {para[:20]!r}")
            k = flat.find(squash(para), pos)
            if k < 0:
                problems.append(f"{a['id']}: body {para[:20]!r} not found in order")
            else:
                pos = k + len(squash(para))
        for key in ("headline", "kicker", "column"):
            s = a["spans"][key]
            if s and squash(text[s[0] : s[1]]) != squash(a[key] or ""):
                problems.append(
                    f"{a['id']}: {key} span {s} is {text[s[0] : s[1]]!r}, not {a[key]!r}"
                )
        if a["spans"]["headline"] is None:
            problems.append(f"{a['id']}: headline not on the page")
    for c in page["captions"]:
        s = c["span"]
        if s is None or squash(text[s[0] : s[1]]) != squash(c["text"]):
            problems.append(f"caption span {s} does not hold {c['text'][:20]!r}")
    return problems


# ============================================================================ cache / CLI


def _set_dir(split: str, route: str) -> Path:
    return CACHE_DIR / route / split


def sample_ids(
    split: str, n: int = 30, seed: int = DEFAULT_SEED, root: str | None = None
) -> list[str]:
    """A fixed, spread-out sample of ``n`` page ids of a set.

    It holds one whole jump (the page 1 of an issue from the middle of the set and the
    pages its articles continue on, so stitching can be scored) and every k-th page of
    the rest.
    """
    plans = plan_pages(split, seed, root)
    ids = [p.page_id for p in plans]
    issues = sorted({p.issue_id for p in plans})
    chosen: list[str] = []
    for issue in issues[len(issues) // 2 :] + issues[: len(issues) // 2]:
        first = [p for p in plans if p.issue_id == issue and p.page_number == 1]
        targets = {a.continued_to for p in first for a in p.articles if a.continued_to}
        if first and targets:
            chosen = [first[0].page_id] + [
                p.page_id for p in plans if p.issue_id == issue and p.page_number in targets
            ]
            break
    chosen = chosen[: max(0, n - 1)]
    rest = [i for i in ids if i not in chosen]
    need = max(0, n - len(chosen))
    step = max(1, len(rest) // need) if need else 1
    chosen += rest[::step][:need]
    return sorted(chosen)


def _code_hash(route: str) -> str:
    """A hash of the generator's code, so that the cache goes stale when the code changes."""
    here = Path(__file__).resolve().parent
    files = ["corpus.py", "make_pages.py"] + (["pdf_route.py"] if route == "pdf" else [])
    h = hashlib.sha1()
    for f in files:
        h.update((here / f).read_bytes())
    return h.hexdigest()[:12]


def page_ids(
    split: str, route: str = "sim", seed: int = DEFAULT_SEED, root: str | None = None
) -> list[str]:
    """The ids of all pages of a set, in order."""
    return [p.page_id for p in plan_pages(split, seed, root)]


def generate(
    split: str,
    route: str = "sim",
    *,
    limit: int | None = None,
    seed: int = DEFAULT_SEED,
    root: str | None = None,
    write: bool = True,
    ids: Iterable[str] | None = None,
    force: bool = False,
) -> list[dict[str, Any]]:
    """Make (or read from the cache) the pages of a set; returns their truth records.

    ``limit`` takes the first N pages in page-id order; ``ids`` picks pages by id. Pages
    are cached under ``benchmarks/segmentation/.cache/<route>/<set>/`` keyed by the
    generator version and seed.
    """
    plans = plan_pages(split, seed, root)
    if ids is not None:
        want = set(ids)
        plans = [p for p in plans if p.page_id in want]
    if limit is not None:
        plans = plans[:limit]
    stamp = {"version": GEN_VERSION, "seed": seed, "route": route, "code": _code_hash(route)}
    return render_pages(plans, route, seed, _set_dir(split, route), stamp, write=write, force=force)


def render_pages(
    plans: list[PagePlan],
    route: str,
    seed: int,
    out_dir: Path,
    stamp: dict[str, Any],
    *,
    write: bool = True,
    force: bool = False,
    finish: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """Render ``plans`` on ``route`` (or read them from ``out_dir``, when its ``stamp`` is the
    same) and return their truth records; ``finish`` amends each new record before it is
    written (jumps.py names the real source pages of its jumps so)."""
    stamp_path = out_dir / "stamp.json"
    cached_ok = not force and stamp_path.is_file() and json.loads(stamp_path.read_text()) == stamp
    if write and not cached_ok:
        out_dir.mkdir(parents=True, exist_ok=True)
        for old in out_dir.glob("*.json"):
            old.unlink()
        stamp_path.write_text(json.dumps(stamp))
    pages = []
    renderer = None
    for plan in plans:
        path = out_dir / f"{plan.page_id}.json"
        if write and cached_ok and path.is_file():
            pages.append(json.loads(path.read_text(encoding="utf-8")))
            continue
        if route in ("sim", "clean"):
            text, labels = (render_sim if route == "sim" else render_clean)(plan, seed)
        elif route == "pdf":
            if renderer is None:
                import pdf_route

                renderer = pdf_route
            for attempt in range(4):
                text, labels = renderer.render_pdf(plan, seed, attempt)
                page = make_truth(plan, text, labels, route)
                if not check_truth(page):
                    break
            else:
                print(
                    f"pdf route: {plan.page_id} dropped (text interleaved in every layout)",
                    file=sys.stderr,
                )
                continue
        else:
            raise ValueError(f"unknown route {route!r} (sim, clean or pdf)")
        if route in ("sim", "clean"):
            page = make_truth(plan, text, labels, route)
        if finish is not None:
            page = finish(page)
        if write:
            path.write_text(json.dumps(page, ensure_ascii=False), encoding="utf-8")
        pages.append(page)
    return pages


def report_check(pages: list[dict[str, Any]]) -> int:
    """Print the pages whose truth does not match their text (:func:`check_truth`), the first
    20, and a count; returns the exit status (1 if any)."""
    bad = {p["page_id"]: pr for p in pages if (pr := check_truth(p))}
    for pid, pr in list(bad.items())[:20]:
        print(pid, pr[:3])
    print(f"check: {len(pages) - len(bad)}/{len(pages)} pages consistent")
    return 1 if bad else 0


def load_pages(split: str, route: str = "sim", **kw: Any) -> list[dict[str, Any]]:
    """Alias of :func:`generate` for readers: the pages of a set, from the cache when fresh."""
    return generate(split, route, **kw)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=sorted(SETS), default="dev")
    ap.add_argument("--route", choices=["sim", "clean", "pdf"], default="sim")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--force", action="store_true", help="regenerate even if cached")
    ap.add_argument(
        "--check", action="store_true", help="check every page's truth against its text"
    )
    ap.add_argument("--show", metavar="PAGE_ID", help="print one page's text and exit")
    args = ap.parse_args(argv)
    pages = generate(args.set, args.route, limit=args.limit, seed=args.seed, force=args.force)
    if args.show:
        for p in pages:
            if p["page_id"] == args.show:
                print(p["text"])
                return 0
        print(f"no page {args.show}", file=sys.stderr)
        return 1
    n_arts = sum(len(p["articles"]) for p in pages)
    n_jumps = sum(
        1 for p in pages for a in p["articles"] if a["continued_to"] or a["continued_from"]
    )
    n_caps = sum(len(p["captions"]) for p in pages)
    chars = sum(len(p["text"]) for p in pages)
    print(
        f"{args.set}/{args.route}: {len(pages)} pages, {n_arts} articles, {n_jumps} jump parts, "
        f"{n_caps} captions, {chars} chars -> {_set_dir(args.set, args.route)}"
    )
    if args.check:
        return report_check(pages)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
