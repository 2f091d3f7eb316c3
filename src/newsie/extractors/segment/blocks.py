"""Step 1 of segmentation: classify each block (paragraph) of the page by what it looks like.

Body text, a dateline that starts an article, heading lines (title, kicker, subtitle, a speech's
date line and author line, column tag), jump markers, photo captions and credits; then the fixes
that cut heading lines off the blocks the reflow joined them to.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from newsie.document import (
    FULL_DATE,
    NOTE_OPENERS,
    OPENING_LABELS,
    SERIES_TAG,
    SPACED_SHORT,
    SPEECH_DATE,
    Document,
    box_label,
)
from newsie.extractors._columns import is_column_name
from newsie.extractors.bylines import (
    AGENCIES,
    ROLES,
    _BARE_DIAN,
    _DATELINE,
    _PHOTO,
    _PLACE_SAID,
    _REPORTER_LINE,
    _UNNAMED_PHOTO,
    _XUN,
    author_names,
    photo_credit,
    reads_as_name,
)
from newsie.extractors.continuations import jump_markers

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


# (a series tag longer than 40 characters is one only when · divides its parts: 走基层 看变化·
# 聚焦…工程·村里的新气象)
_COLUMN_IN_TITLE = regex.compile(
    r"^(?P<title>.+?)[（(](?P<column>(?:[\p{Han}\d①-⑳·“”、 ]{2,40}?|(?=[^（）()]*·)[\p{Han}\d①-⑳·“”、 ]{41,64}?)"
    r"(?:[（(][^（）()]{1,8}[）)])?)[）)]$"
)


def column_in_title(text: str) -> regex.Match | None:
    """``_COLUMN_IN_TITLE.match(text)``, asked only of a text ending on a closing bracket (or a
    line break, before which $ also stands): the pattern tries the title at each length."""
    return _COLUMN_IN_TITLE.match(text) if text.endswith(("）", ")", "\n")) else None


_SENTENCE_END = regex.compile(r"[。；]")
# a dateline in brackets that closes a text (（新华社北京9月30日电）, （本报某地10月9日电）): no
# heading line ends on one, the last line of a speech or a brief does
_CLOSING_DATELINE = regex.compile(r"[（(][^（）()]{2,24}[日社]电[）)]$")


_LEAD_IN = regex.compile(r"^(?:本报讯|[（(]记者)")


# A line of page furniture set with an article: who edited it, where and when to go, whom
# to call (本期统筹：… / 开馆时间：… / 咨询电话：…), and the fields of an event's notice or a book
# list (主办单位：… / 主办方：… / 书名：… 作者：…, session 69). Body text, never a title, nor a kicker
# over the title under it (the colon-kicker pass of :func:`classify` spares it). Reading truth for
# the words session 69 added (heading-group lines so opening, all reading sets, both routes): 58,
# 54 in a truth body and 4 in none, no heading line. Judge (session 69): 2019 days 11-15 (not
# read) sim 244 -> 242 wrong-count pages / 1002 -> 985 headlines missed / 30.1k -> 29.0k body lost,
# pdf 268 -> 260 / 964 -> 951 / 35.9k -> 33.4k; read pdf 339 -> 338; other month sim 103 -> 102 /
# 350 -> 347, pd101 365 -> 362, pdf pd101 100 -> 98. The same words as a separate test in
# :func:`_is_title_text` gained less on every row
# the fields of a visitor's note closing a report on a place (开馆时间：…, 地址：…, 咨询电话：…): of
# _FURNITURE's fields (below) those that close a report, not the book list's or an event notice's
# (书名：…, 主办方：…), which a feature's body holds between its section heads
_VISITING_FIELD = regex.compile(r"^[\p{Han}]{0,4}(?:开放|开馆|参观|营业)时间[：:]|^(?:地址|咨询电话|预约电话|票价)[：:]")
# a line of figures and signs alone, no word in it (00—17：00, 9:00-17:00)
_NO_WORD = regex.compile(r"[\d\s：:—\-~～.．/、，,（）()%]+")
_FURNITURE = regex.compile(r"^[\p{Han}]{0,6}(?:统筹|策划|责编|制图|电话|时间|地址|邮箱|网址|热线|传真|"
                        r"书名|作者|出版社|主办方?|承办方?|协办方?|单位|展期|票价)[：:]")


# A photo caption: 图①：… / 图为… / 上图：…
_CAPTION_START = regex.compile(r"^(?:图[①-⑳\d一二三四五六七八九十]*[：:]|图为|[上下左右中]图[：:为])")


# The characters a paragraph opens with for the anchored rules of :func:`classify` to match
# it (a regex run costs far more than a look at one character; most paragraphs open with
# none of them): a dateline or an agency's 讯/电 (_DATELINE, _XUN, _BARE_DIAN, _PLACE_SAID:
# 据 or an agency), a reporter line (_REPORTER_LINE: a role, 本报驻… among them), _LEAD_IN,
# _CAPTION_START, _LABEL_OPENING and _SPEECH_DATE; _FURNITURE's colon stands among the
# first nine characters (six Han, a two-character word)
_AGENCY_OPENS = frozenset("据") | frozenset(a[0] for a in AGENCIES)
_ROLE_OPENS = frozenset("本") | frozenset(r[0] for r in ROLES)
_LEAD_IN_OPENS = frozenset("本（(")
_CAPTION_OPENS = frozenset("图上下左右中")
_BRACKET_OPENS = frozenset("（(")
_FURNITURE_REACH = 9
# what a dated dateline (_DATELINE: 北京10月23日电) holds: a text holding neither is no dateline;
# _XUN holds 讯, _BARE_DIAN 电, _PLACE_SAID 报道 (its reporters' 报道：), each asked only then
_DATED, _DATED_XUN = "日电", "日讯"
# the words every reporter's role (bylines._ROLE: ROLES and 本报驻…记者) holds one of
_ROLE_WORDS = ("记者", "通讯员", "实习生", "见习生")


def _holds_role(text: str) -> bool:
    """Does ``text`` hold a reporter's role word, as every reporter line (_REPORTER_LINE) does?"""
    return any(w in text for w in _ROLE_WORDS)


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
    author_line: bool = False  # a LEAD that is an author line (林青, 本报评论员): the heading's, not the body's
    runs_on: bool = False  # a paragraph's opening line cut off a heading: the block below goes on with it


def _indented_as_body(b: Block, stripped: str, above: Block | None) -> bool:
    """Is heading-like block ``b`` (``stripped``: its text) indented as a paragraph opens, in
    hard-wrapped text whose paragraphs are indented: body text, not a heading line? Such a page
    sets its headings flush; what it indents is a round-up's item title (资讯速递 / 　　某某站客流
    回升明显 / 　　本报电 …) or an in-body section head, both body in the page's text. Left as
    heading lines: an indented kicker closed by a dash and the line right under it (　　某地某处——
    / 　　某某某某 某某某某 / 本报记者 某某: the parts of a round-up feature, which the heading
    model reads as one article's parts; as body, a part's byline cut the feature), and a part's
    head right over its reporter line (:func:`_part_heads_over_reporters`). Reading truth
    (sim draws 2024, 7, 11, 13, 17 days 01-10, the jump pages, the other month's days 01-15): of
    146 indented lines in heading groups, 1 is a truth heading line. The pdf route keeps no indent.

    >>> _indented_as_body(Block(0, 0, 12, "某某站客流回升明显", indented=True), "某某站客流回升明显", None)
    True
    >>> kicker = Block(0, 0, 8, "某地某处——", kind=KICKER, indented=True)
    >>> _indented_as_body(kicker, "某地某处——", None)
    False
    >>> _indented_as_body(Block(1, 9, 17, "某某某某", indented=True), "某某某某", kicker)
    False
    """
    return (b.indented and not stripped.endswith(("——", "—"))
            and not (above is not None and above.indented and above.kind == KICKER))


def _part_heads_over_reporters(blocks: list[Block], indented: list[int]) -> None:
    """Title lines again: the blocks at ``indented`` (title-like, read as body by
    :func:`_indented_as_body`) set right over a reporter line alone (:data:`_REPORTER_LINE`: 本报记者
    某某). A feature in parts indents each part's head over its reporter (某某长假见闻 / 　　某地
    菜篮子稳 / 本报记者 某某 / …); read as body, the reporter line cut the part off as an article
    of its own, which took the next headline on the page. As a heading line the head is one of
    the feature's section heads. An item of a news round-up opens on its dateline instead
    (　　某某站客流回升明显 / 　　本报电 …), and stays body. Reading truth (sim draws 2024, 7, 11,
    13, 17 days 01-10, the jump pages, the other month's days 01-15): 64 such lines, all in the
    body of the article whose heading or text is right above them. Judged: wrong-count pages, sim
    read days 343 -> 340, judging days level; the other month's days 16-31 102 -> 103 (not read);
    the pdf route keeps no indent.

    >>> bl = [Block(0, 0, 6, "某地菜篮子稳", indented=True), Block(1, 7, 14, "本报记者 某某", kind=LEAD)]
    >>> _part_heads_over_reporters(bl, [0]); bl[0].kind == TITLE
    True
    """
    for k in indented:
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if nxt is not None and nxt.kind == LEAD and _REPORTER_LINE.fullmatch(nxt.text.strip()):
            blocks[k].kind = TITLE


def _is_title_text(text: str, letter_spaced: bool, display: bool) -> bool:
    """Could this block be a heading line? ``display``: set apart from body type."""
    if letter_spaced:
        return True
    if len(text) > 48 and not _long_series_tagged(text):
        return False
    if _SENTENCE_END.search(text):
        return False
    if text[:1] in "（(" and text[-1:] in "）)":
        return False  # a note in brackets: （本系列评论结束） （作者为…）
    if text[-1:] in "）)" and _CLOSING_DATELINE.search(text):
        return False  # the last words of a text its dateline closes: 干杯！（新华社北京9月30日电）
    core = text.rstrip("”’」』》）)")
    last = core[-1:]
    if last in "，、：；。…" or not core:
        return False
    if last in "？！" and not display:
        return False  # a one-line question or exclamation in body type is a paragraph
    return True


def _long_series_tagged(text: str) -> bool:
    """Is a text longer than a heading line's 48 characters a title of at most that length closed by
    a series tag in brackets whose parts · joins (扎实整改，让群众有更多获得感（守初心 担使命 找差距
    抓落实·深入开展某某主题教育）)? The tag sets the line wider than any title."""
    m = column_in_title(text) if text.endswith(("）", ")")) else None
    return m is not None and len(m["title"]) <= 48 and "·" in m["column"]


def is_clean_form(doc: Document) -> bool:
    """Is the page already one paragraph per line (an e-paper's text), body lines indented?

    Such text shares no column width, and marks its paragraphs by indentation: every line
    not indented is a heading line.
    """
    return doc.one_per_line


def _opens_on_dateline(text: str) -> bool:
    """Does ``text`` (opening on an agency's first character) open on a dated dateline
    (本报某地10月9日电, 新华社某地10月9日讯)? The pattern asked only of a text holding 日电 or 日讯."""
    return (_DATED in text or _DATED_XUN in text) and _DATELINE.match(text) is not None


