"""Article segmentation: a page's paragraphs → articles, headline blocks and captions.

The document has already reflowed the page into blocks (paragraphs). Segmentation runs
in three steps, each a function below:

1. **classify** every block by what it looks like: body text, a dateline that starts an
   article, a heading line (title, kicker ending in ——, subtitle starting with ——, the
   date-and-place line of a speech, a speech's author line), a jump marker, a photo
   caption or its credit;
2. **group** consecutive heading lines into heading groups and body blocks into runs;
   a run ends after a 下转 marker and starts at a 上接 marker or after a heading group;
3. **pair** each run with a heading group. PDF text often puts a headline *after* its
   body (drawing order), an e-paper's text puts it before, and some pages mix the two:
   each group chooses the run before it, the run after it, both (a group holding the
   headlines of its two neighbours, cut between two titles) or none, by a dynamic
   programme that leaves fewer runs without a headline and fewer headings unused, and
   charges each change of side. A heading group left over is a column tag (栏目).

A page with no recognisable structure becomes one article holding all its paragraphs,
with a warning.
"""

from __future__ import annotations

import bisect
import math
import operator
from functools import lru_cache
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Literal

import regex

from newsie._resources import boosted, load_model
from newsie.document import OPENING_LABELS, SPEECH_DATE, Document, _ends_terminal, box_label
from newsie.draft import ArticleDraft, CaptionDraft, Draft
from newsie.extractors.bylines import (
    _BARE_DIAN, _DATELINE, _PHOTO, _PLACE_SAID, _REPORTER_LINE, _UNNAMED_PHOTO, _XUN, author_names, photo_credit,
)
from newsie.extractors._columns import is_column_name, is_column_tag
from newsie.extractors.continuations import find_continuations
from newsie.registry import extractor

__all__ = ["Block", "classify", "make_segmenter", "segment_blocks"]

NO_STRUCTURE = "no article structure recognised: the page is returned as one article"

# Kinds of block.
BODY, LEAD, TITLE, KICKER, SUB, AUTHOR, COLUMN, MARK_TO, MARK_FROM, CAPTION, CREDIT = (
    "body", "lead", "title", "kicker", "sub", "author", "column", "mark_to", "mark_from", "caption", "credit"
)
HEADING = {TITLE, KICKER, SUB, AUTHOR, COLUMN}

_SPEECH_DATE = regex.compile(rf"^{SPEECH_DATE}$")
# A speech's or signed piece's author: an office, a space, a name (中华人民共和国主席 习近平).
_AUTHOR = regex.compile(
    r"^[\p{Han}]{0,16}(?:主席|总书记|书记|总理|部长|主任|委员长|院长|会长|大使|总统|首相|秘书长|"
    r"发言人|理事长|董事长|校长|社长|局长|省长|市长|司令员) [\p{Han}·]{2,8}$"
)
_COLUMN_IN_TITLE = regex.compile(
    r"^(?P<title>.+?)[（(](?P<column>[\p{Han}\d①-⑳·“”、 ]{2,40}?(?:[（(][^（）()]{1,8}[）)])?)[）)]$"
)
_SENTENCE_END = regex.compile(r"[。；]")
_LEAD_IN = regex.compile(r"^(?:本报讯|[（(]记者)")

# A line of page furniture set with an article: who edited it, where and when to go, whom
# to call (本期统筹：… / 开馆时间：… / 咨询电话：…). Body text, never a title.
_FURNITURE = regex.compile(r"^[\p{Han}]{0,6}(?:统筹|策划|责编|制图|电话|时间|地址|邮箱|网址|热线|传真)[：:]")

# A photo caption: 图①：… / 图为… / 上图：…
_CAPTION_START = regex.compile(r"^(?:图[①-⑳\d一二三四五六七八九十]*[：:]|图为|[上下左右中]图[：:为])")


@dataclass
class Block:
    """A paragraph of the clean text and what it looks like."""

    index: int
    start: int  # clean offsets
    end: int
    text: str
    kind: str = BODY
    letter_spaced: bool = False
    indented: bool = False
    jump_to: bool = False  # ends with a 下转 marker
    wider: bool = False  # a line wider than its column: set in a larger type
    blank_before: bool = False  # a blank line above it
    blank_after: bool = False  # a blank line below it
    width_ratio: float = 0.0  # its widest line over its column's width (0: unknown)
    col: float = 0.0  # the column width at its first line, in ems (0: unknown)
    n_lines: int = 1  # how many source lines it was set in
    author_line: bool = False  # a LEAD that is an author line (李霞, 本报评论员): the heading's, not the body's


def _is_title_text(text: str, letter_spaced: bool, display: bool) -> bool:
    """Could this block be a heading line? ``display``: set apart from body type."""
    if letter_spaced:
        return True
    if len(text) > 48 or _SENTENCE_END.search(text):
        return False
    if text[:1] in "（(" and text[-1:] in "）)":
        return False  # a note in brackets: （本系列评论结束） （作者为…）
    core = text.rstrip("”’」』》）)")
    last = core[-1:]
    if last in "，、：；。…" or not core:
        return False
    if last in "？！" and not display:
        return False  # a one-line question or exclamation in body type is a paragraph
    return True


def is_clean_form(doc: Document) -> bool:
    """Is the page already one paragraph per line (an e-paper's text), body lines indented?

    Such text shares no column width, and marks its paragraphs by indentation: every line
    not indented is a heading line.
    """
    return doc.one_per_line


def classify(doc: Document) -> list[Block]:
    """Every paragraph of ``doc`` as a :class:`Block` with its kind."""
    clean_form = is_clean_form(doc)
    marker_list = [(s, e, c.direction) for s, e, c in find_continuations(doc)]  # in text order
    marker_starts = [s for s, _, _ in marker_list]
    blocks: list[Block] = []
    for i, ((start, end), (first, last)) in enumerate(zip(doc.paragraphs, doc.paragraph_lines)):
        text = doc.match_text[start:end]
        lines = doc.lines[first : last + 1]
        # one paragraph per line has no columns, whatever widths happen to agree
        cols = [0.0 if clean_form else doc.column_widths[first + k] for k in range(len(lines))]
        b = Block(i, start, end, text, letter_spaced=any(ln.letter_spaced for ln in lines),
                  indented=lines[0].indented,
                  blank_before=lines[0].blank_before,
                  blank_after=last + 1 < len(doc.lines) and doc.lines[last + 1].blank_before,
                  width_ratio=max((ln.width / c for ln, c in zip(lines, cols) if c), default=0.0),
                  col=cols[0], n_lines=len(lines),
                  wider=any(c and ln.width > c + 1.0 for c, ln in zip(cols, lines)))
        stripped = text.strip()
        k = bisect.bisect_left(marker_starts, start)
        inside = []  # the jump markers within this paragraph
        while k < len(marker_starts) and marker_list[k][0] < end:
            if marker_list[k][1] <= end:
                inside.append(marker_list[k])
            k += 1
        marker = next((d for s, e, d in inside if not text[: s - start].strip() and not text[e - start :].strip()),
                      None)
        if marker is None and any(d == "from" and not text[: s - start].strip() for s, e, d in inside):
            marker = "from"  # （上接第1版）会议强调…: a jump part opens with its marker
        b.jump_to = any(d == "to" and not text[e - start :].strip() for s, e, d in inside)
        if marker:
            b.kind = MARK_TO if marker == "to" else MARK_FROM
        elif not clean_form and (label := box_label(stripped)):  # an e-paper's text marks them by its indent
            b.kind = LEAD if label in OPENING_LABELS else BODY
        elif _FURNITURE.match(stripped) and not clean_form:
            b.kind = BODY
        elif _LABEL_OPENING.match(stripped) and not clean_form:
            b.kind = BODY  # 【人物】社区民警汪勇: a paragraph opening on a bracketed label
        elif _PHOTO.fullmatch(stripped) or _UNNAMED_PHOTO.fullmatch(stripped):
            b.kind = CREDIT
        elif (photo_credit(stripped) and len(stripped) > 25) or _CAPTION_START.match(stripped) or _credited_sentence(stripped):
            b.kind = CAPTION
        elif (b.width_ratio >= 1.6 and 20 < len(stripped) <= 160 and len(lines) <= 4 and "。" in stripped
              and not clean_form):
            b.kind = CAPTION  # sentences set across several columns: a photo caption
        elif _DATELINE.match(stripped) or _XUN.match(stripped) or _BARE_DIAN.match(stripped) or _LEAD_IN.match(stripped) or (
            _REPORTER_LINE.fullmatch(stripped) or _PLACE_SAID.match(stripped)
        ):
            b.kind = LEAD
        elif clean_form and b.indented:
            b.kind = BODY
        elif clean_form and not _SPEECH_DATE.match(stripped) and not _AUTHOR.match(stripped):
            # not indented in one-paragraph-per-line text: a heading line, however long
            if is_column_name(stripped):
                b.kind = COLUMN
            elif stripped.startswith("——"):
                b.kind = SUB
            elif stripped.endswith(("——", "—", "：", ":")):
                b.kind = KICKER
            else:
                b.kind = TITLE
        elif stripped.startswith("——") and len(stripped) <= 80 and not _SENTENCE_END.search(stripped):
            b.kind = SUB
        elif _SPEECH_DATE.match(stripped):
            b.kind = SUB
        elif _AUTHOR.match(stripped):
            b.kind = AUTHOR
        elif is_column_name(stripped):
            b.kind = COLUMN
        elif not b.jump_to and _is_title_text(stripped, b.letter_spaced, b.wider or (clean_form and not b.indented)):
            # (words closed by （下转第N版） end an article's part: body text, never a title)
            b.kind = KICKER if stripped.endswith(("——", "—")) else TITLE
        blocks.append(b)
    # A line two ems short of the column of the body below it, holding a comma and cut off
    # mid-word, is the indented first line of that body's paragraph, broken off by the
    # reflow (临近10时，习近平、李克 / 强、栗战书…): body text, not a title.
    for b, nxt in zip(blocks, blocks[1:]):
        if (b.kind in (TITLE, KICKER) and nxt.kind == BODY and b.n_lines == 1 and not b.letter_spaced
                and "，" in b.text and _ENDS_IN_WORD.search(b.text) and (col := nxt.col or b.col)
                and _INDENT_SHORT[0] <= col - doc.lines[doc.paragraph_lines[b.index][0]].width <= _INDENT_SHORT[1]
                and doc.lines[doc.paragraph_lines[nxt.index][0]].width >= col - 1.0):
            b.kind = BODY  # (the line below it is full: the paragraph goes on, no new one opens)
    # A short line ending in a colon right above a title is its kicker (外交部驻港公署负责人：).
    for b, nxt in zip(blocks, blocks[1:]):
        if b.kind == BODY and nxt.kind == TITLE and len(b.text) <= 24 and b.text.endswith(("：", ":")) \
                and not _SENTENCE_END.search(b.text):
            b.kind = KICKER
    _mark_author_lines(blocks)
    return blocks


# a subtitle this much wider than its column runs over several lines, its last one short
# (——国际社会积极评价…《新时代的中国与世界》 / 白皮书)
_SUB_WRAPS = 1.5


def _mark_author_lines(blocks: list[Block]) -> None:
    """Flag the author lines: a one-line block of names only (李霞, 张  枨, 郭宗利 熊毅) or a
    pundit's signature (本报评论员) that stands between a heading (or the page's furniture: a
    caption, a credit, the top of the page) and the body it opens. Its kind stays what it
    looks like (a heading line, mostly), so that grouping and pairing read the page as
    before; where it is a line of an article's heading group it is that heading's author,
    not its headline (:func:`_heading_parts`), and where it opens a run, not body text.
    Text between two bodies is left alone (a name so set inside a text is a section's)."""
    for i, b in enumerate(blocks):
        if b.kind not in (TITLE, KICKER, BODY, COLUMN) or b.n_lines != 1 or i + 1 >= len(blocks):
            continue
        nxt, prev = blocks[i + 1], blocks[i - 1] if i else None
        if prev is not None and (prev.kind in (BODY, LEAD, MARK_TO, MARK_FROM)
                                 or prev.kind == SUB and prev.width_ratio >= _SUB_WRAPS):
            continue  # (a subtitle set wider than the column wraps: the line may be its tail)
        if nxt.kind != BODY and not (nxt.kind in (TITLE, KICKER) and "，" in nxt.text and len(nxt.text) >= 12):
            continue  # (a long line holding a comma: the body's first line, broken off by the reflow)
        if author_names(b.text) is not None:
            b.author_line = True
            if b.kind == COLUMN:
                b.kind = TITLE  # 本报评论员 under a headline signs it: a heading line, not a column tag


# a paragraph opening on a label in black brackets (【人物】…, 【点评】): body text, never a
# headline (dev, both routes: 12 such blocks read as headings, none of them a headline)
_LABEL_OPENING = regex.compile(r"^【[^】]{1,8}】")
# a heading line holds no sentence end and does not stop on a comma or colon
_STOPS = regex.compile(r"[。；！？!?;…]")
# photo columns: the column is the item's only heading, its caption text runs below it
_PHOTO_COLUMNS = frozenset("图片报道 图片新闻 图说 影像中国".split())
_OPENING_SHORT = 1.0  # how many ems short of its column an indented opening line is at least


def _title_joined_below(doc: Document, blocks: list[Block]) -> list[Block]:
    """``blocks`` with the headline the reflow ran into its body cut off as a title.

    A column tag (人民时评) or a kicker (…——) heads a headline, never a body: where the
    heading lines above a paragraph hold no title (or a kicker stands right below the
    title), and the paragraph's first source line
    reads as one (no sentence end, no comma or colon at its end, a word break at its end
    that the page's text nowhere else runs across), that line is the headline the reflow
    joined to the body's first line (人民时评 / 赋权减负，激发创新活力 / 政策红利的…).
    """
    if is_clean_form(doc):
        return blocks
    out: list[Block] = []
    flat = None  # the page without white space, built when first needed
    for b in blocks:
        above = []  # the heading lines right above b
        for x in reversed(out):
            if x.kind not in HEADING:
                break
            above.append(x)
        # a title above heads the paragraph, unless a kicker stands between them (a kicker
        # leads into a headline: 湖南省委原副书记… / 主任郑培民—— / 以民为先的“为民书记” + body)
        titled = any(x.kind == TITLE for x in above)
        if (b.kind != BODY or b.n_lines < 2 or not above or (titled and above[0].kind != KICKER)
                or not any(x.kind == KICKER or (x.kind == COLUMN and x.text.strip() not in _PHOTO_COLUMNS)
                           for x in above)):
            out.append(b)
            continue
        kept = _kept_lines(doc, b)
        src = [doc.lines[i] for i in kept]
        head = _line_text(doc, src[0])
        nxt = _line_text(doc, src[1]) if len(src) > 1 else ""
        if (len(src) < 2 or src[0].letter_spaced or not 4 <= len(head) <= 32 or _STOPS.search(head)
                or head[-1] in "，、：:," or (titled and "，" in head)):
            out.append(b)
            continue
        col = doc.column_widths[kept[1]]
        if not col or src[1].width > col - _OPENING_SHORT:
            out.append(b)  # the second line is no indented opening line: the paragraph runs on
            continue
        flat = flat if flat is not None else regex.sub(r"\s+", "", doc.match_text)
        if _splits_a_word(head, nxt, flat):
            out.append(b)  # the line end splits a word the page uses elsewhere: a wrap
            continue
        out += _first_line_off(doc, b, src, TITLE)
    return out


def _kept_lines(doc: Document, b: Block) -> list[int]:
    """The indexes of the lines of paragraph ``b`` that keep any text."""
    first, last = doc.paragraph_lines[b.index]
    return [i for i in range(first, last + 1) if doc.lines[i].clean_end > doc.lines[i].clean_start]


def _line_text(doc: Document, line) -> str:
    return doc.match_text[line.clean_start : line.clean_end].strip()


def _splits_a_word(head: str, nxt: str, flat: str) -> bool:
    """Does the line end between ``head`` and ``nxt`` split a word the page (``flat``, its
    text without white space) runs across elsewhere?"""
    return bool(_WORD_CHAR.match(head[-1]) and nxt and _WORD_CHAR.match(nxt[0]) and flat.count(head[-1] + nxt[0]) > 1)


def _first_line_off(doc: Document, b: Block, src: list, kind: str) -> list[Block]:
    """Paragraph ``b`` cut after its first line, which becomes a block of ``kind``."""
    first = _piece(doc, b, src[:1])
    first.kind = kind
    return [first, _piece(doc, b, src[1:])]


def _body_line_off_titles(doc: Document, blocks: list[Block]) -> list[Block]:
    """``blocks`` with a two-line title block cut where its second line is the opening
    line of the body below it, broken off there by the reflow: a line that holds a
    comma and stops mid-sentence, its paragraph going on in the block below
    (符合国情的制度给中国人民带来好生活 / 10月11日—12日，习近平主席同 / 印度总理莫迪在金奈…)."""
    if is_clean_form(doc):
        return blocks
    out: list[Block] = []
    for k, b in enumerate(blocks):
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if b.kind != TITLE or b.n_lines != 2 or b.letter_spaced or nxt is None or nxt.kind != BODY:
            out.append(b)
            continue
        first, last = doc.paragraph_lines[b.index]
        src = [ln for ln in doc.lines[first : last + 1] if ln.clean_end > ln.clean_start]
        if len(src) != 2:
            out.append(b)
            continue
        head = doc.match_text[src[0].clean_start : src[0].clean_end].strip()
        tail = doc.match_text[src[1].clean_start : src[1].clean_end].strip()
        if (_STOPS.search(head) or "，" in head or "，" not in tail or not _ENDS_IN_WORD.search(tail)
                or not 4 <= len(head) <= 32):
            out.append(b)
            continue
        title, body = _piece(doc, b, src[:1]), _piece(doc, b, src[1:])
        body.kind = BODY
        out += [title, body]
    return out


_DISPLAY_EMS = 4.0  # how many ems wider than its column a line set in display type is at least
_HAN = regex.compile(r"\p{Han}")
_DISPLAY_MAX = 80  # a display line holds at most this many characters (a long column tag in brackets)


def _display_line(doc: Document, ln, col: float) -> bool:
    """Is source line ``ln`` set in display type over a column ``col`` ems wide: much
    wider than the column, with no sentence end, and no comma unless short (a headline
    set across the columns of its article: 韩正在河北雄安新区调研并召开规划建设现场办公会强调)?"""
    if not col or ln.width < col + _DISPLAY_EMS:
        return False
    text = doc.match_text[ln.clean_start : ln.clean_end].strip()
    return (4 <= len(text) <= _DISPLAY_MAX
            and not _STOPS.search(text) and ("，" not in text or len(text) <= 20) and "：" not in text
            and not (text[0] in "（(" and text[-1] in "）)")  # a closing note: （本报记者…）
            and 2 * len(_HAN.findall(text)) > len(text))


def _display_titles_off(doc: Document, blocks: list[Block]) -> list[Block]:
    """``blocks`` with the heading lines set in display type that the reflow ran into a
    body paragraph (or read as one) cut off as titles, a line each: lines much wider
    than the column of the text below them, holding no sentence end
    (李克强主持召开…座谈会强调 / 砥砺实干 攻坚克难 确保完成… + the dateline's paragraph; or
    a title too long for a heading line only for its column tag in brackets:
    为创造更加美好的明天而奋斗（守初心 担使命 …主题教育）). The role model then reads
    which is the kicker, which the headline."""
    if is_clean_form(doc):
        return blocks
    out: list[Block] = []
    for b in blocks:
        if b.kind != BODY or b.letter_spaced:
            out.append(b)
            continue
        kept = _kept_lines(doc, b)
        n = 0  # how many of its first lines are display lines, each over the column it stands in
        while n < len(kept) and _display_line(doc, doc.lines[kept[n]], doc.column_widths[kept[n]]):
            n += 1
        if not n:
            out.append(b)
            continue
        src = [doc.lines[i] for i in kept]
        for ln in src[:n]:
            title = _piece(doc, b, [ln])
            title.kind, title.wider = TITLE, True
            out.append(title)
        if n < len(src):
            out.append(_piece(doc, b, src[n:]))
    return out


_SUB_JOINED_SHORT = 1.0  # how many ems short of its column the opening line below the subtitle is at least
_SUB_PUNCT = regex.compile(r"[，。；！？、：,;!?:…]")


def _subtitle_joined_below(doc: Document, blocks: list[Block]) -> list[Block]:
    """``blocks`` with the subtitle the reflow ran into the body below its headline cut
    off: where a paragraph right under a heading line opens with a source line that
    starts with —— and holds no punctuation (——访尼泊尔外长贾瓦利), and its next line is
    an indented opening line (short of the column), that first line is the subtitle.
    A dash that opens a paragraph's first line in prose goes on in a sentence with
    commas (——坚守耕地保护红线，节约)."""
    if is_clean_form(doc):
        return blocks
    if sum(1 for b in blocks if b.kind == BODY and b.text.startswith("——")) > 2:
        return blocks  # a list of items each opened by a dash (——强化粮食生产科技支撑…)
    out: list[Block] = []
    flat = None  # the page without white space, built when first needed
    for b in blocks:
        if b.kind != BODY or b.n_lines < 2 or not out or out[-1].kind not in HEADING or not b.text.startswith("——"):
            out.append(b)
            continue
        kept = _kept_lines(doc, b)
        src = [doc.lines[i] for i in kept]
        head = _line_text(doc, src[0])
        col = doc.column_widths[kept[1]] if len(kept) > 1 else 0.0
        if (len(src) < 2 or not col or src[1].width > col - _SUB_JOINED_SHORT or len(head) < 6
                or _SUB_PUNCT.search(head) or not _balanced_quotes(head)):
            out.append(b)
            continue
        flat = flat if flat is not None else regex.sub(r"\s+", "", doc.match_text)
        if _splits_a_word(head, _line_text(doc, src[1]), flat):
            out.append(b)  # the line end splits a word the page uses elsewhere: a wrap
            continue
        out += _first_line_off(doc, b, src, SUB)
    return out


