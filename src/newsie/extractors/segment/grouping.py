"""Step 2 of segmentation: consecutive heading lines become heading groups, body blocks runs.

A run ends after a 下转 marker and starts at a 上接 marker or after a heading group; prose
tails, bullets, caption openings and leads are sorted out here. Also the lexical-cohesion
helpers that later steps read runs with.
"""

from __future__ import annotations

import bisect
import codecs
import operator
import sys
from dataclasses import dataclass, field, replace
from functools import lru_cache

import regex

from newsie.document import Document, _ends_terminal
from newsie.extractors.bylines import _PHOTO
from newsie.extractors.segment.blocks import (
    _CAPTION_START,
    _CLOSED_CLAUSE,
    _ENDS_IN_WORD,
    _ORG_NAME,
    _PHOTO_COLUMNS,
    _SENTENCE_END,
    _WORD_CHAR,
    AUTHOR,
    BODY,
    CAPTION,
    COLUMN,
    CREDIT,
    HEADING,
    KICKER,
    LEAD,
    MARK_FROM,
    MARK_TO,
    SUB,
    TITLE,
    Block,
    column_in_title,
    _block_lines,
    _line_text,
    _piece,
    _series_tag,
    _splits_a_word,
    _unspaced,
)
from newsie.extractors.segment.roles import _SENTENCE_STOP, _torn_pair


@dataclass
class _Run:
    blocks: list[Block]
    heading: list[Block] | None = None
    section_heads: list[Block] = field(default_factory=list)
    # not None: this run was cut from the run before it at a paragraph boundary (no
    # dateline there) and costs this much unless the pairing merges it back (:func:`_sandwich_cut`)
    cut_cost: float | None = None
    # what this run costs the pairing besides :func:`~newsie.extractors.segment.pairing._unheaded_cost`
    # if it is left without a heading (a piece cut off for the heading group below it: :func:`_shift_cut`)
    bare_cost: float = 0.0

    @property
    def starts_with_lead(self) -> bool:
        return self.blocks[0].kind in (LEAD, MARK_FROM)

    @property
    def ends_with_jump(self) -> bool:
        return self.blocks[-1].kind == MARK_TO or self.blocks[-1].jump_to

    @property
    def holds_jump(self) -> bool:
        """Does the run hold a 下转 or 上接 marker anywhere (a block of its own or one run into a line)?"""
        return any(b.kind in (MARK_TO, MARK_FROM) or b.jump_to for b in self.blocks)


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
                                                         or _short_caption(seq[-1].blocks[-1])
                                                         or _caption_tail(captions, seq[-1].blocks[-1])):
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
# summary sentence set before its body (让规则成为企业公平竞争的坚实护栏，让创新成为行业持续发展
# 的引擎) or the first line of the next article's body, which the pairing would otherwise
# read as the headline, pushing the true headline into the kicker.
_PROSE_TAIL_MIN = 12  # characters such a sentence holds at least


_PROSE_TAIL_NOT = regex.compile(r"^[“（(《]|——|\d|[〇一二三四五六七八九十百千万亿]{3}|[：:]")


# a block closed by a whole quotation with no stop in it, run on from a line of words with no
# quote of its own (某某，某某强本领“某某等着我们”): a prose sentence closes on its stop (。” or ”。),
# and one quoting words before (“不唯上、不唯书”，不做“某某家”) opens a text
_QUOTED_LAST = regex.compile(r"^[^“”]*\p{Han}“[^“”，。；！？,;!?：:]{4,20}”$")


def _closes_on_quote(text: str) -> bool:
    """Does ``text`` close on a whole quotation run on from words, with no stop anywhere in it
    (a kicker the reflow joined to its quoted headline: :data:`_QUOTED_LAST`)?

    >>> _closes_on_quote("稳外贸订单多，资金周转更顺畅“明年的日子会更红火”")
    True
    >>> _closes_on_quote("“不唯上、不唯书”，不做“风派人物”"), _closes_on_quote("他说，“我们的日子会更红火。”")
    (False, False)
    """
    return _QUOTED_LAST.search(text) is not None and not _SENTENCE_STOP.search(text)


def _prose_tail(group: list[Block], b: Block, flat: str, below: str = "") -> bool:
    """Is ``b``, the block under heading group ``group``'s last line, a sentence of the body
    below (not a subtitle, not the headline under a kicker)? ``flat``: the page without
    white space; ``below``: the text of the run under the group (:func:`_torn_into_body`).

    >>> t = Block(0, 0, 10, "携手守护个人数据安全", kind=TITLE)
    >>> _prose_tail([t], Block(1, 11, 41, "让规则成为企业公平竞争的坚实护栏，让创新成为行业持续发展的引擎", kind=TITLE), "")
    True
    >>> _prose_tail([t], Block(1, 11, 26, "截至8月底，山东PPP项目有1038个", kind=TITLE), "")
    False
    """
    text = b.text.strip()
    if b.letter_spaced or "，" not in text or len(text) < _PROSE_TAIL_MIN:
        return False
    if column_in_title(text) is not None:
        return False  # closed by a bracketed column tag: a title, 共同见证，中国影响力与日俱增（大使随笔）
    if _torn_into_body(text, below):
        return True
    if _PROSE_TAIL_NOT.search(text):
        return False
    if b.n_lines >= 2 and _closes_on_quote(text):
        return False  # a kicker over a quoted headline, one block: 某某多，某某强 / “某某等着我们”
    above = group[-1].text.strip()
    if above.endswith(("——", "—", "：", ":")) or group[-1].kind == KICKER:
        return False  # the line under a kicker is its headline: 三十年，守边护林在祖国最北端
    if _splits_a_word(above, text, flat):
        return False  # the line above runs on into it (…从天安 / 门广场…): prose, no title
    return any(x.kind == TITLE and len(t := x.text.strip()) >= 6 and " " not in t and not _series_tag(t)
               for x in group)