# a series tag alone in brackets (document.SERIES_TAG); the words of a note or a credit in
# brackets, and a colon or a semicolon (某某世纪·某国：某某, a painting's caption), which no series
# tag alone holds
_LONE_SERIES_TAG = regex.compile(SERIES_TAG)
_NOTE_WORDS = regex.compile(r"作者|记者|通讯员|摄|电|整理|编者|供图|图|[：:；;]")


# a notice to the readers: 致读者, 告读者, 敬告读者
_TO_READERS = regex.compile(r"(?:敬告|致|告)读者")


def to_readers(text: str) -> bool:
    """Is ``text`` a notice to the readers' heading alone (致读者, 致 读 者, 敬告读者)?"""
    return _TO_READERS.fullmatch(_unspaced(text.strip())) is not None


def lone_series_tag(text: str) -> bool:
    """Is ``text`` a series tag alone in brackets, no note's or credit's words in it
    (（70年，共同走过·大国小家）, not （作者为某某基金会·某某）)?

    >>> lone_series_tag("（70年，共同走过·大国小家）"), lone_series_tag("（作者为某某·某某）")
    (True, False)
    """
    t = text.strip()
    return "·" in t and _LONE_SERIES_TAG.fullmatch(t) is not None and _NOTE_WORDS.search(t) is None


# A bracketed text under a title, wrapped over two or more lines none wider than this share of
# the column, is the title's close set at the title's measure, in its type (明天气象预报 / （某月某日 /
# 20时—某日20 / 时）), not a paragraph of the column's text: a body line fills its column. Reading
# pages (2019 days 01-10 of two layout draws, the other month's days 01-15, classify's blocks):
# 5 such blocks, all closing the truth's headline; the bracketed blocks under titles that fill
# more of the column (a table's unit note, a speech's date with a photo note) are body, 4 and 2.
_TITLE_MEASURE_TAIL = 0.6
_ONE_BRACKET = regex.compile(r"[（(][^（）()。]+[）)]")


def _one_bracket(text: str) -> bool:
    """Is ``text`` one bracketed text, no sentence's end in it (（某月某日20时—某日20时）)?"""
    return text[:1] in _BRACKET_OPENS and _ONE_BRACKET.fullmatch(text) is not None


def classify(doc: Document) -> list[Block]:
    """Every paragraph of ``doc`` as a :class:`Block` with its kind."""
    clean_form = is_clean_form(doc)
    marker_list = [(s, e, d) for s, e, d, _ in jump_markers(doc.match_text)]  # in text order
    marker_starts = [s for s, _, _ in marker_list]
    blocks: list[Block] = []
    indented_titles: list[int] = []  # (the title-like blocks :func:`_indented_as_body` read as body)
    doc_lines, widths = doc.lines, doc.column_widths
    n_doc_lines = len(doc_lines)
    for i, ((start, end), (first, last)) in enumerate(zip(doc.paragraphs, doc.paragraph_lines)):
        text = doc.match_text[start:end]
        lines = doc_lines[first : last + 1]
        opening = lines[0]
        # one paragraph per line has no columns, whatever widths happen to agree; in one pass
        # over the lines: letter-spaced, the widest line over its column, a line set wider
        spaced = wider = False
        ratio: float | None = None
        if clean_form:
            col = 0.0
            spaced = any(ln.letter_spaced for ln in lines)
        else:
            col = widths[first]
            if first == last:  # one line (most blocks)
                spaced = opening.letter_spaced
                if col:
                    w = opening.width
                    ratio = w / col
                    wider = w > col + 1.0
            else:
                for ln, c in zip(lines, widths[first : last + 1]):
                    if ln.letter_spaced:
                        spaced = True
                    if c:
                        w = ln.width
                        r = w / c
                        if ratio is None or r > ratio:
                            ratio = r
                        if w > c + 1.0:
                            wider = True
        # (positional: kind, letter_spaced, indented, jump_to, wider, blank_before, blank_after,
        # width_ratio, col, n_lines)
        b = Block(i, start, end, text, BODY, spaced, opening.indented, False, wider, opening.blank_before,
                  last + 1 < n_doc_lines and doc_lines[last + 1].blank_before,
                  0.0 if ratio is None else ratio, col, len(lines))
        stripped = text.strip()
        k = bisect.bisect_left(marker_starts, start)
        inside = []  # the jump markers within this paragraph
        while k < len(marker_starts) and marker_list[k][0] < end:
            if marker_list[k][1] <= end:
                inside.append(marker_list[k])
            k += 1
        marker = None
        if inside:  # (most paragraphs hold no marker)
            marker = next((d for s, e, d in inside if not text[: s - start].strip() and not text[e - start :].strip()),
                          None)
            if marker is None and any(d == "from" and not text[: s - start].strip() for s, e, d in inside):
                marker = "from"  # （上接第1版）会议强调…: a jump part opens with its marker
            b.jump_to = any(d == "to" and not text[e - start :].strip() for s, e, d in inside)
        opens = stripped[:1]  # (the anchored rules are run only on what they may match: _AGENCY_OPENS)
        by_agency = opens in _AGENCY_OPENS
        if marker:
            b.kind = MARK_TO if marker == "to" else MARK_FROM
        elif not clean_form and (label := box_label(stripped)):  # an e-paper's text marks them by its indent
            b.kind = LEAD if label in OPENING_LABELS else BODY
        elif (not clean_form and ("：" in (top := stripped[:_FURNITURE_REACH]) or ":" in top)
              and _FURNITURE.match(stripped)):
            b.kind = BODY
        elif opens == "【" and _LABEL_OPENING.match(stripped) and not clean_form:
            b.kind = BODY  # 【人物】社区民警李勇: a paragraph opening on a bracketed label
        elif ("摄" in stripped and _PHOTO.fullmatch(stripped)) or (  # (the words each pattern holds)
                ("社发" in stripped or "供图" in stripped) and _UNNAMED_PHOTO.fullmatch(stripped)):
            b.kind = CREDIT
        elif (((credit := _photo_credit_closing(doc, i, stripped)) and len(stripped) > 25)
              or (opens in _CAPTION_OPENS and _CAPTION_START.match(stripped))
              or _credited_sentence(stripped, credit)
              or (credit and _caption_broken_off(blocks, stripped, credit))):
            b.kind = CAPTION
        elif (b.width_ratio >= 1.6 and 20 < len(stripped) <= 160 and len(lines) <= 4 and "。" in stripped
              and not clean_form and not (by_agency and _opens_on_dateline(stripped))
              and not (blocks and _bare_dateline(blocks[-1]))
              and not (opens in _LEAD_IN_OPENS and _LEAD_IN.match(stripped))):
            b.kind = CAPTION  # sentences set across several columns: a photo caption (one opening
            # on a dateline, 本报某地10月9日电（记者某某）…, or on the reporter's note that goes on
            # from a dateline on the line above, （记者某某）某某9日出席…, or under a bare dateline,
            # is an article's lead, whatever its width: a brief set wider than the column the page
            # reads for it)
        elif (by_agency and (_opens_on_dateline(stripped)
                            or "讯" in stripped and _XUN.match(stripped)
                            or "电" in stripped and _BARE_DIAN.match(stripped))) or (
            opens in _LEAD_IN_OPENS and _LEAD_IN.match(stripped)) or (
            opens in _ROLE_OPENS and _holds_role(stripped) and _REPORTER_LINE.fullmatch(stripped)) or (
            by_agency and "报道" in stripped and _PLACE_SAID.match(stripped)
        ):
            b.kind = LEAD
        elif clean_form and b.indented:
            b.kind = BODY
        elif (clean_form and not (opens in _BRACKET_OPENS and _SPEECH_DATE.match(stripped))
              and not (" " in stripped and _AUTHOR.match(stripped))):
            # not indented in one-paragraph-per-line text: a heading line, however long
            if is_column_name(stripped):
                b.kind = COLUMN
            elif stripped.startswith("——"):
                b.kind = SUB
            elif stripped.endswith(("——", "—", "：", ":")):
                b.kind = KICKER
            else:
                b.kind = TITLE
        elif (stripped.startswith("——") and len(stripped) <= 80 and not _SENTENCE_END.search(stripped)
              and not b.jump_to):  # (——我们将…坚持推 / 进某某（下转第2版）: a dashed list item ends a part)
            b.kind = SUB
        elif opens in _BRACKET_OPENS and _SPEECH_DATE.match(stripped):
            b.kind = SUB
        elif " " in stripped and _AUTHOR.match(stripped):  # (an office, a space, a name)
            b.kind = AUTHOR
        elif is_column_name(stripped):
            b.kind = COLUMN
        elif not b.jump_to and _is_title_text(stripped, b.letter_spaced, b.wider or (clean_form and not b.indented)):
            # (words closed by （下转第N版） end an article's part: body text, never a title)
            if _indented_as_body(b, stripped, blocks[-1] if blocks else None):
                indented_titles.append(len(blocks))
            else:
                b.kind = KICKER if stripped.endswith(("——", "—")) else TITLE
        blocks.append(b)
    _part_heads_over_reporters(blocks, indented_titles)
    # A line two ems short of the column of the body below it, holding a comma and cut off
    # mid-word, is the indented first line of that body's paragraph, broken off by the
    # reflow (临近10时，习近平、李克 / 强、栗战书…): body text, not a title.
    for b, nxt in zip(blocks, blocks[1:]):
        if (b.kind in (TITLE, KICKER) and nxt.kind == BODY and b.n_lines == 1 and not b.letter_spaced
                and "，" in b.text and _ENDS_IN_WORD.search(b.text) and (col := nxt.col or b.col)
                and _INDENT_SHORT[0] <= col - doc.lines[doc.paragraph_lines[b.index][0]].width <= _INDENT_SHORT[1]
                and doc.lines[doc.paragraph_lines[nxt.index][0]].width >= col - 1.0):
            b.kind = BODY  # (the line below it is full: the paragraph goes on, no new one opens)
    # A series tag in brackets on lines of its own under a title is the title's close, not a note
    # (某某新时光 / （70年，共同走过·大国小家）): the series and its part joined by ·, no note's or
    # credit's words. Reading truth (2019 days 01-15, the jump pages, the other month's days 01-15):
    # 3 headlines so closed (6 articles), and 2 such lines in the body, an author's note (作者为…)
    # and a painting's caption (某某世纪·某国：某某).
    for above, b in zip(blocks, blocks[1:]):
        if b.kind == BODY and above.kind == TITLE and b.n_lines <= 2 and lone_series_tag(b.text):
            b.kind = TITLE
        elif (b.kind == BODY and above.kind == TITLE and b.n_lines >= 2 and b.col
              and b.width_ratio <= _TITLE_MEASURE_TAIL and _one_bracket(b.text.strip())):
            b.kind = TITLE  # a title's bracketed close wrapped at its measure (see _TITLE_MEASURE_TAIL)
    # A notice to the readers (致读者) is its heading's one line: the short lines under it, up to
    # the first paragraph, are its text wrapped in a narrow column (许多读者询问某年 / “某某”“某某” /
    # 专栏文章结集), not a title (heads._notices_to_readers reads the notice's line as a heading).
    notice = False
    for b in blocks:
        if notice and b.kind in (TITLE, KICKER, SUB, COLUMN) and not b.letter_spaced:
            b.kind = BODY
            continue
        notice = b.kind == TITLE and "者" in b.text and to_readers(b.text)
    # A short line ending in a colon right above a title is its kicker (某某机构发言人：), unless
    # it is furniture (_FURNITURE: 开放时间：每周二至周日 9： / 00—17：00, its time wrapped).
    for b, nxt in zip(blocks, blocks[1:]):
        if b.kind == BODY and nxt.kind == TITLE and len(b.text) <= 24 and b.text.endswith(("：", ":")) \
                and not _SENTENCE_END.search(b.text) and not _FURNITURE.match(b.text.strip()):
            b.kind = KICKER
    # A field line's value wrapped onto a line of its own (开馆时间：周二至周日9： / 00—17：00): a
    # line of figures and signs alone, no word, under a furniture line (_FURNITURE) left open on its
    # colon, is the rest of it, not a title closing the article (nor heading the next one); the
    # heading group under the note heads the next report (heads._under_a_closing_credit). Session 71,
    # both together: read pages sim 861 -> 858 headlines missed, pdf 327 -> 324 wrong counts / 784
    # -> 778; jump stitch sim .962 -> .965, pdf .959 -> .962; nothing unseen moved.
    for above, b in zip(blocks, blocks[1:]):
        if (b.kind in (TITLE, KICKER, SUB) and above.kind == BODY and not b.letter_spaced
                and _NO_WORD.fullmatch(b.text.strip()) and above.text.rstrip().endswith(("：", ":"))
                and _FURNITURE.match(above.text.strip())):
            b.kind = BODY
    # A jump part opens on its 上接 marker: a paragraph between the part's headline and that
    # marker, closed by no sentence's end, is the headline's deck (某某主持召开某某会议 / 审议通过
    # 《某某条例（草案）》，…；讨论通过《某某法（修订草案）》 / （上接第1版）…), however many lines it
    # fills. Read as text it headed an article of its own, the part left without its headline.
    # Reading pages (2019 days 01-10 of five layout draws, the jump pages, both routes): 4 such
    # paragraphs, all the truth's subtitle.
    for above, b, nxt in zip(blocks, blocks[1:], blocks[2:]):
        if (nxt.kind == MARK_FROM and b.kind == BODY and above.kind in (TITLE, SUB)
                and "。" not in b.text and not _CLOSES_PARAGRAPH.search(b.text)):
            b.kind = SUB
    _org_signatories(blocks)
    _text_under_bare_datelines(blocks)
    _mark_author_lines(blocks)
    return blocks