def _balanced_quotes(text: str) -> bool:
    """Does ``text`` close every quote and bracket it opens (a whole, not a line cut mid-quote)?"""
    return all(text.count(a) == text.count(b) for a, b in ("“”", "‘’", "（）", "《》"))


# what no heading block of several lines holds, where a paragraph of as many lines would:
# punctuation, brackets (a closing note, a list of items), book titles (a list of works)
_NOT_IN_HEADING = regex.compile(r"[，。；！？,;!?、：:…（(《【]")
_HEADING_MAX = 120  # characters of a heading block wrapped over several lines, at most


def _unpunctuated_titles(blocks: list[Block]) -> None:
    """A paragraph of two lines or more with no punctuation at all is heading lines
    wrapped at a narrow measure, however long (韩正在河北雄安新区调研并召 / 开规划建设现场办公会强调 /
    牢牢把握北京非首都功能疏解 / …): prose does not go two lines without a comma or a
    stop. The role model cuts the kicker from the headline."""
    for b in blocks:
        if (b.kind == BODY and b.n_lines >= 2 and not b.letter_spaced and len(b.text) <= _HEADING_MAX
                and not _NOT_IN_HEADING.search(b.text)):
            b.kind = TITLE


def _exclaimed_titles(blocks: list[Block]) -> None:
    """A one-line exclamation or question in body type right above a subtitle (——…) is
    its headline (“我们是一支不可战胜的力量！” / ——国庆70周年阅兵纪实): a subtitle
    follows a title, never a paragraph."""
    for b, nxt in zip(blocks, blocks[1:]):
        if (b.kind == BODY and nxt.kind == SUB and nxt.text.startswith("——") and b.n_lines == 1
                and _is_title_text(b.text.strip(), False, True)):
            b.kind = TITLE


def _title_first_halves(blocks: list[Block]) -> None:
    """A short line in body type that ends on a comma, right above a title line, is the
    first half of that title (从武汉到金奈， / 汇聚中印关系发展正能量): a paragraph does not end
    on a comma."""
    for b, nxt in zip(blocks, blocks[1:]):
        text = b.text.strip()
        if (b.kind == BODY and nxt.kind == TITLE and b.n_lines == 1 and 4 <= len(text) <= 16
                and text.endswith("，") and not _STOPS.search(text) and "：" not in text):
            b.kind = TITLE


# how many ems an indented first line falls short of its column (two ems, give or take;
# tuned on both dev routes: up to 3.0 takes more real section heads and loses sim body F1)
_INDENT_SHORT = (1.25, 2.5)
_ENDS_IN_WORD = regex.compile(r"[\p{Han}A-Za-z0-9]$")  # a line cut off mid-sentence, not a quoted or bracketed whole


@dataclass
class _Run:
    blocks: list[Block]
    heading: list[Block] | None = None
    section_heads: list[Block] = field(default_factory=list)
    # not None: this run was cut from the run before it at a paragraph boundary (no
    # dateline there) and costs this much unless the pairing merges it back (:func:`_sandwich_cut`)
    cut_cost: float | None = None

    @property
    def starts_with_lead(self) -> bool:
        return self.blocks[0].kind in (LEAD, MARK_FROM)

    @property
    def ends_with_jump(self) -> bool:
        return self.blocks[-1].kind == MARK_TO or self.blocks[-1].jump_to


def _width_jump(before: Block, after: Block) -> bool:
    """Does the column width change between two body blocks (another article's column)?

    Only between blocks of several lines, whose column is measured, not guessed.
    """
    return (before.n_lines >= 2 and after.n_lines >= 3 and bool(before.col and after.col)
            and abs(before.col - after.col) >= 2.75)


# what keeping apart two runs that a change of column width parted costs the pairing
# (:func:`_pair_mixed` joins them back for free): with no heading group between them, the
# second is more often the first article's body set at another width than an article of
# its own
_WIDTH_JUMP_CUT = 0.0


def _group(blocks: list[Block]) -> tuple[list[object], list[Block]]:
    """The page as a list of runs (`_Run`) and heading groups (lists), plus captions."""
    seq: list[object] = []
    captions: list[Block] = []
    n_captions = 0  # captions taken so far: a photo set between two heading lines parts them
    for b in blocks:
        if b.kind == CREDIT:
            if captions and captions[-1].index == b.index - 1:
                captions.append(b)  # the credit line closes the caption before it
            elif seq and isinstance(seq[-1], _Run) and (len(seq[-1].blocks[-1].text) > 25
                                                         or _short_caption(seq[-1].blocks[-1])):
                # a long block right before a credit line is that photo's caption
                caption = [seq[-1].blocks.pop()]
                if not seq[-1].blocks:
                    seq.pop()
                    if seq and isinstance(seq[-1], list) and _caption_head(seq[-1][-1]):
                        caption.insert(0, seq[-1].pop())  # the caption's first line, read as a title
                        if not seq[-1]:
                            seq.pop()
                captions += [*_caption_opening_off(seq, caption[0]), *caption, b]
            else:
                captions.append(b)
            continue
        if b.kind == CAPTION:
            if not (captions and captions[-1].index == b.index - 1):
                captions += _caption_opening_off(seq, b)
            captions.append(b)
            continue
        if b.kind in HEADING:
            # a photo between two heading lines stands between two articles' headings
            # (dev, both routes: 27 of 27 such pairs head different articles), where
            # both sides read as headings of their own
            if seq and isinstance(seq[-1], list) and (n_captions == len(captions) or not _two_headings(seq[-1], b)):
                seq[-1].append(b)
            else:
                seq.append([b])
            n_captions = len(captions)
            continue
        starts_new = (
            not seq
            or not isinstance(seq[-1], _Run)
            or seq[-1].ends_with_jump
            or b.kind == MARK_FROM
        )
        if starts_new:
            seq.append(_Run([b]))
        elif _width_jump(seq[-1].blocks[-1], b):
            # another column's width: maybe another article, maybe the same one set wider;
            # the pairing may join the two back where no heading is there for the second
            seq.append(_Run([b], cut_cost=_WIDTH_JUMP_CUT))
        else:
            seq[-1].blocks.append(b)
    return seq, captions


# A heading group's last block that reads as a sentence (a comma inside; no dash, figure
# (共七百六十二处，…), colon, or opening quote or bracket, which subtitles and quoted
# headlines carry) under a title of its own is the opening of the body below it: a commentary's
# summary sentence set before its body (让技术成为法律调控范围内的利器，让法律成为技术可行基础
# 上的善法) or the first line of the next article's body, which the pairing would otherwise
# read as the headline, pushing the true headline into the kicker.
_PROSE_TAIL_MIN = 12  # characters such a sentence holds at least
_PROSE_TAIL_NOT = regex.compile(r"^[“（(《]|——|\d|[〇一二三四五六七八九十百千万亿]{3}|[：:]")


def _prose_tail(group: list[Block], b: Block, flat: str) -> bool:
    """Is ``b``, the block under heading group ``group``'s last line, a sentence of the body
    below (not a subtitle, not the headline under a kicker)? ``flat``: the page without
    white space.

    >>> t = Block(0, 0, 10, "协力保护个人信息安全", kind=TITLE)
    >>> _prose_tail([t], Block(1, 11, 41, "让技术成为法律调控范围内的利器，让法律成为技术可行基础上的善法", kind=TITLE), "")
    True
    >>> _prose_tail([t], Block(1, 11, 26, "截至8月底，山东PPP项目有1038个", kind=TITLE), "")
    False
    """
    text = b.text.strip()
    if b.letter_spaced or "，" not in text or len(text) < _PROSE_TAIL_MIN or _PROSE_TAIL_NOT.search(text):
        return False
    above = group[-1].text.strip()
    if above.endswith(("——", "—", "：", ":")) or group[-1].kind == KICKER:
        return False  # the line under a kicker is its headline: 半世纪，放牧巡边在祖国最西端
    if _splits_a_word(above, text, flat):
        return False  # the line above runs on into it (…从天安 / 门广场…): prose, no title
    return any(x.kind == TITLE and len(t := x.text.strip()) >= 6 and " " not in t and not _SERIES_TAG.match(t)
               for x in group)


def _prose_tails_to_body(doc: Document, seq: list[object]) -> list[object]:
    """Give the sentences trailing a heading group (:func:`_prose_tail`) to the run below it."""
    flat = None  # the page without white space, built when first needed
    for i, x in enumerate(seq):
        if not isinstance(x, list) or len(x) < 2 or i + 1 >= len(seq) or not isinstance(seq[i + 1], _Run):
            continue
        run = seq[i + 1]
        flat = flat if flat is not None else regex.sub(r"\s+", "", doc.match_text)
        while len(x) >= 2 and _prose_tail(x[:-1], x[-1], flat):
            run.blocks.insert(0, replace(x.pop(), kind=BODY))
    return seq


# the mark that opens a key point or an item in body text (■ 70年来，全国各族人民…); not ●,
# which also opens the key points a headline's subtitles list (●广义中小城市经济总量达…)
_BULLETS = ("■",)


def _bullets_to_body(blocks: list[Block]) -> None:
    """A heading line that opens with a bullet (■ 70年来，全国各族人民同心同德、艰) is the
    first line of a key point or an in-body item the reflow set apart: body text, never a
    headline (dev, both routes: 36 paragraphs a route open with ■, no heading line does)."""
    for b in blocks:
        if b.kind in (TITLE, KICKER) and b.text.lstrip().startswith(_BULLETS):
            b.kind = BODY


def _letter_closings(blocks: list[Block]) -> None:
    """A line that is a date alone (2019 年 10月 6 日), right under a paragraph that ends a
    sentence or under a short line that signs it (习近平, 中共中央 国务院), closes a letter, a
    message or a speech printed in full: body text with the line that signs it, never a
    heading (a signature read as a headline cuts the article in two under it).

    >>> bs = [Block(0, 0, 20, "我祝你们健康长寿、生活幸福！"), Block(1, 21, 24, "习近平", kind=TITLE),
    ...       Block(2, 25, 37, "2019 年 10月 6 日", kind=TITLE)]
    >>> _letter_closings(bs)
    >>> [b.kind for b in bs] == [BODY, BODY, BODY]
    True
    """
    for k, b in enumerate(blocks):
        if b.kind not in (TITLE, KICKER) or not _CLOSING_DATE.match(_SPACES.sub("", b.text)):
            continue
        above = blocks[k - 1] if k else None
        if above is not None and above.kind == BODY and _CLOSES_SENTENCE.search(above.text):
            b.kind = BODY
        elif (above is not None and above.kind in (TITLE, KICKER) and k >= 2 and blocks[k - 2].kind == BODY
              and _CLOSES_SENTENCE.search(blocks[k - 2].text) and _SIGNATURE.match(_SPACES.sub(" ", above.text.strip()))):
            above.kind = b.kind = BODY


def _letter_labels(doc: Document, blocks: list[Block]) -> list[Block]:
    """``blocks`` with a heading line that only names a kind of letter or message (回信, 贺信,
    贺电, 致辞), right above the salutation that opens it (澳门街坊总会…全体成员：), made body
    text: it labels the letter printed in full in the article, it is no more of the headline
    above it (cut off a title block the reflow joined it to)."""
    out: list[Block] = []
    for k, b in enumerate(blocks):
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if (b.kind not in (TITLE, KICKER) or nxt is None or nxt.kind not in (BODY, KICKER)
                or not _SALUTATION.match(_SPACES.sub("", nxt.text))):
            out.append(b)
            continue
        if _LETTER_LABEL.match(_SPACES.sub("", b.text)):
            b.kind = nxt.kind = BODY  # (a salutation is no kicker: 澳门街坊总会…全体成员：)
            out.append(b)
            continue
        src = [doc.lines[i] for i in _kept_lines(doc, b)]
        if len(src) >= 2 and _LETTER_LABEL.match(_SPACES.sub("", _line_text(doc, src[-1]))):
            label = _piece(doc, b, src[-1:])
            label.kind = nxt.kind = BODY
            out += [_piece(doc, b, src[:-1]), label]
        else:
            out.append(b)
    return out


_LETTER_LABEL = regex.compile(r"^\p{Han}{0,2}(?:信|电|辞|词)$")
# a letter's salutation: whom it addresses, up to a colon, before any sentence or clause ends
_SALUTATION = regex.compile(r"^[^，。；！？：:]{2,40}[：:]")


# a full date alone on a line (2019年10月6日, 二〇一九年十月一日)
_CLOSING_DATE = regex.compile(r"^(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$")
# a paragraph's last sentence closed (。！？…, a closing quote or bracket after it)
_CLOSES_SENTENCE = regex.compile(r"[。！？!?…][”’」』）)]*\s*$")
# who signs a letter: a name or a body, or several apart by spaces, no punctuation
_SIGNATURE = regex.compile(r"^[\p{Han}·]{2,12}(?: [\p{Han}·]{2,12}){0,3}$")


def _bullets_only(part: list[Block]) -> bool:
    """Are the blocks of ``part`` key points opened by bullets, under at most a reporter
    line or a dateline (本报记者 许晴 梅世雄 / ■ 70年来… / ■ 前进征程上…)? Such points are set
    before the dateline of the article they sum up: a run goes on through that dateline."""
    body = [b for b in part if b.kind != LEAD]
    return bool(body) and all(b.text.lstrip().startswith(_BULLETS) for b in body)


def _lines_before_bare_markers(seq: list[object]) -> list[object]:
    """``seq`` with the heading group right above a run that is only a 下转 marker given
    back to the text it ends: the marker closes an article's part, so the lines before it
    are that part's last words, which the reflow set apart as a title (……内心充盈喜悦，满怀
    期待。中尼建交半个多世 / （下转第2版)). Group, marker and the run before them (unless
    it ended with a marker of its own) become one run."""
    out: list[object] = []
    for x in seq:
        group = out[-1] if out and isinstance(out[-1], list) else None
        if (group is not None and isinstance(x, _Run) and all(b.kind == MARK_TO for b in x.blocks)
                and all(b.kind in (TITLE, SUB, KICKER) for b in group)):
            out.pop()
            body = [replace(b, kind=BODY) for b in group] + x.blocks
            if out and isinstance(out[-1], _Run) and not out[-1].ends_with_jump:
                out[-1].blocks.extend(body)
            else:
                out.append(_Run(body))
            continue
        out.append(x)
    return out


def _trailing_columns_off(runs: list[_Run], leftovers: list[list[Block]]) -> None:
    """Cut a column tag off the end of a heading printed after its body: a page that prints
    headlines after their bodies may set the next article's column tag first, before that
    article's body (话说新农村, 新中国的“第一”·国防篇), where it joins the headline above it.
    The tag is left over, for the article below to take (dev sim, layout seeds 2024, 7 and
    11: such a tag closing a heading set after its body was the next article's 43 times of 47)."""
    for r in runs:
        h = r.heading
        if not h or len(h) < 2 or h[0].start < r.blocks[-1].start:
            continue
        tag = h[-1].text.strip()
        if ((h[-1].kind == COLUMN or _SERIES_TAG.match(tag)) and tag not in _PHOTO_COLUMNS
                and any(b.kind == TITLE for b in h[:-1])):
            leftovers.append([h.pop()])


# A short photo caption: one sentence, closed by its full stop (闽宁镇原隆村村民在温棚中工作。)
_SHORT_CAPTION = regex.compile(r"^[^。！？；]{6,}[。！？]$")


def _short_caption(b: Block) -> bool:
    """Is body block ``b``, right above a credit line, a photo's short caption: one
    sentence of at most three lines (a body's paragraph ending there runs longer)?

    >>> _short_caption(Block(0, 0, 15, "闽宁镇原隆村村民在温棚中工作。"))
    True
    >>> _short_caption(Block(0, 0, 8, "图文编辑"))
    False
    """
    return b.n_lines <= 3 and bool(_SHORT_CAPTION.match(b.text.strip()))


def _credited_sentence(text: str) -> bool:
    """Is ``text`` a sentence closed by its full stop and a photo credit on the same line
    (何云川（左）和周瀛在更换粘虫板。本报记者 周亚军摄): a caption, however short?

    >>> _credited_sentence("何云川（左）和周瀛在更换粘虫板。本报记者 周亚军摄")
    True
    >>> _credited_sentence("本报记者 周亚军摄")
    False
    """
    m = photo_credit(text)
    return m is not None and len(before := text[: m.start()].rstrip()) >= 6 and before[-1] in "。！？"


# A photo credit inside a caption block, after a sentence and before the next photo's caption
# (…出席开幕式。新华社记者 谢环驰 摄2月13日，安徽淮北…): two captions set side by side on one
# line, or the next caption run on after the credit's line.
_INNER_CREDIT = regex.compile(
    _PHOTO.pattern.replace("(?<=^|[\\n 。！？；：”）)])", "(?<=[。！？”）)][ ]?)")
    .replace("(?=[ ]*(?:\\n|$))", "(?=[ ]*[\\p{Han}\\d“])"),
    regex.VERBOSE,
)


def _split_at_credits(b: Block) -> list[Block]:
    """Caption block ``b`` cut after each credit that another caption follows: one closed by
    its own credit or opening as a caption does (图②：). What else follows a credit (a heading
    the reflow ran on into the caption) stays with it.

    >>> [x.text for x in _split_at_credits(Block(0, 0, 30, "市民在广场留影。本报记者 张 文摄图②：游客在参观。"))]
    ['市民在广场留影。本报记者 张 文摄', '图②：游客在参观。']
    >>> [x.text for x in _split_at_credits(Block(0, 0, 30, "市民在广场留影。本报记者 张 文摄美好明天"))]
    ['市民在广场留影。本报记者 张 文摄美好明天']
    """
    cuts = [m.end() for m in _INNER_CREDIT.finditer(b.text)]
    if not cuts:
        return [b]
    parts, at = [], 0
    for k, cut in enumerate(cuts):
        nxt = b.text[cut : cuts[k + 1] if k + 1 < len(cuts) else len(b.text)].strip()
        if not (k + 1 < len(cuts) or _PHOTO.search(nxt) or _CAPTION_START.match(nxt)):
            continue  # no caption after it
        piece = b.text[at:cut]
        lead = len(piece) - len(piece.lstrip())
        parts.append(replace(b, start=b.start + at + lead, end=b.start + cut, text=piece[lead:]))
        at = cut
    piece = b.text[at:]
    lead = len(piece) - len(piece.lstrip())
    parts.append(replace(b, start=b.start + at + lead, end=b.end, text=piece[lead:]))
    return parts


_DATE_OPENING = regex.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})月")


def _caption_opening(p: Block, b: Block) -> bool:
    """Is block ``p``, right above caption block ``b``, the caption's first lines, which the
    reflow set apart (4月1日晚，国家主席习近平在北京以视频方式会见…主 / 席冯德莱恩。): at most
    three lines stopping mid-sentence, ``b`` going on with no caption's opening of its own,
    and either ``p`` holds a comma or ``b``'s first sentence does not (洋洋的“福”字。)?

    >>> _caption_opening(Block(0, 0, 20, "3月4日晚，北京冬残奥会开幕式举行。习近平、李克强、汪洋、王沪", wider=True),
    ...                  Block(1, 21, 40, "宁、赵乐际等出席开幕式。新华社记者 谢环驰 摄", kind=CAPTION))
    True
    >>> _caption_opening(Block(0, 0, 12, "香港举行升旗仪式庆祝国庆", kind=TITLE, wider=True),
    ...                  Block(1, 13, 40, "10月1日，香港各界举行升旗仪式。新华社记者 李 鹏摄", kind=CAPTION))
    False
    """
    head, text = p.text.strip(), b.text.strip()
    if p.n_lines > 3 or len(head) < 8 or p.letter_spaced or not (p.kind == BODY or (p.kind == TITLE and p.wider)):
        return False  # (a title in the column's width is a heading over the photo)
    if not _WORD_CHAR.match(head[-1]) or _CAPTION_START.match(text) or _DATE_OPENING.match(text) \
            or text.startswith(("图片说明", "——")):
        return False
    first = _SENTENCE_END.split(text, maxsplit=1)[0]
    return "，" in head or "，" not in first


def _caption_opening_off(seq: list[object], b: Block) -> list[Block]:
    """Take the caption's first lines (:func:`_caption_opening`, up to three blocks, a line
    the segmenter cut off its paragraph among them) off the end of the page read so far,
    above caption block ``b``; [] when they are not there."""
    taken: list[Block] = []
    first = b
    while len(taken) < 3 and seq:
        last = seq[-1]
        blocks = last.blocks if isinstance(last, _Run) else last
        if not blocks or blocks[-1].index not in (first.index - 1, first.index) \
                or not _caption_opening(blocks[-1], first):
            break
        first = blocks.pop()
        taken.insert(0, first)
        if not blocks:
            seq.pop()
    return taken


def _caption_head(b: Block) -> bool:
    """Is heading block ``b``, right above a photo's caption, the caption's first line: a
    single line of sentence with a comma, cut off mid-word (2月4日晚，北京第二十四届冬季奥 /
    林匹克运动会开幕式在国家体育场隆重举行…)?"""
    text = b.text.strip()
    return b.kind == TITLE and b.n_lines == 1 and len(text) >= 12 and "，" in text and bool(_ENDS_IN_WORD.search(text))


def _two_headings(group: list[Block], b: Block) -> bool:
    """Could heading group ``group`` and heading line ``b`` head two articles: a title in
    the group (not a bracketed note read as one) and a title or kicker in ``b``, neither
    a photo column (礼赞新中国 / [a photo] / 影像中国 are one heading)?"""
    text = b.text.strip()
    return (b.kind in (TITLE, KICKER) and len(text) >= 4 and text not in _PHOTO_COLUMNS
            and any(x.kind == TITLE and len(x.text.strip()) >= 5 and x.text.strip()[0] not in "”）)"
                    for x in group))