# how much of the run under a heading group :func:`_torn_into_body` hands the tear tests: more than
# the longest word they look for across a line end (a place of six characters), so that the run's
# whole first paragraph is not hashed into their caches
_TORN_SEEN = 16


def _torn_into_body(text: str, below: str) -> bool:
    """Does a comma sentence ``text`` closing a heading group break off inside a word or a
    phrase that the run under the group (``below``) goes on with (roles._torn_pair: 某某研究员、
    青禾县农业技术推 / 广站站长…, 一位头发花白的 / 老人…)? A body line wrapped at its column's
    measure, whatever it opens on (a figure, a quote), not a subtitle, which ends on its last
    word. Reading pages (2019 days 01-10 of draws 2024, 7, 11, 13, 17, the jump pages of draws
    2024, 7, 11, 41, the other month's days 01-15, both routes): of the comma lines of 12
    characters or more that close a heading group and that the other tests here leave, 197 torn
    so were body lines and 4 a title the reflow had run into the body's first line."""
    nxt = _unspaced(below)[:_TORN_SEEN]  # (the tests read the line below's first few characters)
    return bool(nxt) and _torn_pair(_unspaced(text), nxt)


def _prose_tails_to_body(doc: Document, seq: list[object]) -> list[object]:
    """Give the sentences trailing a heading group (:func:`_prose_tail`) to the run below it,
    unless that run opens on a 上接 marker: a jump part's text opens there, and the sentence over
    it is the deck of the part's headline (blocks.classify)."""
    for i, x in enumerate(seq):
        if not isinstance(x, list) or len(x) < 2 or i + 1 >= len(seq) or not isinstance(seq[i + 1], _Run):
            continue
        run = seq[i + 1]
        if run.blocks[0].kind == MARK_FROM:
            continue
        flat = doc.squashed()
        moved = False
        while len(x) >= 2 and _prose_tail(x[:-1], x[-1], flat, run.blocks[0].text):
            run.blocks.insert(0, replace(x.pop(), kind=BODY))
            moved = True
        while moved and len(x) >= 2 and _opens_the_tail(x[:-1], x[-1]):
            run.blocks.insert(0, replace(x.pop(), kind=BODY))
    return seq


_PROSE_INSIDE = regex.compile(r"\p{Han}[、，：]\p{Han}")  # a clause's punctuation between words
# a subtitle opened by a dash that names its piece's genre or occasion, closed there (——某某活动综述)
_SUB_CLOSED = regex.compile(r"^——.*(?:讲话|致辞|侧记|纪实|综述|述评|巡礼|扫描|速写)$")


def _opens_the_tail(group: list[Block], b: Block) -> bool:
    """Is ``b``, the last line of heading group ``group`` right over the sentence
    :func:`_prose_tails_to_body` gave to the body, that sentence's opening: prose (a
    clause's punctuation between words) under a dash-opened subtitle that its genre closes
    (:data:`_SUB_CLOSED`, the subtitle's wrapped lines joined: ——青禾县秋收工作综 / 述 / 从县城
    到乡镇、村 / 组，各地……)? Nothing goes on from such a subtitle: the line under it is the body's
    first, its indent lost in the PDF's text."""
    text = _unspaced(b.text)
    if b.letter_spaced or b.kind not in (TITLE, SUB) or text.startswith("—") or not _PROSE_INSIDE.search(text):
        return False
    sub = ""
    for x in reversed(group):
        sub = _unspaced(x.text) + sub
        if sub.startswith("——"):
            return _SUB_CLOSED.match(sub) is not None
        if x.kind not in (TITLE, SUB):
            break
    return False


# What closes an article's text below its last sentence and never heads the next one: a staff
# credit for the page or the piece (（责任编辑 某某）, 版式设计 某某), a note on the page's pictures
# (本版照片由某某提供), a picture story's credit (某某图 某某文), a bare photo label (图片：), a
# bracketed closing note (（本报记者 某某整理）, （某社某地某日电 记者某某）) alone, after the
# closing quote or the sentence end it was set with, or after a dash-set speaker's attribution.
# Set right under the text it closes and above the next heading, the reflow joins such a line
# to that heading group, and the roles read it as the next article's kicker. Counted both ways
# (session 38) over the reading sets (2019 days 01-10 of layout seeds 2024, 7, 11 and 13, the
# other month's days 01-15, jump draws 43, 44 and 46; both routes), every line
# :func:`_closing_lines_off_headings` moves: 289 body text of the article above in the truth,
# 1 a real subtitle (a dash-set one, under a quoted headline read as a paragraph).
_NOTE_WORDS = r"(?:记者|通讯员|作者|日电|社电|报道|整理|编译|供稿|综合)"
_CLOSING_NOTE_ALONE = regex.compile(rf"^[”’」』]*\s*[（(][^（）()]*{_NOTE_WORDS}[^（）()]*[）)]$")
_CLOSING_QUOTE_ALONE = regex.compile(r"^[”’」』]+$")
_SENTENCE_NOTE = regex.compile(rf"^[^（）()]{{1,40}}[。！？!?…][”’」』]?\s*[（(][^（）()]*{_NOTE_WORDS}[^（）()]*[）)]$")
_SPEAKER_NOTE = regex.compile(r"^—{2,3}[^（）()—]{2,40}[（(][^（）()]*(?:记者|整理|作者)[^（）()]*[）)]$")
_STAFF_CREDIT = regex.compile(r"^[（(]?(?:本版|本期|本刊)?(?:责任编辑|责编|编辑|版式设计|版面设计|版式|美术编辑|美编"
                              r"|图表制作|制图|校对)(?:[：:]\s*|\s+)[\p{Han}·]{1,4}(?:[\s、，,]+[\p{Han}·]{1,4}){0,4}[）)]?$")