def _text_under_bare_datelines(blocks: list[Block]) -> None:
    """A bare dateline on a line of its own (新华社北京10月8日电) opens the text below it: a line
    under it read as a heading (set wider than the column the page's end reads for it: 某国总理
    某某8日下午前往…) is that text's first line, and so are the lines after it while its
    first sentence goes on (…应邀请，某国总理 / 某某将于某日来华出席 / …). Reading pages
    (2019 days 01-10 of five draws, the jump pages, the other month's days 01-15, both routes): 44
    heading lines right under such a dateline, all truth body."""
    opening = False  # in the text a bare dateline opened, its first sentence going on
    for above, b in zip(blocks, blocks[1:]):
        if _bare_dateline(above):
            opening = True
        if not opening:
            continue
        if b.kind in (TITLE, KICKER, SUB):
            b.kind = BODY
        opening = b.kind == BODY and not _NO_STOP.search(b.text)  # (its first sentence not closed yet)


def _bare_dateline(b: Block) -> bool:
    """Is ``b`` a dateline on a line of its own (新华社北京10月8日电, its credit perhaps after it)?"""
    return b.kind == LEAD and _DATELINE.fullmatch(_unspaced(b.text)) is not None


# an organisation's name (某某研究课题组, 某某研究院): a report's signatories stand so under its last
# paragraph, one name a line or two run together
_ORG_NAME = regex.compile(r"课题组|研究院|研究所|研究中心|编委会|办公室|调研组|写作组")
_ORG_SIGNATORY_MAX = 40  # characters of such a line, at most (white space dropped)


def _org_signatories(blocks: list[Block]) -> None:
    """A report signed by the bodies that wrote it (某某研究课题组 / 某某研究院 / 某某研究院)
    closes on their names, a line each, under its last paragraph. Short, unpunctuated, they were
    read as heading lines, and headed the report above or the text below; they are its text.
    Two such names at least (one a headline may end on: 某地成立某某办公室), in heading lines of
    one or two lines that each end on one, right under a paragraph closed by its sentence's end."""
    k, n = 1, len(blocks)
    while k < n:
        j, names = k, 0
        while j < n and blocks[j].kind in _HEADING_LINE_KINDS and blocks[j].n_lines <= 2:
            words = _unspaced(blocks[j].text)
            found = list(_ORG_NAME.finditer(words)) if len(words) <= _ORG_SIGNATORY_MAX else []
            if not found or found[-1].end() != len(words):
                break
            names += len(found)
            j += 1
        if names >= 2 and blocks[k - 1].kind == BODY and _CLOSES_PARAGRAPH.search(blocks[k - 1].text):
            for b in blocks[k:j]:
                b.kind = BODY
        k = max(j, k + 1)


_HEADING_LINE_KINDS = frozenset(HEADING - {AUTHOR})


# a subtitle this much wider than its column runs over several lines, its last one short
# (——国际社会积极评价…《新时代的乡村与城市》 / 白皮书)
_SUB_WRAPS = 1.5