def _split_at_leads(seq: list[object]) -> list[object]:
    """Split runs where a dateline starts a new article and a heading is there for it.

    Two datelined parts with no heading between them are one article unless the page
    has more headings than runs to give them to.
    """
    runs = sum(1 for x in seq if isinstance(x, _Run))
    headings = sum(1 for x in seq if isinstance(x, list))
    if headings <= runs:
        return seq
    out: list[object] = []
    for x in seq:
        if isinstance(x, _Run):
            parts: list[list[Block]] = [[]]
            for b in x.blocks:
                if b.kind == LEAD and parts[-1] and runs < headings and not (
                    parts[-1][-1].kind == LEAD
                ):
                    parts.append([])
                    runs += 1
                parts[-1].append(b)
            out += [_Run(p, cut_cost=None if k else x.cut_cost) for k, p in enumerate(parts) if p]
        else:
            out.append(x)
    return out


def _pair(seq: list[object], orientation: str) -> tuple[float, list[_Run], list[list[Block]]]:
    """Give each run a heading group on the side ``orientation`` says; return the cost.

    (Section heads were told apart before, by :func:`_absorb_section_heads`.)
    """
    runs = [_Run(list(x.blocks), None, list(x.section_heads)) if isinstance(x, _Run) else x for x in seq]
    leftovers: list[list[Block]] = []
    used: set[int] = set()
    n = len(runs)
    for i, x in enumerate(runs):
        if not isinstance(x, _Run):
            continue
        j = i + 1 if orientation == "after" else i - 1
        if 0 <= j < n and isinstance(runs[j], list) and j not in used:
            x.heading = runs[j]
            used.add(j)
    # Runs left without a heading: take the last title of a neighbouring two-title group.
    out_runs = [x for x in runs if isinstance(x, _Run)]
    for i, x in enumerate(runs):
        if not isinstance(x, _Run) or x.heading is not None:
            continue
        j = i - 1 if orientation == "after" else i + 1
        if 0 <= j < len(runs) and isinstance(runs[j], list):
            group = runs[j]
            titles = [k for k, b in enumerate(group) if b.kind == TITLE]
            owner = runs[j - 1] if orientation == "after" and j - 1 >= 0 else (
                runs[j + 1] if orientation == "before" and j + 1 < len(runs) else None)
            if len(titles) >= 2 and isinstance(owner, _Run) and owner.heading is group:
                cut = titles[-1] if orientation == "after" else titles[0] + 1
                first, second = group[:cut], group[cut:]
                if orientation == "after":
                    owner.heading, x.heading = first, second
                else:
                    x.heading, owner.heading = first, second
    given = {id(b) for r in out_runs if r.heading for b in r.heading}
    for x in runs:
        if isinstance(x, list) and not any(id(b) in given for b in x):
            leftovers.append(x)
    cost = sum(_unheaded_cost(r) for r in out_runs if r.heading is None)
    cost += sum(_leftover_cost(group) for group in leftovers)
    cost -= sum(_cohesion(r.heading, r) for r in out_runs if r.heading)
    return cost, out_runs, leftovers


# what a page pays for each change of side between headlines and their bodies (mixed
# layouts: some headlines above their bodies, some below); tuned on both dev routes: 1, 2,
# 3, 5 tried, 2 best (sim headline exact 0.618 -> 0.620, stitch 0.833 -> 0.867; pdf 0.594 -> 0.593)
_SWITCH_COST = 2.0


# what a dateline inside a jump part (上接第N版) costs the pairing if the part goes on
# through it: a jump part carries on an article begun on another page, so a dateline in
# it more likely opens another article, whose headline the part must not take (tuned on
# dev sim: 0 and 1 lost a page, the part swallowing the datelined article under it; 2 keeps
# it; 3 to 5, with a jump part's unheaded cost raised alike, within one headline of 2)
_JUMP_DATELINE_MERGE = 2.0


def _unheaded_cost(run: _Run) -> float:
    """What a run left without a heading costs: a jump part (上接第N版) as much as any
    other, since papers repeat the headline over the part (session 5: it cost nothing
    before, so the pairing left a jump part bare and gave its headline to the run after
    it; dev sim stitch 0.867 -> 0.900)."""
    return 2.0


def _leftover_cost(group: list[Block]) -> float:
    """What a heading group paired with no run costs (a column tag little)."""
    return 0.5 if _column_like(group) else 2.0


def _cohesion(group: list[Block], run: _Run) -> float:
    """What pairing ``group`` with ``run`` gains: a headline shares words with its lead."""
    return _PAIR_COHESION * _overlap(_bigrams("".join(b.text for b in group)), _bigrams(_run_text(run, _COHESION_CHARS)))


def _lead_pieces(seq: list[object]) -> tuple[list[object], set[int]]:
    """The page with each run cut before every dateline inside it that follows body text,
    and the indices of the pieces so cut off: a dateline may start another article (whose
    headline stands on the side of the page that prints them) or a second part of the same
    one; :func:`_pair_mixed` decides."""
    out: list[object] = []
    optional: set[int] = set()
    for x in seq:
        if not isinstance(x, _Run):
            out.append(x)
            continue
        parts: list[list[Block]] = [[]]
        for b in x.blocks:
            if (b.kind == LEAD and parts[-1] and parts[-1][-1].kind not in (LEAD, MARK_FROM) and not parts[-1][-1].jump_to
                    and not _bullets_only(parts[-1])):
                parts.append([])
            parts[-1].append(b)
        for k, p in enumerate(parts):
            if k or x.cut_cost is not None:
                optional.add(len(out))
            lo = p[0].start if k else -math.inf
            hi = parts[k + 1][0].start if k + 1 < len(parts) else math.inf
            out.append(_Run(p, None, [h for h in x.section_heads if lo <= h.start < hi], None if k else x.cut_cost))
    return out, optional


def _pair_mixed(seq: list[object], recut: bool = True, soft: dict[int, float] | None = None
                ) -> tuple[float, list[_Run], list[list[Block]]]:
    """Give each run a heading group, each group choosing its side: the run before it
    (headline printed after its body), the run after it (printed before), both (a group
    holding the headlines of its two neighbours: cut between two titles), or none.

    A dynamic programme over the page in print order; a change of side costs
    ``_SWITCH_COST``, so a page keeps one side unless its pairings say otherwise. A run
    may be cut before a dateline inside it (:func:`_lead_pieces`) where that pairs better,
    and a run between a headline above it and one left over below it at one paragraph
    boundary (:func:`_sandwich_cut`). A group in ``soft`` (the heading model doubts it:
    :func:`_absorb_section_heads`) may also be taken in as a section head of the run it
    stands in, at the cost given there.
    """
    given = seq
    soft = soft or {}
    seq, optional = _lead_pieces(seq)
    n = len(seq)
    # state: (the current run has a heading, the next run has one already, last side,
    # where the current run starts, a section head just taken in: the next run goes on)
    states: dict[tuple, tuple[float, tuple]] = {(False, False, None, -1, False): (0.0, ())}

    def put(table: dict, key: tuple, cost: float, path: tuple) -> None:
        if key not in table or cost < table[key][0]:
            table[key] = (cost, path)

    def switch(last: str | None, side: str) -> float:
        return _SWITCH_COST if last is not None and last != side else 0.0

    for i, x in enumerate(seq):
        new: dict[tuple, tuple[float, tuple]] = {}
        if isinstance(x, _Run):
            for (headed, pending, last, start, absorbing), (cost, path) in states.items():
                if absorbing:  # the run before goes on through the section head
                    put(new, (headed, pending, last, start, False), cost, path + ((i, "merge", 0),))
                    continue
                if i in optional:  # the run before may go on through this dateline
                    jump_part = start >= 0 and seq[start].blocks[0].kind == MARK_FROM
                    toll = _JUMP_DATELINE_MERGE if jump_part and x.blocks[0].kind == LEAD else 0.0
                    put(new, (headed, pending, last, start, False), cost + toll, path + ((i, "merge", 0),))
                put(new, (pending, False, last, i, False),
                    cost + (x.cut_cost or 0.0) + (0.0 if pending else _unheaded_cost(x)), path)
            states = new
            continue
        nxt = seq[i + 1] if i + 1 < n and isinstance(seq[i + 1], _Run) else None
        titles = [k for k, b in enumerate(x) if b.kind == TITLE]
        leftover = _leftover_cost(x)
        with_next = _cohesion(x, nxt) if nxt is not None else 0.0
        with_prev: dict[int, float] = {}  # by where the run before starts
        for (headed, _, last, start, _), (cost, path) in states.items():
            prev = seq[start] if i and isinstance(seq[i - 1], _Run) and start >= 0 else None
            put(new, (headed, False, last, start, False), cost + leftover, path + ((i, "none", 0),))
            if prev is not None and nxt is not None and id(x) in soft:  # an in-body section head
                put(new, (headed, False, last, start, True), cost + soft[id(x)] - _ABSORB_COHESION * with_next,
                    path + ((i, "absorb", 0),))
            if prev is not None and not headed:
                if start not in with_prev:
                    with_prev[start] = _cohesion(x, prev)
                put(new, (True, False, "after", start, False),
                    cost - _unheaded_cost(prev) - with_prev[start] + switch(last, "after"), path + ((i, "prev", 0),))
            if nxt is not None:
                put(new, (headed, True, "before", start, False),
                    cost - with_next + switch(last, "before"), path + ((i, "next", 0),))
            if prev is not None and nxt is not None and not headed and len(titles) >= 2:
                for cut in titles[1:]:  # the second part starts at a title
                    if _leads_on(x[cut - 1]):  # or at the kicker over it: 香港法律界： / 市民都应遵守…
                        if cut - 1 == 0 or _leads_on(x[cut - 2]):
                            continue
                        cut -= 1
                    first, second = x[:cut], x[cut:]
                    put(new, (True, True, "before", start, False),
                        cost - _unheaded_cost(prev) - _cohesion(first, prev) - _cohesion(second, nxt)
                        + switch(last, "after") + _SWITCH_COST
                        + (_COUPLET_SPLIT if _one_title(x[cut - 1], x[cut]) else 0.0), path + ((i, "split", cut),))
        states = new
    cost, path = min(states.values(), key=lambda v: v[0])
    merged = {i for i, how, _ in path if how == "merge"}
    absorbed = {i for i, how, _ in path if how == "absorb"}
    owner: dict[int, _Run] = {}  # piece index -> the run it ends up in
    runs: list[_Run] = []
    for i, x in enumerate(seq):
        if i in absorbed:
            runs[-1].section_heads.extend(x)
        if not isinstance(x, _Run):
            continue
        if i in merged:
            runs[-1].blocks.extend(x.blocks)
            runs[-1].section_heads.extend(x.section_heads)
        else:
            runs.append(_Run(list(x.blocks), None, list(x.section_heads)))
        owner[i] = runs[-1]
    leftovers: list[list[Block]] = []
    for i, how, cut in path:
        if how in ("merge", "absorb"):
            continue
        group = seq[i]
        if how == "none":
            leftovers.append(group)
        elif how == "prev":
            owner[i - 1].heading = group
        elif how == "next":
            owner[i + 1].heading = group
        else:
            owner[i - 1].heading, owner[i + 1].heading = group[:cut], group[cut:]
    if recut and leftovers:
        again = _sandwich_cut(given, runs, leftovers)
        if again is not None:
            return _pair_mixed(again, recut=False, soft=soft)
    return cost, runs, leftovers


# what cutting a run at a paragraph end with no dateline costs the pairing, before the
# cues of that boundary take their share off (tuned on both dev routes: 0, 1, 2.5, 3.5, 5,
# 6.5 tried; 5 and up best, sim count exact 0.583 -> 0.585, headline 0.635 -> 0.637; pdf even)
_RUN_CUT_COST = 5.0
_RUN_CUT_WIDTH = 0.5  # what a change of column width at the boundary takes off that cost
_RUN_CUT_COHESION = 4.0  # what the two sides' shared bigrams add to it (per unit of overlap)
_CUT_WINDOW = 300  # body characters read on each side of a possible cut


def _sandwich_cut(seq: list[object], runs: list[_Run], leftovers: list[list[Block]]) -> list[object] | None:
    """``seq`` with runs cut in two where a mixed page shows two articles' bodies run
    together: the heading group above a run heads it and the one right below it is left
    over, or the other way round (G_A, [A-body B-body], G_B, no dateline between the bodies
    to cut at). Each such run gets one possible cut, at the paragraph end where the page's
    cues agree best (:func:`_best_cut`), priced by them (:attr:`_Run.cut_cost`); the
    pairing programme keeps it only where it pays. Only on a mixed page, where some
    headline already stands below its body. None: no such run.
    """
    if not any(r.heading and r.heading[0].start > r.blocks[-1].start for r in runs):
        return None  # not a mixed page: no headline printed after its body
    final = {id(b): r for r in runs for b in r.blocks}
    cuts: dict[int, float] = {}  # id of the block a cut puts first -> the cut's cost
    for group in leftovers:
        if _column_like(group):
            continue
        k = next((i for i, x in enumerate(seq) if x is group), None)
        if k is None:
            continue
        # the run above the leftover group if headed from above, the one below if headed from below
        options = []
        if k and isinstance(seq[k - 1], _Run):
            run = final.get(id(seq[k - 1].blocks[-1]))
            if run is not None and run.heading and run.heading[-1].start < run.blocks[0].start:
                options.append((run, run.heading, group))
        if k + 1 < len(seq) and isinstance(seq[k + 1], _Run):
            run = final.get(id(seq[k + 1].blocks[0]))
            if run is not None and run.heading and run.heading[0].start > run.blocks[-1].start:
                options.append((run, group, run.heading))
        for run, above, below in options:
            best = _best_cut(run, above, below)
            if best is not None:
                cuts[id(best[1])] = _RUN_CUT_COST - best[0]
    if not cuts:
        return None
    out: list[object] = []
    for x in seq:
        if not isinstance(x, _Run):
            out.append(x)
            continue
        pieces = [_Run([], None, [], x.cut_cost)]
        for b in x.blocks:
            if id(b) in cuts and pieces[-1].blocks:
                pieces.append(_Run([], None, [], cuts[id(b)]))
            pieces[-1].blocks.append(b)
        for k, piece in enumerate(pieces):
            lo = piece.blocks[0].start if k else -math.inf
            hi = pieces[k + 1].blocks[0].start if k + 1 < len(pieces) else math.inf
            piece.section_heads = [h for h in x.section_heads if lo <= h.start < hi]
        out += pieces
    return out


def _best_cut(run: _Run, above: list[Block], below: list[Block]) -> tuple[float, Block] | None:
    """Where to cut ``run`` between the article headed by ``above`` and the one headed by
    ``below``, and how strongly the page's cues say so (TextTiling-like: each side shares
    words with its own headline and few with the other side; the column width changes);
    None where no paragraph ends inside the run."""
    head_a = _bigrams("".join(b.text for b in above))
    head_b = _bigrams("".join(b.text for b in below))
    best = None
    for j in range(1, len(run.blocks)):
        before, after = run.blocks[j - 1], run.blocks[j]
        if after.kind != BODY or not _ends_terminal(before.text):
            continue
        tail = _bigrams(_run_text(_Run(run.blocks[:j]), -_CUT_WINDOW))
        lead = _bigrams(_run_text(_Run(run.blocks[j:]), _CUT_WINDOW))
        cues = (_PAIR_COHESION * (_overlap(head_b, lead) - _overlap(head_b, tail)
                                  + _overlap(head_a, tail) - _overlap(head_a, lead))
                - _RUN_CUT_COHESION * _overlap(tail, lead)
                + _RUN_CUT_WIDTH * (abs(before.col - after.col) >= 0.75 and bool(before.col and after.col)))
        if best is None or cues > best[0]:
            best = (cues, after)
    return best


# what cutting a group between the two halves of a couplet costs (tuned on both dev routes:
# 1, 2, 3 and no cut at all tried; 2 best, pdf headline exact 0.634 -> 0.638, sim even)
_COUPLET_SPLIT = 2.0


def _leads_on(b: Block) -> bool:
    """Does heading block ``b`` lead into the line below it, as a kicker does (a kicker's
    role, a line ending in a colon or a dash: 外交部驻港公署负责人： / 63年党龄……——, or
    a series tag: 新中国的“第一”·国防篇)?"""
    text = b.text.strip()
    return b.kind == KICKER or text.endswith(("：", ":")) or _ends_kicker(text) or bool(_SERIES_TAG.match(text))


def _one_title(a: Block, b: Block) -> bool:
    """Are two neighbouring title lines the halves of one title: a couplet of like
    length (美好明天 / 同心共筑)?"""
    return a.kind == b.kind == TITLE and _balanced(a.text, b.text)


def _column_like(group: list[Block]) -> bool:
    """Is ``group`` a lone column tag: a column name, a short title, or a series tag
    (点赞中国·让友谊辉映未来), which a page may set apart from its article's headline?"""
    return len(group) == 1 and (group[0].kind == COLUMN or (group[0].kind == TITLE and (
        len(group[0].text) <= 10 or bool(_SERIES_TAG.match(group[0].text)))))


def _bin(prefix: str, value: float, edges: tuple[float, ...]) -> dict[str, float]:
    """A one-hot bin feature: ``prefix`` and how many ``edges`` the value reaches."""
    return {f"{prefix}{bisect.bisect_right(edges, value)}": 1.0}


def _title_lengths(seq: list[object]) -> Counter:
    """How many one-line title groups of each length the page has."""
    return Counter(len(x[0].text) for x in seq if isinstance(x, list) and len(x) == 1 and x[0].kind == TITLE)


def group_features(seq: list[object], i: int, lengths: Counter | None = None) -> dict[str, float]:
    """What the heading-role model reads about heading group ``seq[i]`` and its place.

    ``lengths``: :func:`_title_lengths` of ``seq``, when the caller has it already.
    """
    group: list[Block] = seq[i]
    prev = seq[i - 1] if i > 0 else None
    nxt = seq[i + 1] if i + 1 < len(seq) else None
    text = "".join(b.text for b in group)
    kinds = {b.kind for b in group}
    n, length = len(group), len(text)
    ratio = max(b.width_ratio for b in group)

    def run_len(x: object) -> int:
        return len(x.blocks) if isinstance(x, _Run) else 0

    f: dict[str, float] = {
        "n1": float(n == 1), "n2": float(n == 2), "n3": float(n >= 3),
        "kicker": float(KICKER in kinds), "sub": float(SUB in kinds), "author": float(AUTHOR in kinds),
        "column": float(COLUMN in kinds), "only_titles": float(kinds == {TITLE}),
        "letter_spaced": float(any(b.letter_spaced for b in group)),
        "wider": float(any(b.wider for b in group)),
        "indented": float(group[0].indented),
        "blank_before": float(group[0].blank_before), "blank_after": float(group[-1].blank_after),
        "page_start": float(prev is None), "page_end": float(nxt is None),
        "next_lead": float(isinstance(nxt, _Run) and nxt.starts_with_lead),
        "prev_jump": float(isinstance(prev, _Run) and prev.ends_with_jump),
        "next_heading": float(isinstance(nxt, list)), "prev_heading": float(isinstance(prev, list)),
        "quoted": float(text.startswith("“") and text.endswith("”")),
        "colon": float("：" in text), "dash": float("——" in text), "digit": float(any(c.isdigit() for c in text)),
        "comma": float("，" in text or "、" in text),
        # a column set in brackets after the title: 平凡孕育着伟大（今日谈）
        "inline_column": float(any(_COLUMN_IN_TITLE.match(b.text) is not None for b in group)),
        "column_name_in": float(any(is_column_name(part) for b in group
                                    for part in regex.split(r"[（()）·]", b.text) if part)),
        "prev_terminal": float(isinstance(prev, _Run) and prev.blocks[-1].text.rstrip("”’）)")[-1:] in "。！？"),
        "unknown_width": float(ratio == 0.0),
    }
    if n == 1 and group[0].kind == TITLE:
        # section heads come in series of like length (交出亮眼成绩单 / 逆势而上靠创新 / …)
        lengths = _title_lengths(seq) if lengths is None else lengths
        k = len(group[0].text)
        siblings = lengths[k - 1] + lengths[k] + lengths[k + 1] - 1
        f.update(_bin("siblings", siblings, (1, 2, 3)))
    if isinstance(prev, _Run) and isinstance(nxt, _Run) and prev.blocks[-1].col and nxt.blocks[0].col:
        # articles are often set at different column widths: a change marks a boundary
        f.update(_bin("col_change", abs(prev.blocks[-1].col - nxt.blocks[0].col), (0.75, 1.75, 3.0)))
    if isinstance(prev, _Run) and isinstance(nxt, _Run):
        # lexical cohesion: the two sides of a section head talk about the same things,
        # two articles seldom do; a headline shares its words with its own body
        before, after = _bigrams(_run_text(prev, -_COHESION_CHARS)), _bigrams(_run_text(nxt, _COHESION_CHARS))
        heading = _bigrams(text)
        f.update(_bin("cohesion", _overlap(before, after), (0.05, 0.1, 0.15, 0.2, 0.3)))
        f.update(_bin("head_prev", _overlap(heading, before), (0.01, 0.2, 0.4)))
        f.update(_bin("head_next", _overlap(heading, after), (0.01, 0.2, 0.4)))
    f.update(_context_cues(group, prev, nxt, text))
    f.update(_bin("len", length, (6, 10, 14, 20, 28, 40)))
    f.update(_bin("ratio", ratio, (0.01, 0.6, 0.85, 1.1, 1.5)))
    f.update(_bin("prev_len", run_len(prev), (1, 2, 4, 8)))
    f.update(_bin("next_len", run_len(nxt), (1, 2, 4, 8)))
    return f