_PAGE_PICTURES = regex.compile(r"^[（(]?本[版期刊](?:照片|图片|插图|配图|摄影|漫画)[^，。：:（）()]{0,16}"
                               r"(?:图片|照片|提供|供图|摄|资料)[）)]?$")
_PICTURE_STORY = regex.compile(r"^[\p{Han}·]{2,5}[／/]?[图画绘][／/]?[\p{Han}·]{2,5}[／/]?文$")
_STORY_PARTS = regex.compile(r"[图画绘](?:\s|[／/])")  # the two credits set apart (某某图 某某文)
_PHOTO_LABEL = regex.compile(r"^图片[：:]$")
_CLOSING_LINES_MAX = 4  # source lines such a note is set in, at most


def _closing_line(text: str) -> str | None:
    """Which closing note (:data:`_NOTE_WORDS` and the patterns above) ``text`` is, or None."""
    flat = "".join(text.split())
    if not flat:
        return None
    if _CLOSING_NOTE_ALONE.match(flat):
        return "note"
    if _CLOSING_QUOTE_ALONE.match(flat):
        return "quote"
    if _SENTENCE_NOTE.match(flat):
        return "sentence"
    if _SPEAKER_NOTE.match(flat):
        return "speaker"
    if _STAFF_CREDIT.match(text.strip()):
        return "staff"
    if _PAGE_PICTURES.match(flat):
        return "pictures"
    if _PICTURE_STORY.match(flat) and _STORY_PARTS.search(text):
        return "story"
    if _PHOTO_LABEL.match(flat):
        return "label"
    return None


def _closing_cut(doc: Document, group: list[Block]) -> tuple[int, list] | None:
    """Where the closing note opening heading group ``group`` ends (:func:`_closing_line`, over
    its first source lines, the fewest that make one: a staff credit lists names, 某某 某某):
    the index of the block that holds its last line and the source lines of that block it
    takes; None if the group opens with no such note."""
    text = ""
    lines = [(k, ln) for k, b in enumerate(group) for ln in _block_lines(doc, b)][:_CLOSING_LINES_MAX]
    for n, (k, ln) in enumerate(lines, 1):
        text += _line_text(doc, ln) + " "
        if _closing_line(text) is not None:
            src = _block_lines(doc, group[k])
            return k, src[: next(j for j, x in enumerate(src) if x is ln) + 1]
    return None


# a speaker's attribution under the words quoted (——某市某中学教师某某): a dash, then no
# sentence end; under a paragraph of :data:`_SPEAKER_PARAGRAPH` characters or more closed by a
# sentence end (a headline in quotes, read as a paragraph, is shorter)
_ATTRIBUTION = regex.compile(r"^—{2,3}[^—。；！？!?]{2,40}$")
_CLOSED_PARAGRAPH = regex.compile(r"[。！？!?…][”’」』]?$")
_SPEAKER_PARAGRAPH = 30


def _speaker_under(last: Block, b: Block) -> bool:
    """Is heading block ``b`` a speaker's attribution closing paragraph ``last`` right above it?"""
    text, above = "".join(b.text.split()), "".join(last.text.split())
    return (text.startswith("——") and _ATTRIBUTION.match(text) is not None and len(above) >= _SPEAKER_PARAGRAPH
            and _CLOSED_PARAGRAPH.search(above) is not None)


def _closing_lines_off_headings(doc: Document, runs: list[_Run], leftovers: list[list[Block]],
                                captions: list[Block]) -> None:
    """Give the closing note that opens a heading group (:func:`_closing_cut`) to the run whose
    last paragraph stands right above it, as that text's last lines: the note closes it
    (……的好去处。 / 版式设计 某某 / [next kicker] / [next headline]), and the roles would read it
    as the next article's kicker or headline. Done once the page is paired, so that which
    groups head articles is decided with the note in place, as before; a run that jumps to
    another page (its text goes on there) keeps nothing. A heading group left with nothing
    leaves its run without a heading."""
    marks: list[tuple[int, int, object]] = []  # (start, kind, owner): 0 a run's last block, 1 any other
    for r in runs:
        marks += [(b.start, 1, None) for b in r.blocks[:-1]] + [(b.start, 1, None) for b in r.section_heads]
        if r.blocks:
            marks.append((r.blocks[-1].start, 0, r))
    groups = [g for g in [*(r.heading for r in runs if r.heading), *leftovers] if g]
    marks += [(b.start, 1, None) for g in groups for b in g] + [(b.start, 1, None) for b in captions]
    marks.sort(key=lambda m: m[0])
    starts = [m[0] for m in marks]
    headed = sum(1 for r in runs if r.heading)
    for g in groups:
        k = bisect.bisect_left(starts, g[0].start) - 1
        above = marks[k][2] if k >= 0 else None
        if not isinstance(above, _Run) or above.ends_with_jump:
            continue
        if headed == 1 and any(r.heading is g for r in runs):
            continue  # the page's one heading: emptied, the page would read as one text, its captions in it
        while g:  # (a speaker's attribution, then the note of who wrote the words down)
            if _speaker_under(above.blocks[-1], g[0]):
                above.blocks.append(replace(g.pop(0), kind=BODY))
                continue
            cut = _closing_cut(doc, g)
            if cut is None:
                break
            k_last, src_taken = cut
            b = g[k_last]
            src = _block_lines(doc, b)
            moved = [replace(x, kind=BODY) for x in g[:k_last]]
            if len(src_taken) < len(src):
                moved.append(replace(_piece(doc, b, src_taken), kind=BODY))
                g[: k_last + 1] = [_piece(doc, b, src[len(src_taken):])]
            else:
                moved.append(replace(b, kind=BODY))
                del g[: k_last + 1]
            above.blocks.extend(moved)
    for r in runs:
        if r.heading is not None and not r.heading:
            r.heading = None
    leftovers[:] = [g for g in leftovers if g]