def _letter_closings(blocks: list[Block]) -> None:
    """A line that is a date alone (2019 年 10月 6 日), right under a paragraph that ends a
    sentence or under a short line that signs it (习近平, 中共中央 国务院), closes a letter, a
    message or a speech printed in full: body text with the line that signs it, never a
    heading (a signature read as a headline cuts the article in two under it).

    >>> bs = [Block(0, 0, 20, "我祝大家身体健康、万事如意！"), Block(1, 21, 24, "习近平", kind=TITLE),
    ...       Block(2, 25, 37, "2019 年 10月 6 日", kind=TITLE)]
    >>> _letter_closings(bs)
    >>> [b.kind for b in bs] == [BODY, BODY, BODY]
    True
    """
    for k, b in enumerate(blocks):
        if b.kind not in (TITLE, KICKER) or "年" not in b.text or not _CLOSING_DATE.match(_unspaced(b.text)):
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
    above it (cut off a title block the reflow joined it to). Letter-spaced (贺 信), a line of
    its own, it labels the letter over any body paragraph, a salutation or the letter's first
    words: no 2019 or 1998 page sets a headline so."""
    out: list[Block] = []
    for k, b in enumerate(blocks):
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if b.kind not in (TITLE, KICKER) or nxt is None:
            out.append(b)
            continue
        addressed = nxt.kind in (BODY, KICKER) and _SALUTATION.match(_unspaced(nxt.text)) is not None
        spaced = (nxt.kind == BODY and b.n_lines == 1
                  and (b.letter_spaced or SPACED_SHORT.fullmatch(b.text.strip()) is not None))
        if not (addressed or spaced):
            out.append(b)
            continue
        if _LETTER_LABEL.match(_unspaced(b.text)):
            b.kind = nxt.kind = BODY  # (a salutation is no kicker: 澳门街坊总会…全体成员：)
            out.append(b)
            continue
        if not addressed:  # (a label the reflow joined to a title is cut off over a salutation only)
            out.append(b)
            continue
        src = [doc.lines[i] for i in _kept_lines(doc, b)]
        if len(src) >= 2 and _LETTER_LABEL.match(_unspaced(_line_text(doc, src[-1]))):
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
_CLOSING_DATE = regex.compile(rf"^{FULL_DATE}$")


# a paragraph's last sentence closed (。！？…, a closing quote or bracket after it)
_CLOSES_SENTENCE = regex.compile(r"[。！？!?…][”’」』）)]*\s*$")


# who signs a letter: a name or a body, or several apart by spaces, no punctuation
_SIGNATURE = regex.compile(r"^[\p{Han}·]{2,12}(?: [\p{Han}·]{2,12}){0,3}$")



def _mark_author_lines(blocks: list[Block]) -> None:
    """Flag the author lines: a one-line block of names only (林青, 张  枨, 方立新 白雪), a
    pundit's signature (本报评论员), or one name with what they are in brackets, on one line or
    two (某某某（某剧编剧）: :func:`_name_with_role`) that stands between a heading (or the page's furniture: a
    caption, a credit, the top of the page) and the body it opens. Its kind stays what it
    looks like (a heading line, mostly), so that grouping and pairing read the page as
    before; where it is a line of an article's heading group it is that heading's author,
    not its headline (:func:`_heading_parts`), and where it opens a run, not body text.
    Text between two bodies is left alone (a name so set inside a text is a section's)."""
    for i, b in enumerate(blocks):
        if b.kind not in (TITLE, KICKER, BODY, COLUMN) or b.n_lines > 2 or i + 1 >= len(blocks):
            continue
        speaker = _name_with_role(b.text)
        if b.n_lines == 2 and not speaker:
            continue  # (a name with what they are may wrap: 某 某（电视剧《某某》 / 主演）)
        nxt, prev = blocks[i + 1], blocks[i - 1] if i else None
        if prev is not None and (prev.kind in (BODY, LEAD, MARK_TO, MARK_FROM)
                                 or prev.kind == SUB and prev.width_ratio >= _SUB_WRAPS):
            continue  # (a subtitle set wider than the column wraps: the line may be its tail)
        if nxt.kind != BODY and not (nxt.kind in (TITLE, KICKER) and "，" in nxt.text and len(nxt.text) >= 12):
            continue  # (a long line holding a comma: the body's first line, broken off by the reflow)
        if speaker or author_names(b.text) is not None or _rare_surname_name(b.text):
            b.author_line = True
            if b.kind == COLUMN:
                b.kind = TITLE  # 本报评论员 under a headline signs it: a heading line, not a column tag


# one person's name and what they are in brackets: 某某某（电影《某某》编剧）, the bracket ending on
# a calling or an office (a column's tag does not: 某某（某某时评）, where 祝福 reads as a name);
# stricter than heads' _NAME_ROLE, which reads a page's voices two or more together
_SPEAKER_LINE = regex.compile(
    r"^(?P<name>[\p{Han}·][\p{Han}· ]{1,7})[（(](?P<role>[^（）()]{1,28}"
    r"(?:编剧|主演|导演|演员|撰稿|指挥|作者|作家|学者|记者|歌手|选手|教练|医生|老师|书记|主任|主席|代表|委员|[长员师家士]))[）)]$"
)


def _name_with_role(text: str) -> bool:
    """Is ``text`` one person's name with what they are in brackets (某某某（电影《某某》编剧）, 王 某
    （某剧主演）), the speaker's line over each part of a compilation of voices? Not a title with its
    column (某某某（最美奋斗者）: a standing column's name, or words joined by ·).

    >>> _name_with_role("林青（某剧编剧）"), _name_with_role("林青（最美奋斗者）"), _name_with_role("祝福（某某时评）")
    (True, False, False)
    """
    m = _SPEAKER_LINE.match(text.strip()) if text.endswith(("）", ")")) else None
    if m is None or "·" in m.group("role") or is_column_name(m.group("role")):
        return False
    names = author_names(m.group("name"))
    return names is not None and len(names) == 1


# family names common enough to sign a piece that :func:`newsie.extractors.bylines.author_names`
# leaves out because they open common words too (向 "towards", 洪 "flood", 萧 "bleak", 傅 "tutor")
_SIGNING_RARE_SURNAMES = frozenset("向洪萧傅")


def _rare_surname_name(text: str) -> bool:
    """Is ``text`` one person's name of two or three characters that opens with a family name
    :func:`author_names` does not read (:data:`_SIGNING_RARE_SURNAMES`: 向某某, 萧某), and is no
    word, function word, place or organisation? Read only where a one-line block stands between a
    heading and its body, the place of an author line (:func:`_mark_author_lines`).

    >>> _rare_surname_name("向远航"), _rare_surname_name("洪 小 溪"), _rare_surname_name("向北京"), _rare_surname_name("林青")
    (True, True, False, False)
    """
    t = _unspaced(text.strip())
    return (2 <= len(t) <= 3 and t[0] in _SIGNING_RARE_SURNAMES and regex.fullmatch(r"\p{Han}+", t) is not None
            and reads_as_name(t, given_name_too=True))


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
    for b in blocks:
        if b.kind != BODY or b.n_lines < 2:
            out.append(b)
            continue
        above = []  # the heading lines right above b
        for x in reversed(out):
            if x.kind not in HEADING:
                break
            above.append(x)
        # a title above heads the paragraph, unless a kicker stands between them (a kicker
        # leads into a headline: 某省原副书记… / 主任郑某—— / 心系百姓的“老书记” + body)
        titled = any(x.kind == TITLE for x in above)
        if (not above or (titled and above[0].kind != KICKER)
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
        if _splits_a_word(head, nxt, doc.squashed()):
            out.append(b)  # the line end splits a word the page uses elsewhere: a wrap
            continue
        out += _first_line_off(doc, b, src, TITLE)
    return out


def _title_over_dateline_off(doc: Document, blocks: list[Block]) -> list[Block]:
    """``blocks`` with a title the reflow ran into the dateline below it cut off as a title.

    A paragraph whose first source line reads as a title (4-32 characters, no sentence end,
    no comma or colon at its end, no agency or reporter's words) and whose second line opens
    on a dateline (本报某地某月某日讯…, 据新华社某地某日电…, 本报讯…) is a headline joined to
    its article's opening: a dateline opens the article's first paragraph, so nothing of
    the same paragraph stands before it (某县新建十座水库 / 本报某地一月五日讯…). Not where
    the line end splits a word the page runs across elsewhere (a wrap).
    """
    if is_clean_form(doc):
        return blocks
    out: list[Block] = []
    text, lines = doc.match_text, doc.lines
    for b in blocks:
        if b.kind != BODY or b.n_lines < 2:
            out.append(b)
            continue
        lo, hi = doc.paragraph_lines[b.index]
        para = text[lines[lo].clean_start : lines[hi].clean_end]
        if "本报" not in para and "新华社" not in para and "中新社" not in para:
            out.append(b)  # (no agency's name: no dateline; most paragraphs end here)
            continue
        src = [lines[i] for i in _kept_lines(doc, b)]
        if len(src) < 2:
            out.append(b)
            continue
        head = _line_text(doc, src[0])
        below = "".join(_line_text(doc, ln) for ln in src[1:3])
        if (not 4 <= len(head) <= 32 or src[0].letter_spaced or _STOPS.search(head) or head[-1] in "，、：:,）)"
                or _TITLE_NOT.search(head) or not _OPENS_ON_DATELINE.match(below)
                or not (_DATELINE.match(below) or _XUN.match(below) or _BARE_DIAN.match(below)
                        or _PLACE_SAID.match(below))):
            out.append(b)
            continue
        if _splits_a_word(head, _line_text(doc, src[1]), doc.squashed()):
            out.append(b)
            continue
        first, rest = _first_line_off(doc, b, src, TITLE)
        rest.kind = LEAD
        out += [first, rest]
    return out


def _quoted_title_off_body(doc: Document, blocks: list[Block]) -> list[Block]:
    """``blocks`` with a quoted headline the reflow ran into the paragraph below it cut off
    as a title.

    A paragraph's first source line that is one whole quotation and nothing else (“…”,
    6-32 characters, no sentence end inside, no other double quote) over a line that opens
    on a word or a quote, not on punctuation, is a headline set as a quotation (“某某让我们
    更有信心”) whose type size the extraction lost: the line fills its column like a body
    line, so the reflow went on into the opening of the article below. A body paragraph
    rarely opens on a quotation that ends exactly at its first line's end and goes on below
    without a comma (“某某”，他说 puts the comma first). Only where an article ends or a
    kicker, a subtitle or a column's name stands right above it, or a caption, a credit, or a
    paragraph closed by a note of its agency or reporters (（本报某地某日电）); under a plain
    paragraph or a title (a section head's label) such a line is mostly a quoted section head
    of the same article. A title set wider than its column (not letter-spaced) is no section
    head's label but an article's kicker without its dash, the kind the heading model reads
    such a line as (某地某项目深受某国群众好评 over “某某给我们带来了新的希望”; session 83,
    reading pages: 2019 days 01-10 of ten draws and the other month's days 01-15, both routes:
    5 such lines cut off, each the truth's headline, all on the sim route; judged: sim read
    headlines missed 812 -> 807, every other row level).
    """
    def wanted(k: int, b: Block) -> bool:
        above = blocks[k - 1] if k else None
        return (b.kind == BODY and above is not None and b.text.lstrip().startswith("“")
                and (above.kind in _OVER_A_QUOTED_TITLE
                     or (above.kind == TITLE and above.wider and not above.letter_spaced)
                     or _CLOSED_BY_A_NOTE.search(above.text) is not None))

    return _first_lines_off(doc, blocks, wanted, lambda src: _quoted_title_line(doc, src[0], src[1]))


def _quoted_title_line(doc: Document, line, below) -> bool:
    """Is source ``line`` a quoted headline set as one whole quotation and nothing else (“…”, 6-32
    characters, no sentence end inside, no other double quote, no agency's or reporter's word),
    over a line ``below`` that opens on a word or a quote, not on punctuation or a word going on?"""
    head, nxt = _line_text(doc, line), _line_text(doc, below)
    return not (not 6 <= len(head) <= 32 or line.letter_spaced or not head.startswith("“")
                or not head.endswith("”") or head.count("“") != 1 or head.count("”") != 1
                or _STOPS.search(head) or _TITLE_NOT.search(head) or not nxt or nxt[0] in _GOES_ON
                or not (_WORD_CHAR.match(nxt[0]) or nxt[0] == "“"))


# how far into a paragraph's text the kicker or tag and the quoted headline under it may reach (two
# lines of at most 32 characters each, white space in them): a paragraph without a dash or a · and
# an opening quote there is passed over before its lines are read
_HEAD_LINES_SEEN = 100
# a series' or column's tag, words joined by ·, nothing else (点赞中国·让友谊辉映未来)
_DOT_TAG_LINE = regex.compile(r"[\p{Han}“”\d]{2,12}·[\p{Han}“”\d]{2,12}")
# a reporting trip's series name (某某采访调研行, 某某蹲点行)
_TRIP_TAG_LINE = regex.compile(r"[\p{Han}“”\d]{2,16}(?:采访|调研|蹲点|采风|考察|探访){1,2}行")


def _head_lines_over_quoted_title(doc: Document, blocks: list[Block]) -> list[Block]:
    """``blocks`` with a kicker closed by a dash (某某活动精彩纷呈——), a column's tag of words
    joined by · (点赞中国·让友谊辉映未来) or a reporting trip's series name (某某采访调研行,
    :data:`_TRIP_TAG_LINE`) and the quoted headline under it
    (:func:`_quoted_title_line`, as :func:`_quoted_title_off_body` reads one) cut off the
    paragraph that opens on them: the kicker as a kicker, the tag as a column, the quotation as a
    title. The heading filled its column as the text's lines do, and the reflow ran it into the
    article's first paragraph. Only under an article's end, a heading, a caption or a credit (a
    block closed by a sentence's or note's end, or no text block above), or where the page opens
    on them (reading pages: three headlines so run into the paragraph opening their page, and no
    body text so read); the kicker is one as
    :func:`_dash_kicker_text` reads it, on a line of at most :data:`_DASH_TITLE_MAX` characters."""
    if is_clean_form(doc):
        return blocks
    out: list[Block] = []
    for b in blocks:
        above = out[-1] if out else None
        if b.kind != BODY or b.n_lines < 3 or b.letter_spaced:
            out.append(b)
            continue
        seen = b.text[:_HEAD_LINES_SEEN]
        if ("“" not in seen or not ("——" in seen or "·" in seen or "行" in seen)
                or (above is not None and above.kind in _TEXT_BEFORE and not _CLOSES_PARAGRAPH.search(above.text))):
            out.append(b)
            continue
        src = _block_lines(doc, b)
        first = _line_text(doc, src[0]) if src else ""
        dash = len(first) <= _DASH_TITLE_MAX and _dash_kicker_text(first)
        tag = _DOT_TAG_LINE.fullmatch(first) or _TRIP_TAG_LINE.fullmatch(first)
        if (len(src) < 3 or src[0].letter_spaced or not (dash or tag)
                or not _quoted_title_line(doc, src[1], src[2])):
            out.append(b)
            continue
        head, title = _piece(doc, b, src[:1]), _piece(doc, b, src[1:2])
        head.kind, title.kind = (KICKER if dash else COLUMN), TITLE
        out += [head, title, _piece(doc, b, src[2:])]
    return out


# A title closed by its series' tag, words joined by · in brackets (“某某某”（点赞某某·某某某某）,
# 某某某某（小城·烟火）): no body paragraph opens so
_SERIES_TAG_END = r"[（(][\p{Han}“”\d、 ]{1,20}·[\p{Han}“”\d、 ]{1,20}[）)]$"
_TAGGED_TITLE_LINES = regex.compile(r"^(?P<title>[^（）()]{4,32})" + _SERIES_TAG_END)
# the same closing a title's wrapped tail of a few characters (桃熟了（美丽中国·乡村游）)
_TAGGED_TAIL_LINE = regex.compile(r"^(?P<title>[^（）()]{1,3})" + _SERIES_TAG_END)
# how far into a paragraph's text a column's name closing its title line may end
_COLUMN_TAG_SEEN = 50
# the length of a title closed by a standing column's name in brackets (某某，你做到了吗（说道）:
# :func:`column_in_title`, the name one :func:`~newsie.extractors._columns.is_column_name` reads)
_COLUMN_TAGGED_TITLE = (4, 32)


def _tagged_title_off_body(doc: Document, blocks: list[Block]) -> list[Block]:
    """``blocks`` with a title under its series tag that the reflow ran into the paragraph
    below it cut off as a title: the paragraph's first source line, or its first two (a title
    wrapped: “某某见证了 / 某某的变化”（点赞某某·某某某某）), closing on a tag of words joined
    by · in brackets, the title before it holding no sentence's end and its quotes closed,
    over a line that opens on a word or a quote. A series tag names the series a headline
    runs under; no paragraph of body text opens on a title and such a tag (the column tags of
    heads._titled_column and heads._series_tagged_title read heading lines). Reading pages
    (dev days 01-10, layout seeds 2024, 7, 11 and 13, pdf): 4 such titles of one series run
    into the opening of their articles' bodies."""
    if is_clean_form(doc):
        return blocks
    out: list[Block] = []
    for b in blocks:
        # (a tag joins its words by · or names a column: a paragraph without either is read no further)
        src = (_block_lines(doc, b) if b.kind == BODY and b.n_lines >= 2
               and ("·" in b.text or "）" in b.text[:_COLUMN_TAG_SEEN]) else [])
        # under a title line, the first line may hold its wrapped tail alone before the tag
        # (某村的猕猴 / 桃熟了（美丽中国·乡村游）)
        under_title = bool(src) and bool(out) and out[-1].kind == TITLE and not _STOPS.search(out[-1].text)
        cut = None
        for k in (1, 2):
            if len(src) <= k:
                break
            head = "".join(_line_text(doc, ln) for ln in src[:k])
            m = _TAGGED_TITLE_LINES.match(head) or (_TAGGED_TAIL_LINE.match(head) if under_title and k == 1 else None)
            if (m is None and (c := column_in_title(head)) is not None and is_column_name(c.group("column"))
                    and _COLUMN_TAGGED_TITLE[0] <= len(c.group("title")) <= _COLUMN_TAGGED_TITLE[1]):
                m = c
            nxt = _line_text(doc, src[k])
            if (m is not None and not _STOPS.search(m.group("title")) and not _CONTACT.search(head)
                    and _balanced_quotes(m.group("title")) and not _TITLE_NOT.search(head)
                    and nxt and (_WORD_CHAR.match(nxt[0]) or nxt[0] == "“")):
                cut = k
                break
        if cut is None:
            out.append(b)
            continue
        out += _first_line_off(doc, b, src, TITLE, cut)
    return out


# the blocks a quoted headline may stand under; a note closing an article (its agency, its
# reporters: （本报北京10月9日电 记者某某）); words that go on from a quotation (“某某”的精神)
_OVER_A_QUOTED_TITLE = {KICKER, SUB, COLUMN, CAPTION, CREDIT}
_CLOSED_BY_A_NOTE = regex.compile(
    r"[（(][^（）()]*(?:电|记者|本报|新华社|通讯员|作者|报道)[^（）()]*[）)]\s*$")
_GOES_ON = "的地得等是和与及"


# the opening of a dateline (the whole is checked by the bylines' patterns)
_OPENS_ON_DATELINE = regex.compile(r"(?:据[ ]*)?(?:本报|新华社|中新社)")
# words no headline line holds: an agency's, a reporter's or a photographer's
_TITLE_NOT = regex.compile(r"本报|新华社|记者|通讯员|摄")
# a contact line's words or number (咨询电话：028—1234567), which a title never holds: such a line
# over a tagged title is the text above it, not the title's first line
_CONTACT = regex.compile(r"\d{5,}|电话|热线|邮箱|传真|网址")


def _kept_lines(doc: Document, b: Block) -> list[int]:
    """The indexes of the lines of paragraph ``b`` that keep any text."""
    first, last = doc.paragraph_lines[b.index]
    return [i for i in range(first, last + 1) if doc.lines[i].clean_end > doc.lines[i].clean_start]


def _block_lines(doc: Document, b: Block) -> list:
    """The lines of block ``b`` that keep any text (a block may be a piece of its paragraph)."""
    first, last = doc.paragraph_lines[b.index]
    return [ln for ln in doc.lines[first : last + 1]
            if ln.clean_end > ln.clean_start and b.start <= ln.clean_start and ln.clean_end <= b.end]


def _line_text(doc: Document, line) -> str:
    return doc.match_text[line.clean_start : line.clean_end].strip()


def _splits_a_word(head: str, nxt: str, flat: str) -> bool:
    """Does the line end between ``head`` and ``nxt`` split a word the page (``flat``, its
    text without white space) runs across elsewhere?"""
    return bool(_WORD_CHAR.match(head[-1]) and nxt and _WORD_CHAR.match(nxt[0]) and flat.count(head[-1] + nxt[0]) > 1)


def _first_lines_off(doc: Document, blocks: list[Block], wanted, cut) -> list[Block]:
    """``blocks`` with each block of two lines or more that ``wanted(k, block)`` picks cut after
    its first source line into a title where ``cut(source_lines)`` says so (never in
    one-paragraph-per-line text): a heading line the reflow ran into the block below it."""
    if is_clean_form(doc):
        return blocks
    out: list[Block] = []
    for k, b in enumerate(blocks):
        if b.n_lines >= 2 and wanted(k, b):
            src = [doc.lines[i] for i in _kept_lines(doc, b)]
            if len(src) >= 2 and cut(src):
                out += _first_line_off(doc, b, src, TITLE)
                continue
        out.append(b)
    return out


def _first_line_off(doc: Document, b: Block, src: list, kind: str, cut: int = 1) -> list[Block]:
    """Paragraph ``b`` cut after its first line (its first ``cut`` lines), which becomes a block
    of ``kind``."""
    first = _piece(doc, b, src[:cut])
    first.kind = kind
    return [first, _piece(doc, b, src[cut:])]


def _body_line_off_titles(doc: Document, blocks: list[Block]) -> list[Block]:
    """``blocks`` with a two-line title block cut where its second line is the opening
    line of the body below it, broken off there by the reflow: a line that holds a
    comma and stops mid-sentence, its paragraph going on in the block below
    (适合国情的道路让百姓过上好日子 / 10月11日—12日，习近平主席同 / 某国总理在某市…)."""
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


def _column_lines_off_titles(doc: Document, blocks: list[Block]) -> list[Block]:
    """``blocks`` with the last line of a heading block cut off as a column tag where that
    line is a standing column's name alone (某某会见某国总理 / 权威发布): the reflow joined the
    heading of the article above (set after its body) to the tag of the article below. A
    title never ends on a line holding only a column's name."""
    if is_clean_form(doc):
        return blocks
    out: list[Block] = []
    for k, b in enumerate(blocks):
        if (b.kind not in (TITLE, KICKER) or b.n_lines < 2 or b.letter_spaced
                or (k + 1 < len(blocks) and blocks[k + 1].kind in HEADING)):
            out.append(b)  # (a tag over heading lines of its own opens their group: left to the pairing)
            continue
        src = _block_lines(doc, b)
        if len(src) < 2 or not is_column_name(_line_text(doc, src[-1])) or is_column_name(b.text.strip()):
            out.append(b)
            continue
        title, column = _piece(doc, b, src[:-1]), _piece(doc, b, src[-1:])
        column.kind = COLUMN
        out += [title, column]
    return out


# a bracketed note that closes the text above it: an author's affiliation, a credit for a
# write-up or a report, an agency's dateline (（作者为某大学教授）, （本报记者某某采访整理）,
# （新华社北京10月2日电）)
_CLOSING_NOTE = regex.compile(r"^[（(]" + NOTE_OPENERS + r".*(?:[）)])$")


def _closing_notes_off_titles(doc: Document, blocks: list[Block]) -> list[Block]:
    """``blocks`` with a heading block cut after the lines that hold a closing note opening
    it (（作者为某大学 / 经济学院教授） / 新论): the reflow joined the note that ends the text
    above to the heading line below it, and the block was read as a heading. The note's
    lines are body text (the end of the article above), the rest stays a heading. A body
    block so opened is cut too where the lines after the note read as a title (no sentence
    end: the note ran on into a column tag and a headline set at the column's width)."""
    if is_clean_form(doc):
        return blocks
    out: list[Block] = []
    for b in blocks:
        if (b.kind not in HEADING and b.kind != BODY) or b.text[:1] not in "（(" or b.n_lines < 2:
            out.append(b)
            continue
        src = _block_lines(doc, b)
        depth, cut = 0, None
        for k, ln in enumerate(src[:-1]):
            for ch in _line_text(doc, ln):
                depth += 1 if ch in "（(" else -1 if ch in "）)" else 0
            if depth == 0:
                cut = k + 1
                break
        note = "".join(_line_text(doc, ln) for ln in src[:cut]) if cut else ""
        if not cut or not _CLOSING_NOTE.match(note):
            out.append(b)
            continue
        body, rest = _piece(doc, b, src[:cut]), _piece(doc, b, src[cut:])
        if b.kind == BODY:
            # a paragraph the note opens: the lines after it are the next heading only where they
            # read as one (no sentence ends in them: 某某思想 / 继续把某某巩固好发展好), not the
            # opening of a text run on after it
            if not _is_title_text(rest.text.strip(), False, False):
                out.append(b)
                continue
            rest.kind = TITLE
        body.kind = BODY
        out += [body, rest]
    return out


# A caption's first source line that reads as a heading line, not as the opening of the
# caption's sentence: no sentence end or comma, at most this many characters
_CAPTION_TITLE_MAX = 40


_CAPTION_TITLE_SHORT = 2.0  # how many ems shorter than the caption's next line it is at least


_CLAUSE_MARK = regex.compile(r"[，、：:,;；]")


def _titles_off_captions(doc: Document, blocks: list[Block]) -> list[Block]:
    """``blocks`` with a caption block cut after its first line where that line is a heading
    line the reflow ran into the photo caption below it: on a page printing headlines after
    their bodies a headline closes its article and a photo may stand right under it
    (“咱们的生活节节高” / 国庆前夕，某地群众在广场上…), and the line, read with the caption,
    was lost to it. The line holds no sentence end, comma or colon, ends on a closing mark or a
    word, is shorter than the caption's next line by some ems (a line end, not a wrap), and the
    rest reads as a caption's sentence. (A block wider than its column right above a credit
    line is a caption too, whatever the line classes read.)"""
    def wanted(k: int, b: Block) -> bool:
        credited = b.kind == BODY and b.wider and k + 1 < len(blocks) and blocks[k + 1].kind == CREDIT
        return b.kind == CAPTION or credited

    def cut(src: list) -> bool:
        head, nxt = _line_text(doc, src[0]), _line_text(doc, src[1])
        rest = "".join(_line_text(doc, ln) for ln in src[1:])
        return not (src[0].letter_spaced or not 4 <= len(head) <= _CAPTION_TITLE_MAX or _STOPS.search(head)
                    or _CLAUSE_MARK.search(head) or not (head[-1] in "”）)" or _WORD_CHAR.match(head[-1]))
                    or src[0].width > src[1].width - _CAPTION_TITLE_SHORT or "，" not in rest or not nxt)

    return _first_lines_off(doc, blocks, wanted, cut)


# a report's first sentence opening on its date (10月8日上午，… 2019年10月8日，… 8日，…)
_DATE_OPENING = regex.compile(r"^(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日[^，。；]{0,8}，")


def _dash_kicker_above(b: Block) -> bool:
    """Is heading block ``b`` a kicker closed by a dash (:func:`_dash_kicker_text`), as
    :func:`_title_under_dash_kicker_off` reads one: the line under it is its headline."""
    return b.kind in (KICKER, TITLE) and _dash_kicker_text(b.text.rstrip())


def _dash_kicker_text(t: str) -> bool:
    """Is ``t`` a kicker's words closed by a dash (not a dash of three), longer than a name
    (:data:`_NAME_KICKER`: 某某某—— over a part's title inside an article), asking no question
    (:data:`_ASKS`) and holding no sentence (:data:`_KICKER_PROSE`)?"""
    return (t.endswith("——") and not t.endswith("———") and len(_unspaced(t).rstrip("—")) > _NAME_KICKER
            and not _ASKS.search(t) and not _KICKER_PROSE.search(t))


def _dated_opening_over_title_lines(blocks: list[Block], k: int) -> bool:
    """Is one-line title block ``blocks[k]``, right under a heading, a report's first line
    opening on its date and a comma (:data:`_DATE_OPENING`: 10月5日，讲述“某某” / 某某主演的纪录片
    在某市举行首映活 / 动。…), over a title block of the same sentence that the reflow broke off
    the paragraph below it (it ends inside a word, the paragraph under it is body)? A headline
    opens on no date and comma. Not over a block of several lines with no punctuation, which
    :func:`_unpunctuated_titles` reads as title lines again (9月20日至22日，某 / 省举办某某培训 /
    班，…: the pair, left a heading group, is read as a feature's section head, the text whole)."""
    b, nxt = blocks[k], blocks[k + 1]
    return (0 < k < len(blocks) - 2 and b.kind == TITLE and nxt.kind == TITLE and blocks[k + 2].kind == BODY
            and b.n_lines == 1 and not (b.letter_spaced or b.wider or nxt.letter_spaced or nxt.wider)
            and blocks[k - 1].kind in HEADING and not _dash_kicker_above(blocks[k - 1])
            and _DATE_OPENING.match(b.text.strip()) is not None and not b.text.rstrip().endswith("——")
            and _ENDS_IN_WORD.search(nxt.text.strip()) is not None
            and (nxt.n_lines == 1 or _NOT_IN_HEADING.search(nxt.text) is not None))


def _run_on_title_lines(doc: Document, blocks: list[Block]) -> None:
    """A one-line title block that runs on, mid-sentence, into the body paragraph below it
    is that paragraph's opening line, broken off by the reflow: body text. It runs on where
    it ends inside a word and either holds a comma and the line end splits a word the page
    runs across elsewhere (志愿者声声问候，受 / 访居民句句感谢，…), or it opens on a
    date and a comma, as a report's first sentence does (10月8日上午，市民游客走进 / 新落成的湖畔公园…).
    A headline holding a comma closes on a whole word (乡村振兴，产业先行).
    Read from the bottom up, so that a paragraph broken at every line is body text whole."""
    if is_clean_form(doc):
        return
    for k in range(len(blocks) - 2, -1, -1):
        b, nxt = blocks[k], blocks[k + 1]
        text = b.text.strip()
        if _dated_opening_over_title_lines(blocks, k):
            b.kind = nxt.kind = BODY
            continue
        if (b.kind != TITLE or nxt.kind != BODY or b.n_lines != 1 or b.letter_spaced or b.wider
                or not _ENDS_IN_WORD.search(text) or k == 0 or blocks[k - 1].kind not in HEADING):
            continue  # (only right under a heading: the body's opening filed in its heading)
        if _dash_kicker_above(blocks[k - 1]):
            continue  # (a kicker closed by a dash announces its headline: 某某向祖国表白—— / 我爱你，中国)
        if _DATE_OPENING.match(text):
            b.kind = BODY
            continue
        kept = _kept_lines(doc, nxt)
        if "，" not in text or not kept:
            continue
        if _splits_a_word(text, _line_text(doc, doc.lines[kept[0]]), doc.squashed()):
            b.kind = BODY


# A paragraph that goes on from the line above it: it opens on a verb of saying and a comma or
# a colon (说，… 表示：…), or on the second half of such a verb that the line end split (介 / 绍，…).
_SAYS_WORDS = ("说", "表示", "介绍", "指出", "强调", "认为", "坦言", "透露", "告诉记者", "感慨", "回忆", "解释", "谈到", "提到",
               "感叹", "直言")
_SAYS_OPENING = regex.compile(r"^(?:" + "|".join(_SAYS_WORDS) + r")[，：:]")
_SAYS_SPLIT = frozenset(w for w in _SAYS_WORDS if len(w) == 2)  # a two-character verb the line end may split
_SAYS_HALF = regex.compile(r"^(\p{Han})[，：:]")


def _speaker_lines_run_on(doc: Document, blocks: list[Block]) -> None:
    """A one-line title block over a body paragraph that opens on a verb of saying (某公司
    负责人某某 / 说，“……”; 某中心副主任某 / 某介绍，…), or on its second half (某某介 / 绍，…),
    is that paragraph's opening line, broken off by the reflow where a line full of a
    speaker's office and name ends: body text. A headline's body never opens so. Reading
    sets (layout seeds 31, 29, 19 days 01-10, the other month's 01-15): 15 such blocks, all
    inside a paragraph in the truth."""
    if is_clean_form(doc):
        return
    for k in range(len(blocks) - 1):
        b, nxt = blocks[k], blocks[k + 1]
        if b.kind != TITLE or nxt.kind != BODY or b.n_lines != 1 or b.letter_spaced:
            continue
        text = _unspaced(b.text)
        kept = _kept_lines(doc, nxt)
        if not text or not _WORD_CHAR.match(text[-1]) or not kept:
            continue
        first = _unspaced(_line_text(doc, doc.lines[kept[0]]))
        half = _SAYS_HALF.match(first)
        if _SAYS_OPENING.match(first) or (half is not None and text[-1] + half.group(1) in _SAYS_SPLIT):
            b.kind = BODY


# The opening line of a body paragraph filed as a heading's last line: it holds prose
# punctuation between words (a comma, an enumeration comma, a colon), stops inside a clause
# and is no wider than the body's column.
_OPENING_PROSE = regex.compile(r"\S[，、：；]\S")
_OPENING_PUNCT = regex.compile(r"[，、：；]")
_REST_PUNCT = regex.compile(r"[，：；]")  # prose in a heading's lines above the opening (not 、)
_QUOTED = regex.compile(r"“[^“”]*”|《[^《》]*》")  # a quoted name or a title in a heading: its stops are not the heading's
_OPENING_END = regex.compile(r"[\p{Han}A-Za-z0-9、，]$")
_CLOSED_CLAUSE = regex.compile(r"[了吗呢吧][、，]?$")  # a clause closed on a particle is whole (…又回来了)
_NO_RUN_ON = "“‘《（(【〈"  # a paragraph that opens on a quote or bracket opens a sentence


def _body_openings_off_headings(doc: Document, blocks: list[Block]) -> list[Block]:
    """``blocks`` with the last line of a title or subtitle block given to the body paragraph
    right below it where it is that paragraph's opening line, broken off by the reflow and
    read with the heading (我们的主题 / 从东部城市到西部、北部 / 乡村，各地都在…): the line holds
    prose punctuation between words, does not open on a dash, stops on a word or a comma, is no
    wider than the body's column, and the paragraph below goes on without an indent or an
    opening quote. Only under a heading, and a title always stays above it: a one-line block
    goes only under heading lines that hold another title, and not right under a kicker or a
    line closed by a dash or a colon (the headline under its kicker); a block of several lines
    keeps its other lines, which must close every quote they open and hold no comma or colon
    (a title does not run on so); an enumeration's 、 is a title's (某省坚持宣传、普法、打击同步 /
    某某某某 某某某某 / “某某！”前不久，当… : reading pages, 3 more headlines right, none lost)."""
    if is_clean_form(doc):
        return blocks
    out: list[Block] = []
    for k, b in enumerate(blocks):
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if b.kind not in (TITLE, SUB) or b.letter_spaced or nxt is None or nxt.kind != BODY:
            out.append(b)
            continue
        src = _block_lines(doc, b)
        kept = _kept_lines(doc, nxt)
        if not src or not kept:
            out.append(b)
            continue
        line = src[-1]
        tail = _unspaced(_line_text(doc, line))
        col = nxt.col or b.col
        if (tail.startswith("—") or not _OPENING_END.search(tail) or _CLOSED_CLAUSE.search(tail)
                or not _OPENING_PROSE.search(tail)
                or line.letter_spaced or doc.lines[kept[0]].indented or nxt.text.lstrip()[:1] in _NO_RUN_ON
                or not col or line.width > col + 1.0):
            out.append(b)
            continue
        above = []  # the heading blocks right above b
        for x in reversed(out):
            if x.kind not in HEADING:
                break
            above.append(x)
        if not above or not any(x.kind == TITLE for x in above) and not (b.kind == TITLE and len(src) >= 2):
            out.append(b)  # (a block between two runs of body: body text read as a title, left alone)
            continue
        rest = "".join(_line_text(doc, ln) for ln in src[:-1])
        upper = rest or above[0].text.rstrip()
        if (above[0].kind == KICKER and not rest or upper.endswith(("——", "—", "：", ":"))
                or not _balanced_quotes(rest) or _REST_PUNCT.search(_QUOTED.sub("", rest))):
            out.append(b)  # the headline under a kicker; lines above it that read as prose
            continue
        opening = _piece(doc, b, src[-1:])
        opening.kind = BODY
        opening.runs_on = True  # (its sentence goes on in the paragraph below: one paragraph)
        out += ([_piece(doc, b, src[:-1])] if len(src) >= 2 else []) + [opening]
    return out


_NO_STOP = regex.compile(r"[。！？；!?;]")


def _enumeration_heads(blocks: list[Block]) -> None:
    """A one-line paragraph that ends on an enumeration comma (、) right above a heading
    line is that heading's first line, broken off by the reflow: no paragraph ends on 、
    (浙江、江苏、 / 安徽推进乡村振兴见实效). It takes the kind of the line below."""
    for b, nxt in zip(blocks, blocks[1:]):
        if (b.kind == BODY and nxt.kind in (TITLE, KICKER) and b.n_lines == 1
                and b.text.rstrip().endswith("、") and not _NO_STOP.search(b.text)):
            b.kind = nxt.kind


_DISPLAY_EMS = 4.0  # how many ems wider than its column a line set in display type is at least


_HAN = regex.compile(r"\p{Han}")


_DISPLAY_MAX = 80  # a display line holds at most this many characters (a long column tag in brackets)


def _display_line(doc: Document, ln, col: float) -> bool:
    """Is source line ``ln`` set in display type over a column ``col`` ems wide: much
    wider than the column, with no sentence end, and no comma unless short (a headline
    set across the columns of its article: 韩正在某地调研城市规划建设工作时强调)?"""
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
    为建设更加富裕的家园而拼搏（守初心 担使命 …主题教育）). The role model then reads
    which is the kicker, which the headline."""
    if is_clean_form(doc):
        return blocks
    out: list[Block] = []
    for b in blocks:
        if b.kind != BODY or b.letter_spaced or (out and _bare_dateline(out[-1])):
            out.append(b)  # (under a bare dateline: the text's opening, however wide the line)
            continue
        top = doc.paragraph_lines[b.index][0]
        ln = doc.lines[top]
        if ln.clean_end > ln.clean_start and not _display_line(doc, ln, doc.column_widths[top]):
            out.append(b)  # (most paragraphs: a first line that keeps text and is no display line)
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
    starts with —— and holds no punctuation (——访某国外交部长), and its next line is
    an indented opening line (short of the column), that first line is the subtitle.
    A dash that opens a paragraph's first line in prose goes on in a sentence with
    commas (——守牢耕地面积底线，集约)."""
    if is_clean_form(doc):
        return blocks
    if sum(1 for b in blocks if b.kind == BODY and b.text.startswith("——")) > 2:
        return blocks  # a list of items each opened by a dash (——加强农业机械装备保障…)
    out: list[Block] = []
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
            out += _two_line_subtitle_off(doc, b, kept)  # (or a subtitle wrapped over two lines)
            continue
        if _splits_a_word(head, _line_text(doc, src[1]), doc.squashed()):
            out += _two_line_subtitle_off(doc, b, kept)  # the line end is a wrap: of the subtitle?
            continue
        out += _first_line_off(doc, b, src, SUB)
    return out


def _two_line_subtitle_off(doc: Document, b: Block, kept: list[int]) -> list[Block]:
    """Paragraph ``b`` (its source lines ``kept``) cut after its first two lines where they
    are a subtitle wrapped in its column that the reflow ran into the body below
    (——论始终把群众冷暖挂在心上的 / 工作理念 / 人民是历史的创造者，…): the first line
    fills its column, the two hold no punctuation and close every quote they open, and
    the third line is an indented opening line (short of the column); else ``[b]``.
    :func:`_subtitle_joined_below` asks it where the first line alone is no subtitle."""
    src = [doc.lines[i] for i in kept]
    if len(src) < 3:
        return [b]
    first, second = _line_text(doc, src[0]), _line_text(doc, src[1])
    cols = [doc.column_widths[i] for i in kept[:3]]
    if (not all(cols) or src[0].width < cols[0] - _SUB_JOINED_SHORT or src[2].width > cols[2] - _SUB_JOINED_SHORT
            or len(first) < 6 or _SUB_PUNCT.search(first + second) or not _balanced_quotes(first + second)):
        return [b]
    if _splits_a_word(second, _line_text(doc, src[2]), doc.squashed()):
        return [b]  # the line end splits a word the page uses elsewhere: a wrap
    sub, body = _piece(doc, b, src[:2]), _piece(doc, b, src[2:])
    sub.kind = SUB
    return [sub, body]


def _kicker_dash_lines_off(doc: Document, blocks: list[Block]) -> list[Block]:
    """``blocks`` with a title block the reflow joined across a kicker's closing dash cut
    there: the lines up to one that ends in —— are a kicker, the rest the title
    (北京市朝阳区某社区志愿者王小红—— / 把温暖送到老人身边). A page's parts, each a name over
    a title, then read as one shape whether the reflow joined a part's lines or not. Only
    on a page that sets two such kickers apart already (a page of parts): elsewhere the
    heading model reads the block as the reflow left it, as it was fitted."""
    if is_clean_form(doc) or sum(1 for b in blocks if b.kind == KICKER and b.text.rstrip().endswith("——")) < 2:
        return blocks
    out: list[Block] = []
    for b in blocks:
        if b.kind != TITLE or b.n_lines < 2 or b.letter_spaced or "——" not in b.text:
            out.append(b)
            continue
        src = [doc.lines[i] for i in _kept_lines(doc, b)]
        k = next((k for k, ln in enumerate(src[:-1]) if _line_text(doc, ln).endswith("——")
                  and not _line_text(doc, ln).endswith("———") and len(_line_text(doc, ln)) > 2), None)
        if k is None:
            out.append(b)
            continue
        kicker, title = _piece(doc, b, src[: k + 1]), _piece(doc, b, src[k + 1 :])
        kicker.kind = KICKER
        out += [kicker, title]
    return out


# the longest title (its bracketed series tag aside) that :func:`_title_under_dash_kicker_off`
# cuts off a paragraph, in characters
_DASH_TITLE_MAX = 32
_TAIL_TAG = regex.compile(r"[（(][^（）()]{2,60}[）)]$")
# a kicker holding a comma or a stop is a sentence ending on a dash (某日清晨，某某队伍走来——)
_KICKER_PROSE = regex.compile(r"[，。；！？,;!?]")
# a title line does not end on a clause's comma, a colon or 到 (从某某 / 到某某: one phrase
# over the line end), nor does the line below it open on a word going on (到, 的, 和…)
_ENDS_OPEN = regex.compile(r"[，、,：:到]$")
_GOES_ON_BELOW = _GOES_ON + "到"
# the kinds of the block above a dash kicker that must end closed (:data:`_CLOSES_PARAGRAPH`: a
# sentence, a note, a heading; not a sentence going on into the kicker: 某某，/ 某处一片欢腾——):
# text and heading lines (the kicker a piece of prose the reflow broke off: 从某处到某处，某地群众
# 与各 / 地朋友一同向前——)
_TEXT_BEFORE = (BODY, LEAD, TITLE, KICKER, SUB)
# a line opening on a time or a date closed by a comma (8时15分，在… / 5月3日下午，…) opens prose
_OPENS_ON_TIME = regex.compile(r"[\d０-９]+\s*(?:时|点|年|月|日)[^，,。]{0,10}[，,]")
# a question closed by a dash (某地一年来了多少客人—— / 某事办成了没——) opens its answer in the prose
_ASKS = regex.compile(r"(?:吗|呢|没|多少|哪里|哪儿|什么|怎么|如何|为何|为什么)\s*——\s*$")
# a kicker of this many characters or fewer is a name over a part's title inside an article
# (某某某—— / 某某献给某某梦), not the kicker of an article's own headline
_NAME_KICKER = 5


def _series_banner(b: Block) -> bool:
    """Is heading block ``b`` a series' banner, its parts joined by · (强基础 补短板 促发展
    惠民生·深入开展某某专项整治), set wider than its column? It closes on no stop, as prose left open
    does, but runs into nothing under it."""
    return b.kind in (TITLE, KICKER) and b.wider and "·" in b.text and not _STOPS.search(b.text)


def _title_under_dash_kicker_off(doc: Document, blocks: list[Block]) -> list[Block]:
    """``blocks`` with the headline under a kicker closed by a dash (某地某某—— / 某某的领路人)
    that the reflow ran into the paragraph below it cut off as a title. A kicker ending in ——
    announces its headline (:func:`roles._closes_kicker`): a body paragraph right under it opens
    on that headline, whose type size the extraction lost, so it filled its column like a body
    line. The paragraph's first source line is the title, or its first lines up to the one that
    closes the quotes and brackets it opens (“把小事 / 做成大事”（某某·某某）), at most
    :data:`_DASH_TITLE_MAX` characters besides a closing bracketed tag, without a sentence's end
    or an agency's or reporter's word, over a line that opens on a word or a quote. Features set
    dash-closed lines in their prose: no cut under a kicker that is a name alone, a question, a
    paragraph holding a comma or a stop, or under a text or heading block left open above it; nor
    for a line opening on a time or date and a comma, ending open (，、：到), torn from the line
    below, over a line going on (到, 的, 和…) or on quoted items. Reading pages (2019 days 01-10,
    ten draws, both routes; the other month's days 01-15): the truth's kicker read as the
    headline over its headline in the body, 40 misses over the 20 rows, 10-12 under a dash
    kicker (HEAD35)."""
    if is_clean_form(doc):
        return blocks
    from newsie.extractors.segment.roles import _torn_pair  # (roles reads this module)

    out: list[Block] = []
    for b in blocks:
        above = out[-1] if out else None
        if (b.kind != BODY or b.n_lines < 2 or above is None or not _dash_kicker_above(above)
                or (len(out) >= 2 and out[-2].kind in _TEXT_BEFORE and out[-2].text.strip()
                    and not _CLOSES_PARAGRAPH.search(out[-2].text) and not _series_banner(out[-2]))
                or _KICKER_PROSE.search(doc.match_text[slice(*doc.paragraphs[above.index])])):
            out.append(b)
            continue
        src = _block_lines(doc, b)
        cut, head = None, ""
        for c in range(1, min(len(src), 3)):
            head += _line_text(doc, src[c - 1])
            if _balanced_quotes(head):
                cut = c
                break
        if cut is None:
            out.append(b)
            continue
        title = _TAIL_TAG.sub("", head)
        nxt = _line_text(doc, src[cut])
        if (not 2 <= len(title) <= _DASH_TITLE_MAX or _STOPS.search(title) or _TITLE_NOT.search(head)
                or _ENDS_OPEN.search(head) or _OPENS_ON_TIME.match(title)
                or not nxt or not (_WORD_CHAR.match(nxt[0]) or nxt[0] == "“") or nxt[0] in _GOES_ON_BELOW
                or (head.endswith("”") and nxt[0] == "“")  # (quoted items running on: “某某”“某某” / “某某”)
                or _splits_a_word(head, nxt, doc.squashed()) or _torn_pair(head, nxt)):
            out.append(b)
            continue
        out += _first_line_off(doc, b, src, TITLE, cut)
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
    wrapped at a narrow measure, however long (韩正在某地调研城市规划建 / 设工作时强调 /
    扎实推进重点项目建设 / …): prose does not go two lines without a comma or a
    stop. The role model cuts the kicker from the headline."""
    for b in blocks:
        if (b.kind == BODY and b.n_lines >= 2 and not b.letter_spaced and len(b.text) <= _HEADING_MAX
                and not _NOT_IN_HEADING.search(b.text)):
            b.kind = TITLE


# a whole quotation trailing off, a headline's words (“我真的爱看……”), no sentence's stop in it
_QUOTE_TRAILING_OFF = regex.compile(r"“[^“”。；！？!?;]{2,20}……”")


def _exclaimed_titles(blocks: list[Block]) -> None:
    """A one-line exclamation or question in body type right above a subtitle (——…) is
    its headline (“这是一支敢打必胜的队伍！” / ——某部队演训纪实): a subtitle
    follows a title, never a paragraph. So is a whole quotation trailing off (“我真的爱看……”,
    :data:`_QUOTE_TRAILING_OFF`), and so over a dash line read as a title line, wider than its
    column (:func:`_dash_subtitle`)."""
    for b, nxt in zip(blocks, blocks[1:]):
        if (b.kind == BODY and b.n_lines <= 2 and ((nxt.kind == SUB and nxt.text.startswith("——")) or _dash_subtitle(nxt))
                and (b.n_lines == 1 or _whole_quotation(b.text.strip()))
                and (_is_title_text(b.text.strip(), False, True) or _QUOTE_TRAILING_OFF.fullmatch(b.text.strip()))):
            b.kind = TITLE
    _exclaimed_titles_over_leads(blocks)


_WHOLE_QUOTATION = regex.compile(r"“[^“”。；;]{2,22}[！？!?]?”")


def _whole_quotation(text: str) -> bool:
    """Is ``text`` one quotation, whole, and short (“这是一支敢打必胜的队伍！”): a headline's
    words, wrapped over two lines of its narrow title column, never a paragraph's sentence that
    a subtitle could follow?"""
    return _WHOLE_QUOTATION.fullmatch(_unspaced(text)) is not None


def _prose_under_subtitle(blocks: list[Block]) -> None:
    """A paragraph of two lines or more ending on a dash, with a comma or a stop in it, right
    under a subtitle opened by a dash (——某某阅兵纪实 / 恢宏激昂的号角骤然响起，…汇成震天撼地的
    交响——) is the article's first paragraph leading into its text, not a kicker: a kicker stands
    over its headline, and no heading line goes on as a sentence over lines of the column's
    measure. Session 75 lowered three lines to two: reading pages (2019 days 01-10 of five draws,
    the jump pages, the other month's days 01-15), under a dash subtitle, 42 such kickers of two
    lines with a comma (both routes), all body; judged, subtitles rose on eight draws, nothing lost."""
    for above, b in zip(blocks, blocks[1:]):
        if (b.kind == KICKER and b.n_lines >= 2 and above.kind == SUB and above.text.lstrip().startswith("——")
                and _KICKER_PROSE.search(b.text)):
            b.kind = BODY


def _dash_subtitle(b: Block) -> bool:
    """Is heading block ``b`` a subtitle opened by a dash (——某某联欢活动侧记), read as a subtitle or
    as a title line: no punctuation in it (a dash in prose opens a clause with commas), at least
    six characters, no dash of three (我的答案——— / …)?"""
    t = b.text.strip()
    return (b.kind in (SUB, TITLE) and t.startswith("——") and not t.startswith("———") and len(t) >= 6
            and not _SUB_PUNCT.search(t))


_DASH_TITLE_LINE_MAX = 32  # characters of a title line the reflow ran onto a paragraph, at most


def _title_over_dash_subtitle_off(doc: Document, blocks: list[Block]) -> list[Block]:
    """``blocks`` with the last line of a paragraph cut off as a title where it stands right above
    a subtitle opened by a dash and the line before it closed a sentence (…开创事业新局面。 /
    某某旗帜，向着新目标前进 / ——某某讲话引起各界共鸣): a subtitle follows its title, never a
    paragraph, and a paragraph's line after a closed sentence that ends on no stop of its own
    opens no text that the subtitle could go on. The reflow ran the title, a full line with a
    comma, into the paragraph above it. The line holds no stop, closes every quote it opens and
    is no longer than :data:`_DASH_TITLE_LINE_MAX`; the subtitle holds no punctuation (a dash in
    prose opens a clause with commas). A title wrapped over the paragraph's last two lines is cut
    off whole (:func:`_dash_title_lines`; session 82: on four draws' reading days of both routes
    and the other month's days 01-15 it fired once, on the truth's headline)."""
    if is_clean_form(doc):
        return blocks
    out: list[Block] = []
    for k, b in enumerate(blocks):
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if b.kind != BODY or b.n_lines < 2 or b.letter_spaced or nxt is None or not _dash_subtitle(nxt):
            out.append(b)
            continue
        src = _block_lines(doc, b)
        n = _dash_title_lines(doc, src)  # (0 where the block keeps fewer than two lines)
        if not n:
            out.append(b)
            continue
        title = _piece(doc, b, src[-n:])
        title.kind = TITLE
        out += [_piece(doc, b, src[:-n]), title]
    return out


def _dash_title_lines(doc: Document, src: list) -> int:
    """How many of a paragraph's last source lines ``src`` are a title over a dash subtitle (0:
    none): the last line, or the last two where they wrap one title (the first line leaves its
    words or a quote open: “某某何来某某，某某何 / 来某某”), under a line that closed a sentence.
    Together they hold no stop, close every quote they open and are no longer than
    :data:`_DASH_TITLE_LINE_MAX`."""
    for n in (1, 2):
        if len(src) < n + 1:
            return 0
        lines = [_line_text(doc, ln) for ln in src[-n:]]
        text, before = "".join(lines), _line_text(doc, src[-n - 1])
        if n == 2 and (_CLOSES_PARAGRAPH.search(lines[0]) or len(lines[1]) >= len(lines[0])):
            return 0
        if (4 <= len(text) <= _DASH_TITLE_LINE_MAX and _CLOSES_PARAGRAPH.search(before)
                and not _STOPS.search(text) and _balanced_quotes(text) and _is_title_text(text, False, False)):
            return n
    return 0


# a one-line exclamation or question (or a trailing-off ……) a headline may end on
_EXCLAIMED_END = regex.compile(r"(?:[！？!?]|……)[”’」』]*$")
_EXCLAIMED_MAX = 24  # characters of such a headline at most


def _exclaimed_titles_over_leads(blocks: list[Block]) -> None:
    """A one-line exclamation or question in body type between a closed paragraph and a
    dateline or reporter line (…尽快查处。 / 路边黑作坊该管管了！ / 本报某地1月4日电…) is
    that article's headline: a dateline opens an article, and the words right above it are
    its heading, not the last paragraph of the one before."""
    for i, b in enumerate(blocks[:-1]):
        text = b.text.strip()
        if (b.kind != BODY or b.n_lines != 1 or b.letter_spaced or len(text) > _EXCLAIMED_MAX
                or not _EXCLAIMED_END.search(text) or not _balanced_quotes(text)):
            continue
        if _STOPS.search(text.rstrip("”’」』").rstrip("！？!?…")):
            continue  # (more than one sentence: 好！真好！)
        prev, nxt = blocks[i - 1] if i else None, blocks[i + 1]
        if prev is not None and prev.kind == BODY and not _CLOSES_PARAGRAPH.search(prev.text):
            continue  # (the tail of a sentence the line above runs into: …不如换 / 个做法，行吗？)
        if nxt.kind == LEAD:  # (not a bare name line below: a letter's closing wish over its signature)
            b.kind = TITLE


# a paragraph's last line closed: a sentence's stop, a closing quote or a closing note's bracket
_CLOSES_PARAGRAPH = regex.compile(r"[。！？!?…”’」』）)]\s*$")


def _title_first_halves(blocks: list[Block]) -> None:
    """A short line in body type that ends on a comma, right above a title line, is the
    first half of that title (从山区到城市， / 汇聚两地合作发展新动能): a paragraph does not end
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


def _credited_sentence(text: str, credit: regex.Match | None) -> bool:
    """Is ``text`` a sentence closed by its full stop and a photo credit on the same line
    (李小川（左）和王青在检修光伏板。本报记者 张 明摄): a caption, however short?
    ``credit``: :func:`photo_credit` of ``text`` (the caller reads it once).

    >>> [_credited_sentence(t, photo_credit(t)) for t in ("李小川（左）和王青在检修光伏板。本报记者 张 明摄",
    ...                                                    "本报记者 周亚军摄")]
    [True, False]
    """
    return credit is not None and len(before := text[: credit.start()].rstrip()) >= 6 and before[-1] in "。！？"


# the words 摄 opens (摄像机, 摄影师, 摄制组, 摄入, 摄取, 摄氏度): a line closing on 摄 with the next
# opening on one of these ends mid-word (…从索道摄 / 像机、…), no photo credit
_AFTER_SHE = frozenset("像影制入取氏")


def _photo_credit_closing(doc: Document, i: int, text: str) -> regex.Match | None:
    """:func:`photo_credit` of paragraph ``i`` of ``doc`` (``text``, stripped), unless it closes on a
    摄 the next paragraph's first character goes on as a word (…从索道摄 / 像机): no credit there."""
    credit = photo_credit(text)
    if credit is None or not credit.group().endswith("摄") or i + 1 >= len(doc.paragraphs):
        return credit
    start, end = doc.paragraphs[i + 1]
    return None if doc.match_text[start:end].lstrip()[:1] in _AFTER_SHE else credit


_CAPTION_BROKEN_FROM = frozenset({CAPTION, TITLE, BODY})  # the kinds a caption's broken line is read as


def _caption_broken_off(blocks: list[Block], text: str, credit: regex.Match) -> bool:
    """Is ``text``, closed by photo credit ``credit``, the last words of the caption right above
    it, which its line broke off mid-word (…这是该线路开行的第一百 / 趟班列。  新华社发): the
    caption's sentence closes on its stop before the credit, however short it is. The lines above
    may have been read as a title or text (…会见来华出席开幕式的某国总 / 统某某。新华社记者 某某 摄):
    the caption takes them in as its opening (``grouping._caption_opening``)."""
    if not blocks or blocks[-1].kind not in _CAPTION_BROKEN_FROM or not _ENDS_IN_WORD.search(blocks[-1].text.rstrip()):
        return False
    before = text[: credit.start()].rstrip()
    return bool(before) and before[-1] in "。！？"


def _bin(prefix: str, value: float, edges: tuple[float, ...]) -> dict[str, float]:
    """A one-hot bin feature: ``prefix`` and how many ``edges`` the value reaches."""
    return {_bin_name(prefix, value, edges): 1.0}


def _bin_name(prefix: str, value: float, edges: tuple[float, ...]) -> str:
    """The name of :func:`_bin`'s feature (set to 1.0)."""
    return f"{prefix}{bisect.bisect_right(edges, value)}"


#: what a shipped tree model must hold (see newsie._resources.boosted)
_TREE_KEYS = ("version", "features", "init", "learning_rate", "trees")


# a series' tag: words, a middle dot, words (共和国“首个”·生活篇, 点赞家乡·让青春绽放光彩)
_SERIES_TAG = regex.compile(r"^[\p{Han}“”\d]{2,12}·[\p{Han}“”\d]{2,12}$")


def _series_tag(text: str) -> bool:
    """Is ``text`` a series' tag (:data:`_SERIES_TAG`; asked only of a text holding its ·)?"""
    return "·" in text and _SERIES_TAG.match(text) is not None


_SPACES = regex.compile(r"\s+")  # a line's text without its (letter-)spacing


def _unspaced(text: str) -> str:
    """``text`` without its white space: ``_SPACES.sub("", text)``. A text holding none (most
    of them) is told by one ``str.split`` in C, which returns it whole (its white space,
    ``str.isspace``, holds every character of ``\\s``, and four controls more: a text holding
    any white space is read by the pattern)."""
    parts = text.split()
    if len(parts) == 1 and parts[0] is text:
        return text
    return _SPACES.sub("", text)


def _piece(doc: Document, b: Block, lines: list) -> Block:
    """The part of block ``b`` set in ``lines`` (some of its source lines), as a block."""
    start, end = lines[0].clean_start, lines[-1].clean_end
    widest = max(ln.width for ln in lines)
    return Block(b.index, start, end, doc.match_text[start:end], kind=b.kind, wider=b.wider,
                 blank_before=b.blank_before and lines[0] is doc.lines[doc.paragraph_lines[b.index][0]],
                 blank_after=b.blank_after and lines[-1] is doc.lines[doc.paragraph_lines[b.index][1]],
                 width_ratio=widest / b.col if b.col else 0.0, col=b.col, n_lines=len(lines))


_WORD_CHAR = regex.compile(r"[\p{Han}A-Za-z0-9]")


_FIELD_COLON = regex.compile(r"[：:]")