# the bracketed note closing the text above a heading group, by what it says: an agency's
# dateline closing a brief (（新华社北京9月30日电）) ends an article; an interview written up
# (（本报记者任姗姗采访整理）) closes one speaker's part of a page of several under one headline
_NOTE_ABOVE = regex.compile(r"[（(](?P<note>[^（）()]{2,60})[）)]$")
_NOTE_KINDS = (("note_author", regex.compile(r"作者为|作者系|作者单位")), ("note_arranged", regex.compile(r"整理")),
               ("note_agency", regex.compile(r"(?:新华社|本报|中新社)[^记]*电")), ("note_reporter", regex.compile(r"记者")))
# a subtitle that names an interview, a visit or an occasion (——访尼泊尔总理奥利, ——写在…之际),
# a speech or a report's genre (——习近平在…上的讲话, ——…阅兵纪实, ——…侧记)
_SUB_OCCASION = regex.compile(r"^——(?:访|专访|记|写在|追记|对话)|^——.*(?:讲话|致辞|侧记|纪实|综述|述评)")
# a section head's numbering: 一、 （一） 1. (never a headline's, dev: 0 of 1,389)
_NUMBERED = regex.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．])")
# a speaker and their role in brackets (陈凯歌（电影《我和我的祖国》总导演）): one voice of several
_NAME_ROLE = regex.compile(r"[\p{Han}·]{2,8}[（(][^（）()]{2,30}[）)]")


def _context_cues(group: list[Block], prev: object, nxt: object, text: str) -> dict[str, float]:
    """What the text around heading group ``group`` and its wording say of its role: the
    note closing the run above, a reporter line or a dateline opening the run below, a
    subtitle naming an occasion, a numbering, a speaker's name and role."""
    f: dict[str, float] = {}
    if isinstance(prev, _Run) and not prev.ends_with_jump:  # (a jump marker is no note: prev_jump)
        m = _NOTE_ABOVE.search(prev.blocks[-1].text.strip())
        if m is not None:
            f[next((k for k, rx in _NOTE_KINDS if rx.search(m.group("note"))), "note_other")] = 1.0
    if isinstance(nxt, _Run) and nxt.blocks[0].kind == LEAD:
        f["next_reporter" if _REPORTER_LINE.fullmatch(nxt.blocks[0].text.strip()) else "next_dateline"] = 1.0
    if isinstance(nxt, _Run) and nxt.blocks[0].kind == BODY and _NOTE_ABOVE.fullmatch(nxt.blocks[0].text.strip()):
        f["next_note"] = 1.0  # a speaker's name over the note closing their words: （本报记者…采访整理）
    if any(b.kind == SUB and _SUB_OCCASION.match(b.text.strip()) for b in group):
        f["sub_occasion"] = 1.0
    if _NUMBERED.match(text):
        f["numbered"] = 1.0
    if any(_NAME_ROLE.fullmatch(b.text.strip()) for b in group):
        f["name_role"] = 1.0
    return f


_COHESION_CHARS = 400  # body characters read on each side of a heading group
_PAIR_COHESION = 5.0  # what a pairing gains per unit of headline/lead overlap (2, 3, 5, 8 tried on both
# dev routes with the pairing programme: 5 best, sim count 0.577 -> 0.593, headline 0.626 -> 0.634; pdf even)
_NOT_WORD = regex.compile(r"[^\p{Han}A-Za-z0-9]")


def _run_text(run: "_Run", n: int) -> str:
    """The first ``n`` (n > 0) or last ``-n`` characters of a run's body text."""
    if n > 0:
        out, size = [], 0
        for b in run.blocks:
            out.append(b.text)
            size += len(b.text)
            if size >= n:
                break
        return "".join(out)[:n]
    out, size = [], 0
    for b in reversed(run.blocks):
        out.append(b.text)
        size += len(b.text)
        if size >= -n:
            break
    return "".join(reversed(out))[n:]


@lru_cache(maxsize=4096)  # a run's lead is read for the groups around it and for each pairing
def _bigrams(text: str) -> frozenset[str]:
    """Character bigrams of the words of ``text`` (punctuation and spaces split them)."""
    out: set[str] = set()
    for piece in _NOT_WORD.split(text):
        out.update(map(operator.add, piece, piece[1:]))  # piece[k] + piece[k + 1]: its bigrams
    return frozenset(out)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared bigrams over the smaller set (0 when either is empty)."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


#: what a shipped tree model must hold (see newsie._resources.boosted)
_TREE_KEYS = ("version", "features", "init", "learning_rate", "trees")


def _heading_model() -> dict:
    """The shipped heading-role weights (models/segment_heads.json; see its card)."""
    return load_model("segment_heads.json", _TREE_KEYS)


def heading_probability(seq: list[object], i: int, lengths: Counter | None = None) -> float:
    """How likely heading group ``seq[i]`` heads an article (not an in-body section head)."""
    model = _heading_model()
    z = boosted(model, group_features(seq, i, lengths))[0]
    return 1.0 / (1.0 + math.exp(-z))


def _opens_caption_item(prev: Block, b: Block) -> bool:
    """Does caption block ``b`` open the next photo's caption by its label (图⑨：…, 图为…),
    the caption before it closed by a credit the credit pattern does not read (人民视觉,
    中车长客公司供图) — not the item under a 图片说明： label?"""
    return bool(_CAPTION_START.match(b.text.strip())) and not prev.text.strip().endswith(("：", ":"))


def _closes_caption(b: Block) -> bool:
    """Does the caption end with this block: a credit line, or a sentence with its credit?"""
    return b.kind == CREDIT or photo_credit(b.text.strip()) is not None


def _heading_strength(seq: list[object], i: int, lengths: Counter | None = None) -> float:
    """How likely heading group ``seq[i]`` stands between articles, not inside one.

    A short line in body type between two runs of body text is often an in-body section
    head (小标题); a group of several heading lines, a letter-spaced or display-size line,
    a kicker, subtitle or author line, a line next to a dateline, a jump marker or the
    page's edge, is usually a heading. Groups not between two runs, and display type, are
    headings by rule (1.0); a small model, trained on the segmentation benchmark's dev
    pages, weighs the cues of the others (models/segment_heads.json).
    """
    if not isinstance(seq[i - 1] if i else None, _Run) or not isinstance(seq[i + 1] if i + 1 < len(seq) else None, _Run):
        return 1.0  # not between two runs of body text
    if _after_jump(seq, i):
        return 1.0  # the part before it ended with （下转第N版）: no section head of it
    if _over_a_jump_part(seq, i):
        return 1.0  # the run after it opens with （上接第N版）: it heads that part or the run above
    if _listed(seq[i]) or _run_on(seq[i]):
        return heading_probability(seq, i, lengths)  # a list, table, notice or sentence in display type
    if any(b.letter_spaced or b.wider for b in seq[i]) and not _numbered_heads(seq[i]):
        return 1.0  # display type: letter-spaced, or wider than the column it stands in
    if any(_titled_column(b.text) for b in seq[i] if b.kind == TITLE):
        return 1.0  # a title with its column tag: 请让台商“安心回家”（观沧海）
    if _title_over_dash_subtitle(seq[i]):
        return 1.0  # 打开中印合作新局面 / ——中印领导人第二次非正式会晤引起热烈反响
    if _picture_story(seq, i):
        return max(_PICTURE_STORY, heading_probability(seq, i, lengths))  # 绽放 / 10月11日，跳伞表演队…
    if len(seq[i]) >= 2 and any(_SERIES_TAG.match(b.text) for b in seq[i][:-1]):
        return 1.0  # a series tag above a title: 新中国“第一”·生活篇 / 第一辆国产自行车
    return heading_probability(seq, i, lengths)


def _after_jump(seq: list[object], i: int) -> bool:
    """Does heading group ``seq[i]`` stand right after a run closed by a 下转 marker
    (……自豪之情溢于言表。（下转第3版） / 我为祖国祝福 我为祖国自豪)? The article's part on
    this page ends at its marker, so the group is no section head inside it: it heads the
    part before it (a page printing headlines after their bodies) or the article after it."""
    prev = seq[i - 1] if i else None
    return isinstance(prev, _Run) and prev.ends_with_jump


def _over_a_jump_part(seq: list[object], i: int) -> bool:
    """Does heading group ``seq[i]`` stand right above a run opened by a 上接 marker
    (……衷心祝福国家的明天会更好！” / “没有国何来家，没有‘一国’何来‘两制’” / ——港澳同胞谈
    “我和我的祖国” / （上接第4版）“作为中国人，……)? A jump part begins there, an article of
    its own, so the group is no section head of the run above: it heads the part (a page
    printing headlines before their bodies) or the run above it (one printing them after)."""
    nxt = seq[i + 1] if i + 1 < len(seq) else None
    return isinstance(nxt, _Run) and nxt.blocks[0].kind == MARK_FROM


_TITLE_STOP = regex.compile(r"[，。；！？、：,;!?:…]")


def _numbered_heads(group: list[Block]) -> bool:
    """Does ``group`` open on a section's numbering (一、 （二） 3.)? A headline never does
    (dev: 0 of 1,389); a report's or a white paper's section heads set in display type do
    (（四）积极维护世界粮食安全 / 结束语): the heading model weighs them, not their type.

    >>> _numbered_heads([Block(0, 0, 12, "（四）积极维护世界粮食安全", kind=TITLE)])
    True
    >>> _numbered_heads([Block(0, 0, 9, "打开中印合作新局面", kind=TITLE)])
    False
    """
    return bool(_NUMBERED.match(group[0].text.strip()))


# A picture story (图片报道): a photo under a short title with a paragraph of text (绽放 /
# 10月11日，跳伞表演队在飞行大会上进行跳伞表演。). The heading model, which reads a short title
# between two runs as a section head, put them under its threshold (0.1-0.3): such a group
# gets at least _PICTURE_STORY, just over the threshold, so that the pairing weighs it as a
# doubtful headline. Dev, seeds 2024, 7, 11: count exact pdf +0.006 / +0.010 / +0.010, sim
# +0.003 / 0 / +0.003, nothing down. Tried: 0.42 (the same), 0.5 and 0.6 (sim -1 and -3
# pages); before the sure heading was asked for, 1.0 (sim -0.8 to -1.8 points) and 0.5
# (pdf 2024 -2 pages: a feature's short section before its next section head); the
# paragraph above the title read as the photo's text too (sim -0.8 to -1.0 points on seeds 7
# and 11), paragraphs up to 160 characters (pdf -1 to -3 pages).
_PICTURE_STORY = 0.45
_PICTURE_TITLE = regex.compile(r"^[\p{Han}A-Za-z0-9“”·]{2,12}$")
_PICTURE_TEXT = (10, 100)  # characters of the photo's text


def _picture_story(seq: list[object], i: int) -> bool:
    """Is heading group ``seq[i]`` the title of a picture story (图片报道): a short title with no
    punctuation over one short paragraph of whole sentences, the photo's text, with the page's
    edge or a heading beyond doubt after it (绽放 / 10月11日，跳伞表演队在飞行大会上进行跳伞表演。
    / 浙江温州柳市镇—— / …)? An in-body section head opens a section of several paragraphs, or
    one short one before the next section head (熊猫小镇康养游憩 / … / 多学科联合观监测)."""
    group = seq[i]
    title = "".join("".join(b.text.split()) for b in group)
    if any(b.kind != TITLE for b in group) or not _PICTURE_TITLE.match(title) or box_label(title):
        return False
    run = seq[i + 1] if i + 1 < len(seq) else None
    if not isinstance(run, _Run) or len(run.blocks) != 1 or run.blocks[0].kind != BODY:
        return False
    text = run.blocks[0].text.strip()
    if not _PICTURE_TEXT[0] <= len(text) <= _PICTURE_TEXT[1] or not _ends_terminal(text) or text[0] in "—（(“":
        return False
    return i + 2 >= len(seq) or (isinstance(seq[i + 2], list) and _sure_heading(seq, i + 2))


def _sure_heading(seq: list[object], k: int) -> bool:
    """Is heading group ``seq[k]`` an article's heading beyond doubt: at the page's edge or
    next to another group, in display type, with a kicker, subtitle or column, or one the
    heading model is sure of?"""
    group = seq[k]
    if not (0 < k < len(seq) - 1 and isinstance(seq[k - 1], _Run) and isinstance(seq[k + 1], _Run)):
        return True
    if any(b.letter_spaced or b.wider or b.kind in (KICKER, SUB, COLUMN) for b in group):
        return True
    return heading_probability(seq, k) >= _SOFT_HIGH


def _numbered_display(seq: list[object]) -> bool:
    """Does the page hold a numbered heading group in display type? Its section heads are
    then no page of short items whose every heading the model doubts."""
    return any(isinstance(x, list) and any(b.letter_spaced or b.wider for b in x) and _numbered_heads(x)
               for x in seq)


def _title_over_dash_subtitle(group: list[Block]) -> bool:
    """A title over a subtitle opened by a dash, neither holding a sentence's punctuation, is
    a headline with its subtitle, not an in-body section head. On the dev pages drawn with
    layout seeds 2024, 7, 11, 101 and 202 (sim; pdf for the first three), 359 of 362 such
    pairs between two runs head an article; the heading model, fitted on seed 2024's draw
    alone, put 7 of them under its threshold (0.1 to 0.3: a subtitle the reflow joined into
    one line wider than the column). The section heads near this form are numbered or
    punctuated: （一）提高粮食生产能力 / ——坚守耕地保护红线，…; 千声万声呼唤你 / ——母亲延安就在这里！;
    a sentence read as a title leaves its quote open: 在中国国家博物馆举办的“回归之路.

    >>> _title_over_dash_subtitle([Block(0, 0, 9, "打开中印合作新局面", kind=TITLE),
    ...     Block(1, 10, 31, "——中印领导人第二次非正式会晤引起热烈反响", kind=SUB)])
    True
    >>> _title_over_dash_subtitle([Block(0, 0, 10, "（一）提高粮食生产能力", kind=TITLE),
    ...     Block(1, 11, 26, "——坚守耕地保护红线，节约和高效", kind=SUB)])
    False
    """
    if len(group) != 2 or group[0].kind != TITLE or group[1].kind != SUB:
        return False
    title, sub = group[0].text.strip(), group[1].text.strip()
    return (sub.startswith("——") and len(sub) >= 6
            and not _TITLE_STOP.search(title) and not _DASH_SUB_STOP.search(sub)
            and not _NUMBERED.match(title) and title.count("“") == title.count("”"))


# A dash subtitle may list a pair with 、 (从实际出发 抓重点问题 / ——论深入开展“不忘初心、
# 牢记使命”主题教育; 七十年的伟大成就已经写在人类史册上 / ——…在中央和国家机关、人民团体中引起
# 热烈反响): a list of names, not a sentence's pause. Dev, cross-fitted heading model: such
# pairs between two runs sim 3 and pdf 6, all headlines (pdf: 2 taken in as section heads).
_DASH_SUB_STOP = regex.compile(r"[，。；！？：,;!?:…]")


# What marks the lines of a list, a table or a notice, set in display type as they often are
# (an ad, a programme of events, a list of books or films), not a heading: a span of clock
# times (9 : 00-17 : 00), two field labels (书名：… 作者：…), a web address, a telephone
# number, a table's number or unit, a work with its year (《焦裕禄》·1990年). Such a group
# is left to the heading model, not made a heading by its type (dev, both routes: 41 and 35
# groups so marked were headings by rule, none of them a headline).
_CLOCK_SPAN = regex.compile(r"\d{1,2}\s*[:：]\s*\d{2}\s*[-—–~至]+\s*\d{1,2}\s*[:：]\s*\d{2}")
_FIELD = regex.compile(r"(?:^|\s)\p{Han}{1,4}[：:]\s*\S")
_LISTED = regex.compile(r"https?\s*:|www\.|\d{3,4}-\d{7,8}|(?:电话|热线)[：:]|^表\s*\d|单位[：:]|》·\d{4}年")


def _listed(group: list[Block]) -> bool:
    """Do the lines of ``group`` read as a list, a table or a notice, not a heading?

    >>> _listed([Block(0, 0, 0, "9 : 00-17 : 00智能制造设备展示与体验")])
    True
    >>> _listed([Block(0, 0, 0, "书名：红岩 作者：罗广斌 杨益言")])
    True
    >>> _listed([Block(0, 0, 0, "王毅：中方坚决反对")])
    False
    """
    fields = 0
    for b in group:
        text = b.text.strip()
        if _CLOCK_SPAN.search(text) or _LISTED.search(text):
            return True
        n = len(_FIELD.findall(text))
        if n >= 2:
            return True
        fields += n > 0
    return fields >= 2


_RUN_ON_MIN = 18  # characters of a line a sentence runs on from, at least


def _run_on(group: list[Block]) -> bool:
    """Is ``group`` a sentence's lines the reflow set apart (a caption or a body's line wider
    than its column), every one holding a comma and the last cut off inside a word, where a
    heading's lines hold none or end on a whole word? (此刻，万花绽放，“人民万岁”造型照亮广场，照亮每
    / 个人的脸庞。) Dev, both routes: 7 such groups were headings by their type, none a headline.

    >>> _run_on([Block(0, 0, 0, "此刻，万花绽放，“人民万岁”造型照亮广场，照亮每")])
    True
    >>> _run_on([Block(0, 0, 0, "共同见证，中国影响力与日俱增")])
    False
    """
    last = group[-1].text.strip()
    return (len(last) >= _RUN_ON_MIN and bool(_ENDS_IN_WORD.search(last))
            and all("，" in b.text for b in group))


# a series' tag: words, a middle dot, words (新中国“第一”·生活篇, 点赞中国·让友谊辉映未来)
_SERIES_TAG = regex.compile(r"^[\p{Han}“”\d]{2,12}·[\p{Han}“”\d]{2,12}$")


def _titled_column(text: str) -> bool:
    """Is ``text`` a title with a column tag in brackets after it (a standing column's
    name, words joined by ·, or a few Chinese characters with no digit)?

    >>> _titled_column("请让台商“安心回家”（观沧海）"), _titled_column("第一只国产手表（新中国“第一”·生活篇）")
    (True, True)
    >>> _titled_column("改革开放（1978—2012）")
    False
    """
    m = _COLUMN_IN_TITLE.match(text)
    if m is None or len(m.group("title")) < 4:
        return False
    return is_column_tag(m.group("column"))


# A round-up (several people's or places' words under one headline) gives each part a
# kicker naming its speaker or place, ending in ——, over a title, and closes each part with
# its reporters' names in brackets: （本报记者 金 歆） / 安徽凤阳县小岗村村支书李锦柱—— / 在希望的
# 田野上逐梦前行. Where a page has two such groups or more, each after a part closed by a
# bracketed note (not an agency's dateline, an author's note, a photo credit or a jump
# marker), they are the round-up's section heads. Dev, both routes: 45 and 39 such groups,
# none of them a headline (5 on each route were read as headlines); a lone such group was
# a headline every time (13 and 6). Both halves of dev gained (days 01-07, 08-15).
_PART_NOTE_NOT = regex.compile(r"电|作者|摄|版")


def _round_up_part(seq: list[object], i: int) -> bool:
    """Is heading group ``seq[i]`` a kicker—— over a title after a run closed by a note naming
    its reporters (one part of a round-up, if the page has more)?"""
    prev, nxt = seq[i - 1] if i else None, seq[i + 1] if i + 1 < len(seq) else None
    if not isinstance(prev, _Run) or not isinstance(nxt, _Run):
        return False
    m = _NOTE_ABOVE.search(prev.blocks[-1].text.strip())
    return (m is not None and not _PART_NOTE_NOT.search(m.group("note"))
            and any(b.kind == KICKER and b.text.strip().endswith("——") for b in seq[i]))


def _absorb_section_heads(seq: list[object], soft_low: float | None = None, page: int | None = None
                          ) -> tuple[list[object], dict[int, float]]:
    """Merge runs around weak heading groups, keeping those as section heads.

    Only on a page that has strong headings: where every heading is weak, they are the
    page's headlines (a page of short items, each under a kicker and a title). With
    ``soft_low``, a group the heading model is unsure of (a probability from ``soft_low``
    up to ``_SOFT_HIGH``, above its threshold) is left to the pairing programme, with what
    taking it in as a section head costs there (< 0 under the threshold: a gain), by the
    id of the group.
    """
    lengths = _title_lengths(seq)
    threshold = _heading_model().get("threshold", 0.5)
    probs = [_heading_strength(seq, i, lengths) if isinstance(x, list) else 0.0 for i, x in enumerate(seq)]
    parts = [i for i, x in enumerate(seq) if isinstance(x, list) and _round_up_part(seq, i)]
    if len(parts) >= 2:  # the parts of a round-up: section heads of one article
        for i in parts:
            probs[i] = 0.0
    for i in _twin_heads(seq, probs, threshold):
        probs[i] = min(probs[i], _TWIN_PROB)
    for i in _under_an_opener(seq, probs, threshold):
        probs[i] = 0.0
    for i in _over_a_jump(seq, probs, threshold):
        # page 1's jumps are its leads, whose doubtful groups are section heads; a later page's
        # jumping article may be any article, under its own doubtful headline
        probs[i] = 0.0 if page in (None, 1) else max(_SOFT_LOW, probs[i] - _OVER_A_JUMP_DOUBT)
    for i in _under_a_jump_start(seq, probs, threshold):
        probs[i] = max(_SOFT_LOW, probs[i] - _OVER_A_JUMP_DOUBT)
    for i in _parallel_parts(seq, probs) + _lone_subtitles(seq, probs) + _labelled_parts(seq, probs):
        probs[i] = min(probs[i], _PARALLEL_PROB)
    for i in _under_editors_note(seq, probs) + _signed_voices(seq, probs) + _table_titles(seq, probs):
        probs[i] = min(probs[i], _PARALLEL_PROB)
    for i in _parallel_part_lines(seq, probs):
        probs[i] = min(probs[i], _PARALLEL_PROB)
    for i in _under_a_bare_opener(seq, probs):
        probs[i] = 0.0
    strong = [isinstance(x, list) and p >= threshold for x, p in zip(seq, probs)]
    if not any(strong) and not _numbered_display(seq):
        return seq, {}
    soft: dict[int, float] = {}
    if soft_low is not None:
        for i, (x, p) in enumerate(zip(seq, probs)):
            if isinstance(x, list) and soft_low <= p < max(threshold, _SOFT_HIGH):
                soft[id(x)] = _ABSORB_WEIGHT * (p - threshold + (_one_sided_bonus(seq, i) if p >= _ONE_SIDED_FROM else 0.0))
    out: list[object] = []
    for i, x in enumerate(seq):
        if isinstance(x, list) and not strong[i] and id(x) not in soft:
            out[-1].section_heads.extend(x)  # the run before goes on through the section head
            continue
        if isinstance(x, _Run) and i and isinstance(seq[i - 1], list) and not strong[i - 1] and id(seq[i - 1]) not in soft:
            out[-1].blocks.extend(x.blocks)
            out[-1].section_heads.extend(x.section_heads)
            continue
        out.append(_Run(list(x.blocks), None, list(x.section_heads), x.cut_cost) if isinstance(x, _Run) else x)
    return out, soft