# the marks that open a key point or an item in body text (■ 今年以来，某县各族群众…, ◆某省 over
# the item it labels); not ●, which also opens the key points a headline's subtitles list
# (●县域中小城镇经济总量达…). Reading pages (2019 days 01-10 of every draw, the other month's
# days 01-15, the jump pages): paragraphs opening with ■ 180, ▲ 120, △ 130, ◆ 40; heading
# lines none
_BULLETS = ("■", "◆", "▲", "△")


def _bullets_to_body(blocks: list[Block]) -> None:
    """A heading line that opens with a bullet (■ 70年来，全省干部群众众志成城、艰) is the
    first line of a key point or an in-body item the reflow set apart: body text, never a
    headline (dev, both routes: 36 paragraphs a route open with ■, no heading line does)."""
    for b in blocks:
        if b.kind in (TITLE, KICKER) and b.text.lstrip().startswith(_BULLETS):
            b.kind = BODY


# the most blocks a table of contents holds between its 目录 and the first title set again
# (a white paper's: some thirty titles, the reflow joining a few of them to a block)
_CONTENTS_MAX = 60


def _contents_line(b: Block) -> bool:
    """Is block ``b`` the line 目录 (目 录) that opens a table of contents?"""
    return len(b.text) <= 8 and _unspaced(b.text) == "目录"