# Doubtful heading groups of two lines or more cut to one pattern on a page are an article's
# section heads (:func:`_twin_heads`): each is doubted at most _TWIN_PROB, still left to the
# pairing programme. Tuned on dev seeds 2024, 7, 11, both routes (tolerance 1, 2, 3; probability
# 0, 0.1, 0.2): 2 and 0.1 best. Single-line twins of one length (the heading model's siblings
# already read those) gained pdf and lost seed 11 sim: left out.
_TWIN_TOL = 2  # characters each line of the twin may differ by
_TWIN_PROB = 0.1
_SPACES = regex.compile(r"\s+")  # a line's text without its (letter-)spacing


def _twin_heads(seq: list[object], probs: list[float], threshold: float) -> list[int]:
    """Doubtful heading groups of two lines or more with a twin on the page: another
    doubtful group of as many lines, each line as long within ``_TWIN_TOL`` characters
    (治污专家董红敏 / 依靠科技净化养殖环境 and 爱鸟护鸟人士沈尤 / 建言献策助推观念转变;
    检查在优化 / 工作更高效了 and 工作群瘦身 / 指尖负担轻了). An article's section heads are
    cut to one pattern; the headlines of a page's articles seldom are, unless they share
    a series line (扫黑除恶进行时 over each), which keeps them out."""
    doubt = [i for i, x in enumerate(seq) if isinstance(x, list) and len(x) >= 2
             and _SOFT_LOW <= probs[i] < max(threshold, _SOFT_HIGH)]
    if len(doubt) < 2:
        return []
    shapes = {i: [len(_SPACES.sub("", b.text)) for b in seq[i]] for i in doubt}
    texts = {i: {_SPACES.sub("", b.text) for b in seq[i]} for i in doubt}
    out = []
    for i in doubt:
        for j in doubt:
            if j != i and len(shapes[j]) == len(shapes[i]) and not texts[i] & texts[j] and all(
                    abs(a - b) <= _TWIN_TOL for a, b in zip(shapes[i], shapes[j])):
                out.append(i)
                break
    return out


def _between_runs(seq: list[object]) -> list[int]:
    """The indexes of the heading groups with a run of body text right above and right below."""
    return [i for i in range(1, len(seq) - 1) if isinstance(seq[i], list)
            and isinstance(seq[i - 1], _Run) and isinstance(seq[i + 1], _Run)]


def _doubtful_between_runs(seq: list[object], probs: list[float], threshold: float) -> list[int]:
    """Heading groups between two runs that the heading model doubts (from :data:`_SOFT_LOW` up
    to the threshold or :data:`_SOFT_HIGH`): the ones the page-level rules weigh."""
    return [i for i in _between_runs(seq) if _SOFT_LOW <= probs[i] < max(threshold, _SOFT_HIGH)]


def _open_between_runs(seq: list[object], probs: list[float]) -> list[int]:
    """Heading groups between two runs that no rule has decided as headings (probability 1)."""
    return [i for i in _between_runs(seq) if probs[i] < 1.0]


def _under_an_opener(seq: list[object], probs: list[float], threshold: float) -> list[int]:
    """Doubtful heading groups right under a line that only opens a text below it (a box
    label, a bare reporter line or dateline: :func:`_opens_a_body`): that text's first line,
    broken off by the reflow, or a section head inside it, never a headline (核心阅读 /
    我国首艘自主建造的极地科; 新华社北京10月2日电 / 国家主席习近平10月2)."""
    return [i for i in _doubtful_between_runs(seq, probs, threshold) if _opens_a_body(seq[i - 1].blocks[-1])]


def _under_a_bare_opener(seq: list[object], probs: list[float]) -> list[int]:
    """Heading groups (not decided by rule) of any probability right under a run that is only
    an opener (a bare reporter line, a bare dateline or a box label standing alone between two
    heading groups: 交通强国建设迈出坚实步伐 / 本报记者 左为 / 13.2万公里 / 2018年末，我国…): the
    opener belongs to the text below it, so the group is inside that text, never a headline.
    Dev days 01-10, cross-fitted heading model: 13 such groups on each route, all inside
    their article (the model read 1 on sim and 1 on pdf as a sure headline)."""
    return [i for i in _open_between_runs(seq, probs)
            if len(seq[i - 1].blocks) == 1 and _opens_a_body(seq[i - 1].blocks[-1])]


# What a doubtful heading group right above a run that jumps, or right under the first run of a
# jump part, loses of its probability (floored at _SOFT_LOW, so the pairing programme still weighs
# it). Was (above a jump): taken in as a section head outright.
# On the jump pages of jumps.py (dev days, 344 jump pairs, fold models): 0.1, 0.2, 0.3 and outright
# tried; 0.2 best, with the note rule continuation sim 0.953 -> 0.964, pdf 0.943 -> 0.948; the
# ordinary dev pages (sim, pdf, seed 7 sim) unchanged to the digit. Under a jump part's first run
# (_under_a_jump_start): 0.2, 0.35 and outright tried, 0.2 best (see the commit for the figures).
_OVER_A_JUMP_DOUBT = 0.2


def _over_a_jump(seq: list[object], probs: list[float], threshold: float) -> list[int]:
    """Doubtful heading groups between two runs, the second closed by a 下转 marker
    (礼赞祖国 致敬时代 / …… / 感受巨变 情系家国 / 别开生面的庆祝活动在全国各地上演。（下转第2版）):
    mostly section heads of the jumped article. The article a page 1 carries on another
    page is its lead, under a headline the heading model is sure of (dev, sim and pdf,
    layout seeds 2024, 7 and 11: 134 doubtful groups right above a run that jumps, all
    section heads; 125 sure ones, all headlines). Other articles jump too, on later pages
    or from page 1 below the lead, and then the group may be the jumped article's headline
    (benchmarks/segmentation/jumps.py, sim: 55 doubtful such groups section heads, 14
    headlines): on a page other than page 1 such a group is doubted more
    (:data:`_OVER_A_JUMP_DOUBT`) and left to the pairing; on page 1 (or a page of unknown
    number) it is a section head of the lead (real dev jumps, all from page 1: with the doubt
    alone one lead on pdf lost its jump, 20191009-a-01). Never when the run above it closes
    with a note (:func:`_closed_by_a_note`: none of the 55, 6 of the 14)."""
    return [i for i in _doubtful_between_runs(seq, probs, threshold)
            if seq[i + 1].ends_with_jump and not _closed_by_a_note(seq[i - 1])]


def _under_a_jump_start(seq: list[object], probs: list[float], threshold: float) -> list[int]:
    """Doubtful heading groups between two runs, the first opened by a 上接 marker
    (（上接第7版）……满足老年人的消费需求。 / 健身花样多 / 在天坛公园，……): mostly section
    heads of the jump part, the mirror of :func:`_over_a_jump`. A jump part goes on with an
    article begun on another page, often a long feature with section heads (jumps.py pages,
    fold models, pdf: 57 doubtful such groups section heads, 14 headlines). Only where a
    heading group stands right above that run (a page printing its headlines after their
    bodies may print the part's own headline right below its first run), and not such a
    group under a run closed by a note (:func:`_closed_by_a_note`), over another jump part
    (its headline), or holding a ——subtitle line: those head articles (10 of the 14, none
    of the 57). Such a group is doubted more (:data:`_OVER_A_JUMP_DOUBT`), left to the pairing."""
    return [i for i in _doubtful_between_runs(seq, probs, threshold)
            if seq[i - 1].blocks[0].kind == MARK_FROM and seq[i + 1].blocks[0].kind != MARK_FROM
            and i >= 2 and isinstance(seq[i - 2], list)
            and not _closed_by_a_note(seq[i - 1]) and not any(b.text.strip().startswith("——") for b in seq[i])]


def _closed_by_a_note(run: _Run) -> bool:
    """Does ``run`` end with a bracketed note that closes an article: a closing byline or
    dateline, an author's note (（本报记者孟祥夫、陆娅楠）, （新华社北京10月2日电）,
    （作者为浙江省桐乡市档案馆副馆长）)? The article above ended there, so a heading group
    below it heads the next one, whether or not that one jumps."""
    text = run.blocks[-1].text.strip()
    if run.ends_with_jump:
        return False
    return _NOTE_ABOVE.search(text) is not None or _NOTE_PARAGRAPH.fullmatch(text) is not None


_NOTE_PARAGRAPH = regex.compile(r"[（(][^（）()]{2,300}[）)]")  # a long note set as a paragraph of its own


# A doubtful heading group whose words are one-sided (shared with the text on one side of it,
# none with the other's) costs the pairing _ONE_SIDED more (in probability) to take in as a
# section head (:func:`_one_sided_bonus`). Dev, cross-fitted heading model, doubtful groups
# (0.05 to 0.7): on pdf headlines outnumber section heads among one-sided groups from 0.2 up,
# among the others only from 0.5; under 0.2 one-sided groups are still mostly section heads
# (39 against 11), so a group earns it from _ONE_SIDED_FROM up. Tuned on dev seeds 2024 and 7,
# both routes (bonus 0.05, 0.1, 0.2, 0.3 from 0; then from 0.2, 0.25, 0.3): 0.2 from 0.25 the
# one that gains on all four (from 0.2: pdf 2024 count +1.3 points, but seed 7 loses a page on
# each route; from 0.3: pdf 2024 count even); a bonus for any group, or 0.3, lost sim count.
_ONE_SIDED = 0.2
_ONE_SIDED_FROM = 0.25  # the probability from which a group earns it
_ONE_SIDED_HIGH = 0.4  # overlap of the heading's bigrams with the text on its own side, at least
_ONE_SIDED_LOW = 0.01  # and with the other side's, under


def _one_sided_bonus(seq: list[object], i: int) -> float:
    """What heading group ``seq[i]`` (between two runs) adds to its probability for speaking
    of the text on one side of it alone: a headline shares its words with its own body and
    none with the article beside it, a section head seldom speaks of one side alone."""
    prev, nxt = seq[i - 1] if i else None, seq[i + 1] if i + 1 < len(seq) else None
    if not isinstance(prev, _Run) or not isinstance(nxt, _Run):
        return 0.0
    heading = _bigrams("".join(b.text for b in seq[i]))
    before = _overlap(heading, _bigrams(_run_text(prev, -_COHESION_CHARS)))
    after = _overlap(heading, _bigrams(_run_text(nxt, _COHESION_CHARS)))
    return _ONE_SIDED if max(before, after) >= _ONE_SIDED_HIGH and min(before, after) < _ONE_SIDED_LOW else 0.0


# Heading groups of two lines or more set to one shape on a page, each over a bare reporter
# line (河南兰考—— / 脱贫大干一场 收获幸福久长 / 本报记者 毕京津 and 江苏南京—— / 小哥送餐经历
# 见证消费升级 / 本报记者 姚雪青): the parts of one feature under the page's headline, each
# part's reporter named below its head (:func:`_parallel_parts`). Dev, cross-fitted heading
# model, groups the model read as headlines (0.4 and up) with such a twin: sim 30 section heads
# against 5 headlines, pdf 39 against 3; the headlines among them are single lines (老年人的新生活)
# or a column tag over a title (观沧海 / 不容“教育台独”得逞), which the rule leaves alone.
_PARALLEL_PROB = 0.1


def _part_shape(group: list[Block]) -> tuple:
    """A heading group's print shape: its lines' kinds, and whether each ends on a dash."""
    return tuple((b.kind, b.text.rstrip().endswith("——")) for b in group)


def _parallel_parts(seq: list[object], probs: list[float]) -> list[int]:
    """Heading groups (not decided by rule) of two lines or more, no column tag among them,
    right over a run that opens with a bare reporter line, which share their shape
    (:func:`_part_shape`) with another such group on the page: the parts of one feature
    (a round-up of places, a series of portraits), not articles of their own."""
    cands = [i for i in _open_between_runs(seq, probs)
             if len(seq[i]) >= 2 and all(b.kind != COLUMN for b in seq[i])
             and seq[i + 1].blocks[0].kind == LEAD
             and _REPORTER_LINE.fullmatch(seq[i + 1].blocks[0].text.strip()) is not None]
    if len(cands) < 2:
        return []
    shapes = Counter(_part_shape(seq[i]) for i in cands)
    return [i for i in cands if shapes[_part_shape(seq[i])] >= 2]


def _lone_subtitles(seq: list[object], probs: list[float]) -> list[int]:
    """Heading groups of one subtitle line alone between two runs (——北京公交集团客服中心原主任
    李素丽 over （本报记者王昊男采访整理）), two or more on the page: the names signing the
    voices of one feature, or the section heads of one article, never an article's head (a
    headline's subtitle stands under its title). Dev, cross-fitted heading model: sim 14 such
    groups paired as headlines, all wrong, pdf 11."""
    lone = [i for i in _open_between_runs(seq, probs) if len(seq[i]) == 1 and seq[i][0].kind == SUB]
    return lone if len(lone) >= 2 else []


_PART_LABEL = regex.compile(r"^(\p{Han}{1,4})[：:]\s*\S")  # 地点：云南普洱


def _labelled_parts(seq: list[object], probs: list[float]) -> list[int]:
    """Heading groups (not decided by rule) between two runs whose first line opens with a
    short label and a colon, the same label as another such group's on the page (地点：云南
    普洱 / 守护边境“中国红” and 地点：Z65次列车 / 列车长的不眠夜): the items of one feature,
    each filed under the same field (not a list's line of several fields). Dev, cross-fitted heading model: such groups sim 25
    section heads (4 paired as headlines), pdf 22 (7), no headline."""
    labels: dict[int, str] = {}
    for i in _open_between_runs(seq, probs):
        first = seq[i][0].text
        m = _PART_LABEL.match(first.strip())
        if m is not None and not _FIELD_COLON.search(first, m.end()):  # (书名：黄雀记 作者：苏童: a list)
            labels[i] = m.group(1)
    count = Counter(labels.values())
    return [i for i, label in labels.items() if count[label] >= 2]


# An editor's note (编者按) stands under a feature's headline, over its body, and is signed
# ——编者: a heading group opened by the signature is the head of the feature's first part
# (——编 者 / 地点：云南普洱 / 守护边境“中国红”), never an article's headline (:func:`_under_editors_note`).
# Dev, cross-fitted heading model: 16 such groups on each route, all section heads; 3 (pdf)
# and 4 (sim) of them paired as headlines.
_EDITORS_SIGN = regex.compile(r"^——\s*编\s*者$")


def _under_editors_note(seq: list[object], probs: list[float]) -> list[int]:
    """Heading groups (not decided by rule) between two runs whose first line is the
    signature closing an editor's note (——编者)."""
    return [i for i in _open_between_runs(seq, probs) if _EDITORS_SIGN.match(seq[i][0].text.strip()) is not None]


def _signed_voices(seq: list[object], probs: list[float]) -> list[int]:
    """Heading groups (not decided by rule) between two runs holding a line that is only a
    name and its role in brackets (每个攀登者都是追梦人 / 吴京（电影《攀登者》主演）), two or
    more on the page: the voices of one feature, each signed by its speaker, not articles of
    their own. Dev, cross-fitted heading model: such groups sim 16 and pdf 15, all section
    heads (4 and 5 paired as headlines); single ones, left alone, include headlines."""
    signed = [i for i in _open_between_runs(seq, probs)
              if any(_NAME_ROLE.fullmatch(_SPACES.sub("", b.text)) for b in seq[i])]
    return signed if len(signed) >= 2 else []


# A table's title inside an article (表1 中国大陆中小城市的构成及其数量, 表2 … / 表3 …): the
# report numbers its tables, a headline never opens so (:func:`_table_titles`). Dev,
# cross-fitted heading model: 12 such groups on each route, all inside one report's body; 4
# of them paired as headlines.
_TABLE_TITLE = regex.compile(r"^表\s*\d{1,2}(?!\d)\s*\S")


def _table_titles(seq: list[object], probs: list[float]) -> list[int]:
    """Heading groups (not decided by rule) between two runs whose first line is a numbered
    table's title (表3 2019年度全国综合实力百强县市)."""
    return [i for i in _open_between_runs(seq, probs) if _TABLE_TITLE.match(seq[i][0].text.strip()) is not None]


def _over_a_reporter_line(x: object) -> bool:
    """Is ``x`` a run that opens with a bare reporter line (本报记者 孟海鹰)?"""
    return (isinstance(x, _Run) and x.blocks[0].kind == LEAD
            and _REPORTER_LINE.fullmatch(x.blocks[0].text.strip()) is not None)


def _line_lengths(group: list[Block]) -> list[int]:
    """The lengths of a heading group's lines without their (letter-)spacing."""
    return [len(_SPACES.sub("", b.text)) for b in group]


def _parallel_part_lines(seq: list[object], probs: list[float]) -> list[int]:
    """Heading groups (not decided by rule, no column tag) right over a run that opens
    with a bare reporter line which share their exact cut with the heading group next to
    them among such groups (no sure heading between), also over such a run, that one anywhere (the
    page's first, say): as many lines, each of one length and one kind, no line the same
    (稻梦空间 静享安宁 / 本报记者 孟海鹰 and 柑橘之乡 美味美景 / 本报记者 范昊天; 吉林延边 /
    拔草龙 品酱味 under 云南丽江 / 感受魅力东巴 at the page's top): the parts of one feature,
    each signed by its reporter. :func:`_parallel_parts` reads groups of two lines or more
    by their kinds alone. A headline over its body's reporter line is seldom cut to the
    lengths of the heading next to it (老年人的新生活 after the parts 健身花样多 / 家门口养老),
    and headlines of one series share their series line (新中国的“第一” / 第一根国产光纤)."""
    heads = [i for i, x in enumerate(seq) if isinstance(x, list)]
    cut = {i: (tuple(b.kind for b in seq[i]), tuple(_line_lengths(seq[i]))) for i in heads
           if i + 1 < len(seq) and _over_a_reporter_line(seq[i + 1]) and all(b.kind != COLUMN for b in seq[i])}
    if len(cut) < 2:
        return []
    open_ = set(_open_between_runs(seq, probs))

    def alike(i: int, j: int) -> bool:
        return cut[i] == cut[j] and not {_SPACES.sub("", y.text) for y in seq[i]} & {
            _SPACES.sub("", y.text) for y in seq[j]}

    threshold = _heading_model().get("threshold", 0.5)
    parts = sorted(cut)
    out = []
    for k, i in enumerate(parts):
        if i not in open_:
            continue
        for j in parts[k - 1:k] + parts[k + 1:k + 2]:  # the part before and the part after
            lo, hi = min(i, j), max(i, j)
            if alike(i, j) and not any(probs[m] >= threshold for m in heads if lo < m < hi):
                out.append(i)
                break
    return out


def _opens_a_body(b: Block) -> bool:
    """Is ``b`` a line that only opens a text below it: a box label (核心阅读), a bare
    reporter line (本报记者 李永飞) or a bare dateline (新华社北京10月2日电)?"""
    text = b.text.strip()
    return box_label(text) is not None or b.kind == LEAD and (
        _REPORTER_LINE.fullmatch(text) is not None or _DATELINE.fullmatch(text) is not None)


# Heading groups the heading model doubts (a probability from _SOFT_LOW up to its threshold)
# are left to the pairing programme: taking one in as a section head costs _ABSORB_WEIGHT per
# unit of probability under the threshold (a gain: negative), less its cohesion with the text
# below it (_ABSORB_COHESION of what heading that text would earn), so the page's pairing
# decides: a group that speaks of the body above it on a page of headlines set below their
# bodies heads that body. Tuned on both dev routes (low 0.3, 0.2, 0.1, 0.05, 0; weight 5, 10,
# 20; cohesion 0, 0.5, 1): 0.05, 10, 1 best, sim count exact 0.585 -> 0.659, body 0.921 ->
# 0.932, headline 0.645 -> 0.667; pdf count 0.567 -> 0.570, byline 0.861 -> 0.865. Without
# the cohesion share, pdf lost 2 points of count exact (groups paired as headlines by it).
_SOFT_LOW = 0.05
# and groups from the threshold up to _SOFT_HIGH too, at a cost (the same weight, now > 0):
# where the pairing has no run to give such a group to (a page of headlines set below their
# bodies, a run between two groups), it stays a section head. Session 6, with heading model
# v4, dev: sim count 0.727 -> 0.745, body 0.948 -> 0.952, headline 0.759 -> 0.762 (0.5 gave most of
# the count gain; 0.6 to 0.85 flat), pdf unchanged (a group above its body is never
# cheaper taken in than paired); out of sample (a first v4 fitted on days 01-07 and on 08-15,
# scored on the other half) sim count 0.624 -> 0.644 and 0.641 -> 0.649, pdf unchanged.
# Re-tuned across generator seeds (fitted on dev seeds 7, 11, checked on 101, 202, 2024; 0.5,
# 0.6, 0.65, 0.7, 0.8, 0.9): flat from 0.7 to 0.9, sim count on 7/11 0.730 -> 0.734 (3 pages of
# 766), nothing else moved on any seed or route; 0.5 lost seed 2024 sim count 0.005.
_SOFT_HIGH = 0.7
_ABSORB_WEIGHT = 10.0
_ABSORB_COHESION = 1.0


def segment_blocks(
    doc: Document, blocks: list[Block], orientation: str = "auto", page: int | None = None
) -> tuple[list[_Run], list[list[Block]], list[Block]]:
    """Runs with their headings, the heading groups left over, and the caption blocks.

    ``orientation``: where headlines stand, "before" or "after" their bodies, or "auto"
    to let each stretch of the page find out (:func:`_pair_mixed`; an e-paper's text puts
    them before).
    """
    clean_form = is_clean_form(doc)
    blocks = _body_line_off_titles(doc, _title_joined_below(doc, _display_titles_off(doc, blocks)))
    blocks = _subtitle_joined_below(doc, blocks)
    _title_first_halves(blocks)
    if not clean_form:  # (an e-paper's text marks its heading lines by their indent)
        _bullets_to_body(blocks)
        _letter_closings(blocks)
        blocks = _letter_labels(doc, blocks)
    _exclaimed_titles(blocks)
    _unpunctuated_titles(blocks)
    seq, captions = _group(blocks)
    seq = _lines_before_bare_markers(seq)
    seq = _prose_tails_to_body(doc, seq)
    seq = _split_at_leads(seq)
    soft: dict[int, float] = {}
    if not clean_form:  # in e-paper text a section head is an indented paragraph like any other
        seq, soft = _absorb_section_heads(seq, _SOFT_LOW if orientation == "auto" else None, page)
    if orientation == "auto" and not clean_form:
        _, runs, leftovers = _pair_mixed(seq, soft=soft)
        _trailing_columns_off(runs, leftovers)
        return runs, leftovers, captions
    if orientation != "auto":
        options = [orientation]
    else:
        options = ["before"]
    best = None
    for orientation in options:
        cost, runs, leftovers = _pair(seq, orientation)
        if best is None or cost < best[0]:
            best = (cost, runs, leftovers)
    assert best is not None
    return best[1], best[2], captions


# what prose cannot go two lines without: a comma or a sentence end
_PROSE_MARK = regex.compile(r"[，。；！？,;!?]")


# what cutting a joined heading block in two gains before the role model weighs it: the
# cut adds a line, whose log-probability (<= 0) would otherwise count against it (tuned on
# both dev routes: 0, 0.5, 1; 0.5 best, headline exact sim 0.612 -> 0.618, pdf 0.587 -> 0.594;
# re-tuned for the role model that reads wrapped pieces (segment_roles v5): 0.25, 0.5, 0.75,
# 1, 1.25, 1.5, 2, 3; flat from 1.25 to 3, sim 0.672 -> 0.686, pdf 0.662 -> 0.663).
# Re-tuned across generator seeds (1, 1.5, 2, 2.5, 3 on dev seeds 7, 11; checked on 101, 202,
# 2024): 2 best, headline exact up 0.001-0.002 on most seeds and routes, no other metric moved;
# 2.5 and 3 cost pdf seed 2024 a headline
_CUT_BONUS = 2.0
# a cut that leaves at most this many characters below it gains only the old 0.5: a title
# wrapped with a short tail (…音乐会 / 举行) is one headline, not a kicker over a two-character
# one (tried 2, 3, 4, 5 and a bonus of 0 there: flat; sim 0.686 -> 0.688, pdf 0.663 -> 0.667)
_SHORT_TAIL = 4
_SHORT_TAIL_BONUS = 0.5
# what a cut right after a source line ending in —— gains on top (the line is a kicker
# the reflow joined to its headline: 敦煌研究院做好文化遗产保护……——/让莫高窟文化动起来活起来),
# and what the headline or subtitle role costs a line at or above a heading line that
# ends in —— (tuned on both dev routes: cut bonus 0, 1, 2, 4 and role cost 0, 1, 3, 10;
# flat from 1 up, pdf headline exact 0.638 -> 0.640, sim unchanged 0.667)
_KICKER_CUT_BONUS = 2.0
_DASH_KICKER = 3.0


def _ends_kicker(text: str) -> bool:
    """Does heading text end as a kicker does, in a dash (……——), with words before it?"""
    text = text.strip()
    return text.endswith("——") and len(text) > 2


def _cuttable(b: Block) -> bool:
    """Is ``b`` a heading block the reflow joined from lines holding no sentence end?

    Wrapped prose does not run two lines without a comma or a stop; heading lines do, and
    the reflow may read a kicker as a full line with its headline as the wrap tail
    (北京部分中小学校开设人工智能课程 / 小粉丝迷上前沿新知). A block already read as a title
    may hold commas (体操世锦赛，中国队收获3银2铜 / 备战奥运会，还要加把劲: a kicker and its
    headline): only a sentence end (:data:`_SENTENCE_STOP`) keeps it whole, and the cut leaves
    whole comma clauses on both sides (:func:`_torn_clause`).
    """
    if b.n_lines < 2 or b.letter_spaced:
        return False
    if b.kind == TITLE:
        return not _SENTENCE_STOP.search(b.text)
    return b.kind == KICKER and not _PROSE_MARK.search(b.text)


# what keeps a title block the reflow joined from being cut (dev, cross-fitted: a title block
# with commas cut like the others, groups whose headline is right sim +5, pdf +10, seed 7 sim +6)
_SENTENCE_STOP = regex.compile(r"[。；！？!?;]")
# the characters a comma clause holds at least on each side of the cut of a title block with
# commas: a title wrapped at its measure breaks a clause anywhere (…推出文旅新举 / 措，游客体验…),
# a kicker ends on a whole clause and its headline opens one
_CLAUSE_MIN = 4
_CLAUSE_BREAK = regex.compile(r"[，、,]")


def _torn_clause(doc: Document, src: list, c: int) -> bool:
    """Would cutting a title block with commas before its source line ``c`` leave a comma
    clause of fewer than :data:`_CLAUSE_MIN` characters on either side of the cut?"""
    head = "".join(doc.match_text[ln.clean_start : ln.clean_end] for ln in src[:c])
    tail = "".join(doc.match_text[ln.clean_start : ln.clean_end] for ln in src[c:])
    if _ends_kicker(head):
        return False  # a kicker's closing dash: the cut of :func:`_dash_joined`
    return (len(_CLAUSE_BREAK.split(head.rstrip())[-1]) < _CLAUSE_MIN
            or len(_CLAUSE_BREAK.split(tail.lstrip())[0]) < _CLAUSE_MIN)


def _dash_joined(b: Block) -> bool:
    """Is ``b`` a heading block the reflow joined across a kicker's closing dash, commas
    or no commas (既净化湖水，又带动产业，千岛湖—— / 水养鱼 鱼养水)? Prose runs on after a
    dash on the same line; a kicker ends its line there. :func:`_role_lines` cuts such a
    block only at a line that ends in the dash.

    >>> _dash_joined(Block(0, 0, 23, "既净化湖水，又带动产业，千岛湖——水养鱼 鱼养水", kind=TITLE, n_lines=2))
    True
    >>> _dash_joined(Block(0, 0, 14, "让莫高窟文化动起来活起来", kind=TITLE, n_lines=2))
    False
    """
    return b.n_lines >= 2 and b.kind in (TITLE, KICKER) and not b.letter_spaced and bool(_INNER_DASH.search(b.text))


_INNER_DASH = regex.compile(r"\S——(?!—)\s*\S")


def _piece(doc: Document, b: Block, lines: list) -> Block:
    """The part of block ``b`` set in ``lines`` (some of its source lines), as a block."""
    start, end = lines[0].clean_start, lines[-1].clean_end
    widest = max(ln.width for ln in lines)
    return Block(b.index, start, end, doc.match_text[start:end], kind=b.kind, wider=b.wider,
                 blank_before=b.blank_before and lines[0] is doc.lines[doc.paragraph_lines[b.index][0]],
                 blank_after=b.blank_after and lines[-1] is doc.lines[doc.paragraph_lines[b.index][1]],
                 width_ratio=widest / b.col if b.col else 0.0, col=b.col, n_lines=len(lines))


def _role_lines(doc: Document, group: list[Block], body: str = "") -> tuple[list[Block], list[str]]:
    """The heading group's lines and their roles, a joined block cut in two where that
    reads better.

    Each block the reflow may have joined wrongly (:func:`_cuttable`) is kept whole or cut
    at one of its line ends, whichever labelling the role model likes best: a kicker read
    as a full line is cut from its headline, a title wrapped over two lines stays whole.
    """
    best_score, roles = assign_roles(group, body)
    for b in [b for b in group if _cuttable(b) or _dash_joined(b)]:
        k = next(i for i, x in enumerate(group) if x is b)
        first, last = doc.paragraph_lines[b.index]
        src = [ln for ln in doc.lines[first : last + 1] if ln.clean_end > ln.clean_start]
        chosen = group
        only_dash = _dash_joined(b) and (not _cuttable(b) or bool(_PROSE_MARK.search(b.text)))
        for c in range(1, len(src)):
            head = doc.match_text[src[c - 1].clean_start : src[c - 1].clean_end]
            if only_dash and not _ends_kicker(head):
                continue
            if _torn_joints([Block(0, 0, 0, head), Block(1, 0, 0, _line_text(doc, src[c]))]):
                continue  # the line ends inside the text (伊姆兰· / 汗将来华…): no cut there
            if _PROSE_MARK.search(b.text) and not only_dash and _torn_clause(doc, src, c):
                continue
            option = group[:k] + [_piece(doc, b, src[:c]), _piece(doc, b, src[c:])] + group[k + 1 :]
            score, option_roles = assign_roles(option, body)
            tail = sum(ln.clean_end - ln.clean_start for ln in src[c:])
            bonus = _CUT_BONUS if tail > _SHORT_TAIL else _SHORT_TAIL_BONUS
            bonus += _KICKER_CUT_BONUS if _ends_kicker(head) else 0.0
            if score + bonus > best_score:
                best_score, roles, chosen = score, option_roles, option
        group = chosen
    return group, roles


def _heading_parts(doc: Document, group: list[Block], clean_form: bool = False, body: str = "") -> dict:
    """Column, kicker, headline, subheadlines and author lines of a heading group.

    Author lines are found by rule (an office, a space, a name). In PDF text the other
    lines get their roles from the shipped line model (:func:`_role_lines`, which may cut a
    block the reflow joined); in an e-paper's one-paragraph-per-line text from its own convention (:func:`_clean_roles`).
    """
    authors = [b for b in group if b.kind == AUTHOR]
    lines = [b for b in group if b.kind != AUTHOR]
    parts: dict[str, list[Block]] = {"columns": [], "kicker": [], "titles": [], "subs": [], "authors": authors}
    if lines:
        key = {"column": "columns", "kicker": "kicker", "headline": "titles", "subtitle": "subs"}
        roles = _line_roles(doc, lines, clean_form, body)
        heads = [b for b, (_, role) in zip(*roles) if role == "headline"]
        if lines[-1].author_line and not (heads and all(b.author_line and author_names(b.text) for b in heads)):
            # names read as a further headline line, or as a kicker or subtitle beside the
            # headline: an author line (a name read as the only headline is one: 时代楷模 / 张三;
            # a pundit's signature, 本报评论员, never is)
            authors += lines[-1:]  # (the names close the heading: under the headline or its subtitle)
            lines = lines[:-1]
            roles = _line_roles(doc, lines, clean_form, body)
        for b, (_, role) in zip(*roles):
            parts[key[role]].append(b)
    return parts


def _line_roles(doc: Document, lines: list[Block], clean_form: bool, body: str) -> tuple[list[Block], list[tuple[int, str]]]:
    """The lines of a heading group (a line the model cut in two counts as its pieces) and
    their roles, as ``(lines, [(k, role), ...])``."""
    if clean_form:
        roles = _clean_roles(lines)
    else:
        lines, roles = _role_lines(doc, lines, body)
    return lines, list(enumerate(roles))


def _pass_on_authors(runs: list, articles: list[ArticleDraft]) -> None:
    """An author line closing a heading group set after its body (a page whose text puts
    headlines after their bodies) signs the body that follows it, not the one above:
    [body A] [headline A] [author B] [body B] … — the author goes to B's article."""
    first = {r.blocks[0].index: k for k, r in enumerate(runs) if r.blocks}
    for k, run in enumerate(runs):
        heading, art = run.heading, articles[k]
        if not heading or not run.blocks or not art.author or not heading[-1].author_line:
            continue
        last = heading[-1]
        if heading[0].start < run.blocks[-1].start or (j := first.get(last.index + 1)) is None or j == k:
            continue
        span = (last.start, last.end)
        if span in art.author:
            art.author.remove(span)
            art.author = art.author or None
            articles[j].author = sorted((articles[j].author or []) + [span])


def _clean_roles(lines: list[Block]) -> list[str]:
    """Roles in an e-paper's heading lines: kicker, headline, subtitle, in that order.

    A line ending in —— or a colon is a kicker, one opening with —— or giving a speech's
    date a subtitle, a standing column name the column. The e-paper prints an empty line
    where the kicker or the subtitle is missing: two plain lines after an empty one are
    a headline and its subtitle, two followed by an empty one a kicker and its headline
    (the commoner pair when nothing says). One plain line is the headline; three are
    kicker, headline, subtitle.
    """
    roles: list[str | None] = []
    for b in lines:
        roles.append({COLUMN: "column", KICKER: "kicker", SUB: "subtitle"}.get(b.kind))
    plain = [k for k, r in enumerate(roles) if r is None]
    if "kicker" in roles or (len(plain) == 2 and lines[plain[0]].blank_before
                             and not lines[plain[-1]].blank_after):
        order = ["headline"] + ["subtitle"] * len(plain)  # no kicker among the plain lines
    else:
        order = ["headline"] if len(plain) == 1 else ["kicker", "headline"] + ["subtitle"] * len(plain)
    for n, k in enumerate(plain):
        roles[k] = order[n]
    if "headline" not in roles:  # a kicker alone: it is the headline
        roles[next((k for k, r in enumerate(roles) if r == "kicker"), 0)] = "headline"
    return [r or "headline" for r in roles]


ROLES = ("column", "kicker", "headline", "subtitle")
# the log-odds a second headline line must earn unless it is a couplet or letter-spaced
# (tuned on both dev routes, sim and pdf: 0, 0.3, 0.5, 0.6, 1, 2 tried with the logistic role
# model, 0.3 best; with the trees (version 4) 0, 0.3, 0.6, 1, 1.5: 0.6 best, headline exact
# sim 0.580 -> 0.601, pdf 0.560 -> 0.570)
_SECOND_HEADLINE_LINE = 0.6
# what reading a piece worded as a subtitle (a figure, a date it takes effect, who attended:
# :func:`_piece_cues`) as a further headline line costs on top, when it is a piece of its
# own (大兴机场总体运行良好 / 进出港旅客达18.7万人次 is a headline and its subtitle, not one
# headline; tuned on both dev routes: 0, 1, 2, 4, flat from 2; with segment_roles v6, 0 -> 2:
# sim headline exact 0.736 -> 0.740, pdf 0.714 (one headline less); fitted on days 01-07 and
# scored on 08-15 and back, sim 0.687 / 0.756 -> 0.688 / 0.762, pdf 0.634 / 0.725 -> 0.634 / 0.727)
_SUBTITLE_CUE_HEADLINE = 2.0
_SUBTITLE_CUES = frozenset(("figure", "when", "attend_in"))
# what the column role costs a line that is a body's name alone (公安部: :data:`_BODY_NAME`),
# and what any other role costs a group's first line worded as a column (产经观察:
# :data:`_COLUMN_PHRASE`). Dev, both routes, segment_roles v6 (tolls 0/0 -> 2/1; 2/0, 1/2, 4/2
# tried: within one line or one headline of it): heading lines read as or for a column, with
# the joins of :func:`_wraps` and :func:`_left_open`, sim 45 -> 35, pdf 47 -> 37; headline exact
# sim flat, pdf +2 headlines from the tolls. As model features instead (refitted, fitted on
# days 01-07 and scored on 08-15 and back) they were no better: sim 0.687 / 0.769 -> 0.688 /
# 0.760, pdf 0.640 / 0.731 -> 0.641 / 0.716.
_BODY_NAME_COLUMN = 2.0
_COLUMN_PHRASE_OTHER = 1.0
# A couplet title's halves are short (礼赞祖国 / 逐梦前行, 奋斗的史诗 / 复兴的伟力): two balanced lines
# (:func:`_balanced`) of at most this many characters each are spared the second-headline toll,
# unless the first goes on the line above it (a wrap: 结束同…会晤和对 / 尼泊尔国事访问 / 习近平回到北京,
# dev cross-fitted sim +2, pdf +2 groups).
# Longer balanced lines are mostly a kicker and its headline or a headline and its subtitle
# that happen to be of one length (所罗门群岛总理索加瓦雷 / 今起对我国进行正式访问). Dev truth, balanced
# line pairs with a line over 8 characters: sim 1 pair of headline lines to 31 pairs of two
# roles; pdf 44 (titles wrapped at a narrow measure, most joined by the wrap rules) to 45.
# Cross-fitted dev (6, 7, 8, 9, 10 tried, alike): groups whose headline is right, sim +10, pdf +5
_COUPLET_MAX = 8
# what a further headline line costs on top of :data:`_SECOND_HEADLINE_LINE` when it is set at
# the width of the line above it (within half an em): a text wrapped at a measure fills its
# first line and leaves the rest to the next, shorter one; two lines of one width are two
# pieces set alike (一带一路中外媒体采访调研行 / “亲眼见证了中国乡村的变化”, a column tag over its
# headline). Dev truth, line pairs not joined by a wrap rule: two headline
# lines in 0 of 44 such pairs on sim and 9 of 83 on pdf (tuned cross-fitted: 0.5, 1, 2, 3;
# 1 best on both routes). Not between the lines of a piece wrapped with a shorter last line
# (:func:`_ragged_pieces`; pdf +3 groups)
_SAME_WIDTH_HEADLINE = 1.0
_SAME_WIDTH = 0.5  # ems
# what the headline role costs a later piece worded as a subtitle (:data:`_SUBTITLE_CUES`)
# when the piece does not go on a word or bracket the line above left open: a figure, a date it
# takes effect or who attended says a subtitle under a headline rather than a headline under
# a kicker (中央财政加力支持公共文化服务建设 / 今年安排相关资金225亿元). Dev truth, second pieces:
# who attended 41 subtitles to 1 headline, a figure 19 to 7 (tuned cross-fitted: 0.5, 1, 2;
# 0.5 best, larger reads more wrapped titles as a headline and its subtitle)
_SUBTITLE_CUE_LATER = 0.5


_ENDS_SAID = regex.compile(r"(?:强调|指出|表示|要求|提出|宣布|寄语|致信|说|称)$")
_ENDS_ATTEND = regex.compile(r"(?:出席|会见|参加|主持|陪同|会谈|致辞|讲话|出席仪式|出席开幕式|出席会议|参加会见|参加会议)$")
_SERIES = regex.compile(r"[①-⑳]|[（(][上中下一二三四五六七八九十\d]+[）)]$|篇$|之[一二三四五六七八九十]+$")
_COLON_INSIDE = regex.compile(r"^.{1,8}：.")


def _couplet_halves(a: str, b: str) -> bool:
    """Two short balanced lines, the halves of one couplet title (:data:`_COUPLET_MAX`).

    >>> _couplet_halves("礼赞祖国", "逐梦前行")
    True
    >>> _couplet_halves("所罗门群岛总理索加瓦雷", "今起对我国进行正式访问")
    False
    """
    return _balanced(a, b) and max(len(a), len(b)) <= _COUPLET_MAX


def _balanced(a: str, b: str) -> bool:
    """Two short lines of (nearly) one length, neither a sentence."""
    return len(a) <= 14 and len(b) <= 14 and abs(len(a) - len(b)) <= 1 and not (
        _SENTENCE_END.search(a) or _SENTENCE_END.search(b))


# a heading line counts as set at its group's full measure within this much of the widest
# line, in ems (a title wrapped at one measure leaves its lines within half an em or so of
# it: half-width digits and punctuation; 0.5, 0.75 and 1.25 tried on both dev routes, 0.75
# best: pdf headline exact 0.655 / 0.662 / 0.652)
_FULL_SLACK = 0.75


def _pieces(group: list[Block]) -> list[int]:
    """The piece (a kicker, a headline, a subtitle: one wrapped text) each line of a heading
    group belongs to, read from the lines' widths: when two lines or more share the group's
    widest measure the group was wrapped at it, and a line set at that measure goes on in
    the next line; a shorter line ends its piece (国际象棋男子 / 世界杯赛 | 中国棋手丁立 /
    人获得亚军). Without such a measure every line is a piece of its own."""
    widths = [b.width_ratio * b.col for b in group]
    top = max(widths)
    full = [w > 0 and w >= top - _FULL_SLACK for w in widths]
    wrapped = top >= 3 and sum(full) >= 2
    out, piece = [], 0
    for k in range(len(group)):
        out.append(piece)
        if not (wrapped and full[k]) or _ends_kicker(group[k].text):
            piece += 1
    return out