def _contents_to_body(blocks: list[Block]) -> None:
    """A table of contents is body text, not headings: a heading line 目录 (目 录) and the
    lines under it down to the first title it lists, set again further down the page over the
    first part it names (目 录 / 前 言 / 一、某某成就 / （一）某某… / 结束语 / 前 言 / 民为国基…).
    Else every line of the list is a heading over nothing, and the document loses its headline
    to them (dev, day 15: a white paper printed over four pages; its truth, as the e-paper's
    text has it, holds the list as paragraphs). The first title may be joined to the next by
    the reflow (前 言一、某某成就): the line set again need only open it."""
    for i, b in enumerate(blocks[:-1]):
        if b.kind not in HEADING or not _contents_line(b):
            continue
        first = _unspaced(blocks[i + 1].text)
        end = next((k for k in range(i + 2, min(len(blocks), i + 2 + _CONTENTS_MAX))
                    if len(t := _unspaced(blocks[k].text)) >= 2 and first.startswith(t)), None)
        if end is None:
            continue
        for x in blocks[i:end]:
            if x.kind in HEADING:
                x.kind = BODY


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
    期待。两国建交半个多世 / （下转第2版)). Group, marker and the run before them (unless
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


# the most a kicker line the reflow left as a run of its own between two heading groups holds
# (characters, white space dropped): a kicker wraps over a line or two of its measure
_STRANDED_KICKER_MAX = 30


def _stranded_kicker(above: list[Block], x: _Run) -> bool:
    """Is run ``x``, right between heading group ``above`` and another, a kicker the block
    reading left as body text: one body block of :data:`_STRANDED_KICKER_MAX` characters or
    less, closed by a dash (某县全力推进某某工作—— between a series tag and its title) or right
    under a column tag (某某观察·某某③ / 某规施行一年来，效果怎么样？ / 某某变多了)? A line
    closed by a question mark or a comma reads as a sentence, and one as long as the column
    reads as a body line; a reporter's line under a column tag is a lead, not a body block.
    Reading pages (2019 days 01-10 of draws 2024, 7, 11, 13, 17, the other month's days
    01-15, both routes): of the one-block runs of that length between two heading groups, 4
    closed by a dash, all kickers, and 5 body blocks under a column tag, all kickers; no body
    line of either form."""
    if len(x.blocks) != 1 or x.blocks[0].kind != BODY:
        return False
    text = _unspaced(x.blocks[0].text)
    if not text or len(text) > _STRANDED_KICKER_MAX or "。" in text:
        return False
    return text.endswith("——") or above[-1].kind == COLUMN


def _stranded_kickers_on(seq: list[object]) -> list[object]:
    """``seq`` with each run that is a stranded kicker (:func:`_stranded_kicker`) made a
    kicker line and joined, with the heading groups either side of it, into one group. Only in
    hard-wrapped text: an e-paper's text (one paragraph a line) indents its paragraphs and sets
    its heading lines flush, so a body block there is an indented paragraph, a one-paragraph
    item between two headings (the test set's clean route: 3 pages more wrong with the rule than
    without it, none on the dev pages' clean route)."""
    out: list[object] = []
    k = 0
    while k < len(seq):
        x = seq[k]
        above = out[-1] if out and isinstance(out[-1], list) else None
        below = seq[k + 1] if k + 1 < len(seq) and isinstance(seq[k + 1], list) else None
        if above is not None and below is not None and isinstance(x, _Run) and _stranded_kicker(above, x):
            # (a new group: the groups of ``seq`` are left as they were)
            out[-1] = [*above, replace(x.blocks[0], kind=KICKER), *below]
            k += 2
            continue
        out.append(x)
        k += 1
    return out


def _trailing_columns_off(runs: list[_Run], leftovers: list[list[Block]]) -> None:
    """Cut a column tag off the end of a heading printed after its body: a page that prints
    headlines after their bodies may set the next article's column tag first, before that
    article's body (话说新农村, 共和国的“首个”·国防篇), where it joins the headline above it.
    The tag is left over, for the article below to take (dev sim, layout seeds 2024, 7 and
    11: such a tag closing a heading set after its body was the next article's 43 times of 47)."""
    for r in runs:
        h = r.heading
        if not h or len(h) < 2 or h[0].start < r.blocks[-1].start:
            continue
        tag = h[-1].text.strip()
        if ((h[-1].kind == COLUMN or _series_tag(tag)) and tag not in _PHOTO_COLUMNS
                and any(b.kind == TITLE for b in h[:-1])):
            leftovers.append([h.pop()])


_TRAILING_TITLE_MAX = 3  # lines of a heading group closing the page's text taken as the last article's headline
_TRAILING_TITLE_CHARS = (5, 40)  # its characters, at least (not a photo agency's name) and at most
# not a dash line (——某某), a page's note (本版…), a dateline or a credit (…电）, 本报记者…), a
# sentence or the tail of one (a closing quote first), a photo credit (某某图 某某文, 某某摄), the
# page's staff line (版式设计 某某, 责任编辑：某某), a list of names (某某、某某、某某、某某: a torn
# caption) nor an article's signatories (某某课题组 / 某某研究院: blocks._ORG_NAME)
_TRAILING_NOT_TITLE = regex.compile(
    r"^[—－-]|^本版|日电|电[）)]$|记者|[。；？?]|^[”’」』）)]|[图摄]\s+\S.*[文摄]$|摄$"
    r"|^(?:版式设计|版面设计|美术编辑|责任编辑|本版编辑)|^(?:编辑|设计|制图|统筹)[：:\s]"
    r"|(?:[^、]+、){3}|(?:" + _ORG_NAME.pattern + ")$")


def _trailing_headline_on(runs: list[_Run], leftovers: list[list[Block]]) -> None:
    """Give the last article of the page the heading group left over after it, at the very end
    of the page's text: a page that prints a headline after its body (a feature whose title
    stands below its parts, a box whose label closes it) ends on that headline, which no body
    follows for the pairing to hang it over, so it was lost while the article kept the head of
    its first part as its headline. The group is one to three title lines (a column tag may go
    with them), not a dash line (——某某, a signature), not a page's note (本版…), not a dateline
    or a sentence, not a credit (某某图 某某文) nor a staff line (版式设计 某某). The last run's
    own heading, set above it, becomes its first section head (its author lines stay with the
    headline), unless it is a lone column label (图片报道 over a photo box). On a page of several
    articles the rule waits for another headline printed after its body: where every headline
    stands above its body (an e-paper's text), what is left at the page's end is the pieces of
    captions, credits and notes (session 24, pdf: 5 unseen headlines lost without it)."""
    if not runs or not runs[-1].blocks or not leftovers:
        return
    last = runs[-1]
    end = max([b.start for b in last.blocks] + [b.start for b in last.heading or []]
              + [b.start for b in last.section_heads])
    after = [g for g in leftovers if g and g[0].start > end]
    if len(after) != 1 or (len(runs) > 1 and not any(
            r.heading and r.blocks and r.heading[0].start > r.blocks[-1].start for r in runs)):
        return  # (a page of several articles that prints no other headline after its body)
    group = after[0]
    text = "".join("".join(b.text.split()) for b in group)
    if (len(group) > _TRAILING_TITLE_MAX or not any(b.kind == TITLE for b in group)
            or any(b.kind not in (TITLE, COLUMN) for b in group)
            or not _TRAILING_TITLE_CHARS[0] <= len(text) <= _TRAILING_TITLE_CHARS[1]
            or any(_TRAILING_NOT_TITLE.search(b.text.strip()) for b in group)):
        return
    old = last.heading or []
    if old and (old[0].start > last.blocks[0].start or all(b.kind == COLUMN for b in old)):
        return  # (its heading stands after its body already; a photo box's column label over it)
    authors = [b for b in old if b.kind == AUTHOR]
    heads = [b for b in old if b.kind != AUTHOR]
    leftovers.remove(group)
    last.heading = list(group) + authors
    last.section_heads = sorted(heads + last.section_heads, key=lambda b: b.start)


# a briefs box's label: a short line naming a column of short reports (速览·秋收, 经济速递,
# 新闻快讯, 简讯), nothing else on it but a topic after a middle dot
_BOX_LABEL = regex.compile(r"^\p{Han}{0,4}(?:速览|速递|快讯|简讯|短讯)(?:·\p{Han}{2,8})?$")
_BRIEF_MAX_CHARS = 800  # a brief's body, at most (the items of a box are a few short paragraphs)
_BRIEF_HEAD_MAX = 2  # heading lines over one brief: its title, with a kicker line at most
_BOX_CREDIT_MAX = 12  # a run this short under a label set after it: the last item's closing credit （某某）


def _box_label(b: Block) -> bool:
    t = b.text
    return ("速" in t or "讯" in t) and b.kind != AUTHOR and bool(_BOX_LABEL.match("".join(t.split())))


def _brief_item(r: _Run, topic: str) -> bool:
    """Does run ``r`` read as one item of a briefs box: a title of a line or two over a short
    body that opens on a dateline (本报某地10月8日电 / 本报电), no subtitle or author, and
    speaking of the box's ``topic`` where its label names one (速览·秋收: a report on
    another matter set next to the box is not one of its items)?"""
    h = r.heading
    return bool(h and len(h) <= _BRIEF_HEAD_MAX and h[0].start < r.blocks[0].start
                and all(b.kind in (TITLE, KICKER) and not _box_label(b) for b in h) and _brief_body(r, topic))


def _brief_body(r: _Run, topic: str) -> bool:
    """Is the body of run ``r`` a brief's: short, opening on a dateline, on ``topic`` if any?"""
    return (bool(r.blocks) and r.blocks[0].kind == LEAD and not r.blocks[0].author_line
            and sum(b.end - b.start for b in r.blocks) <= _BRIEF_MAX_CHARS
            and (not topic or any(topic in "".join(b.text.split())
                                  for b in (r.heading or []) + r.blocks if not _box_label(b))))


def _box_items(runs: list[_Run], k: int, step: int, topic: str) -> list[_Run]:
    """The briefs (:func:`_brief_item`) next to one another from ``runs[k]`` on, ``step`` 1
    going down the page, -1 going up."""
    items: list[_Run] = []
    while 0 <= k < len(runs) and _brief_item(runs[k], topic):
        if items and not _abut(*sorted((items[-1], runs[k]), key=lambda r: r.blocks[0].start)):
            break  # a caption or another text between them: the box ended
        items.append(runs[k])
        k += step
    return items


def _abut(upper: _Run, lower: _Run) -> bool:
    """Do two runs stand next to one another on the page, no paragraph between them (a photo's
    caption set after a briefs box ends it: the report under the caption is no item of it)?"""
    ends = [b.index for b in (upper.heading or []) + upper.blocks + upper.section_heads]
    starts = [b.index for b in (lower.heading or []) + lower.blocks + lower.section_heads]
    return min(starts) <= max(ends) + 1


def _label_topic(label: Block) -> str:
    return "".join(label.text.split()).partition("·")[2]


def _take_in_briefs(run: _Run, items: list[_Run], heads: list[Block] | None = None) -> None:
    """Run ``run`` takes in the briefs ``items``: their bodies, and their headings and section
    heads (with ``heads``, the rest of the label's group) as its section heads, in page order."""
    by_start = operator.attrgetter("start")
    run.blocks = sorted(run.blocks + [b for it in items for b in it.blocks], key=by_start)
    taken = [b for it in items for b in (it.heading or []) + it.section_heads]
    run.section_heads = sorted(run.section_heads + taken + (heads or []), key=by_start)


def _briefs_boxes(runs: list[_Run], leftovers: list[list[Block]]) -> None:
    """Make a briefs box one article: a label naming a column of short reports (速览·秋收,
    经济速递) heads a few items, each a title over a short datelined body, which the 2019
    truth keeps as one article under the label with each item's title a section head (the
    pairing made each item an article of its own). The label stands at one end of the box: over
    the first item (an e-paper's text, where it heads that item's heading group), or after the
    last item's body (a page that prints headlines after their bodies; there the pairing gives
    it to the last item, or leaves it over as a column tag). The items next to it on its side
    are taken in while each is a brief (:func:`_brief_item`); a report without a dateline,
    longer than a brief or not on the label's topic ends the box."""
    k = 0
    while k < len(runs):
        r = runs[k]
        h = r.heading or []
        at = next((i for i, b in enumerate(h) if _box_label(b)), None)
        topic = _label_topic(h[at]) if at is not None else ""
        if at is None or not r.blocks or not (_brief_body(r, topic) or (
                h[0].start > r.blocks[0].start and sum(b.end - b.start for b in r.blocks) <= _BOX_CREDIT_MAX)):
            k += 1  # (the label's own run: an item, or the credit line closing the last one under it)
            continue
        above = h[0].start < r.blocks[0].start
        items = _box_items(runs, k + (1 if above else -1), 1 if above else -1, topic)
        if not items:
            k += 1
            continue
        r.heading = h[: at + 1]
        _take_in_briefs(r, items, h[at + 1 :])
        for it in items:
            runs.remove(it)
        k = runs.index(r) + 1
    for g in list(leftovers):  # a label left over: the briefs right below it, else right above it
        if len(g) != 1 or not _box_label(g[0]):
            continue
        label, topic = g[0], _label_topic(g[0])
        k = next((i for i, r in enumerate(runs) if r.blocks and r.blocks[0].start > label.start), len(runs))
        items = _box_items(runs, k, 1, topic)
        if not items or items[0].heading[0].index != label.index + 1:  # type: ignore[index]
            items = _box_items(runs, k - 1, -1, topic)
            if not items or items[0].blocks[-1].index != label.index - 1:
                continue
        if len(items) < 2:
            continue
        box = _Run([], [label])
        _take_in_briefs(box, items)
        at = min(runs.index(it) for it in items)
        for it in items:
            runs.remove(it)
        runs.insert(at, box)
        leftovers.remove(g)


_OPENING_COMMA = regex.compile(r"\S，\S")  # a comma between words: a sentence's, not a title's rhythm
_OPENING_WIDTH = 1.25  # an opening is set at its column's measure: its widest line over the column, at most
_OPENING_MIN = 0.75  # … and at least (a short title with a comma stays: 某某某，某某)
_FIGURE_END = regex.compile(r"\d[\d.]*[%％]?[万亿千百]*\p{Han}?$")  # a subtitle closed on a figure: …总额3.5万亿元


def _openings_off_headings_after(runs: list[_Run]) -> None:
    """Give the body below a heading printed after its body the paragraph the heading took in
    as its last line: a page that prints headlines after their bodies sets [body A] [title A]
    [body B] [title B], and B's opening paragraph, set apart (a lead-in, an indented quote),
    joins title A as its subtitle (清晨，渔船驶出港湾 / 汽笛声里，码头醒来). It reads as a sentence (a
    comma between words, no dash before it, no brackets, not closed on a particle or a figure),
    is set at the column's measure (a short title with a comma stays: 读书，真好), comes right
    above B's first paragraph, and title A keeps a title above it (session 14's rule, parked then;
    days 01-10 of dev layout seeds 2024, 11, 13, 17, 19 and 29 and of the jump pages: 34 such
    lines on the sim route, all body text of the article below in the truth, none on the pdf
    route; each of the two guards kept a title there once)."""
    for r, nxt in zip(runs, runs[1:]):
        h = r.heading
        if not h or len(h) < 2 or not r.blocks or not nxt.blocks or h[0].start < r.blocks[-1].start:
            continue
        if nxt.heading is not None and nxt.heading[0].start < nxt.blocks[0].start:
            continue  # the run below has its heading above it: the line is that heading's or A's
        b, first = h[-1], nxt.blocks[0]
        if (first.index != b.index + 1 or first.kind != BODY or not _reads_as_opening([b])
                or not any(x.kind == TITLE for x in h[:-1])):
            continue
        h.pop()
        b.kind = BODY
        nxt.blocks.insert(0, b)


def _reads_as_opening(blocks: list[Block]) -> bool:
    """Do heading lines ``blocks`` read as a body's opening sentence (the cue of
    :func:`_openings_off_headings_after`)? A comma between words, no dash before them, no
    brackets, not closed on a particle or a figure nor on a whole quotation with no stop (a kicker
    run into its quoted headline: :func:`_closes_on_quote`), each line set at its column's measure."""
    text = "".join("".join(b.text.split()) for b in blocks)
    return not (text.startswith("—") or not _OPENING_COMMA.search(text) or "（" in text or "(" in text
                or _CLOSED_CLAUSE.search(text) or _FIGURE_END.search(text)
                or _closes_on_quote(text)
                or any(b.width_ratio > _OPENING_WIDTH or 0 < b.width_ratio < _OPENING_MIN for b in blocks))


def _openings_off_leftovers(runs: list[_Run], leftovers: list[list[Block]]) -> None:
    """Give a heading group left over right above a run's first paragraph to that run where
    it reads as an opening sentence (:func:`_reads_as_opening`) and the run's heading is
    printed after its body: nothing above takes the group, and a page that prints headlines
    after their bodies sets a lead-in above the text it opens. A column tag stays (days 01-10
    of dev layout seeds 2024, 17, 19 and 29 and of the jump pages: 13 groups moved on the sim
    route, all the opening of the article below in the truth; none on the pdf route)."""
    first = {r.blocks[0].index: r for r in runs if r.blocks}
    for g in list(leftovers):
        nxt = first.get(g[-1].index + 1) if g else None
        if nxt is None or nxt.blocks[0].kind != BODY or any(b.kind == COLUMN for b in g):
            continue  # (a column tag run into the opening stays a tag)
        if nxt.heading is None or nxt.heading[0].start < nxt.blocks[0].start:
            continue
        if not _reads_as_opening(g):
            continue
        leftovers.remove(g)
        for b in g:
            b.kind = BODY
        nxt.blocks[:0] = g


def _caption_tail(captions: list[Block], b: Block) -> bool:
    """Is body block ``b``, right above a credit line, the last words of the caption block
    right above it, which the reflow broke off (…游客纷纷驻足观看、摄 / 影留念。 / 某某 摄)?"""
    return bool(captions) and captions[-1].kind == CAPTION and captions[-1].index == b.index - 1 \
        and b.n_lines == 1 and _ends_terminal(b.text)


# A short photo caption: one sentence, closed by its full stop (青山镇河口村村民在大棚里劳作。)
_SHORT_CAPTION = regex.compile(r"^[^。！？；]{6,}[。！？]$")


def _short_caption(b: Block) -> bool:
    """Is body block ``b``, right above a credit line, a photo's short caption: one
    sentence of at most three lines (a body's paragraph ending there runs longer)?

    >>> _short_caption(Block(0, 0, 15, "青山镇河口村村民在大棚里劳作。"))
    True
    >>> _short_caption(Block(0, 0, 8, "图文编辑"))
    False
    """
    return b.n_lines <= 3 and bool(_SHORT_CAPTION.match(b.text.strip()))


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
# a line broken off after a place's other name in brackets, mid-sentence (…货物的某地（某站）)
_NAME_IN_BRACKETS_END = regex.compile(r"\p{Han}（\p{Han}{1,6}）$")


def _caption_opening(p: Block, b: Block) -> bool:
    """Is block ``p``, right above caption block ``b``, the caption's first lines, which the
    reflow set apart (4月1日晚，国家主席习近平在北京以视频方式会见…主 / 席冯德莱恩。): at most
    three lines stopping mid-sentence, ``b`` going on with no caption's opening of its own,
    and either ``p`` holds a comma or ``b``'s first sentence does not (洋洋的“福”字。)?

    >>> _caption_opening(Block(0, 0, 20, "3月4日晚，省运动会开幕式在体育中心举行。张明、李华、王强、赵", wider=True),
    ...                  Block(1, 21, 40, "刚、孙悦等出席开幕式。新华社记者 王 明 摄", kind=CAPTION))
    True
    >>> _caption_opening(Block(0, 0, 12, "香港举行升旗仪式庆祝国庆", kind=TITLE, wider=True),
    ...                  Block(1, 13, 40, "10月1日，香港各界举行升旗仪式。新华社记者 李 鹏摄", kind=CAPTION))
    False
    """
    head, text = p.text.strip(), b.text.strip()
    if p.n_lines > 3 or len(head) < 8 or p.letter_spaced or not (
            p.kind == BODY or (p.kind == TITLE and (p.wider or (_caption_head(p) and _as_long_as_lines_of(head, b))))):
        return False  # (a title in the column's width is a heading over the photo, unless a caption's broken line)
    if not (_WORD_CHAR.match(head[-1]) or _NAME_IN_BRACKETS_END.search(head)) or _CAPTION_START.match(text) \
            or _DATE_OPENING.match(text) or text.startswith(("图片说明", "——")):
        return False
    first = _SENTENCE_END.split(text, maxsplit=1)[0]
    return "，" in head or "，" not in first


def _as_long_as_lines_of(head: str, b: Block) -> bool:
    """Is line ``head`` about as long as the lines of block ``b`` (broken at the same width, as a
    caption's lines are: a headline over a caption is shorter than its lines)?"""
    return len(head) >= _BROKEN_AT_WIDTH * len(b.text.strip()) / max(b.n_lines, 1)


_BROKEN_AT_WIDTH = 0.8  # a line at least this share of another block's mean line is broken at its width


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
    single line of sentence with a comma, cut off mid-word (2月4日晚，第十五届全国少年运动 /
    会开幕式在省体育中心隆重举行…)?"""
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


_COHESION_CHARS = 400  # body characters read on each side of a heading group


# dev routes with the pairing programme: 5 best, sim count 0.577 -> 0.593, headline 0.626 -> 0.634; pdf even)
_NOT_WORD = regex.compile(r"[^\p{Han}A-Za-z0-9]")


# A bigram is a number, its two characters' code points in one 64-bit word (:func:`_bigram`):
# read from the text's UTF-32 bytes in C, where a two-character string was made, hashed and
# freed for each pair (as strings the bigrams were 14% of a fresh pass's instructions, session
# 39). The codec's encoder, looked up once, in the machine's byte order (the bytes are read as its
# 64-bit words): str.encode would look the codec up by its name at each call.
_TO_UTF32 = codecs.getencoder("utf-32-le" if sys.byteorder == "little" else "utf-32-be")


@lru_cache(maxsize=16384)  # a block's text is read in every window that holds it
def _bigrams(text: str) -> frozenset[int]:
    """Character bigrams of the words of ``text`` (punctuation and spaces split them), as
    :func:`_bigram` numbers them: every pair of neighbouring characters, the 64-bit words of
    the text's UTF-32 bytes from an even offset and from an odd one, less the two pairs that
    hold each character that is not a word's."""
    n = len(text)
    if n < 2:
        return frozenset()
    raw = _TO_UTF32(text)[0]
    even = memoryview(raw[: 8 * (n // 2)]).cast("Q").tolist()  # the pairs at 0, 2, 4, ...
    odd = memoryview(raw[4 : 4 + 8 * ((n - 1) // 2)]).cast("Q").tolist()  # at 1, 3, 5, ...
    last = n - 1
    at = -1
    # (concurrent=False: the regex module would let go of the interpreter lock around each match)
    for piece in _NOT_WORD.split(text, concurrent=False)[:-1]:
        at += len(piece) + 1  # a character that is not a word's: in the pairs at - 1 and at
        h = at >> 1
        if at & 1:
            even[h] = None
            if at < last:
                odd[h] = None
        else:
            if at:
                odd[h - 1] = None
            if at < last:
                even[h] = None
    even += odd
    return frozenset(filter(None, even))  # (no word's pair is 0)


def _bigram(pair: str) -> int:
    """The number of the bigram ``pair`` (two characters) in the sets of :func:`_bigrams`."""
    return memoryview(_TO_UTF32(pair)[0]).cast("Q")[0]


def _forget_bigrams() -> None:
    """Empty the bigram caches (:func:`_bigrams`, :func:`_joined_bigrams`) once a page is segmented.

    They pay within a page (a block's text is read in every window that holds it); across pages
    they almost never hit (a page's blocks are its own), and the collector walks every frozenset
    they keep, each of its strings, at each collection that reaches it: kept, the sets outlive the
    young generations and fill the old one (a full collection's walk was about 70% theirs).
    Emptied, the sets die with their page, mostly before a collection sees them. A page another
    thread is segmenting meanwhile reads its bigrams anew: the same sets, the same output."""
    _bigrams.cache_clear()
    _joined_bigrams.cache_clear()


def _window_texts(blocks: list[Block], n: int) -> tuple[str, ...]:
    """The texts whose concatenation is the first ``n`` (n > 0) or last ``-n`` characters of
    ``blocks``' joined text: whole block texts and, at the far edge, a cut one."""
    out: list[str] = []
    size = 0
    if n > 0:
        for b in blocks:
            out.append(b.text)
            size += len(b.text)
            if size >= n:
                break
        if size > n:
            out[-1] = out[-1][: len(out[-1]) - (size - n)]
        return tuple(out)
    for b in reversed(blocks):
        out.append(b.text)
        size += len(b.text)
        if size >= -n:
            break
    if size > -n:
        out[-1] = out[-1][size + n :]
    out.reverse()
    return tuple(out)


@lru_cache(maxsize=4096)  # a run's lead is read for the groups around it and for each pairing
def _joined_bigrams(texts: tuple[str, ...]) -> frozenset[int]:
    """``_bigrams("".join(texts))``, from the bigrams of each text (cached: a block's text
    stands in many windows) and the pairs of word characters across their joints."""
    texts = tuple(t for t in texts if t)
    if len(texts) <= 1:
        return _bigrams(texts[0]) if texts else frozenset()
    joints = {_bigram(a[-1] + b[0]) for a, b in zip(texts, texts[1:])
              if _NOT_WORD.match(a[-1]) is None and _NOT_WORD.match(b[0]) is None}
    return frozenset().union(*map(_bigrams, texts), joints)


def _window_bigrams(blocks: list[Block], n: int) -> frozenset[int]:
    """The bigrams of the first ``n`` (n > 0) or last ``-n`` characters of ``blocks``' joined
    text, built from the blocks' bigrams."""
    return _joined_bigrams(_window_texts(blocks, n))


def _group_bigrams(group: list[Block]) -> frozenset[int]:
    """``_bigrams`` of a heading group's joined text."""
    return _joined_bigrams(tuple(b.text for b in group))


def _overlap(a: frozenset[int], b: frozenset[int]) -> float:
    """Shared bigrams over the smaller set (0 when either is empty)."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0