def _piece_facts(group: list[Block]) -> tuple[list[int], list[int], list[dict[str, float]]]:
    """Each line's piece (:func:`_pieces`), each piece's length in characters and the
    wording cues of each piece's text (:func:`_piece_cues`)."""
    pieces = _pieces(group)
    chars = [0] * (pieces[-1] + 1)
    texts = [""] * (pieces[-1] + 1)
    for x, q in zip(group, pieces):
        chars[q] += len(x.text)
        texts[q] += x.text
    return pieces, chars, [_piece_cues(t) for t in texts]


# How the press words the pieces of a heading when no width and no dash tells which is the
# kicker, the headline or the subtitle (role model version 6): a subtitle reports the figure
# (贫困发生率从13.6%下降到1.1%), when a thing takes effect (5日起开始生效), who attended (黄坤明出席并
# 会见获奖作家); a headline over its subtitle says an event took place (…颁奖典礼举行); a kicker
# says who said what (胡春华强调积极发挥…). Read for the piece and for the pieces around it.
_FIGURE = regex.compile(r"\d[\d.,]*(?:%|％|[万亿千百]?(?:元|人次|人|个|家|项|倍|吨|亩|件|所|名|座|公里|米|户|辆|架|条|台|份|笔|起|场|次|年|天)|[万亿])")
_WHEN = regex.compile(r"\d+日起|[今明]起|[今明]年起|年底前|年内|截至|\d+月(?:份|底)?起|起(?:实施|施行|执行|生效)")
_ATTEND_IN = regex.compile(r"出席|会见|会谈|主持|致辞|致信|讲话|慰问|看望|考察|调研")
_ENDS_EVENT = regex.compile(r"(?:举行|召开|开幕|闭幕|启动|发布|公布|印发|出台|揭晓|举办|成立|开通|竣工|落幕|结束|签署|通过)$")
_SAID_IN = regex.compile(r"强调|指出|表示|要求|提出")
# How a column tag (栏目) and a kicker naming a body differ when neither is a standing column
# name (read by :func:`assign_roles` as tolls, not by the role model): a column is a set phrase the press ends in a few words of its
# own (产经观察, 国际视点, 基层纵横, 编辑手记); a short line that is a body's name alone
# (公安部, 浙商银行, 国务院办公厅) credits its article as a byline does: a kicker, not a column.
_COLUMN_PHRASE = regex.compile(
    r"^[\p{Han}“”·]{1,10}(?:观察|视点|纵横|时评|新语|一线|故事|手记|随笔|走笔|札记|速递|快评|短评|微评|"
    r"笔谈|大家谈|面对面|直通车|透视|连线|之声|探访|解读|视角|日记|访谈|广角|扫描|镜头|茶座|热评|纪事)$")
_BODY_NAME = regex.compile(
    r"^\p{Han}{1,8}(?:部|局|委|办|厅|署|院|集团|银行|公司|乐团|协会|学会|中心|大学|政府|法院|检察院)$")


def _piece_cues(text: str) -> dict[str, float]:
    """The wording cues of one heading piece's text (those present, as 1.0).

    >>> sorted(_piece_cues("进出港旅客达18.7万人次"))
    ['figure']
    >>> sorted(_piece_cues("第十届茅盾文学奖颁奖典礼举行"))
    ['ends_event']
    """
    cues = {"figure": _FIGURE.search(text), "when": _WHEN.search(text), "attend_in": _ATTEND_IN.search(text),
            "ends_event": _ENDS_EVENT.search(text), "said_in": _SAID_IN.search(text),
            "quote": "“" in text, "comma": "，" in text}
    return {name: 1.0 for name, hit in cues.items() if hit}


# What the headline role costs the first piece of a heading group of two pieces or more when
# it opens on who acts, a body or the centre (中央气象台发布大风降温预报, 多部门联合印发指导意见…,
# 中央纪委国家监委), or reports how a body acts (河北省滦平县多措并举
# 培养年轻干部, 陕西坚持宣传、普法、打击同步): a kicker's wording, the claim comes below it. Over
# the dev truth's first pieces with no dash: kickers 37 of 162 (23%), headlines over a subtitle 6
# of 148 (4%). Tuned on dev seed 2024, checked on seeds 7 and 11 (0, 1, 2: 2 loses pdf headlines).
_ACTOR_HEADLINE = 1.0
_ACTOR_START = regex.compile(
    r"^(?:中央|国务院|全国|各地|多部门|多地|\p{Han}{1,6}(?:部|委|局|办|厅|署|院|台|集团|银行|公司|协会|政府|法院|"
    r"检察院|杂志)(?=\p{Han}))")
# how a body acts, as a kicker reports it (河北省滦平县多措并举培养年轻干部)
_POLICY_VERB = regex.compile(r"多措并举|坚持|推进|加强|强化|持续|积极|扎实|大力")


def line_features(group: list[Block], k: int,
                  facts: tuple[list[int], list[int], list[dict[str, float]]] | None = None) -> dict[str, float]:
    """What the heading-line role model reads about line ``k`` of a heading group
    (``facts``: the group's :func:`_piece_facts`, when the caller has them)."""
    b = group[k]
    text = b.text
    n = len(group)
    prev = group[k - 1] if k else None
    nxt = group[k + 1] if k + 1 < n else None
    longest = max(len(x.text) for x in group)

    f: dict[str, float] = {
        f"kind_{b.kind}": 1.0,
        "first": float(k == 0), "last": float(k == n - 1), "only": float(n == 1),
        "second": float(k == 1), "second_last": float(k == n - 2),
        "ends_dash": float(text.endswith(("——", "—"))), "starts_dash": float(text.startswith("——")),
        "ends_colon": float(text.endswith(("：", ":"))),
        "bracketed": float(text[:1] in "（(" and text[-1:] in "）)"),
        "ends_bracket": float(text[-1:] in "）)"),
        "quoted": float(text[:1] == "“"), "digit": float(any(c.isdigit() for c in text)),
        "dot": float("·" in text), "space": float(" " in text),
        "column_name": float(is_column_name(text)),
        "letter_spaced": float(b.letter_spaced), "wider": float(b.wider),
        "longest": float(len(text) == longest),
        "longer_than_prev": float(prev is not None and len(text) > len(prev.text)),
        "shorter_than_prev": float(prev is not None and len(text) < len(prev.text)),
        "prev_ends_dash": float(prev is not None and prev.text.endswith(("——", "—"))),
        "next_starts_dash": float(nxt is not None and nxt.text.startswith("——")),
        "prev_letter_spaced": float(prev is not None and prev.letter_spaced),
        # two short balanced lines: the halves of one title (礼赞祖国 / 逐梦前行)
        "couplet_prev": float(prev is not None and _balanced(prev.text, text)),
        "couplet_next": float(nxt is not None and _balanced(text, nxt.text)),
        "blank_before": float(b.blank_before), "blank_after": float(b.blank_after),
        # how the press words each part: a kicker reports who said (…强调), a subtitle who
        # attended (…出席), a series tag counts its parts (①, 篇, （上）)
        "ends_said": float(bool(_ENDS_SAID.search(text))),
        "ends_attend": float(bool(_ENDS_ATTEND.search(text))),
        "series": float(bool(_SERIES.search(text))),
        "comma": float("，" in text), "colon_inside": float(bool(_COLON_INSIDE.search(text))),
        "book_title": float("《" in text),
    }
    f.update(_bin("len", len(text), (4, 7, 10, 14, 20, 28, 40)))
    for side, other in (("p_", prev), ("n_", nxt)):  # the wording of the lines around it
        if other is not None:
            t = other.text
            f.update({side + "said": float(bool(_ENDS_SAID.search(t))),
                      side + "attend": float(bool(_ENDS_ATTEND.search(t))),
                      side + "comma": float("，" in t), side + "series": float(bool(_SERIES.search(t))),
                      side + "column_name": float(is_column_name(t))})
    # the pieces of a wrapped group (:func:`_pieces`): which piece the line is in, where in
    # it, and how long the piece is beside the others (a wrapped kicker is often the longest
    # text of its group and ends in a short line: 郭声琨在陕西 / 调研强调顺应 / 人民群众呼声 / 期盼)
    pieces, chars, cues = facts or _piece_facts(group)
    p, n_p = pieces[k], len(chars)
    # the wording of the line's piece and of the pieces around it: a kicker and its headline
    # or a headline and its subtitle, when no width and no dash tells (德国乒乓球公开赛 /
    # 樊振东男单夺冠; 大兴机场总体运行良好 / 进出港旅客达18.7万人次)
    for side, q in (("pc_", p), ("pp_", p - 1), ("np_", p + 1)):
        if 0 <= q < n_p:
            f.update({side + name: 1.0 for name in cues[q]})
    f.update({"piece_first": float(p == 0), "piece_last": float(p == n_p - 1),
              "piece_starts": float(k == 0 or pieces[k - 1] != p),
              "piece_ends": float(k == n - 1 or pieces[k + 1] != p),
              "piece_multi": float(pieces.count(p) > 1),
              "piece_longest": float(chars[p] == max(chars)),
              "piece_longer_next": float(p + 1 < n_p and chars[p] > chars[p + 1]),
              "piece_shorter_next": float(p + 1 < n_p and chars[p] < chars[p + 1]),
              "piece_longer_prev": float(p > 0 and chars[p] > chars[p - 1]),
              "wrapped": float(n_p < n)})
    f.update(_bin("pieces", n_p, (2, 3, 4)))
    f.update(_bin("piece", p, (1, 2)))
    f.update(_bin("piece_len", chars[p], (5, 8, 11, 15, 20, 28)))
    f.update(_bin("n", n, (2, 3, 4, 5)))
    f.update(_bin("pos", k, (1, 2, 3)))
    f.update(_bin("ratio", b.width_ratio, (0.01, 0.6, 0.85, 1.1, 1.5)))
    return f


def _role_model() -> dict:
    """The shipped heading-line role weights (models/segment_roles.json; see its card)."""
    model = load_model("segment_roles.json", (*_TREE_KEYS, "classes"))
    if sorted(model["classes"]) != sorted(ROLES):
        raise ValueError(f"models/segment_roles.json: expected classes {ROLES}, got {model['classes']}")
    return model


def _wraps(group: list[Block], body: str) -> set[int]:
    """The lines of ``group`` that go on a word the line before them broke off: the
    characters around the line end (three: two before it and one after, or one before and
    two after) are in the article's ``body`` (李克强会见…新任驻 / 华使节和代表: 新任驻华使节).
    A title wrapped over two lines in a large type reads so; a kicker and its headline
    seldom do (a bigram alone, tried on both dev routes, joins more of those by chance).
    A bigram does when it tears a word: the pair across the line end is in the body and the
    pairs on either side of it are not both there, as two words meeting would be (平台升 /
    级上线: 升级 is in the body, 台升 and 级上 are not; 世界杯赛 / 中国棋手: 杯赛 and 中国 are).

    >>> g = [Block(0, 0, 10, "国家地质大数据平台升"), Block(1, 11, 14, "级上线")]
    >>> _wraps(g, "服务平台完成升级，新版本今日上线运行。")
    {1}
    >>> _wraps(g, "服务平台今日上线运行。")
    set()
    """
    out = set()
    for k in range(1, len(group)):
        a, b = group[k - 1].text, group[k].text
        if a and b and _WORD_CHAR.match(a[-1]) and _WORD_CHAR.match(b[0]) and not _name_alone(a) and (
                a[-2:] + b[0] in body or a[-1] + b[:2] in body
                or (a[-1] + b[0] in body and not (a[-2:] in body and b[:2] in body))):
            out.add(k)
    return out


def _name_alone(text: str) -> bool:
    """Is a heading line a body's name alone (中央纪委国家监委, 公安部)? It ends a word: the line
    below it does not go on a word it broke off, even where the body repeats the two lines as
    one sentence (日前，中央纪委国家监委公开曝光6起…): it is a kicker naming who acts."""
    return bool(_BODY_NAME.match(text))


_WORD_CHAR = regex.compile(r"[\p{Han}A-Za-z0-9]")
_BRACKETS = ("《》", "（）", "()", "“”", "〈〉", "【】")
# a function word no heading part ends on: a preposition, a conjunction, 的 (…招待会在 /
# 京隆重举行; not 存在, 所在, 实在…)
_ENDS_OPEN_WORD = regex.compile(r"(?<![存所实不现自内])(?:在|的|和|与|对|将|把|被|并|从|让|给|更加|驻|及)$")


def _left_open(group: list[Block]) -> set[int]:
    """The lines of ``group`` that go on a book title, a bracket or a quote the line before
    them opened and did not close, or a line ending on a function word: one text wrapped,
    not two parts of a heading (直播院线电影《大阅兵· / 2019》多语种版全球发行; dev, both
    routes: 70 line ends inside a bracket and 42 after such a word, none between two roles;
    等 and 至 end a kicker's list or span, and are left out).

    >>> _left_open([Block(0, 0, 11, "直播院线电影《大阅兵·"), Block(1, 12, 25, "2019》多语种版全球发行")])
    {1}
    >>> _left_open([Block(0, 0, 9, "国庆招待会昨晚在"), Block(1, 10, 16, "京隆重举行")])
    {1}
    """
    return {k for k in range(1, len(group))
            if any(group[k - 1].text.count(o) > group[k - 1].text.count(c) for o, c in _BRACKETS)
            or _ENDS_OPEN_WORD.search(group[k - 1].text)}


def _short_tails(group: list[Block]) -> set[int]:
    """The lines of ``group`` that read as the short tail of a title wrapped over the line
    above, not a headline under a kicker: at most ``_SHORT_TAIL`` word characters (quotes
    and a bracketed column tag after them aside) under a longer line with no space, comma
    or 、 in it, that ends on a word character, a closing quote or a book title (英国新方案
    难破“脱欧” / 僵局（国际视点）; 在大历史中感受 / 爱国力量), the group's last line (over
    a longer line, a short line more often opens a headline: 经济发展亮点多韧性足 / 家庭农场 /
    农业高质量发展生力军). The rule :func:`_role_lines` applies to a joined block, for lines
    the reflow left apart.

    >>> _short_tails([Block(0, 0, 11, "英国新方案难破“脱欧”"), Block(1, 12, 20, "僵局（国际视点）")])
    {1}
    >>> _short_tails([Block(0, 0, 8, "全力打造邮政行业"), Block(1, 9, 14, "“国家队”")])
    {1}
    >>> _short_tails([Block(0, 0, 7, "江西井冈山——"), Block(1, 8, 12, "红色旅游")])
    set()
    >>> _short_tails([Block(0, 0, 6, "第一届全运会"), Block(1, 7, 11, "新生力量"), Block(2, 12, 16, "精彩亮相")])
    set()
    """
    out = set()
    for k in range(1, len(group)):
        a = group[k - 1].text.strip()
        b = _TAIL_STRIP.sub("", _TAIL_NOTE.sub("", group[k].text.strip()))
        if (0 < len(b) <= _SHORT_TAIL and len(a) > len(b) and not _TAIL_BREAKS.search(a)
                and all(_WORD_CHAR.match(ch) for ch in b) and _TAIL_OPEN.search(a)
                and k == len(group) - 1):
            out.add(k)
    return out


_FIELD_COLON = regex.compile(r"[：:]")
_LONE_TAIL_TAG = regex.compile(r"[（(][^（）()]*(?:[（(][^（）()]*[）)][^（）()]*)*[）)]$")


def _lone_char_tails(group: list[Block]) -> set[int]:
    """The lines of ``group`` that hold a single word character (quotes and a bracketed
    column tag after it aside) under a line ending on a word character: the last character
    of a title set in large type and wrapped at its block's width (前进步伐 势不可 / 挡;
    为国育才不畏 / 难（暖闻热评·最美奋斗者①）). No heading part is one character long, so
    such a line keeps the role of the line above it, spaces or commas there or not (unlike
    :func:`_short_tails`, which weighs tails of up to four characters). So do two characters
    under a line with no space or comma (扎根边疆保卫 / 平安).

    >>> sorted(_lone_char_tails([Block(0, 0, 8, "前进步伐 势不可"), Block(1, 9, 10, "挡")]))
    [1]
    >>> sorted(_lone_char_tails([Block(0, 0, 6, "为国育才不畏"), Block(1, 7, 20, "难（暖闻热评·最美奋斗者①）")]))
    [1]
    >>> sorted(_lone_char_tails([Block(0, 0, 6, "扎根边疆保卫"), Block(1, 7, 9, "平安")]))
    [1]
    >>> sorted(_lone_char_tails([Block(0, 0, 9, "山西阳城县 刘凡渝"), Block(1, 10, 12, "建议")]))
    []
    >>> sorted(_lone_char_tails([Block(0, 0, 14, "承办单位：北京市新闻出版"), Block(1, 15, 16, "局")]))
    []
    """
    out = set()
    for k in range(1, len(group)):
        a = group[k - 1].text.strip()
        raw = _LONE_TAIL_TAG.sub("", group[k].text.strip())
        b = _TAIL_STRIP.sub("", raw)
        if not (b and all(_WORD_CHAR.match(ch) for ch in b) and len(a) > len(b) + 1 and _TAIL_OPEN.search(a)):
            continue
        if _FIELD_COLON.search(a):
            continue  # a field of the page's furniture (承办单位：…北京市新闻出版 / 局), not a title
        # two characters: only under a line with no space or comma, and not spaced out
        # themselves (山西阳城县 刘凡渝 / 建议 and 贺 信 are a byline's name and a title)
        if len(b) == 1 or (len(b) == 2 and not _TAIL_BREAKS.search(a) and not _TAIL_BREAKS.search(raw)):
            out.add(k)
    return out


_NUMBER_END = regex.compile(r"[0-9０-９〇一二三四五六七八九十百千][\s.]*$")
_UNIT_START = regex.compile(r"^\s*(?:[年月日号%％万亿元个岁名家次周]|\.\d)")


def _torn_numbers(group: list[Block]) -> set[int]:
    """The lines of ``group`` that open on the unit of a number the line above ends on: a
    title wrapped at its width between a number and its measure word (贵州促进 188 / 万易地搬迁
    群众就业; 三名科学家分享2019 / 年诺贝尔…), one text, not two heading parts (dev truth, pdf:
    30 such line ends inside a part, none between two).

    >>> sorted(_torn_numbers([Block(0, 0, 9, "贵州促进 188"), Block(1, 10, 18, "万易地搬迁群众就业")]))
    [1]
    >>> sorted(_torn_numbers([Block(0, 0, 9, "就中朝建交 70 周年"), Block(1, 10, 18, "习近平同某某互致贺电")]))
    []
    """
    return {k for k in range(1, len(group))
            if _NUMBER_END.search(group[k - 1].text) and _UNIT_START.match(group[k].text)}


def _torn_joints(group: list[Block]) -> set[int]:
    """The lines of ``group`` that go on a text the line above broke off where no heading part
    ends or begins: after a name's interpunct, a single dash joining two names or an
    enumeration comma (巴基斯坦总理伊姆兰· / 汗将来华出席…; 第三届中国— / 太平洋岛国…; 斯洛伐克、 /
    匈牙利…), or before 的, which ties what follows to the line above (预计年底95% / 的贫困人口
    脱贫). A kicker ends on a word, a dash pair (——) or a colon, and a headline does not open on
    的 (dev truth, both routes and seed 7: 14 such line ends, all inside one part).
    :func:`_role_lines` does not cut a joined block there either.

    >>> sorted(_torn_joints([Block(0, 0, 10, "巴基斯坦总理伊姆兰·"), Block(1, 11, 20, "汗将来华出席2019年")]))
    [1]
    >>> sorted(_torn_joints([Block(0, 0, 8, "预计年底95%"), Block(1, 9, 15, "的贫困人口脱贫")]))
    [1]
    >>> sorted(_torn_joints([Block(0, 0, 9, "江西井冈山——"), Block(1, 10, 14, "红色旅游")]))
    []
    """
    return {k for k in range(1, len(group))
            if _TORN_END.search(group[k - 1].text.strip()) or group[k].text.strip().startswith("的")}


# where a heading line ends inside its text: a name's interpunct, a single dash between two
# words (not a kicker's ——), an enumeration comma (a kicker may end on a comma: 从山区到城市，)
_TORN_END = regex.compile(r"(?:、|[\p{Han}A-Za-z0-9][·•・]|(?<!—)[\p{Han}A-Za-z0-9][—－])$")


# 分别 and a verb that takes several objects (习近平分别会见…): the lines below that list only
# more office holders (埃及总统塞西 印度总理莫迪) are the rest of its objects, one title wrapped
# at its width, never a headline of their own under it as a kicker
_RESPECTIVELY = regex.compile(r"分别(?:会见|会晤|接见|致电|致函|致信|致贺电|致唁电|看望|同|与)")
_OFFICE_HOLDER = (r"\p{Han}{1,12}?(?:副总统|副总理|总统|总理|首相|主席|国王|女王|议长|总督|王储|秘书长|"
                  r"外长|部长|大使)[\p{Han}·]{1,10}")
_OFFICE_LIST = regex.compile(rf"{_OFFICE_HOLDER}(?:[ 、，和及]*{_OFFICE_HOLDER})*")


def _respective_objects(group: list[Block]) -> set[int]:
    """The lines of ``group`` that only list more office holders under a line that opened a
    list with 分别 and its verb: the objects of one title wrapped over several lines.

    >>> sorted(_respective_objects([Block(0, 0, 15, "习近平分别会见伊朗总统佩泽希齐扬"),
    ...                             Block(1, 16, 28, "埃及总统塞西 印度总理莫迪")]))
    [1]
    >>> sorted(_respective_objects([Block(0, 0, 12, "李克强分别会见外国领导人"),
    ...                             Block(1, 13, 22, "共同推动务实合作迈上新台阶")]))
    []
    """
    out: set[int] = set()
    for k in range(1, len(group)):
        opened = _RESPECTIVELY.search(group[k - 1].text) is not None or (k - 1) in out
        if opened and _OFFICE_LIST.fullmatch(_SPACES.sub(" ", group[k].text.strip())):
            out.add(k)
    return out


def _open_brackets(group: list[Block]) -> set[int]:
    """The lines of ``group`` that open inside a bracket the lines above them opened and
    did not close: a title's bracketed column or series tag wrapped over several lines
    (为了村民的美好梦想（守初心 / 担使命 / 找差距 / 抓落实·…·身边的初心使命）), one piece
    whatever its lines' lengths say.

    >>> sorted(_open_brackets([Block(0, 0, 14, "为了村民的美好梦想（守初心"), Block(1, 15, 18, "担使命"),
    ...                        Block(2, 19, 30, "抓落实·主题教育）"), Block(3, 31, 40, "——追记某某")]))
    [1, 2]
    """
    out, depth = set(), 0
    for k in range(len(group)):
        if depth > 0:
            out.add(k)
        text = group[k].text
        depth = max(0, depth + text.count("（") + text.count("(") - text.count("）") - text.count(")"))
    return out


def _tag_couplets(group: list[Block]) -> set[int]:
    """The lines of ``group`` that end a title set as a couplet, two halves of one length
    with no punctuation, the second carrying the title's bracketed column tag (京北草原 /
    策马奔腾（美丽中国·绝色金秋）): the tag makes the halves look unequal, though they are
    one headline. A kicker is seldom a headline's exact match in length and wording kind.

    >>> _tag_couplets([Block(0, 0, 4, "牧区姑娘"), Block(1, 5, 14, "飞上蓝天（点赞新时代）")])
    {1}
    >>> _tag_couplets([Block(0, 0, 8, "第一次参加奥运会"), Block(1, 9, 20, "走向胜利第一步（新中国的“第一”）")])
    set()
    """
    out = set()
    for k in range(1, len(group)):
        a, b = group[k - 1], group[k]
        m = _COLUMN_IN_TITLE.match(_SPACES.sub("", b.text) if b.letter_spaced else b.text)
        if not m:
            continue
        top = _SPACES.sub("", a.text) if a.letter_spaced else a.text
        if len(top) == len(m["title"]) <= _COUPLET_HALF and _COUPLET_TEXT.match(top) and _COUPLET_TEXT.match(m["title"]):
            out.add(k)
    return out


def _after_tag(group: list[Block]) -> set[int]:
    """The lines of ``group`` below a line that closes a title with its bracketed column or
    series tag (前三季度外贸运行稳中提质（权威发布） / 民企成为带动增长的主要力量): the tag
    ends the headline, so what follows is a subtitle, not more headline. A tag wrapped over
    several lines counts where its bracket closes; a line that is a bracketed note alone
    (（二〇一九年十月十三日 加德满都）) is no tag.

    >>> sorted(_after_tag([Block(0, 0, 5, "田庄台"), Block(1, 6, 20, "小吃也成大气候（解码·赓续文脉）"),
    ...                    Block(2, 21, 30, "老字号仍在传承")]))
    [2]
    >>> _after_tag([Block(0, 0, 9, "联合声明"), Block(1, 10, 25, "（二〇一九年十月十三日 加德满都）")])
    set()
    """
    out: set[int] = set()
    text, starts = "", []
    for k in range(len(group) - 1):
        line = _SPACES.sub("", group[k].text) if group[k].letter_spaced else group[k].text.strip()
        starts.append(len(text))
        text += line
        m = _TAG_END.search(text)
        # a bracketed line alone is a note, and one after a dash attribution its source, not a tag
        opened = max((x for x in starts if x <= m.start()), default=0) if m else 0
        if m and m.start() > opened and not text.startswith("——", opened):
            tag = m.group(1)
            if is_column_tag(tag, spaced=True) or _TAG_WORDS.match(tag):
                out.update(range(k + 1, len(group)))
                break
    return out


_TAG_END = regex.compile(r"[（(]((?:[^（）()]|[（(][^（）()]{1,8}[）)]){2,60})[）)]$")
_TAG_WORDS = regex.compile(r"^(?=.{2,8}$)[\p{Han}“”]*\d{0,4}[\p{Han}“”]*$")  # 逐梦70年, not 本报记者周杰采访整理


_COUPLET_HALF = 8  # characters of a couplet title's half, at most
_COUPLET_TEXT = regex.compile(r"^[\p{Han}\d]+$")


_TAIL_NOTE = regex.compile(r"（[^（）]{2,10}）$")
_TAIL_STRIP = regex.compile(r"[\s“”‘’《》]")
_TAIL_BREAKS = regex.compile(r"[\s，、,]")


# where a title wrapped before its short tail may break off: on a word character, after a
# closing quote or book title
_TAIL_OPEN = regex.compile(r"[\p{Han}A-Za-z0-9”’》]$")


# what giving two lines of one wrapped title two roles costs (log-probability; tuned on both
# dev routes: 1, 2, 4, 8 tried; 2 best, pdf headline exact 0.603 -> 0.635, sim 0.638 -> 0.643)
_WRAP_SPLIT = 2.0
# what giving a line inside a bracket the lines above opened another role than the line
# above costs (:func:`_open_brackets`: a title's series tag wrapped over several lines;
# dev, seed 2024: headline exact sim and pdf +2 headlines each at 6; seeds 7 and 11 flat)
_OPEN_BRACKET_SPLIT = 6.0
# what parting the halves of a couplet title whose second half carries the column tag
# costs (:func:`_tag_couplets`; replaces the wrap cost there; 2 and 4 alike: dev headline
# exact seed 2024 sim +8, pdf +4 headlines; seeds 7 and 11 +2 to +5, nothing lost)
_TAG_COUPLET_SPLIT = 2.0
# what the headline role costs a line below the one closing a title with its bracketed
# column tag (:func:`_after_tag`; 1.5, 3, 6 tried on dev seed 2024, 3 best: sim +6, pdf +4
# headlines; seeds 7 and 11 +0 to +3, nothing lost)
_AFTER_TAG_HEADLINE = 3.0


# what the role model's scores are multiplied by before they become log-probabilities: the
# trees are fitted on every DEV page, where each article recurs (two editions, two routes),
# and are surer of their roles than they are right on a day they did not see, so their word
# would outweigh the tolls below (the rules of print order, wraps, tags, wording). Cross-fitted
# by day (crossfit.py, the role model of each fold only; 0.3, 0.4, 0.5, 0.6, 0.7, 1 tried), dev
# headline exact sim 0.769 -> 0.779 / 0.779 / 0.778 / 0.776 / 0.774, pdf 0.726 -> 0.720 / 0.726 /
# 0.731 / 0.733 / 0.733. 0.6 reads the seed page's 习近平分别会见伊朗总统佩泽希齐扬 / 埃及总统塞西
# 印度总理莫迪 as a kicker over its headline; 0.7 keeps it one headline.
_ROLE_TEMPERATURE = 0.7


def assign_roles(group: list[Block], body: str = "") -> tuple[float, list[str]]:
    """A role for each line of a heading group, in print order: column, kicker, headline,
    subtitle (each may take several lines or none). The best order-respecting labelling
    under the shipped line model, with its log-probability (tolls included); at least one
    line is the headline. ``body``: the article's text, to tell a title wrapped over two
    lines (:func:`_wraps`), whose lines keep one role."""
    model = _role_model()
    order = [model["classes"].index(r) for r in ROLES]
    scores = []
    facts = pieces, _, cues = _piece_facts(group)
    for k in range(len(group)):
        raw = boosted(model, line_features(group, k, facts))
        scores.append([raw[c] for c in order])
    # log-softmax per line, then the best non-decreasing role sequence holding a headline
    logp = []
    for row in scores:
        row = [x * _ROLE_TEMPERATURE for x in row]
        m = max(row)
        z = m + math.log(sum(math.exp(x - m) for x in row))
        logp.append([x - z for x in row])
    n, h = len(group), ROLES.index("headline")
    c = ROLES.index("column")
    for k, b in enumerate(group):
        if _BODY_NAME.match(b.text):
            logp[k][c] -= _BODY_NAME_COLUMN
        elif k == 0 and n > 1 and _COLUMN_PHRASE.match(b.text):
            for r in range(1, len(ROLES)):
                logp[k][r] -= _COLUMN_PHRASE_OTHER
    _kicker_wording_tolls(group, pieces, logp)
    _subtitle_wording_tolls(group, pieces, logp)
    _subtitle_line_tolls(group, logp)
    wraps = (_wraps(group, body) if body else set()) | _left_open(group) | _lone_char_tails(group)
    wraps |= _torn_numbers(group) | _respective_objects(group)
    wraps |= _torn_joints(group)
    inside, couplets = _open_brackets(group), _tag_couplets(group)
    _subtitle_cue_tolls(group, pieces, cues, wraps | inside, logp)
    for k in _after_tag(group):
        logp[k][h] -= _AFTER_TAG_HEADLINE
    tails = _short_tails(group)
    kicker = ROLES.index("kicker")
    # a line ending in —— (not one before a ——subtitle) closes the kicker: no headline above it
    dash = [k for k in range(n - 1) if _ends_kicker(group[k].text) and not group[k + 1].text.startswith("——")]
    if dash:
        for j in range(dash[-1] + 1):
            for r in ("headline", "subtitle"):
                logp[j][ROLES.index(r)] -= _DASH_KICKER
    widths = [b.width_ratio * b.col for b in group]
    ragged = _ragged_pieces(pieces, widths)
    # per line, what a further headline line pays does not depend on the roles around it. Spared:
    # a couplet's second half, and a line under a letter-spaced one (a letter-spaced first half
    # over a plain second one is one headline: the seed page's 登 高 望 远 ，穿 云 破 雾 / 推动…);
    # a letter-spaced line under a plain one pays (德国乒乓球公开赛 / 樊 振 东 男 单 夺 冠: two roles)
    spared = [k > 0 and ((_couplet_halves(group[k - 1].text, group[k].text) and k - 1 not in wraps)
                         or group[k - 1].letter_spaced) for k in range(n)]
    same_width = [k > 0 and widths[k] > 0 and abs(widths[k - 1] - widths[k]) <= _SAME_WIDTH
                  and not (pieces[k] == pieces[k - 1] and pieces[k] in ragged) for k in range(n)]
    subtitle_cue = [k > 0 and pieces[k] != pieces[k - 1] and bool(_SUBTITLE_CUES & cues[pieces[k]].keys())
                    for k in range(n)]
    neg = float("-inf")
    # state: (role, has_headline)
    best = [[[neg, neg] for _ in ROLES] for _ in range(n)]
    back: list[list[list[tuple[int, int] | None]]] = [[[None, None] for _ in ROLES] for _ in range(n)]
    for r in range(len(ROLES)):
        best[0][r][int(r == h)] = logp[0][r]
    for k in range(1, n):
        for r in range(len(ROLES)):
            for pr in range(r + 1):
                for ph in (0, 1):
                    if best[k - 1][pr][ph] == neg:
                        continue
                    hh = int(ph or r == h)
                    v = best[k - 1][pr][ph] + logp[k][r]
                    if k in inside and r != pr:
                        v -= _OPEN_BRACKET_SPLIT
                    if k in couplets:
                        if r != pr:
                            v -= _TAG_COUPLET_SPLIT
                    elif k in wraps:
                        if r != pr:
                            v -= _WRAP_SPLIT
                    elif k in tails and pr == kicker and r == h:
                        v -= _WRAP_SPLIT
                    elif r == pr == h and not spared[k]:
                        v -= _SECOND_HEADLINE_LINE
                        if same_width[k]:
                            v -= _SAME_WIDTH_HEADLINE
                        if subtitle_cue[k]:
                            v -= _SUBTITLE_CUE_HEADLINE
                    if v > best[k][r][hh]:
                        best[k][r][hh] = v
                        back[k][r][hh] = (pr, ph)
    end = max(range(len(ROLES)), key=lambda r: best[n - 1][r][1])
    roles, state = [], (end, 1)
    for k in range(n - 1, -1, -1):
        roles.append(ROLES[state[0]])
        if k:
            state = back[k][state[0]][state[1]]
    return best[n - 1][end][1], roles[::-1]


def _kicker_wording_tolls(group: list[Block], pieces: list[int], logp: list[list[float]]) -> None:
    """Charge the headline role :data:`_ACTOR_HEADLINE` on the lines of a group's first piece
    worded as a kicker (:data:`_ACTOR_START`, :data:`_POLICY_VERB`) when more pieces follow,
    unless the next is worded as a subtitle (:data:`_SUBTITLE_CUES`)."""
    if pieces[-1] == 0:
        return
    first = "".join(b.text for b, q in zip(group, pieces) if q == 0)
    if not (_ACTOR_START.search(first) or _POLICY_VERB.search(first)):
        return
    second = "".join(b.text for b, q in zip(group, pieces) if q == 1)
    if _SUBTITLE_CUES & _piece_cues(second).keys():
        return  # a figure or a date below: a headline and its subtitle (…建设 / 今年安排相关资金225亿元)
    h = ROLES.index("headline")
    for k, q in enumerate(pieces):
        if q:
            break
        logp[k][h] -= _ACTOR_HEADLINE


def _ragged_pieces(pieces: list[int], widths: list[float]) -> set[int]:
    """The pieces wrapped over lines of one measure whose last line is shorter than the one
    above it, as a text wrapped at a measure ends (中央统战部等联合举办 / 新中国成立70周年成就 /
    报告会): their lines of one width are one text, not two pieces set alike."""
    out = set()
    for k in range(1, len(pieces)):
        last = k == len(pieces) - 1 or pieces[k + 1] != pieces[k]
        if last and pieces[k] == pieces[k - 1] and widths[k] < widths[k - 1] - _SAME_WIDTH:
            out.add(pieces[k])
    return out


def _subtitle_cue_tolls(group: list[Block], pieces: list[int], cues: list[dict[str, float]], joined: set[int],
                        logp: list[list[float]]) -> None:
    """Charge the headline role :data:`_SUBTITLE_CUE_LATER` on the lines of each piece below the
    first worded as a subtitle, unless its first line is ``joined`` to the line above (a word,
    a bracket or a quote it goes on)."""
    h = ROLES.index("headline")
    first: dict[int, int] = {}
    for k, q in enumerate(pieces):
        first.setdefault(q, k)
    for k in range(1, len(group)):
        q = pieces[k]
        if q and not _SUBTITLE_CUES.isdisjoint(cues[q]) and first[q] not in joined:
            logp[k][h] -= _SUBTITLE_CUE_LATER


# what any role but the subtitle costs a heading line below the first that only a subtitle is
# (:func:`_subtitle_line_tolls`): a date in brackets (a speech's or a document's date and place
# under its title: （2019年10月1日）, （二〇一九年十月十三日 加德满都）; dev truth, both routes, seeds
# 2024 and 7: 19 such lines, all subtitles), or a line opening on a dash with words after it
# (——访中国援助…项目, ——庆祝…系列论坛反响综述: the press sets the source or the occasion of a
# title so under it; dev truth, both routes and seed 7: 444 such lines, all subtitles; a bare ——
# line, which closes a kicker, is left out)
_SUBTITLE_LINE = 3.0
_DATED_NOTE_LINE = regex.compile(r"^[（(][^（）()]*[年月日][^（）()]*[）)]$")


def _subtitle_line_tolls(group: list[Block], logp: list[list[float]]) -> None:
    """Charge every role but the subtitle :data:`_SUBTITLE_LINE` on a line below the first
    that is a date in brackets (:data:`_DATED_NOTE_LINE`) or opens on —— with words after it."""
    s = ROLES.index("subtitle")
    for k in range(1, len(group)):
        text = group[k].text.strip()
        if _DATED_NOTE_LINE.match(text) or (text.startswith("——") and text.lstrip("—")):
            for r in range(len(ROLES)):
                if r != s:
                    logp[k][r] -= _SUBTITLE_LINE


# what the headline role costs a piece below the first that opens on a verb with no subject
# (:func:`_subtitle_wording_tolls`; dev seed 2024 1, 2, 4: 2 and 4 alike, sim headline exact
# +5 headlines, pdf +1; seeds 7 and 11 flat or +1): it goes on the subject of the headline
# above it, as a subtitle does; dev truth: subtitles 4 of 69, headlines under a kicker 0 of 162
_VERB_SUBTITLE = 2.0
# a piece that opens on a verb with no subject of its own goes on the subject of the
# headline above it: a subtitle (香港各界揭批教育乱象 / 认为教育改革势在必行; 习近平抵达加德满都 /
# 开始对尼泊尔进行国事访问)
_OPENS_VERB = regex.compile(r"^(?:认为|开始|决定|表示|呼吁|强调|指出|要求|希望|敦促|宣布|同意|介绍|回应|主张|重申)")


def _subtitle_wording_tolls(group: list[Block], pieces: list[int], logp: list[list[float]]) -> None:
    """Charge the headline role :data:`_VERB_SUBTITLE` on a later piece opening on a verb
    with no subject (:data:`_OPENS_VERB`)."""
    h = ROLES.index("headline")
    for k in range(1, len(group)):
        if pieces[k] != pieces[k - 1] and _OPENS_VERB.match(group[k].text):
            for j in range(k, len(group)):
                if pieces[j] != pieces[k]:
                    break
                logp[j][h] -= _VERB_SUBTITLE


@extractor("newsie.segment.v1", assigns=("articles", "captions"))
def make_segmenter(*, min_articles_for_structure: int = 1, orientation: Literal["auto", "before", "after"] = "auto"):
    """Split the page into articles with headlines, kickers, subtitles and columns.

    Args:
        min_articles_for_structure: fewer headed articles than this and the page is
            returned as one article with a warning.
        orientation: where the page prints headlines: "before" or "after" their bodies,
            or "auto" (default) to find out from the page.
    """

    def segment(doc: Document, draft: Draft) -> None:
        if not doc.paragraphs:
            return
        blocks = classify(doc)
        runs, leftovers, captions = segment_blocks(doc, blocks, orientation, draft.page_number)
        page_no = draft.page_number or 0
        headed = sum(1 for r in runs if r.heading)
        if headed < min_articles_for_structure and not any(r.blocks[0].kind == MARK_FROM for r in runs):
            draft.articles.append(ArticleDraft(id=f"p{page_no}-a1", paragraphs=list(doc.paragraphs),
                                               extent=[(0, len(doc.text) + 1)]))
            draft.warn(NO_STRUCTURE)
            return
        columns = [g for g in leftovers if _column_like(g)]
        for k, run in enumerate(runs, 1):
            art = ArticleDraft(id=f"p{page_no}-a{k}")
            blocks_in = [b for b in run.blocks]
            opener = blocks_in[:1] if blocks_in and blocks_in[0].author_line else []
            art.paragraphs = [(b.start, b.end) for b in blocks_in[len(opener):]
                              if b.kind in (BODY, LEAD, MARK_TO, MARK_FROM)]
            extent_blocks = blocks_in + (run.heading or []) + run.section_heads
            art.extent = sorted((b.start, b.end + 1) for b in extent_blocks)
            art.section_heads = [(b.start, b.end) for b in run.section_heads]
            if run.heading:
                body = "".join(doc.match_text[b.start : b.end] for b in run.blocks)
                parts = _heading_parts(doc, run.heading, is_clean_form(doc), body)
                if parts["kicker"]:
                    art.kicker = [(b.start, b.end) for b in parts["kicker"]]
                if parts["titles"]:
                    art.headline = [(b.start, b.end) for b in parts["titles"]]
                    last = parts["titles"][-1]
                    m = _COLUMN_IN_TITLE.match(last.text)
                    if m:  # 平凡孕育着伟大（今日谈）: the column set after the headline
                        t = last.start
                        art.headline = art.headline[:-1] + [(t, t + m.end("title"))]
                        art.column = [(t + m.start("column"), t + m.end("column"))]
                art.subheadlines = [(b.start, b.end) for b in parts["subs"]]
                if parts["columns"] and art.column is None:
                    art.column = [(parts["columns"][0].start, parts["columns"][0].end)]
                if parts["authors"]:
                    art.author = [(b.start, b.end) for b in parts["authors"]]
            if opener:  # the author line opening the body: the heading's author
                art.author = sorted((art.author or []) + [(opener[0].start, opener[0].end)])
            draft.articles.append(art)
        _pass_on_authors(runs, draft.articles[len(draft.articles) - len(runs):])
        # Column tags go to a nearby article whose body quotes them, else the next article.
        starts = [a.extent[0][0] if a.extent else 0 for a in draft.articles]
        for group in columns:
            tag = group[0]
            quoted = f"“{tag.text}”"
            k = bisect.bisect_left(starts, tag.start)
            near = draft.articles[max(0, k - 4) : k + 4]  # a tag stands near its article
            target = next((a for a in near if any(quoted in doc.match_text[s:e] for s, e in a.paragraphs)), None)
            if target is None and draft.articles:
                target = draft.articles[min(k, len(draft.articles) - 1)]
            if target is not None and target.column is None:
                target.column = [(tag.start, tag.end)]
                target.extent.append((tag.start, tag.end + 1))
                target.extent.sort()
        # Captions: neighbouring caption blocks are one caption until a sentence or a
        # credit line closes it.
        current: list[Block] = []
        for b in (part for c in captions for part in _split_at_credits(c)):
            if current and (b.index > current[-1].index + 1 or _closes_caption(current[-1])
                            or _opens_caption_item(current[-1], b)):
                draft.captions.append(CaptionDraft(range=(current[0].start, current[-1].end)))
                current = []
            current.append(b)
        if current:
            draft.captions.append(CaptionDraft(range=(current[0].start, current[-1].end)))
        if any(not a.headline for a in draft.articles if not a.continuations):
            missing = sum(1 for a in draft.articles if not a.headline)
            if missing:
                draft.warn(f"{missing} article(s) without a recognised headline")

    return segment
