"""The document: raw page text, its clean reading text, and a two-way offset map.

Text pulled out of an e-paper PDF is hard-wrapped at the column width, often has blank
lines between wrapped lines, letter-spaced titles (``登 高 望 远``) and spaces around
digits set in a Latin font (``10 月 22 日``). Extractors work on a *clean* text in which
those artifacts are gone, and every span they find is mapped back to ``[start, end)`` in
the *source* (the exact string the caller passed in).

The clean text is built only by deleting source characters and replacing single
characters one for one (a line break becomes ``"\\n"`` at a paragraph break or ``" "``
between two Latin words; full-width digits and letters are folded to ASCII). So every
clean character comes from exactly one source character, the map is monotonic, and it
is stored as runs, which keeps a 10 MB page cheap.

>>> doc = Document("交流研讨会 10 月 22 日召开。")
>>> doc.text
'交流研讨会10月22日召开。'
>>> i = doc.text.index("10月22日")
>>> doc.to_source(i, i + 6)
(6, 15)
>>> doc.source[6:15]
'10 月 22 日'
"""

from __future__ import annotations

import bisect
import contextvars
import math
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate, compress, repeat
from operator import add
from typing import Iterator

import regex

from newsie.records import Span

__all__ = ["Document", "Line", "fold_width", "char_width", "to_simplified"]

# Full-width ASCII digits and letters, ％, and the full-width full stop (５．８ uses it as
# a decimal point; 。 is the sentence end), folded to ASCII. Full-width punctuation (（）－ ，) is left alone: it is how
# Chinese is written, and names such as 中国－金砖国家 keep it.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}  # ０-９
_FOLD.update({cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_FOLD.update({cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_FOLD.update({0xFF05: ord("%"), 0xFF0E: ord("."), 0x3000: ord(" "), 0x00A0: ord(" "), ord("\t"): ord(" ")})
# str.translate looks each character up in the table: a page with nothing to fold or to read
# as simplified (most of them) is passed over by a search for the characters that change
# (the standard re: it tests a large character class in one step, where regex walks it)
_FOLD_CHARS = re.compile("[" + re.escape("".join(sorted(chr(k) for k in _FOLD))) + "]")
_FOLDED = {chr(k): chr(v) for k, v in _FOLD.items()}


_T2S_TABLE: dict[int, int] | None = None
_T2S_CHARS: re.Pattern | None = None
_CHANGING_CHARS: re.Pattern | None = None  # the characters of _FOLD_CHARS and of _T2S_CHARS


def _t2s_table() -> dict[int, int]:
    """The shipped traditional → simplified table (models/t2s.json), loaded once."""
    global _T2S_TABLE, _T2S_CHARS, _CHANGING_CHARS
    if _T2S_TABLE is None:
        from newsie._resources import load_json

        pairs = load_json("t2s.json")["table"]
        table = {ord(pairs[i]): ord(pairs[i + 1]) for i in range(0, len(pairs), 2)}
        changed = {chr(k) for k, v in table.items() if k != v}
        _T2S_CHARS = re.compile("[" + re.escape("".join(sorted(changed))) + "]")
        _CHANGING_CHARS = re.compile("[" + re.escape("".join(sorted(changed | set(_FOLDED)))) + "]")
        _T2S_TABLE = table
    return _T2S_TABLE


def _read_page(source: str) -> tuple[bool, str]:
    """Does ``source`` hold a traditional character (:func:`_has_traditional`), and the page
    folded (:func:`fold_width`): most pages hold no character that either changes, told by
    one search of the page (not one for each)."""
    _t2s_table()
    if _CHANGING_CHARS.search(source) is None:  # type: ignore[union-attr]  # (set by _t2s_table)
        return False, source
    return _has_traditional(source), fold_width(source)


def to_simplified(text: str) -> str:
    """Traditional characters read as simplified, one character for one (offsets keep).

    >>> to_simplified("新華社北京10月23日電（下轉第3版）")
    '新华社北京10月23日电（下转第3版）'
    """
    if not _has_traditional(text):  # nothing the table changes
        return text
    # the few characters that change, replaced where they stand (a page that holds any holds one
    # to four: dev pages of every draw): str.translate would look up every character of the page
    return _T2S_CHARS.sub(_simplified, text)  # type: ignore[union-attr]  # (set by _has_traditional)


def _simplified(m: re.Match) -> str:
    return chr(_T2S_TABLE[ord(m.group())])  # type: ignore[index]  # (loaded by _has_traditional)


def _has_traditional(text: str) -> bool:
    """Does ``text`` hold a character :func:`to_simplified` changes?"""
    _t2s_table()
    return _T2S_CHARS.search(text) is not None  # type: ignore[union-attr]  # (set by _t2s_table)


def fold_width(text: str) -> str:
    """Fold full-width digits, letters and ％ to ASCII, one character for one.

    >>> fold_width("１０月２３日，增长５．８％")
    '10月23日，增长5.8%'
    """
    if _FOLD_CHARS.search(text) is None:
        return text
    # the few characters that fold, replaced where they stand (a page holds a few dozen):
    # str.translate would look up every character of the page
    return _FOLD_CHARS.sub(_folded, text)


def _folded(m: re.Match) -> str:
    return _FOLDED[m.group()]


_HAN = regex.compile(r"[\p{Han}\u3007]")
# Characters whose neighbouring spaces are PDF artifacts, never word gaps: CJK and
# full-width punctuation.
_CJK_PUNCT = set("（）【】《》〈〉「」『』“”‘’，。、：；！？…—·～〔〕［］｛｝〖〗")
_TERMINAL = set("。！？；：…")
_CLOSERS = set("”’）」』》")
_CLOSER_CHARS = "".join(sorted(_CLOSERS))
_SPACE = re.compile(r"[ \t\u3000\u00a0\u2002-\u200a]+")  # character classes alone: the faster re
_EN_SPACE = re.compile(r"[\u2002-\u200a]")
# its characters, each looked for in a page by ``in`` (a memchr in C) rather than the page read
# character by character against the class
_EN_SPACES = tuple(map(chr, range(0x2002, 0x200B)))
# the white space of str.isspace that is not \s (checked over every code point): four controls
_SPLIT_CONTROLS = ("\x1c", "\x1d", "\x1e", "\x1f")

# A line that starts a block of its own whatever its width: datelines and bylines,
# continuation markers, subtitle dashes.
_BLOCK_START = regex.compile(
    r"""^据?(?:
        本报讯                                  # 本报讯（记者X）
      | 本报[\p{Han}\d ]{0,16}电                # 本报北京10月23日电
      | 本报[\p{Han}\d ]{0,16}日讯              # 本报北京1月5日讯 (the older form of the dateline)
      | 新华社[\p{Han}\d ·]{0,20}电             # 新华社俄罗斯喀山10月23日电
      | 新华社记者 | 本报记者 | 本报通讯员 | 本报特约 # reporter lines and credits
      | [（(]\s*(?:记者|通讯员)                   # （记者X）on its own line
      | [（(]?\s*(?:下转|上接|转|接)\s*第        # continuation markers
      | ——                                      # subtitles
    )""",
    regex.VERBOSE,
)


# A dateline broken before its end (新华社北京10月4日 | 电（记者…）): the two lines are one.
_DATELINE_HEAD = regex.compile(
    r"(?:^|[。！？”）\s])据?(?:本报|新华社|中新社)[\p{Han}·]{0,16}?(?:\d{4}年)?(?:\d{1,2}(?:月(?:\d{1,2}日?)?)?)?$"
)
_DATELINE_TAIL = regex.compile(r"^(?:\d{1,2}(?:月(?:\d{1,2}日?)?|日)?|月\d{1,2}日?|日)?电")

# A full date, in digits or in Chinese numerals (2019年10月6日, 二〇一九年十月十三日).
FULL_DATE = r"(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日"
# A speech's or a document's date and place, a line of its own: （2024年10月23日，喀山）,
# （二〇一九年十月十三日 加德满都）; or a white paper's month alone, under its title (（2019年10月）).
SPEECH_DATE = (rf"[（(](?:{FULL_DATE}(?:[，,\s]\s*[\p{{Han}}]{{1,12}})?"
               r"|(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月)[）)]")
# Lines a speech sets apart: its date and place, and its salutation (尊敬的普京总统， / 各位同事：).
_SET_APART = regex.compile(
    rf"^(?:{SPEECH_DATE}|(?:尊敬的|亲爱的|各位|女士们|先生们|同志们|朋友们)[^。！？]{{0,24}}[，：:])$"
)

# A reporter's role as it opens a byline: 本报记者, 新华社记者, 通讯员 ...
_ROLE = r"^(?:本报|新华社|中新社)?(?:特约|见习|实习|特派)?(?:记者|通讯员)"
# A reporter line standing alone (本报记者 姜泓冰 / 本报记者 高 蕾 李志浩): it ends its block.
_BYLINE_LINE = regex.compile(_ROLE + r"[ ]*[\p{Han}·]{1,4}(?:[ ]+[\p{Han}·]{1,4}){0,7}$")
# A line opened by a reporter's role and a space: 本报记者 曹 典 王 敏.
_ROLE_FIRST = regex.compile(_ROLE + r"\s")

# A line that ends with a dateline (新华社俄罗斯喀山 10 月 23 日电): the byline follows.
_DATELINE_END = regex.compile(r"(?:本报|新华社|中新社)[\p{Han}\d ·]{0,24}电$")


# A photo credit closing a caption: 新华社记者 李学仁 摄.
_CREDIT_END = regex.compile(r"[\p{Han}·] ?摄(?:影报道|影)?(?:[（(][\p{Han}·]{2,8}[）)])?$")


def char_width(ch: str) -> float:
    """Printed width of a character in ems: CJK 1; ASCII and CJK punctuation 0.5.

    Punctuation counts half: justified Chinese compresses it (标点挤压), and measured on
    real pages the half-width count makes wrapped lines of a column agree best.

    >>> char_width("中"), char_width("1"), char_width("，")
    (1.0, 0.5, 0.5)
    """
    if ch in _CJK_PUNCT:
        return 0.5
    return 1.0 if ord(ch) >= 0x2E80 else 0.5


@dataclass(slots=True)
class Line:
    """One non-blank line of the source, with what the reflow decided about it."""

    start: int  # source offset of the first non-space character
    end: int  # source offset just past the last non-space character
    eol: int  # source offset of the line break after it (== end of content if none)
    width: float  # printed width in ems, spaces excluded
    text: str  # the line's clean text
    letter_spaced: bool = False
    indented: bool = False
    blank_before: bool = False  # a blank line separates it from the line before
    clean_start: int = 0
    clean_end: int = 0
    breaks_after: bool = True  # a paragraph break follows this line
    pieces: tuple[tuple[int, int], ...] = ()  # source ranges kept
    props: frozenset[str] | None = None  # the break model's facts about it, once computed
    punct: int = 0  # CJK punctuation marks in its text (counted with its width)
    signs: int = 0  # space runs beside a sign dropped from its text (:data:`_SIGNS`), counted in its width


@dataclass(slots=True)
class _Builder:
    """Collects the clean text as runs of source characters."""

    parts: list[str] = field(default_factory=list)
    seg_clean: list[int] = field(default_factory=list)
    seg_src: list[int] = field(default_factory=list)
    seg_len: list[int] = field(default_factory=list)
    length: int = 0


#: a UTF-16 surrogate on its own: not a character (a file read with ``errors="surrogateescape"``
#: or a pair torn apart); no codec can write it, so a page holding one is refused up front
_LONE_SURROGATE = re.compile(f"[{chr(0xD800)}-{chr(0xDFFF)}]")  # (chr: mypyc takes no surrogate in a literal)


class Document:
    """Raw page text with its clean reading text and the offset map between them.

    Args:
        source: the page text exactly as extracted.

    Attributes:
        source: the text passed in; every offset newsie reports points into it.
        text: the clean reading text: lines reflowed into paragraphs (one per line,
            separated by ``"\\n"``), letter-spacing and digit spacing removed,
            full-width digits and letters folded.
        match_text: ``text`` with traditional characters read as simplified, one for one
            (the same object when there are none): what extractors match their rules on;
            what they report is sliced from ``text`` at the same offsets.
        lines: the non-blank source lines, in order, with their clean ranges.
        paragraphs: the clean ``(start, end)`` range of each paragraph.
        paragraph_lines: for each paragraph, the indices of its first and last line.
        column_widths: for each line, the width of its column in ems (0.0 if unknown).
        one_per_line: the text is one paragraph per line (an e-paper's text), not hard-wrapped.
    """

    __slots__ = ("source", "text", "match_text", "lines", "paragraphs", "paragraph_lines", "_seg_clean",
                 "_seg_src", "_seg_len", "column_widths", "one_per_line", "_squashed")

    def __init__(self, source: str) -> None:
        if not isinstance(source, str):
            raise TypeError(f"Document expects str, got {type(source).__name__}")
        bad = _LONE_SURROGATE.search(source)
        if bad is not None:  # (bytes read with errors="surrogateescape", or a torn UTF-16 pair)
            raise ValueError(f"the text holds a lone surrogate U+{ord(bad.group()):04X} at offset {bad.start()}: "
                             "not valid Unicode; read the file with errors='replace' or mend it first")
        self.source = source
        traditional, folded = _read_page(source)  # read once: lines and match_text follow
        # the lines, each line's width both ways (:func:`_measure`), the indented lines and those
        # after a blank line counted, as the lines are read
        lines, half, puncts, indents, blanks = _read_counted(source, traditional, folded)
        self.lines: list[Line] = lines
        halves = _measure(lines, half, puncts)
        self.column_widths: tuple[float, ...] = _column_widths(lines, halves)  # one per line
        self.one_per_line = one_per_line(lines, indents)
        moved = _decide_breaks(lines, self.column_widths, (indents, blanks, self.one_per_line))
        if moved:  # first lines found to belong to the column below them
            widths = list(self.column_widths)
            for i in moved:
                widths[i] = widths[i + 1]
            self.column_widths = tuple(widths)
        b = _build(folded, self.lines, source, not traditional)
        self.text = "".join(b.parts)  # pieces of the folded source: folded already
        # what the rules match on: traditional characters read as simplified (same length)
        self.match_text = to_simplified(self.text) if traditional else self.text
        self._seg_clean = b.seg_clean
        self._seg_src = b.seg_src
        self._seg_len = b.seg_len
        self._squashed: str | None = None  # match_text without white space (:meth:`squashed`)
        # Paragraphs follow the line breaks decided above: each runs from the first line
        # after a break to the next line that breaks.
        self.paragraphs: list[tuple[int, int]] = []
        self.paragraph_lines: list[tuple[int, int]] = []
        paragraphs, paragraph_lines = self.paragraphs, self.paragraph_lines
        lines = self.lines
        # the lines that end a paragraph, and the last line (found in one pass: most lines run on)
        ends = [i for i, line in enumerate(lines) if line.breaks_after]
        if lines and (not ends or ends[-1] != len(lines) - 1):
            ends.append(len(lines) - 1)
        first = 0
        for i in ends:
            start, end = lines[first].clean_start, lines[i].clean_end
            if end > start:
                paragraphs.append((start, end))
                paragraph_lines.append((first, i))
            first = i + 1

    def squashed(self) -> str:
        """``match_text`` without white space, built once when first asked for: the page's
        words as they run across line ends (is a line end inside a word the page holds?)."""
        if self._squashed is None:
            text = self.match_text
            if any(c in text for c in _SPLIT_CONTROLS):
                self._squashed = regex.sub(r"\s+", "", text)
            else:  # (the white space str.split splits on is \s and the four controls: split in C)
                self._squashed = "".join(text.split())
        return self._squashed

    # -- the offset map ---------------------------------------------------------------

    def source_index(self, i: int) -> int:
        """The source offset of clean character ``i``."""
        if not 0 <= i < len(self.text):
            raise IndexError(f"clean offset {i} outside 0..{len(self.text) - 1}")
        k = bisect.bisect_right(self._seg_clean, i) - 1
        return self._seg_src[k] + (i - self._seg_clean[k])

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean ``[start, end)`` to the smallest source range holding its characters."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"clean range [{start}, {end}) outside [0, {len(self.text)}]")
        if start == end:
            s = self.source_index(start) if start < len(self.text) else len(self.source)
            return s, s
        seg_clean, seg_src = self._seg_clean, self._seg_src  # (source_index's lookup, for both ends)
        k = bisect.bisect_right(seg_clean, start) - 1
        j = bisect.bisect_right(seg_clean, end - 1) - 1
        return seg_src[k] + (start - seg_clean[k]), seg_src[j] + (end - seg_clean[j])

    def to_clean(self, start: int, end: int) -> tuple[int, int]:
        """Map a source ``[start, end)`` to the clean range of the characters it keeps."""
        if not 0 <= start <= end <= len(self.source):
            raise ValueError(f"source range [{start}, {end}) outside [0, {len(self.source)}]")
        return self._clean_at_or_after(start), self._clean_at_or_after(end)

    def _clean_at_or_after(self, s: int) -> int:
        """The first clean offset whose source offset is >= s."""
        k = bisect.bisect_right(self._seg_src, s) - 1
        if k < 0:
            return 0
        off = s - self._seg_src[k]
        if off < self._seg_len[k]:
            return self._seg_clean[k] + off
        return self._seg_clean[k] + self._seg_len[k]

    def span(self, start: int, end: int) -> Span:
        """A :class:`Span` for the clean range ``[start, end)``, with source offsets.

        Spaces and line breaks at either edge are left out: a span starts and ends on
        a character of the page. A span is read as one line: a paragraph break inside
        it joins like a wrapped line (nothing between CJK, a space between Latin words).
        """
        s, e, piece = self._span_fields(start, end)
        return Span(start=s, end=e, text=piece)  # type: ignore[call-arg]  # (page defaults to None)

    def _span_fields(self, start: int, end: int) -> tuple[int, int, str]:
        """What :meth:`span` holds (source start and end, and text), without building the
        record: for a caller that joins several into one span."""
        text = self.text
        while start < end and text[start] in " \n":
            start += 1
        while end > start and text[end - 1] in " \n":
            end -= 1
        s, e = self.to_source(start, end)
        piece = text[start:end]
        if "\n" in piece:
            piece = _one_line(piece)
        return s, e, piece

    def source_span(self, start: int, end: int) -> Span:
        """A :class:`Span` for the source range ``[start, end)``, trimmed to kept characters."""
        cs, ce = self.to_clean(start, end)
        return self.span(cs, ce)

    def iter_paragraphs(self) -> Iterator[Span]:
        """The paragraphs of the clean text as spans."""
        for s, e in self.paragraphs:
            yield self.span(s, e)

    def __len__(self) -> int:
        return len(self.source)

    def __repr__(self) -> str:
        return f"Document({len(self.source)} chars, {len(self.lines)} lines, {len(self.paragraphs)} paragraphs)"


# -- building ---------------------------------------------------------------------------


def _split_lines(source: str, traditional: bool = False, folded: str | None = None) -> list[Line]:
    """The non-blank lines of ``source``, measured (:func:`_read_counted`, :func:`_measure`)."""
    lines, half, puncts, _, _ = _read_counted(source, traditional, folded)
    _measure(lines, half, puncts)
    return lines


def _read_counted(source: str, traditional: bool = False,
                  folded: str | None = None) -> tuple[list[Line], list[int], list[int], int, int]:
    """The non-blank lines of ``source``; read in simplified characters when ``traditional``.
    ``folded``: fold_width(source), when the caller has it. With them, what :func:`_measure`
    and the break rules count over the lines, counted as each line is read (one pass, not
    three): each line's width in half ems with its punctuation at half an em, and its
    punctuation marks (each line's ``punct`` set), and how many lines are indented and how
    many stand after a blank line. The lines' widths are :func:`_measure`'s to give."""
    # folding (and reading traditional characters as simplified) maps one character to one,
    # so a line's clean text is the slices of the page read so, taken once
    if folded is None:
        folded = fold_width(source)
    if traditional:
        folded = to_simplified(folded)
    same = folded is source  # (nothing folded: a line's stripped source is its text)
    lines: list[Line] = []
    half: list[int] = []
    puncts: list[int] = []
    add_half, add_punct = half.append, puncts.append
    punct_of, narrow_of = _PUNCT_CHARS.findall, _NARROW_CHARS.findall
    indents = blanks = 0
    blank = False
    spaces = _SPACE.finditer
    has_space = _SPACE.search
    # folding made every space of _SPACE but the typographic ones (U+2002-200A) a " "
    no_en_space = True  # (_EN_SPACE.search(source) is None)
    for c in _EN_SPACES:
        if c in source:
            no_en_space = False
            break
    append = lines.append
    raw = _raw_lines(source)
    # (the note closes on a bracket and white space: told by str ``in`` first, as most pages hold none)
    if (("） " in source or "）\u3000" in source or ") " in source or ")\u3000" in source)
            and _NOTE_GAP.search(source) is not None):
        raw = _notes_apart(raw)
    for pos, content in raw:
        stripped = content.strip()
        if not stripped:
            blank = True
            continue
        if stripped is content:  # nothing to strip (most lines)
            lead, start, indented = 0, pos, False
        else:
            lead = len(content) - len(content.lstrip())
            start = pos + lead
            head = content[:lead]
            indented = "\u3000" in head or head.count(" ") >= 2
        end = start + len(stripped)
        eol = pos + len(content)
        letter_spaced = False
        signs = 0
        text = stripped if same else folded[start:end]
        if " " not in text and (no_en_space or has_space(stripped) is None):  # no space inside: one piece, one token
            pieces: tuple[tuple[int, int], ...] = ((start, end),)
        else:
            runs = list(spaces(stripped))
            # the tokens are the text between the space runs (none is empty: the line is stripped)
            tokens = len(runs) + 1
            if tokens >= 4:
                singles, at = 0, 0
                for r in runs:
                    singles += r.start() - at == 1
                    at = r.end()
                singles += len(stripped) - at == 1
                # a reporter line pads two-character names (本报记者 曹 典 王 敏): not letter-spacing;
                # nor is a body line whose date the Latin font sets apart (与河钢集团一样，4 月 1 日):
                # a spaced title's pieces are characters, a punctuation mark perhaps with one, and
                # its column tag in brackets (伟 大 成 就 来 自 艰 苦 奋 斗（思想纵横）)
                letter_spaced = (singles >= 0.7 * tokens and not _ROLE_FIRST.match(stripped)
                                 and max(map(len, _SPACE.split(_BRACKETED.sub("", stripped)))) <= _SPACED_PIECE)
            pieces = tuple(_line_pieces(start, end, stripped, runs, letter_spaced))
            text = "".join([folded[a:b] for a, b in pieces])
            signs = _sign_gaps(stripped, runs)
        # (the widths _measure picks from, counted by regex: CJK punctuation, other narrow characters)
        p = len(punct_of(text))
        # (narrow as printed: a full-width digit or letter, folded to ASCII in ``text``, takes a
        # whole em on the page, as the other month's ４月４日 does)
        narrow = len(narrow_of(text if same else "".join([source[a:b] for a, b in pieces])))
        add_half(2 * len(text) - p - narrow + signs)
        add_punct(p)
        if indented:
            indents += 1
        after_blank = blank and bool(lines)
        blanks += after_blank
        append(Line(start, end, eol, 0.0, text, letter_spaced, indented, after_blank, 0, 0, True, pieces, None, p, signs))
        blank = False
    return lines, half, puncts, indents, blanks


def _raw_lines(source: str) -> Iterator[tuple[int, str]]:
    """Each line of ``source`` (``\\r\\n``, ``\\r`` or ``\\n`` ends one) with its offset, break left out."""
    if "\r" in source:
        breaks = source.count("\r\n")
        if breaks == source.count("\r") == source.count("\n"):
            # every line ends in \r\n (Windows text, as e-paper text mostly comes): split on it in C,
            # no pattern; as _raw_lines_cr, a break that ends the text opens no line after it
            contents = source.split("\r\n")
            if not contents[-1]:
                contents.pop()
            return zip(accumulate(map(add, map(len, contents), repeat(2)), initial=0), contents)
        return _raw_lines_cr(source)
    # the common case, without a match object per line: each line's offset is the sum of the
    # lengths of the lines before it, each with its break (summed in C, as the pairs are made)
    contents = source.split("\n")
    return zip(accumulate(map(add, map(len, contents), repeat(1)), initial=0), contents)


def _raw_lines_cr(source: str) -> Iterator[tuple[int, str]]:
    """:func:`_raw_lines` of a text whose lines may end in ``\\r``: split once in C, each line's
    offset the sum of the lengths of the lines before it, each with its break (one or two
    characters). A break that ends the text opens no line after it."""
    parts = _BREAKS.split(source)  # line, break, line, break, ..., line
    contents = parts[0::2]
    if not contents[-1]:  # the text ends in a break (or is empty): no line after it
        contents.pop()
    return zip(accumulate(map(add, map(len, contents), map(len, parts[1::2])), initial=0), contents)


_BREAKS = re.compile(r"(\r\n|\r|\n)")


# a line (one line's text) opening on a closing note that ends an article (（作者为某大学教授）,
# （本报记者某某采访整理）), then white space and a line's worth of text with no sentence end, to
# the line's end: the PDF extraction set the next article's title, standing at the top of the next
# column, on the note's line (（作者为某国前议长） 一堂生动的某某课（某某论坛）). Not a dateline's
# reporter note in a lead (本报北京10月25日电 （记者某某）  日前，某某决定：): it opens no line
# (what opens such a note: an author's affiliation, a credit for a write-up or a report, an
# agency; blocks._CLOSING_NOTE reads the same notes)
NOTE_OPENERS = "(?:作者|本报记者|记者|新华社|本报|据新华社)"
_NOTE = r"[（(]" + NOTE_OPENERS + r"[^（）()\r\n]{0,40}[）)]"
_NOTE_THEN_TITLE = re.compile(
    r"^[ \u3000]*" + _NOTE + r"(?P<gap>[ \u3000]+)(?P<rest>[^\s（(。；][^\r\n。；]{1,47})[ \u3000]*$")
# what a page holding such a line holds somewhere (asked of the whole page: lines may end in a
# lone \r, which no ^ of a multi-line pattern follows)
_NOTE_GAP = re.compile(_NOTE + r"[ \u3000]+[^\s（(。；]")


def _notes_apart(raw: Iterator[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """The lines of ``raw`` (:func:`_raw_lines`), each line holding a closing note and then, after
    white space, a title (:data:`_NOTE_THEN_TITLE`) read as two lines: the text to the note's end,
    which ends the article above, and the title. The paragraph break between them stands on the
    white space."""
    for pos, content in raw:
        m = _NOTE_THEN_TITLE.search(content)
        if m is None:
            yield pos, content
            continue
        yield pos, content[: m.start("gap")]
        yield pos + m.start("rest"), content[m.start("rest"):]


_PUNCT_CHARS = re.compile("[" + re.escape("".join(sorted(_CJK_PUNCT))) + "]")
# half-width: below the CJK blocks (U+2E80), punctuation aside
_NARROW_CHARS = re.compile("[^\u2e80-\U0010ffff" + re.escape("".join(sorted(_CJK_PUNCT))) + "]")


def _measure(lines: list[Line], half: list[int], puncts: list[int]) -> list[int]:
    """Give each line its printed width, with punctuation half or full as the page sets it;
    returns the widths in half ems (whole numbers). ``half``: each line's width in half ems
    with its punctuation at half an em; ``puncts``: its punctuation marks (both counted as
    the lines are read, :func:`_read_counted`).

    Some typesetters compress CJK punctuation to half an em (标点挤压), others set it full.
    The right measure is the one under which the wrapped lines of a column agree: for
    each, count the lines that share their width (within half an em) with two lines
    around them, and keep the measure with more.
    """
    # each measure is kept as twice the widths, whole numbers (counted by value in _agreeing)
    full = list(map(add, half, puncts))
    halves = full if _agreeing(full) > _agreeing(half) else half
    for line, k in zip(lines, halves):
        line.width = k * 0.5  # (the same float as the width counted in half ems: exact)
    return halves


def _agreeing(keys: list[int]) -> int:
    """How many lines of ``keys`` (twice each line's width, a whole number) share their width,
    within half an em, with two of the six lines on either side (the page's edges stand for
    lines that agree with none); lines under 6 ems are not counted.

    The lines around each (its own included) are counted by width as a window of 13 slides
    down the page (one line in, one out): a line agrees with two when the window holds three
    lines of its width, or of a width half an em either side. The counts are kept in a list
    indexed by width (read and written in a step each), its last entry counting the lines past
    the page's edges (-1), which no width reads.

    >>> _agreeing([40, 40, 41, 30, 40, 12, 12, 12])  # all but the line of 15 ems
    7
    """
    window = [0] * (max(keys, default=0) + 3)
    for k in keys[:6]:
        window[k] += 1
    count = 0
    # the line coming into the window at each line (6 below it) and the one leaving it (7 above)
    for k, k_in, k_out in zip(keys, keys[6:] + _NONE6, _NONE7 + keys[:-7]):
        window[k_in] += 1
        window[k_out] -= 1
        if k >= 12 and ((c := window[k]) >= 3 or c + window[k - 1] + window[k + 1] >= 3):  # 12: 6 ems doubled
            count += 1
    return count


_NONE6, _NONE7 = [-1] * 6, [-1] * 7  # no line: past the page's edges


def stripped_tokens(text: str) -> list[str]:
    return [t for t in _SPACE.split(text) if t]


_SPACED_PIECE = 3  # the longest piece between the spaces of a letter-spaced line
_BRACKETED = re.compile(r"[（(][^（()）]*[）)]")


_LEADER_TITLE = "总统|总理|首相|国王|女王|主席|副总统|副总理|议长|外长|埃米尔|王储"
_leader_list: regex.Pattern | None = None


def _leader_gaps(letters: str) -> set[int]:
    """Where a list of leaders set letter by letter (埃 及 总 统 塞 西 印 度 总 理 莫 迪) has
    its word gaps, which the letter-spacing hides: before a country and its leader's title
    that follow a title and a name. The positions are indexes into ``letters``, the line's
    characters without spaces.

    >>> sorted(_leader_gaps("埃及总统塞西印度总理莫迪"))
    [6]
    >>> sorted(_leader_gaps("印度总理莫迪"))
    []
    """
    global _leader_list
    if _leader_list is None:
        from newsie._resources import load_json

        countries = sorted((name for name, rows in load_json("gazetteer/places.json")["places"].items()
                            if len(name) >= 2 and any(r[1] == "country" for r in rows)), key=len, reverse=True)
        _leader_list = regex.compile(
            rf"(?<=(?:{_LEADER_TITLE})\p{{Han}}{{2,8}}?)(?=(?:{'|'.join(countries)})(?:{_LEADER_TITLE}))")
    return {m.start() for m in _leader_list.finditer(letters)}


# Narrow signs a number is set close to, never a word gap: a score's or a ratio's ∶, ×, ÷, ±,
# ‰, ℃, °, ′, ″ (the PDF's spaces around them are the text layer's: read pages, 2019 and the
# other month, dumped: 2 ∶ 2, 4 × 100, 18.5 ℃ all joined in the truth)
_SIGNS = frozenset("∶×÷±‰℃°′″")


def _sign_gaps(text: str, runs: list) -> int:
    """The space runs of line ``text`` (``runs``, matches of :data:`_SPACE`) that
    :func:`_line_pieces` drops only for a sign beside them (:data:`_SIGNS`: 9 ∶ 1): the line
    is measured with them, as the page prints it (a line read short of its column ends its
    paragraph)."""
    n = 0
    for m in runs:
        left, right = text[m.start() - 1], text[m.end()]
        if ((left in _SIGNS or right in _SIGNS) and left not in _CJK_PUNCT and right not in _CJK_PUNCT
                and ord(left) < 0x2E80 and ord(right) < 0x2E80):
            n += 1
    return n


def _line_pieces(start: int, end: int, text: str, runs: list, letter_spaced: bool) -> list[tuple[int, int]]:
    """The source ranges a line keeps: its text (``source[start:end]``, with the matches
    ``runs`` of :data:`_SPACE` in it) less the spaces that are PDF artifacts.

    A run is a real word gap, one space of it kept, unless CJK punctuation stands on either
    side of it, or a wide character (CJK, from U+2E80) on one side and a narrow one (digit,
    Latin) on the other (10 月 22 日); between two wide characters of a letter-spaced line,
    only a wider gap (two spaces or more) is one.
    """
    pieces: list[tuple[int, int]] = []
    pos = 0
    gaps: set[int] = set()
    if letter_spaced and len(runs) >= 6:  # a list of leaders: where each ends (埃及总统塞西 印度总理莫迪)
        at = _leader_gaps(_SPACE.sub("", text))
        if at:
            gaps = {m.end() for m in runs if len(_SPACE.sub("", text[: m.end()])) in at}
    punct = _CJK_PUNCT
    for m in runs:
        a, b = m.span()
        left, right = text[a - 1], text[b]
        if left in punct or right in punct:
            kept = False
        elif (ord(left) >= 0x2E80) is not (ord(right) >= 0x2E80):
            kept = False  # digit or Latin beside CJK
        elif left in _SIGNS or right in _SIGNS:
            kept = False  # 2 ∶ 2, 4 × 100, 18.5 ℃
        elif letter_spaced and ord(left) >= 0x2E80:
            kept = b - a >= 2  # a wider gap between letter-spaced words
        else:
            kept = True
        # keep one space of a kept run, or of one that ends a leader's name
        pieces.append((start + pos, start + a + 1 if kept or b in gaps else start + a))
        pos = b
    pieces.append((start + pos, end))
    return pieces


def _build(source: str, lines: list[Line], typed: str, texts_are_source: bool = False) -> _Builder:
    """The clean text of ``lines`` and its runs: each line's pieces, and after it the
    paragraph break (``"\\n"``) or the space that joins two Latin words, standing for its
    line break. Sets each line's clean range. ``typed``: the page as typed, before
    :func:`fold_width` (``source`` is folded): a line break with a full-width character on
    either side tears one word or number set in CJK type (１２ / ３０万元, ＣＤＭ / Ａ), and
    joins with no space, as CJK lines do. ``texts_are_source``: each line's text is its
    pieces of ``source`` joined (so :func:`_split_lines` made it from ``source``, read as it
    is), and is taken whole rather than sliced again piece by piece."""
    b = _Builder()
    parts, seg_clean, seg_src, seg_len = b.parts, b.seg_clean, b.seg_src, b.seg_len
    length = 0
    last = len(lines) - 1
    n = len(source)
    # the source offset just past the last run (none yet): a piece starting there extends it
    # (the runs' clean text is contiguous: each starts where the one before ends)
    src_at = -1
    sliced = not texts_are_source
    for i, line in enumerate(lines):
        line.clean_start = length
        if texts_are_source:
            parts.append(line.text)
        for start, end in line.pieces:
            if end <= start:
                continue
            if start == src_at:
                seg_len[-1] += end - start
            else:
                seg_clean.append(length)
                seg_src.append(start)
                seg_len.append(end - start)
            src_at = end
            if sliced:
                parts.append(source[start:end])
            length += end - start
        line.clean_end = length
        if i < last:
            if line.breaks_after:
                char = "\n"
            elif line.text[-1:].isascii() and _needs_space(typed[line.end - 1], typed[lines[i + 1].start]):
                # (read as typed: ５ / １５, folded to 5 / 15, is no pair of Latin words)
                char = " "
            else:
                continue
            at = line.eol if line.eol < n else line.end - 1
            seg_clean.append(length)
            seg_src.append(at)
            seg_len.append(1)
            src_at = at + 1
            parts.append(char)
            length += 1
    b.length = length
    return b


def _one_line(text: str) -> str:
    """Join paragraphs into one reading line, as wrapped lines are joined."""
    parts = text.split("\n")
    out = parts[0]
    for part in parts[1:]:
        out += (" " if _needs_space(out[-1:], part[:1]) else "") + part
    return out


def _needs_space(left: str, right: str) -> bool:
    """Two wrapped Latin words join with a space; CJK lines join with none."""
    return bool(left and right) and left.isascii() and right.isascii() and left.isalnum() and right.isalnum()


def _column_widths(lines: list[Line], halves: list[int]) -> tuple[float, ...]:
    """The local column width at each line: the width most lines around it share.

    Lines are in reading order, column after column, so the lines around a line are
    mostly of its own column. Justified lines vary by about one em (half-width digits,
    punctuation); the indented first line of a paragraph is two ems short. A page of one
    paragraph per line (clean input) shares no width: it gets 0.0 everywhere. ``halves``: each
    line's width in half ems (:func:`_measure`).
    """
    n = len(lines)
    # the width of each usable line (6 to 45 ems) in half ems, 0 for the others
    keys = [k if 12 <= k <= 90 and not ln.letter_spaced else 0 for ln, k in zip(lines, halves)]

    def shared(lo: int, hi: int) -> float:
        """The width most usable lines of lines[lo:hi] share (0.0 if fewer than 3 do)."""
        return _shared(sorted([k for k in keys[max(0, lo) : hi] if k]))

    # the window lines[i - 6 : i + 7] of each line, its usable widths kept sorted, and counted
    # by width, as it slides (one width in, one out) rather than sorted anew at each line; what
    # a window shares is not kept for a window alike later (few come again: the keys cost more
    # than they saved)
    run = sorted([k for k in keys[:6] if k])
    count = [0] * (2 * 45 + 2)
    for k in run:
        count[k] += 1
    widths = []
    width = None
    insort, bisect_left = bisect.insort, bisect.bisect_left
    # the width coming into the window at each line (that of line i + 6) and the one leaving it (i - 7)
    for k_in, k_out in zip(keys[6:] + [0] * min(6, n), [0] * 7 + keys[: max(0, n - 7)]):
        if k_in != k_out or width is None:  # else the window is the one before (a column's lines share widths)
            if k_in:
                insort(run, k_in)
                count[k_in] += 1
            if k_out:
                del run[bisect_left(run, k_out)]
                count[k_out] -= 1
            width = _shared(run, count)
        widths.append(width)
    for i in [i for i, (k, c) in enumerate(zip(keys, widths)) if k and c and k * 0.5 > c + 1.25]:
        # wider than the column around it: at a change of column width the lines
        # around are mostly the other column's; the lines after (or before) it alone
        # may show its own
        w = keys[i] * 0.5
        own = [c for c in (shared(i, i + 7), shared(i - 6, i + 1)) if c and c - 1.5 <= w <= c + 1.25]
        if own:
            widths[i] = own[0]
    return tuple(widths)


def _shared(window: list[int], count: list[int] | None = None) -> float:
    """The width most of the sorted ``window`` share (0.0 if fewer than 3 do), in ems: its
    widths are in half ems (whole numbers, 3 at least). ``count``: how many of ``window``
    each width is (by index), when the caller keeps it."""
    n = len(window)
    if n < 3:
        return 0.0
    if count is None:
        count = [0] * (window[-1] + 2)
        for k in window:
            count[k] += 1
    # lines within [b - 1.5, b + 0.5] (in half ems k - 3 to k + 1): the column's full lines,
    # wrapped or justified, counted by width; b read from the widest down, a width's lines
    # passed over in one step (the window sorted: the j + 1 first of it are up to b); a tie
    # goes to the wider width (the first found). No narrower b holds more lines than there
    # are up to b + 0.5: once those are no more than the best, the search ends
    best, best_support = 0, 0
    j = n - 1
    while j >= 0:
        k = window[j]
        up_to = j + 1 + count[k + 1]
        if up_to <= best_support:
            break
        here = count[k]
        support = count[k - 3] + count[k - 2] + count[k - 1] + here + count[k + 1]
        if support > best_support:
            best, best_support = k, support
        j -= here
    return best * 0.5 if best_support >= 3 else 0.0


_PAIRS = (("（", "）"), ("(", ")"), ("《", "》"), ("【", "】"), ("〔", "〕"), ("［", "］"))


_BRACKET_CHARS = re.compile(r"[（）()《》【】〔〕［］]")


def _bracket_depth(text: str, depth: int = 0) -> int:
    """Brackets (（《【〔［) left open after ``text``, starting from ``depth`` open."""
    if not _BRACKET_CHARS.search(text):
        return depth
    return _pair_depth(text, depth)


# each bracket of _PAIRS (the characters of _BRACKET_CHARS): +1 opening one, -1 closing one
_BRACKET_STEP = {c: step for pair in _PAIRS for c, step in zip(pair, (1, -1))}


def _pair_depth(text: str, depth: int = 0) -> int:
    """:func:`_bracket_depth` counted without looking for a bracket first: its brackets found in
    one scan, each counted (not twelve counts of the line, one a bracket)."""
    step = _BRACKET_STEP
    for c in _BRACKET_CHARS.findall(text):
        depth += step[c]
    return depth


def _quote_left_open(text: str, term: bool) -> bool:
    """Does this line leave a quote open mid-sentence (``term``: it ends a sentence)?

    With the brackets the paragraph leaves open (:func:`_bracket_depth`), this decides
    whether a paragraph goes on across a line end (（记者王 | 群）, 《在…表彰 | …讲话》). A quote
    left open after a sentence end may be a multi-paragraph quotation, whose paragraphs
    each open a quote that only the last one closes.
    """
    return text.count("“") > text.count("”") and not term


def _ends_terminal(text: str) -> bool:
    """Does the line end a sentence (。！？；：…, perhaps inside closing quotes)?

    A bracketed note after the sentence end counts too: 远航。（讲话全文见第三版）.
    """
    if text.endswith(("）", ")")):
        k = max(text.rfind("（"), text.rfind("("))
        if k == 0 and _bracket_depth(text) == 0:
            return True  # a note standing alone: （本报记者张三、李四）
        if k > 0 and _ends_terminal(text[:k]):
            return True
    t = text.rstrip(_CLOSER_CHARS)
    return bool(t) and t[-1] in _TERMINAL


# A line this many ems narrower than its column is short: it ends a paragraph, or it is
# the indented first line of one (indent: two ems).
_SHORT = 1.75
_TAIL_SHORT = 3.0  # ems short of the column that end a paragraph in marked text
# After a line that ends a sentence, a line this many ems short is an indented first line.
_INDENTED = 1.5


def _decide_breaks(lines: list[Line], widths: tuple[float, ...], counted: tuple[int, int, bool]) -> list[int]:
    """Decide, for each line, whether a paragraph ends after it.

    Some pages mark paragraphs themselves: first lines indented (U+3000 or spaces), or
    blank lines between paragraphs only. Where they do, the marks decide; elsewhere the
    line widths do (:func:`_decide_by_width`). Returns the lines found to be set in the
    column of the line after them, not the one measured at them
    (:func:`_join_first_lines_at_column_change`). ``counted``: how many lines are indented,
    how many stand after a blank line, and :func:`one_per_line`, as :class:`Document` counted
    them reading the lines (:func:`_read_counted`).
    """
    n = len(lines)
    indents, blanks, one = counted
    indent_marked = indents >= 3 and indents >= 0.04 * n
    blank_marked = n >= 6 and 0.02 * n <= blanks <= 0.6 * n
    if one:
        for line in lines:
            line.breaks_after = True
        return []
    facts = _LineFacts(lines)
    if not indent_marked:
        _decide_by_width(lines, widths, facts)
        if blank_marked:
            for line, nxt in zip(lines, lines[1:]):
                if nxt.blank_before:
                    line.breaks_after = True
    else:
        _decide_by_marks(lines, widths, blank_marked, facts)
    _revise_breaks(lines, widths, indent_marked, blank_marked, facts)
    _set_labels_apart(lines, facts)
    _set_heading_lines_apart(lines, facts)
    _end_couplet_titles(lines, widths, facts)
    _end_titles_over_openings(lines, widths)
    _end_titles_over_indented_openings(lines, facts, widths)
    _end_titles_after_their_bodies(lines, widths, facts)
    _end_titles_over_signatures(lines, facts)
    _end_message_titles(lines)
    _end_signatures_over_bodies(lines, facts)
    _end_series_tags(lines)
    _end_closing_notes(lines, facts)
    _end_jump_markers(lines, facts)
    _end_bodies_under_titles_after(lines, facts)
    _end_titles_with_columns(lines, facts)
    _end_art_credits(lines, facts)
    _join_lone_dashes(lines)
    _join_dash_prose(lines, widths, facts)
    _end_dash_subtitles(lines, facts)
    _join_reporters_as_objects(lines, facts)
    _join_caption_tails(lines, widths, facts)
    _join_caption_lines(lines, widths, facts)
    _end_credit_lines(lines, facts)
    _open_caption_items(lines, facts)
    _join_wrapped_attributions(lines, widths, facts)
    _join_signatures_over_notes(lines, facts)
    _join_broken_reports(lines, facts)
    _join_split_words(lines, widths, facts)
    _join_closing_openers(lines, facts, blank_marked)
    _join_quotes_after_colons(lines, facts)
    return _join_first_lines_at_column_change(lines, widths, facts)


# The labels of boxes set inside an article: 核心阅读 over its summary, 引子 over a feature's
# prologue, 天气趋势分析 over the outlook opening the weather box (its title 明天气象预报… over it
# or after it; reading truth, the other month's days 01-15: 30 such labels, all body, none a
# heading line), each opening the article as a dateline does; 知识链接 over a note inside it. A
# line of its own, never a headline.
OPENING_LABELS = frozenset("核心阅读 内容提要 编者按 编者的话 引子 天气趋势分析 天气形势分析".split())
BOX_LABELS = OPENING_LABELS | frozenset(
    "知识链接 相关链接 背景链接 链接 人物小传 亲历者说 见证者说 参观贴士 历史背景 名家寄语".split()
)
_LABEL_FRAME = regex.compile(r"[\s【】〖〗\[\]]")


def box_label(text: str) -> str | None:
    """The box label ``text`` is (核心阅读, 【知识链接】), or None.

    >>> box_label("核心阅读"), box_label("【 知识链接 】"), box_label("核心阅读指南")
    ('核心阅读', '知识链接', None)
    """
    c = text[:1]
    if c and c not in _BOX_CHARS and not c.isspace():  # (each \s of the pattern is a str.isspace())
        return None  # opened by a character neither frame nor label letter (most texts): no regex run
    if _BOX_TEXT.fullmatch(text) is None:
        return None  # a character neither frame nor label letter: told at the first one
    label = _LABEL_FRAME.sub("", text)
    return label if label in BOX_LABELS else None


# what a box label's line holds: its frame (_LABEL_FRAME's characters) and its letters, and spaces
_BOX_CHARS = frozenset("【】〖〗[]" + "".join(BOX_LABELS))
_BOX_TEXT = regex.compile(r"[\s" + regex.escape("".join(sorted(_BOX_CHARS))) + "]*")
_BOX_FIRST = re.compile("[" + re.escape("".join(sorted(_BOX_CHARS))) + "]")


# a line of two or three Han characters apart by one space each, nothing else: a label or a short
# title spaced out (贺 信, 前 言, 致 读 者), not a name padded to the width of three (周  平). Too few
# pieces to be letter-spaced (a section head 创 业 would read as display type), it is set apart
# (:func:`_set_labels_apart`). Read truth (2019 days 01-15, draws 11 and 7, both routes; the other
# month's pages, all its days): 185 such lines, every one a paragraph of its own (144 body labels
# and section heads, 41 headlines)
SPACED_SHORT = regex.compile(r"\p{Han}(?: \p{Han}){1,2}")


def _set_labels_apart(lines: list[Line], facts: _LineFacts) -> None:
    """A box label line is a paragraph of its own: the wrap tail of the headline above
    it is what it looks like (…老旧小区加装电梯顺利完成 / 核心阅读), never what it is. So is a
    short label or title spaced out (:data:`SPACED_SHORT`: 某某出席某某欢迎晚宴 / 贺 信)."""
    # (box_label wants a frame or label letter first; a spaced label holds a space)
    labels = [i for i in facts.opening(_BOX_FIRST) if len(lines[i].text) <= 8 and box_label(lines[i].text)]
    labels += [i for i in facts.spaced if len(lines[i].text) <= 5 and SPACED_SHORT.fullmatch(lines[i].text)]
    for i in labels:
        lines[i].breaks_after = True
        if i:
            lines[i - 1].breaks_after = True


# what prose does not run a whole line without (a heading line does); what ends a sentence
_LINE_PUNCT = re.compile(r"[，。；！？、：,;:!?…]")
_TAIL_STOP = re.compile(r"[。；！？;!?…]")


# a caption's item label: 图①：, 图片说明：
_CAPTION_ITEM = re.compile(r"^(?:图[①-⑳\d]*[：:]|图片说明)")


def _join_caption_tails(lines: list[Line], widths: tuple[float, ...], facts: _LineFacts) -> None:
    """A photo caption set across the page and wrapped once ends on a short line that
    closes its last sentence and gives the credit (…会见来华出席博览会开幕式的某国总统阿尔贝 /
    托。新华社记者 王 明摄): the wide line above it goes on into it, whatever the
    column says (a line wider than the column breaks where the next is narrower). The
    wide line ends no sentence and no credit of its own; the short one opens no caption
    item (图②：…) and holds a sentence end before its credit."""
    props = facts.props
    for i in [j - 1 for j in facts.credited if j]:  # the line above each credit's
        line, nxt = lines[i], lines[i + 1]
        if not line.breaks_after:
            continue
        col = widths[i]
        if (col and line.width <= col + 4.0) or line.width <= nxt.width or line.letter_spaced:
            continue
        this = props[i]
        if "term" in this or "credit_end" in this or _CAPTION_ITEM.match(nxt.text) or not _TAIL_STOP.search(nxt.text):
            continue
        line.breaks_after = False


_LAST_STOP = regex.compile(r"[。！？]”?(?=[^。！？]*$)")
_SHE_WORDS = "影像制氏取入政"  # 摄影 摄像 摄制 摄氏 摄取 摄入 摄政: 摄 in a word, not a credit


def _end_credit_lines(lines: list[Line], facts: _LineFacts) -> None:
    """A photo credit closing a caption ends its paragraph: the credit after the caption's
    last sentence (…游客在湖畔湿地赏花。 王 青摄（人民视觉）) or a credit line of its own; what
    the next line holds (a headline, the next caption) opens a paragraph of its own."""
    last = len(lines) - 1
    for i in facts.credited:
        line = lines[i]
        if (i == last or line.breaks_after or line.text.endswith("摄影")
                or line.text.endswith(("拍摄", "航摄")) or (line.text.endswith("摄") and lines[i + 1].text[:1] in _SHE_WORDS)):
            continue  # (…变成水下摄影 / 棚, 本届摄 / 影展, 使用移动拍摄 / 车: a word, no credit)
        m = _LAST_STOP.search(line.text)
        tail = line.text[m.end():].strip() if m else ""
        if (m and 2 <= len(tail) <= 20 and "，" not in tail) or _credit_line(line, facts.props[i]):
            line.breaks_after = True


_PHOTO_ITEM_LINE = regex.compile(r"^(?:图[①-⑳]|图\d{1,2}[：:]|图片说明|图为)")
_PHOTO_FIRST = re.compile("图")


def _open_caption_items(lines: list[Line], facts: _LineFacts) -> None:
    """A line opening a photo's caption (图②：…, 图为…, 图片说明：) opens a paragraph: the
    heading line above it (让街巷里的规矩立起来) is no part of the caption. A label ending
    the line above (图片说明：) keeps its item."""
    for j in facts.opening(_PHOTO_FIRST, 1):
        line, nxt = lines[j - 1], lines[j]
        if (not line.breaks_after and _PHOTO_ITEM_LINE.match(nxt.text)
                and not line.text.endswith(("：", ":"))):
            line.breaks_after = True


def _credit_line(line: Line, facts: frozenset[str]) -> bool:
    """Is the line a photo credit standing alone (新华社记者 李 刚摄, 唐明登摄（影像中国）)?"""
    return "credit_end" in facts and len(line.text) <= 24 and not _TAIL_STOP.search(line.text)


def _join_caption_lines(lines: list[Line], widths: tuple[float, ...], facts: _LineFacts) -> None:
    """A photo caption's lines are one paragraph up to the end of its sentence, where its
    credit follows (on the same line or the next): the caption opened by its item label
    (图片说明：图①：庆祝大会现场 / 放飞和平鸽。 / 新华社记者 张玉薇摄), or set across the page
    (…出席十 / 三届全国人大五次会议…并发表重要讲 / 话。 / 新华社记者 李 刚摄), at most three
    lines before its last. The credit says it is a caption; the column width does not:
    a caption's own lines make the column around it, or none is measured there."""
    props = facts.props
    n = len(lines)
    # the lines a caption may open on: opened by 图 (an item label), or 20 ems wide and set across
    # the page; walked in order, a caption joined passing over its lines (found in one pass over
    # the widths and a search of the lines' first characters, not a step per line)
    wide = [j for j, ln in enumerate(lines) if ln.width >= 20.0]
    opened = facts.opening(_PHOTO_FIRST)
    i = 0
    for start in sorted(set(wide).union(opened)) if opened else wide:
        if start < i:
            continue  # (a line of the caption joined before it)
        if start >= n - 1:
            break
        line = lines[start]
        col = widths[start]
        i = start + 1
        if (start and not lines[start - 1].breaks_after) or line.letter_spaced:
            continue
        item = line.text[:1] == "图" and _CAPTION_ITEM.match(line.text) is not None  # (an item label opens on 图)
        if not item and not ((not col or line.width > col + 4.0) and line.width >= 20.0):
            continue
        k = start
        while k < n and k - start <= 3 and not ({"term", "credit_end"} & props[k]) and not lines[k].letter_spaced:
            k += 1
        if k >= n or k == start or k - start > (3 if item else 2):
            continue
        if any(_CAPTION_ITEM.match(ln.text) or lines[j].letter_spaced or _credit_line(ln, props[j])
               for j, ln in ((j, lines[j]) for j in range(start + 1, k + 1))):
            continue
        if not item and (lines[k].width >= line.width or any(
                lines[j].width < 20.0 and not (widths[j] and lines[j].width > widths[j] + 4.0) for j in range(start + 1, k))):
            continue  # set across the page: wide lines, and a last one shorter (not a title over a caption)
        closed = "credit_end" in props[k] or (k + 1 < n and _credit_line(lines[k + 1], props[k + 1]))
        if not closed:
            continue
        for j in range(start, k):
            lines[j].breaks_after = False
        i = k + 1


_HAN_END = regex.compile(r"\p{Han}$")


_DASH_FIRST = re.compile("—")


def _join_wrapped_attributions(lines: list[Line], widths: tuple[float, ...], facts: _LineFacts) -> None:
    """A line of the column's width opened by a dash and cut mid-word, whose next line is a
    short tail holding no punctuation, is one line wrapped: a speaker's attribution under
    a quote (——某某物流集团公司四川省某县分 / 公司车队队长王多吉), or a subtitle, perhaps
    over two lines before its tail (——某某重工机械制造 / （集团）有限责任公司精密零部 /
    件厂班长李莹). The tail is no line of its own, as the reflow reads a line short of the
    column: it ends the dash line's paragraph. Not where the next line is a reporter line, a dateline or
    a box label (——对几个县乡村振兴工作的调研与思考 / 本报记者 李明远), nor where the dash line closes
    on a subtitle's genre words (——写在某某之际: :func:`_end_dash_subtitles`), whole on its line."""
    # only a line up to two below a line opened by a dash can be one: the lines walked are those,
    # in order, each step setting line i alone (so the paragraph's opening above i reads as it would)
    dashed = [i for i in facts.opening(_DASH_FIRST) if lines[i].text.startswith("——")]
    walked = sorted({i for d in dashed for i in (d, d + 1, d + 2) if i < len(lines) - 1})
    for i in walked:
        line, nxt = lines[i], lines[i + 1]
        opening = i  # the first line of the paragraph line i is in, if within two lines above
        while opening > i - 3 and opening and not lines[opening - 1].breaks_after:
            opening -= 1
        if (not line.breaks_after or not nxt.breaks_after or i - opening > 2
                or not lines[opening].text.startswith("——")):
            continue
        col = widths[i]
        if not col or not col - 3.0 <= line.width <= col + 0.5 or nxt.width >= line.width:
            continue
        t, nt = line.text, nxt.text
        if (line.letter_spaced or nxt.letter_spaced or not _HAN_END.search(t) or _genre_subtitle(t)
                or any(_TAIL_STOP.search(ln.text) for ln in lines[opening : i + 1])
                or _LINE_PUNCT.search(nt) or nt[:1] in "（(【〔—“" or _BYLINE_LINE.match(nt)
                or _BLOCK_START.match(nt) or _DATELINE_HEAD.search(nt) or box_label(nt)):
            continue
        line.breaks_after = False


# a closing note alone on its line, who wrote a speaker's words up (（本报记者某某采访整理）)
_NOTE_LINE = regex.compile(r"^[（(](?P<inner>[^（）()]{2,40})[）)]$")
_OPEN_BRACKET_FIRST = re.compile("[（(]")


def _join_signatures_over_notes(lines: list[Line], facts: _LineFacts) -> None:
    """A speaker's signature opened by a dash over the note that wrote their words up
    (——某省某县某村党支部 / 名誉书记某某某 / （本报记者某某采访整理）, the voices of a feature set
    one under another) is one paragraph, which the note ends: the signature runs on over its
    line ends whatever their widths (its lines are set short of the column and the reflow ends
    a paragraph there), and the name it closes on never runs on into the note (a note alone on
    its line and the name over the next voice read as one heading line). The signature opens its
    paragraph, holds no sentence's stop and is two lines over the note (a one-line signature and
    its note the reflow and the closing rules set apart as they are)."""
    for i in facts.opening(_OPEN_BRACKET_FIRST, 2):
        m = _NOTE_LINE.match(lines[i].text)
        if m is None or not _closing_note(m["inner"]):
            continue
        sig, tail = lines[i - 2], lines[i - 1]
        if (not (sig.text.startswith("——") and sig.text.lstrip("—"))
                or (i > 2 and not lines[i - 3].breaks_after)  # (it opens its paragraph, or the page)
                or not _HAN_END.search(tail.text) or _TAIL_STOP.search(sig.text) or _TAIL_STOP.search(tail.text)):
            continue
        sig.breaks_after, tail.breaks_after = False, True


# A dateline of the older form opening a report, its reporters named after it up to 报道 (本报北京
# 1月4日讯 记者林青报道：… / 本报某地1月4日电 记者林青、本报记者方原报道：…), cut by the reflow before
# 报道 (a short first line, a blank line the page sets between all its lines). The phrase, from the
# dateline to the line end, names no sentence: it goes on.
_OPEN_REPORT = regex.compile(
    r"^据?(?:本报|新华社)[\p{Han}·]{0,16}\d{1,2}月\d{1,2}日(?:讯|电)\s*"
    r"(?:(?:本报|新华社)?(?:驻\p{Han}{1,6})?(?:特约|见习|实习)?记?|"
    r"(?:本报|新华社)?(?:驻\p{Han}{1,6})?(?:特约|见习|实习)?记者[\p{Han}·、 ]{0,24})$"
)
_REPORT_CLOSE = regex.compile(r"^[\p{Han}·、 ]{0,30}报道[：:]")


_REPORT_FIRST = re.compile("[据本新]")  # what a line opening such a dateline opens with


def _join_broken_reports(lines: list[Line], facts: _LineFacts) -> None:
    """Join the lines of an older-form dateline and its reporters cut before their 报道：
    (:data:`_OPEN_REPORT`): the line opening it runs on into the next one, or the next two,
    where the phrase closes there on 报道： and nothing but names and 记者 stands between."""
    for i in facts.opening(_REPORT_FIRST):
        t = lines[i].text
        if (i + 1 == len(lines) or not lines[i].breaks_after or ("讯" not in t and "电" not in t)
                or not _OPEN_REPORT.match(t)):
            continue
        rest = lines[i + 1].text
        if _REPORT_CLOSE.match(rest):
            lines[i].breaks_after = False
        elif (i + 2 < len(lines) and _REPORT_CLOSE.match(rest + lines[i + 2].text)
              and _OPEN_REPORT.match(t + rest)):
            lines[i].breaks_after = lines[i + 1].breaks_after = False


# A prose line broken inside a word (:func:`_splits_a_page_word`: 新中 / 国, 解 / 放碑) that holds a
# clause's mark, over a line opening on a word's character
_OPENS_ON_WORD = regex.compile(r"^[\p{Han}0-9]")
_CLAUSE_MARK = re.compile(r"[，、；：]")
_PROSE_MARK = re.compile(r"[，、；：。！？”]")
_SENTENCE_MARK = re.compile(r"[，、；：。！？]")  # (a title may be a quotation: “…”)
_SPLIT_LINE_MIN = 0.6  # share of its column the line below fills at least, where it holds no mark
# how many ems short of its column the line above falls at most: an indented first line whose
# digits are set half-width (9月28日，作为迎国庆 in a column of 13.5)
_SPLIT_LINE_SHORTEST = 4.5


def _join_split_words(lines: list[Line], widths: tuple[float, ...], facts: _LineFacts) -> None:
    """Join a paragraph break the widths put inside a word of a prose sentence
    (…某某回忆，那是新中 / 国第一批某某…): the line above ends on a word's
    character and holds a clause's mark (a title seldom does, a dateline or a name line
    never) and is set in its column (not wider, at most :data:`_SPLIT_LINE_SHORTEST` ems short
    of it: a title line is shorter, a heading's deck wider), the line below opens on a word's
    character and holds a mark itself or fills most of its column (not a heading's short tail),
    and the line end splits a word the page prints unbroken elsewhere
    (:func:`_splits_a_page_word`). A paragraph ends on a sentence's end, not inside a
    word: such a break is a line the measure got wrong, the indented first line of a
    paragraph read as its last (short by its indent, or by digits set half-width) or a line
    over one so read. Not a photo credit (…某某摄) over the next caption item (图③：…), nor
    across a blank line. Reading pages (2019 days 01-10, layout draws 2024, 7 and 11, both
    routes, fold models): 645 breaks joined inside one truth paragraph against 9 between two
    (lines of one heading's deck among them)."""
    for i in range(len(lines) - 1):
        line, nxt = lines[i], lines[i + 1]
        if not line.breaks_after or nxt.blank_before or line.letter_spaced or nxt.letter_spaced:
            continue
        a, b = line.text, nxt.text
        if (not _WORD_END.match(a[-1]) or not _OPENS_ON_WORD.match(b) or not _CLAUSE_MARK.search(a) or a.endswith("摄")
                or _CAPTION_ITEM.match(b)):
            continue
        if i and not lines[i - 1].breaks_after and not _SENTENCE_MARK.search(lines[i - 1].text):
            continue  # (a title line the widths ran into this one: the blocks cut it off, 2 lines)
        col = widths[i] if i < len(widths) else 0.0
        if not col or not col - _SPLIT_LINE_SHORTEST <= line.width <= col + 1.0:
            continue  # (a heading's deck set wider than its column, a title line far short of it)
        if not _PROSE_MARK.search(b) and nxt.width < _SPLIT_LINE_MIN * col:
            continue
        if _splits_a_page_word(a, b, facts):
            line.breaks_after = False


# what closes what stands before it and so never opens a paragraph: a closing quote or bracket, a
# clause's or a sentence's mark (…特别激动！ / ”摄影师某某感慨。); unlike :data:`_OPENS_ON_MARK`,
# not ’ (an apostrophe opens ’97) and with the corner and book-title quotes' closes
_CLOSING_FIRST = re.compile(r"[”）」』〉》，。、；：！？),;:!?]")


def _join_closing_openers(lines: list[Line], facts: _LineFacts, blank_marked: bool = True) -> None:
    """Join a paragraph break before a line that opens on a closing quote or bracket or on a
    clause's or sentence's mark: the typesetter carried it past the line's end (…某某不能停。
    / ” or / ”他说。), and no paragraph opens on it. Not after a jump marker's line (（上接第1版）
    / ，应按某某…: the part goes on from another page, the marker stands apart), nor across a
    blank line where blank lines mark the paragraphs (``blank_marked``); a page that sets a blank
    line under every line marks nothing by it. Reading pages (2019 days 01-10, layout draws
    2024, 7 and 11, both routes, fold models): 505 breaks joined inside one truth paragraph, none
    between two (443 where no blank line stands between)."""
    for j in facts.opening(_CLOSING_FIRST, 1):  # (the lines opening on such a mark)
        line = lines[j - 1]
        if (line.breaks_after and not (lines[j].blank_before and blank_marked)
                and not JUMP_MARKER.match(line.text)):
            line.breaks_after = False


_COLON_LAST = re.compile("：")  # a colon closing a line


def _join_quotes_after_colons(lines: list[Line], facts: _LineFacts) -> None:
    """Join a paragraph break after a line of prose that closes on a colon over a line that opens
    on a quote (…居民某某感慨： / “国庆假期…”): what someone said goes on in the paragraph that
    announces it. Only where the colon's line goes on from the line above or holds a comma: a
    heading closed by a colon (某某： over its quoted headline) stands alone. Reading pages
    (2019 days 01-10 of ten layout draws, both routes, fold models): of the breaks the reflow
    left there, 306 inside one truth paragraph, 37 between two (one text of one page's layouts:
    某某对此作了解读： / “某某”包括：…). Judged (session 83): sim read wrong-count pages 302 -> 301,
    a sim and a pdf row's captions up, every other row level."""
    for i in facts.ending(_COLON_LAST, len(lines) - 1):
        line = lines[i]
        if (line.breaks_after and lines[i + 1].text.startswith("“")
                and ((i > 0 and not lines[i - 1].breaks_after) or "，" in line.text)):
            line.breaks_after = False


# what opens a list item, a numbered section head or a figure's caption, not prose:
# 四、…, （二）…, 3. …, ■…, 图①：…, 表1…, 第一…
_ITEM_OPENING = re.compile(r"^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.]"
                           r"|[■●◆▲★□○◇△☆图表]|第[一二三四五六七八九十\d])")
_NARROWEST_BODY = 10.0  # ems: a column narrower than this is a verse's or a list's, not prose
# how short of its column the first line of an article's body may fall: its indent of two
# ems, and up to two more where its digits and punctuation are set half-width (9月28日晚，…);
# the rules take a first line up to 3.5 ems short (dev pdf: of 25 broken off under a heading
# 3.5 to 4 ems short, all 25 went on; sim 13 of 16)
_FIRST_SHORTEST = 4.0


def _join_first_lines_at_column_change(lines: list[Line], widths: tuple[float, ...],
                                       facts: _LineFacts) -> list[int]:
    """The first line of a paragraph where the column width changes (the first line of an
    article's body under a heading, or of the next article's) is measured against the
    column above it, which the lines around it mostly belong to, and so broken off:
    ``国庆期间，《山海之间》《我们的村庄》`` read as a title of its own. Against the
    column of the lines after it, it is what it is: the indented first line (one to three
    and a half ems short) of a paragraph whose next line fills that column; where the
    column does not change, one 3.5 to 4 ems short, which the rules leave. Only under a
    heading line (the line above ends no sentence): inside an article the measure is its
    own column's, and a line broken off there is judged by the rules and the model (dev,
    both routes: joining there too cost more articles than it saved). Prose only:
    the line holds punctuation, ends no sentence and no quotation, opens no list item,
    and is not followed by a subtitle (——…); a heading (a title holds no comma) or a
    numbered section head keeps its break. Returns the lines so joined: their column is
    the one below them."""
    props = facts.props
    joined: list[int] = []
    # the one-line paragraphs as the rules left them (a step only joins: fewer, never more, as
    # the walk goes on; each is read again when reached)
    alone = [i for i in range(1, len(lines) - 1) if lines[i].breaks_after and lines[i - 1].breaks_after]
    for i in alone:
        line, nxt = lines[i], lines[i + 1]
        if not line.breaks_after or not lines[i - 1].breaks_after:
            continue
        if "term" in props[i - 1] or "credit_end" in props[i - 1]:
            continue  # not under a heading: the rules and the model judged it against the text around
        col, ncol = widths[i], widths[i + 1]
        if ncol < _NARROWEST_BODY or not ncol - _SHORT <= nxt.width <= ncol + 1.25:
            continue
        if abs(col - ncol) >= 0.75:
            if not ncol - 3.5 <= line.width <= ncol - 1.0:
                continue
        elif not ncol - _FIRST_SHORTEST <= line.width < ncol - 3.5:
            continue  # the same column: the rules and the model judged a line up to 3.5 ems short
        this, that = props[i], props[i + 1]
        if (line.letter_spaced or nxt.letter_spaced or nxt.indented or "term" in this or "byline_line" in this
                or "dateline_end" in this or "credit_end" in this or "block_start" in that):
            continue
        t = line.text
        if (not _LINE_PUNCT.search(t) or t[-1] in "”’" or _ITEM_OPENING.match(t) or nxt.text.startswith("—")
                or _SET_APART.match(t)):
            continue
        line.breaks_after = False
        joined.append(i)
    return joined


# a line opened by one character and a mark (工，…, 适。…): the tail of a word the line above began
_TORN_OPENING = regex.compile(r"^\p{Han}[，。、；：！？]")


def _runs_into(t: str, nt: str) -> bool:
    """Does line ``t`` run on into the line ``nt`` below it, whatever the break decided: it leaves a
    quotation or a book title open (更多“某某 / ——某某”), the line below opens on a word's last
    character and a mark (…正式动 / 工，…)?"""
    return _quote_left_open(t, False) or t.count("《") > t.count("》") or _TORN_OPENING.match(nt) is not None


def _set_heading_lines_apart(lines: list[Line], facts: _LineFacts) -> None:
    """A line that closes its paragraph and holds no punctuation at all, after a line that
    ends a sentence, is a heading line, not the paragraph's last line: prose ends a
    paragraph on a stop (…退耕还林工作。 / 湖南20年退耕还林2160万亩). So are two such lines
    holding no stop and ending on no punctuation: a title wrapped over two lines; and so is such
    a line holding no stop, over a reporter's line (a byline opens an article, no paragraph runs
    into it). Not a lone such line that runs on into the line below whatever the break decided
    (:func:`_runs_into`: an open quotation or book title, or a word's last character and a mark
    opening the line below, 动 / 工，…), unless that line is indented: the break under it is the
    wrong one, and the line is prose (judged in session 77: pdf read pages wrong 281 -> 277,
    headlines missed 743 -> 740, body lost 42.7k -> 41.8k; every other row level or better; with
    the page-word test of :func:`_splits_a_page_word` as well, sim read headlines 827 -> 830)."""
    props = facts.props
    # (each step reads lines i to i + 2 and sets line i alone: the lines ending no sentence are
    # skipped, as each step would skip them)
    for i in facts.ends_sentence:
        if i + 1 >= len(lines):
            break
        line, nxt = lines[i], lines[i + 1]
        if (not line.breaks_after and nxt.breaks_after and not nxt.letter_spaced
                and len(nxt.text) >= 4 and not _LINE_PUNCT.search(nxt.text)
                and not (i + 2 < len(lines) and not lines[i + 2].indented
                         and _runs_into(nxt.text, lines[i + 2].text))):
            line.breaks_after = True
        elif (not line.breaks_after and i + 2 < len(lines) and not nxt.breaks_after
              and lines[i + 2].breaks_after and not (nxt.letter_spaced or lines[i + 2].letter_spaced)):
            # a title wrapped over two lines: no stop in either, no punctuation at its end
            tail = nxt.text + lines[i + 2].text
            if 6 <= len(tail) <= 48 and not _TAIL_STOP.search(tail) and tail[-1] not in "，、：,:;；”’）)":
                line.breaks_after = True
        elif (not line.breaks_after and nxt.breaks_after and i + 2 < len(lines) and "byline_line" in props[i + 2]
              and not nxt.letter_spaced and len(nxt.text) >= 4 and not _TITLE_STOPS.search(nxt.text)
              and nxt.text[-1] not in "，、：,:;—"):
            # a title over its reporter's line (某某某某，某某某某（某某观察） / 本报记者 某某): no stop in it
            line.breaks_after = True



def _opens_and_runs_on(lines: list[Line], i: int) -> bool:
    """Does line ``i`` open its paragraph (the first line, or under a break) and, as decided so
    far, run on into the next line? What the rules that end a title run into its body look at."""
    return not lines[i].breaks_after and (i == 0 or lines[i - 1].breaks_after)


def _openings_running_on(lines: list[Line], start: int, stop: int) -> Iterator[int]:
    """The lines from ``start`` up to ``stop`` that open their paragraph and run on into the next
    (:func:`_opens_and_runs_on`), each read when it is reached: a rule that ends a paragraph
    while it walks the lines sees the lines below read as it left them."""
    above = start == 0 or (start < stop and lines[start - 1].breaks_after)  # (no line to walk: none read)
    for i in range(start, stop):
        breaks = lines[i].breaks_after
        if above and not breaks:
            yield i
            breaks = lines[i].breaks_after  # the rule may have ended the paragraph here
        above = breaks


# a title in halves set apart by a space (某某某某 某某某某某), perhaps closed by its column in
# brackets: Han characters only, each half of four to twelve
_COUPLET_LINE = regex.compile(r"^\p{Han}{4,12}(?: \p{Han}{4,12})+(?:[（(][\p{Han}·\d]{2,16}[）)])?$")
_COUPLET_NEXT_MIN = 6  # characters of the next line, at least (a shorter one is the title's wrapped tail)
# a dateline's head and the body's first words (某报某地某月某日电 某某某某): no title
_COUPLET_DATELINE = regex.compile(r"^(?:据|本报|新华社|中新社)|电 ")


def _end_couplet_titles(lines: list[Line], widths: tuple[float, ...], facts: _LineFacts) -> None:
    """A line that opens its paragraph and is a title in halves set apart by a space
    (甲乙丙丁戊 己庚辛壬癸), whole on its line, ends its paragraph: the reflow read it as the
    first line of the paragraph below (the body's opening line, two ems short, looks like the
    next line of a paragraph opened by the title), where prose never sets two runs of words
    apart by a space. Not where the next line is a short tail of the title, wrapped, nor
    one set wider than its column (a subtitle in display type, which the heading's roles cut),
    nor a dateline's line (某社某地某月某日电 某某某某, its date in Chinese numerals)."""
    for i in facts.spaced:  # (each step sets line i alone, and reads it and the lines next to it)
        if i + 1 >= len(lines):
            break
        line, nxt = lines[i], lines[i + 1]
        if (not _opens_and_runs_on(lines, i) or line.letter_spaced
                or len(nxt.text) < _COUPLET_NEXT_MIN
                or not widths[i + 1] or nxt.width > widths[i + 1] + 1.25):
            continue
        if _COUPLET_LINE.match(line.text) and not _COUPLET_DATELINE.search(line.text):
            line.breaks_after = True


# the words a paragraph of news opens with: a time (近日, 日前, 10月3日, 2018年), a source (据,
# 本报, 记者), a setting (在…, 随着…, 作为…), a quote; a title seldom opens so
_OPENING_WORDS = regex.compile(
    r"^(?:近日|日前|近年来|近期|今年|去年|当地时间|据|记者|本报|新华社|\d{1,2}月\d{1,2}日|\d{4}年"
    r"|[一二三四五六七八九十]+月|在|作为|为|从|随着|“|不久前|当今|上世纪|多年来|如今|眼下|目前"
    # a span of time counted back (30年前, 某某成立以来，, 某某成立20年来，), an invitation (应某某邀请)
    r"|\d+年前|[^，。、“”：]{1,10}(?:以来|年来)，|应[^，。]{2,20}邀请)")
# what a title line holds not: sentence punctuation anywhere; nor does it end on a particle or
# preposition (…的, …了, …和) or a dash, a bracket, a quote
_TITLE_PUNCT = re.compile(r"[，。、；：！？,;:!?…]")
_TITLE_NOT_LAST = frozenset("的了和与及在对向把被将从为是让给以于而并或且之其等着过到就也都又还—”）)")
_NOT_A_TITLE = regex.compile(r"^(?:[（(]|据|本报|新华社|中新社)")
_SENTENCE_OVER = frozenset("。！？…!?；;")


# a series tag in brackets (（70年，共同走过·大国小家）): the words of a series and its part joined
# by ·, no sentence's end; its comma is the tag's, not a sentence's. Closing a title (某某某某（…·…）),
# read off it by :func:`_title_words` and by segment.heads._series_tagged_title; alone on its
# lines, by segment.blocks.lone_series_tag
SERIES_TAG = r"[（(][^（）()。！？]*\p{Han}·\p{Han}[^（）()。！？]*[）)]"
_SERIES_TAG = regex.compile(r"(?<=[^（）()]{4})" + SERIES_TAG + "$")


def _title_words(t: str) -> str:
    """A title line's words without the series tag closing it (:data:`_SERIES_TAG`)."""
    return _SERIES_TAG.sub("", t) if t.endswith(("）", ")")) and "·" in t else t


def _title_last(t: str) -> str:
    """The character a title line ends on, a quoted phrase closing it looked into: a title
    may end on a quoted word (某某打造行业“排头兵”), balanced, the quote closing a phrase
    of the title's own, not an aside (a line opening on a dash: ——“某某”活动暨“某某”), and
    on a short bracketed note (a column's name: 某某某某（某某栏）), the words
    before it looked at. Else the last character itself (a closing quote, unbalanced or after
    a dash, stays one)."""
    if (len(t) > 2 and t[-1] == "”" and t[0] not in "“—" and t.count("“") == t.count("”")
            and t[-2] != "“"):
        return t[-2]
    if (t.endswith("）") and t.count("（") == 1 and t.count("）") == 1 and t.index("（") >= 4
            and len(t) - t.index("（") <= 12 and "《" not in t):
        return t[t.index("（") - 1]  # a column's name closing it: 某某某某（某某栏）
    return t[-1]


def _end_titles_over_openings(lines: list[Line], widths: tuple[float, ...]) -> None:
    """A line that opens its paragraph under a line that ends no sentence (a kicker, a
    column's name, a credit, a byline: the head of an article), holds no punctuation and
    ends on no particle, ends its paragraph when the line below it opens one: 1.5 to 6 ems
    short of its column under a wider line, on the words a news paragraph opens with
    (近日，… 10月3日，… 据…), not a kicker's line (…——). Such a line is a one-line title
    run into the body's first paragraph (某镇新修一条山路 / 近日，记者走进… / 山里的村民说…):
    prose runs a paragraph's first line on into a full one, not into a short one."""
    n = len(lines)
    for i in _openings_running_on(lines, 0, n - 2):
        line, nxt, after = lines[i], lines[i + 1], lines[i + 2]
        col = widths[i] or widths[i + 1]
        t, nt = line.text, nxt.text
        if (not col or not t or not nt or line.letter_spaced or nxt.letter_spaced
                or not (col - 6.0 <= nxt.width <= col - 1.5) or after.width < nxt.width + 1.0
                or _title_last(t) in _TITLE_NOT_LAST or nt[-1] in _TERMINAL or nt[-1] == "—" or _TITLE_PUNCT.search(t)
                or t.count("“") != t.count("”") or _NOT_A_TITLE.match(t) or _OPENING_WORDS.match(t)
                or not _OPENING_WORDS.match(nt)):
            continue
        if i:
            above = lines[i - 1].text.rstrip("”’")
            if above[-1:] in _SENTENCE_OVER or above.endswith("电"):
                continue
        line.breaks_after = True


# a character set half an em wide in body type and kept whole at a line end (a number, a word in
# Latin letters): a line holding one may wrap short of its column
_HALF_WIDE = re.compile(r"[A-Za-z0-9%.．]")
_OPENING_GAP = 1.5  # ems, at least, an indented first line stands short of the line below it
_OPENING_GAP_MAX = 3.5  # ems, at most: the two-em indent, and a character more the wrap left
_WORD_END = regex.compile(r"[\p{Han}A-Za-z0-9]")
# characters a line so read as a title holds at least: a shorter one is as often an in-body
# section head (body text of the article around it, read apart as a heading once broken off)
_TITLE_SHORTEST = 12


def _narrower_both_ways(line: Line, below: Line, either: bool = False) -> bool:
    """Is ``line`` an indented first line over ``below``: 1.5 to 3.5 ems narrower, whether the
    page sets its punctuation at half an em (as :func:`char_width` counts it) or at a full one?
    With ``either``, one of the two measures may say so (the other no more than 3.5 ems)."""
    gap = below.width - line.width  # (punctuation, which a page may set at a full em or at half of one)
    wide_gap = gap + 0.5 * (below.punct - line.punct)
    if either:
        return _OPENING_GAP <= max(gap, wide_gap) and min(gap, wide_gap) <= _OPENING_GAP_MAX
    return _OPENING_GAP <= min(gap, wide_gap) <= _OPENING_GAP_MAX


def _end_titles_over_indented_openings(lines: list[Line], facts: _LineFacts, widths: tuple[float, ...] = ()) -> None:
    """A line that opens its paragraph and reads as a title (no punctuation, not ending on a
    particle, no dateline's or opening's words), run on into a line that is an indented first
    line, ends its paragraph: the line below it stands 1.5 to 3.5 ems short of the line after
    it (both measured with punctuation at half an em and at a full one), runs on into it and
    ends no sentence, so it opens a paragraph (某某工程全线贯通 / 　　清晨，工地上… / 机器轰
    鸣…). A body paragraph's opening line runs on into a full line. Not where the line below
    holds a number or Latin letters (kept whole at a line end, they may leave a wrapped line
    short), nor where the line end splits a word the page runs across elsewhere (a wrap); nor
    for a line under 12 characters (as often an in-body section head) or one opened by a dash
    (a subtitle's or an attribution's, read with the heading above it)."""
    for i in _openings_running_on(lines, 0, len(lines) - 2):
        if _title_over_indented_opening(lines, i, facts, widths[i + 1] if widths else 0.0):
            lines[i].breaks_after = True
    # PDF text keeps no indent and no type size: a title set as wide as the column (or wider)
    # under a paragraph whose last line filled the column and closed a sentence runs on from
    # that paragraph as well as into the body's first line (…变成现实。 / 某某某某某某某某某某某某 /
    # 　　今年是…): the same title, under a line that ends a sentence, ends both paragraphs
    for k in facts.ends_sentence:
        i = k + 1
        if i >= len(lines) - 2:
            break
        above = lines[k]
        if (not above.breaks_after and not lines[i].breaks_after and not above.letter_spaced
                and _title_over_indented_opening(lines, i, facts)):
            above.breaks_after = lines[i].breaks_after = True


# A title printed under its own article (pages that set headlines after their bodies) and run
# on into the next article's first line: it repeats the words of the text above it, not those below
_COHESION_SPAN = 600  # characters read above the title and below it
_ABOVE_SHARE = 0.5  # of the title's two-character pairs, at least this share found above
_BELOW_SHARE = 0.3  # and at most this share below
_TITLE_PAIRS = 4  # pairs of Han characters a title holds at least (a shorter line says too little)
_FULL_SLACK = 0.5  # ems a title so read stands short of its column at most: no indented first line
_OPENING_SLACK = 1.5  # ems the line below stands short of the column at least: an indented first line
# Where the widths do not tell (a page that indents no first line: the title's line and the next
# article's opening both as wide as the column), the words must: the title's pairs nearly all in
# the text above and almost none below, the title's line no more than an em short of its column (no
# indented first line) or the line below clearly short (a short paragraph, or an indented opening).
# Read truth (2019 days 01-15, draws 11 and 7; the other month's days 01-15), the lines so read
# that the widths leave: sim 17 titles and 1 body line, pdf 1 and 4, the other month sim 4 and 0,
# pdf 0 and 3; with the widths' condition none of the 8 body lines
_ABOVE_SURE = 0.8
_BELOW_SURE = 0.1
_UNINDENTED = 1.0  # ems short of the column at most
_SHORT_BELOW = 3.0  # ems short of the column at least


def _han_pairs(t: str) -> set[str]:
    """The pairs of adjacent Han characters of ``t``."""
    han = [bool(_HAN.match(c)) for c in t]
    return {t[k:k + 2] for k in range(len(t) - 1) if han[k] and han[k + 1]}


def _end_titles_after_their_bodies(lines: list[Line], widths: tuple[float, ...], facts: _LineFacts) -> None:
    """A line that opens its paragraph under a line that ends a sentence, reads as a title (no
    punctuation, not ending on a particle), stands as wide as its column (no indented first
    line) and runs on into an indented first line (1.5 ems or more short of the column, running
    on, or a paragraph of one line holding punctuation that ends no sentence), ends its
    paragraph where its words are those of the text above it and not of the text below: half
    its character pairs or more found in the 600 characters above, under a third in the 600
    below. Such a line is the title of the article above, set
    after its body, run on into the next article's opening (…某某会见某某。 / 某某会见某某 / 　　今
    年秋天…). A paragraph's first line carries on the words of the sentence it opens; not where
    the line end splits a word the page runs across elsewhere (a wrap)."""
    n = len(lines)
    texts: list[str] | None = None
    for k in facts.ends_sentence:
        i = k + 1
        if i >= n - 1:
            break
        line, nxt = lines[i], lines[i + 1]
        if not lines[k].breaks_after or line.breaks_after or line.letter_spaced or nxt.letter_spaced:
            continue
        col = widths[i]
        t, nt = line.text, nxt.text
        if not col:
            continue
        # (a line closing its paragraph on a sentence's end is short as a tail is: no indent)
        strict = not (line.width < col - _FULL_SLACK or nxt.width > col - _OPENING_SLACK
                      or (nxt.breaks_after and (not _TITLE_PUNCT.search(nt) or "term" in facts.props[i + 1])))
        if not strict and not (line.width >= col - _UNINDENTED or nxt.width <= col - _SHORT_BELOW):
            continue
        if (_TITLE_PUNCT.search(t) or _NOT_A_TITLE.match(t) or _title_last(t) in _TITLE_NOT_LAST
                or t.count("“") != t.count("”") or nt[0] in _TITLE_NOT_LAST):
            continue
        pairs = _han_pairs(t)
        if len(pairs) < _TITLE_PAIRS:
            continue
        if texts is None:
            texts = [ln.text.replace(" ", "") for ln in lines]
        j, above = i, ""
        while j > 0 and len(above) < _COHESION_SPAN:
            j -= 1
            above = texts[j] + above
        above = above[-_COHESION_SPAN:]
        j, below = i, ""
        while j < n - 1 and len(below) < _COHESION_SPAN:
            j += 1
            below += texts[j]
        below = below[:_COHESION_SPAN]
        share_above = sum(p in above for p in pairs) / len(pairs)
        share_below = sum(p in below for p in pairs) / len(pairs)
        if share_above < _ABOVE_SHARE or share_below > _BELOW_SHARE or share_above - share_below < _BELOW_SHARE:
            continue
        if not strict and (share_above < _ABOVE_SURE or share_below > _BELOW_SURE):
            continue
        if _splits_a_page_word(t, nt, facts):
            continue  # a wrap
        line.breaks_after = True


def _whole_quote(t: str) -> bool:
    """Is ``t`` one quoted phrase, whole on its line (“某某某某某某”): a title's words, quoted
    (“为两国交流搭建新平台”), looked into for what a title ends on."""
    return len(t) > 2 and t[0] == "“" and t[-1] == "”" and t.count("“") == 1 and t.count("”") == 1


def _title_over_indented_opening(lines: list[Line], i: int, facts: _LineFacts, col: float = 0.0) -> bool:
    """Does line ``i`` read as a title (no punctuation, not ending on a particle, no dateline's
    or opening's words; a whole quoted phrase read inside its quotes), run on into an indented
    first line (:func:`_end_titles_over_indented_openings`)? Where the line after that holds a
    number or Latin letters (set narrower than a character each, so that a full line may measure
    short), the indented line is measured against its column ``col`` (when known) instead, its
    punctuation counted at a full em (a justified line's marks take a full em whatever their face).
    Under a whole quoted phrase (:func:`_whole_quote`) one of the two measures of the indent is
    enough (:func:`_narrower_both_ways`): a line of body text so quoted and so short is rare, and
    the line after the indented one, holding more punctuation, measures short with its marks at
    half an em (“某某某某某某某某某某某” / 　　清晨的某地，某某某某某 / 某，某某、某某、某某某某某某某;
    judged in session 76: pdf read headlines missed 755 -> 753, on one page of one draw; no other
    page moved), and its words may open as a paragraph does (“为某某搭建新平台”: the quotes close
    them; judged in session 76: pdf read pages wrong 293 -> 290, body lost 45.4k -> 45.0k, headlines
    level, pdf jumps one fewer: a title so freed over a paragraph the reflow had already cut in the
    middle of a sentence, that paragraph's first part then read as the title's second line)."""
    props = facts.props
    line, nxt, after = lines[i], lines[i + 1], lines[i + 2]
    t, nt = line.text, nxt.text
    if (not t or not nt or nxt.breaks_after or line.letter_spaced or nxt.letter_spaced or after.letter_spaced
            or "term" in props[i + 1]):
        return False
    # (the line's own tests first: most openings are no title, and the measures below cost more)
    quoted = _whole_quote(t)
    words = t[1:-1] if quoted else _title_words(t)
    if (len(t) < _TITLE_SHORTEST or t[0] == "—" or _TITLE_PUNCT.search(words) or _title_last(words) in _TITLE_NOT_LAST
            or words.count("“") != words.count("”") or _bracket_depth(t) or _NOT_A_TITLE.match(t)
            or (not quoted and _OPENING_WORDS.match(words))):
        return False
    if _HALF_WIDE.search(nt) or not (_narrower_both_ways(nxt, after, quoted) or (
            col and _HALF_WIDE.search(after.text) and col - _SHORT <= after.width
            and _OPENING_GAP <= col - nxt.width - 0.5 * nxt.punct and col - nxt.width <= _OPENING_GAP_MAX)):
        return False
    return not _splits_a_page_word(t, nt, facts)  # (a wrap)


def _splits_a_page_word(t: str, nt: str, facts: _LineFacts) -> bool:
    """Does the end of line ``t`` split a word the page runs across elsewhere: the characters
    either side of the line end (``t``'s last, ``nt``'s first) standing together more than once
    in the page's text? Then the line end is a wrap."""
    return bool(_WORD_END.match(t[-1]) and _WORD_END.match(nt[0]) and facts.flat().count(t[-1] + nt[0]) > 1)


# a writer's office and, after a space, the name on a signature line (某部部长 某某, 某所研究员
# 某某): the words an office ends on
_OFFICE_LINE = regex.compile(r"^\p{Han}{2,20}(?:长|书记|主任|主席|委员|研究员|教授|经理|总裁|记者) (\p{Han}{2,4})$")
_OFFICE_END = regex.compile(r"(?:长|书记|主任|主席|委员|研究员|教授|经理|总裁|记者)$")
_SIGNER_TEXT = regex.compile(r"^[\p{Han}·]+(?: +[\p{Han}·]+)*$")  # names, a role: no punctuation
_TITLE_STOPS = re.compile(r"[。；！？;!?…]")
# a title line ends on no particle and no numeral (…的 / 某某, …一百 / 万人: a word torn); a
# subtitle's dash line describing a person ends on no profession (——某院教授、画家 / 某某: one
# line wrapped)
_TORN_LAST = frozenset("得地一二三四五六七八九十百千万亿")
_PERSON_LAST = frozenset("家师生员长手人士者")
# family names rare enough that a common word opens with the character (展开, 干枯, 元旦, 信心):
# a "name" so opening under a title line may be the title's wrapped tail (…循序渐进开 / 展某某)
_RARE_SIGNER_FIRST = frozenset("羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但"
                               "尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由习阎逄郗扶隗")


# a reporter's write-up credit closing a piece of several speakers' parts (（本报记者某某采访整理）)
_WRITE_UP_CREDIT = re.compile(r"整理[）)]")


def _signature_kind(text: str) -> str | None:
    """What signs a title on ``text``: "names" (林青, 方立新 白雪), "role" (本报评论员,
    本报驻某国记者 某某) or "office" (某部部长 某某), else None."""
    from newsie.extractors.bylines import _AFFILIATED_LINE, author_names

    if len(text) > 24 or _SIGNER_TEXT.match(text) is None:
        return None
    names = author_names(text)
    if names:
        return "names"
    if names is not None or _AFFILIATED_LINE.fullmatch(text) is not None:
        return "role"
    m = _OFFICE_LINE.match(text)
    return "office" if m is not None and author_names(m.group(1)) else None


# what a title naming a leaders' exchange or meeting closes on (习近平同某国总统某某互致贺电,
# 某某同某国总理某某举行会谈, 李克强主持召开国务院常务会议): prose goes on into a mark (…互致贺电。) or
# with a word tying the clause to what follows (…举行会谈 / 时表示), so such a line end with
# neither opening the line below is a title's end (:func:`_end_message_titles`)
_MESSAGE_TITLE_END = ("互致贺电", "举行会谈", "国务院常务会议")
_TITLE_END_GOES_ON = ("时", "后", "前", "上", "中", "并", "期间", "之")


def _end_message_titles(lines: list[Line]) -> None:
    r"""A line closing on :data:`_MESSAGE_TITLE_END` over a line that opens on no mark prose
    goes on with (:data:`_OPENS_ON_MARK`) nor on a word tying the clause to what follows
    (:data:`_TITLE_END_GOES_ON`) ends its paragraph: the headline of an exchange of messages or
    of a meeting (就某国国庆 / 习近平同某国总统某某互致贺电), which the reflow, reading a line near
    the column's width, ran on into the paragraph below (a title set after its body over the
    next article's text, or a subtitle under it). Reading pages (2019 days 01-10, layout draws 7
    and 11, both routes): 62 such line ends, every one a paragraph's end in the truth, 14 of them
    read on into the line below before; the other month's reading days hold none.

    >>> lines = _split_lines("就某国国庆\n习近平同某国总统互致贺电\n历史的车轮滚滚向前。\n")
    >>> for ln in lines: ln.breaks_after = False
    >>> _end_message_titles(lines); [ln.breaks_after for ln in lines]
    [False, True, False]
    """
    for line, nxt in zip(lines, lines[1:]):
        t, nt = line.text.rstrip(), nxt.text.lstrip()
        if (t.endswith(_MESSAGE_TITLE_END) and nt and not _OPENS_ON_MARK.match(nt)
                and not nt.startswith(_TITLE_END_GOES_ON)):
            line.breaks_after = True


def _end_titles_over_signatures(lines: list[Line], facts: _LineFacts) -> None:
    """A line that opens its paragraph, ends no sentence and holds no stop, run on into a
    line that signs it and ends the paragraph (:func:`_signature_kind`: 某某某某某某 / 林青),
    ends its paragraph: a title over its writer's name, not a paragraph (prose ends a
    paragraph on a stop, not on a bare name). Not where the two lines read as one wrapped:
    a word, a number or a name torn at the line end (…开 / 展某某, …一百 / 万人, …局长李 /
    某某, a pair of characters the page runs across elsewhere), a "name" the page repeats
    (a word: …壮丽 / 史诗; a role such as 本报评论员 may recur), an office wrapped before
    its holder's name (某会副会长、某委副 / 秘书长 某某), a list (甲、乙、丙), words set apart
    by spaces (a couplet, a list of names).
    Nowhere on a page holding a bracketed jump marker (（下转第N版）, （上接第N版）: the parts of
    a jumped piece are stitched by their headings, which a split here may unsettle), nor above
    a reporter's write-up credit (（本报记者某某采访整理）: the piece is several speakers' parts,
    each titled and signed inside its body)."""
    from newsie.extractors.bylines import author_names

    flat = None
    for i in _openings_running_on(lines, 0, len(lines) - 2):
        line, nxt = lines[i], lines[i + 1]
        if not nxt.breaks_after or line.letter_spaced:
            continue
        t, nt = line.text, nxt.text.strip()
        if (len(t) < 4 or _TITLE_STOPS.search(t) or t[-1] in "，、：,:;—" or " " in t or t.count("、") > 1
                or t[0] in "（(" or t[-1] in _TITLE_NOT_LAST or t[-1] in _TORN_LAST):
            continue
        kind = _signature_kind(nt)
        if kind is None or _OFFICE_END.search(t) or (len(nt) == 2 and author_names(t[-1] + nt)):
            continue
        if kind == "names" and nt[0] in _RARE_SIGNER_FIRST:
            continue
        dash = t.startswith("——")
        if (dash and t[-1] in _PERSON_LAST) or (kind == "office" and (dash or "、" in t)):
            continue
        if flat is None:
            flat = facts.flat()
            if any(m.group("open") for m in JUMP_MARKER.finditer(flat)):
                return  # a page of jump parts: its titles and names are read across its pages
        name = nt.replace(" ", "")
        if flat.count(t[-1] + name[0]) > 1 or (kind != "role" and flat.count(name) > 1):
            continue
        if _WRITE_UP_CREDIT.search("".join(ln.text for ln in lines[i + 2:]).replace(" ", "")):
            continue  # one speaker's part of a written-up piece: a title inside its body
        line.breaks_after = True


# a series or column tag on a line of its own: two runs of words joined by a middle dot, each of
# two to twelve Chinese characters (digits and quotes allowed): 某某“某某”·某某篇, 某某梦·某某情
_TAG_LINE = regex.compile(r"^[\p{Han}“”\d]{2,12}·[\p{Han}“”\d]{2,12}$")
_TAG_STOPS = regex.compile(r"[。！？；!?;]")  # a sentence's stops: prose, not a heading


def _end_series_tags(lines: list[Line]) -> None:
    """A line that opens its paragraph and is a whole series or column tag (:data:`_TAG_LINE`:
    某某“某某”·某某篇, with its quotes closed) ends its paragraph where the paragraph it opens
    ends no sentence: the tag over its article's title (某某“某某”·某某篇 / 第一台某某机), which
    the reflow ran on as one paragraph, and the title then reads as one line with its tag (the
    heading model took such a pair in as a section head, two articles joined). Not a foreign
    name's parts (a transliteration character on either side of the dot: 某某·某某某表示…), nor
    a number's (a digit there: 1234·56 for 1234.56), nor a line whose quotes
    do not close (a title wrapped on a dot: “某某·某某 / 某某”); a body paragraph so opened holds
    a stop."""
    for i in _openings_running_on(lines, 0, len(lines) - 1):
        line = lines[i]
        if "·" not in line.text or line.letter_spaced or not _whole_tag(line.text.replace(" ", ""), _TAG_LINE):
            continue
        j = i
        while j + 1 < len(lines) and not lines[j].breaks_after:
            j += 1
        if any(_TAG_STOPS.search(lines[k].text) for k in range(i, j + 1)):
            continue
        line.breaks_after = True


def _whole_tag(text: str, pattern: regex.Pattern[str]) -> bool:
    """Is ``text`` a whole series or column tag as ``pattern`` words one (two runs of words
    joined by one middle dot), its quotes closed (not a title wrapped on a dot: “某某·某某 /
    某某”), and not a foreign name's parts (a transliteration character beside the dot:
    某某·某某某表示…) nor a number's (a digit beside it: 1234·56)?"""
    from newsie.entities._lexicon import TRANSLIT

    if pattern.match(text) is None or not _quotes_closed(text):
        return False
    dot = text.index("·")
    return not any(c.isdigit() or c in TRANSLIT for c in (text[dot - 1], text[dot + 1]))


def _quotes_closed(text: str) -> bool:
    """Does every “ of ``text`` close before the next one opens, and every ” close one?"""
    depth = 0
    for c in text:
        if c == "“":
            if depth:
                return False
            depth = 1
        elif c == "”":
            if not depth:
                return False
            depth = 0
    return depth == 0


def _end_signatures_over_bodies(lines: list[Line], facts: _LineFacts) -> None:
    """A line that opens its paragraph and signs a title (a reporter line with its paper,
    本报驻某国记者 某某, or an office and a name, 某部部长 某某), run on into the line below,
    ends its paragraph: the writer's line over the body, not the body's first line. Only a
    line that sets its name apart by a space (某报记者 某某, 某某记者某某 某报记者某某)."""
    # only a line holding a space can be one: those are walked, each read as an opening running on
    # as the walk leaves the lines above it (each step sets line i alone)
    for i in facts.spaced:
        if i < 1:
            continue
        if i >= len(lines) - 1:
            break
        line = lines[i]
        if line.letter_spaced or not _opens_and_runs_on(lines, i):
            continue
        nt = line.text.strip()
        if (len(nt) < 5 or " " not in nt or len(lines[i + 1].text.strip()) <= 2
                or _signature_kind(nt) not in ("role", "office")):
            continue  # (a line of one or two characters below: the name's wrapped tail, 某某 张 / 某)
        line.breaks_after = True


def _end_jump_markers(lines: list[Line], facts: _LineFacts) -> None:
    """A paragraph ends with a bracketed （下转第N版） closing a line (the article's part on
    this page ends there, mid-sentence as often as not: …中外宾朋 （下转第 2 版）), and one
    begins with a bracketed （上接第N版） opening a line, whatever the line widths say: a
    heading set at the column's width may follow the one and precede the other."""
    # both tests want a 版 in one of the two lines: only the boundaries next to such a
    # line are visited (each sets its own line's break alone: the order does not matter)
    last = len(lines) - 1
    for i in sorted(j for j in facts.next_to_marks() if 0 <= j < last):
        line, nxt = lines[i], lines[i + 1]
        if line.breaks_after:
            continue
        t = line.text.rstrip()
        if t.endswith(("）", ")", "〕", "】", "］", "]")) and "版" in t[-12:]:
            tail = (lines[i - 1].text[-8:] if i else "") + t[-24:]  # a marker the wrap cut: …（下 | 转第2版）
            m = _LAST_MARKER.search(tail)
            if m is not None and m.group("open") and m.group("dir") in ("下转", "转"):
                line.breaks_after = True
                continue
        head = nxt.text.lstrip()
        if head[:1] in "（(〔【［[" and "版" in head[:16]:
            m = JUMP_MARKER.match(head)
            if m is not None and m.group("close") and m.group("dir") not in ("下转", "转"):
                line.breaks_after = True


# what opens an article's part: its dateline (本报某地10月7日电, 据新华社某地10月8日电, 本报讯) or a
# marker of the part continued from another page (（上接第1版）)
_OPENS_A_PART = regex.compile(
    r"^(?:据?(?:本报|新华社|中新社)[\p{Han}·]{0,16}[ ]*(?:[\d０-９一二三四五六七八九十]{1,2}[ ]*月[ ]*)?"
    r"[\d０-９一二三四五六七八九十]{1,3}[ ]*日[ ]*电|本报讯|[（(][ ]*(?:上接|紧接|接|续)[ ]*第)")
_PART_FIRSTS = re.compile(r"[据本新中（(]")  # the first characters of :data:`_OPENS_A_PART`
_TITLE_LEAST = 4  # characters a line so read as a title holds at least
_RUNS_ON_MARKS = "，、；：,;:（(“‘《—…"  # a line ending on one goes on below


def _end_bodies_under_titles_after(lines: list[Line], facts: _LineFacts) -> None:
    """A line that ends its paragraph on no sentence's end, over a line opening an article's part
    (a dateline, a （上接第N版） marker: :data:`_OPENS_A_PART`), and run on from a line that
    ends a sentence, opens its own paragraph: nothing of the paragraph above goes on to a new
    article's opening, so the line is a title set after its body (pages that print headlines
    under their articles), which the reflow, reading a line near the column's width, ran on from
    that body's last sentence (…某某工作平稳推进。 / 某某受到某某处分 / （上接第1版）).
    Reading pages (2019 days 01-10, draws 2024, 7, 11, 13, 17, both routes): 3 such lines, all
    titles, none of body text; judged in session 77: sim read headlines missed 834 -> 830, every
    other row level or better."""
    for j in facts.opening(_PART_FIRSTS, 2):
        i = j - 1
        line, above = lines[i], lines[i - 1]
        if not line.breaks_after or above.breaks_after or line.letter_spaced:
            continue
        t = line.text.strip()
        if (len(t) < _TITLE_LEAST or t[-1] in _RUNS_ON_MARKS or _TITLE_STOPS.search(t) or _ends_terminal(t)
                or not _ends_terminal(above.text.strip()) or not _OPENS_A_PART.match(lines[j].text.lstrip())):
            continue
        above.breaks_after = True


# what a bracketed note closing an article holds: its source or author (（新华社北京10月1日电）,
# （本报记者张三、李四）, （作者为…研究员）); a photo's credit (…摄) stays in its paragraph
_CLOSING_NOTE = re.compile(r"记者|作者|日电|社电|报道|整理|编译|供稿|综合")
_PHOTO_NOTE = re.compile(r"摄|图")
_CLOSING_BRACKET = re.compile("[）)]")  # a line's last character, closing a bracket


def _closing_note(inner: str) -> bool:
    """Is a bracket's text (``inner``) a note that closes an article or a voice (its source, its
    reporters, its author, who wrote it up: :data:`_CLOSING_NOTE`), not a photo's credit?"""
    return _CLOSING_NOTE.search(inner) is not None and _PHOTO_NOTE.search(inner) is None


def _end_closing_notes(lines: list[Line], facts: _LineFacts) -> None:
    """A paragraph ends with the bracketed note that closes an article (its source, its
    reporters, its author), whatever the line widths say: a headline may follow at the
    column's width. Not a dateline's reporter bracket (…电（记者王群）), which text follows. A note
    holding a bracket of its own (（作者为某某党校（某某学院）研究员）) closes where it stands alone or
    after a sentence's end (five reading draws: 8 more paragraph ends, all the truth's; judged in
    session 78: sim read pages wrong 310 -> 309, body lost 48.2k -> 48.1k, headlines missed 824 ->
    825 on a page whose count came right; every other row level)."""
    # only a line ending in a bracket is visited; the paragraph's lines before it (at most
    # three) are found from the breaks above it, as they stand when it is reached
    last = len(lines) - 1
    for i in facts.ending(_CLOSING_BRACKET):
        line = lines[i]
        if i < last and not line.breaks_after:
            start = max(i - 3, 0)  # the first line of the current paragraph, or three lines up
            for j in range(i - 1, start - 1, -1):
                if lines[j].breaks_after:
                    start = j + 1
                    break
            text = "".join(ln.text for ln in lines[start : i + 1])
            k = _opening_bracket(text)
            if k < 0:
                continue
            inner, before = text[k + 1 : -1], text[:k].rstrip()
            # (a note holding a bracket of its own, 作者为某某党校（某某学院）研究员, closes where it
            # stands alone or after a sentence's end)
            nested = "）" in inner or ")" in inner
            if (_closing_note(inner) and not before.endswith("电")
                    and (not nested or k == 0 or _ends_terminal(before))):
                line.breaks_after = True
            elif not nested and _credit_name(inner) and _ends_terminal(before):
                line.breaks_after = True  # a brief's reporter after its last sentence: …特困地区。 （某某某）


def _opening_bracket(text: str) -> int:
    """Where the round bracket that the last character of ``text`` closes opens, or -1.

    >>> _opening_bracket("某某。（作者为某某（某某）研究员）"), _opening_bracket("某某（某某）研究员）")
    (3, -1)
    """
    depth = 0
    for k in range(len(text) - 1, -1, -1):
        c = text[k]
        if c in "）)":
            depth += 1
        elif c in "（(":
            depth -= 1
            if depth == 0:
                return k
    return -1


_CREDIT_NAME = regex.compile(r"\p{Han}{2,4}")


def _credit_name(inner: str) -> bool:
    """Is a bracket's text (``inner``) worded as a reporter's name alone, as a brief's credit
    closes it: two to four Chinese characters opening with a family name (（某某某）)? Loose (the
    lexicon's 399 family names open most words too): asked only of a bracket closing a line after
    a sentence's end (:func:`_end_closing_notes`, :func:`_ends_terminal`). Reading pages (2019 days
    01-15 of draws 2024, 7 and 11, the other month's days 01-15, sim and pdf): it ended 2
    paragraphs, both where the truth ends one (a brief's credit, the caption under it run into the
    brief before).

    >>> _credit_name("林青"), _credit_name("林"), _credit_name("2019年")
    (True, False, False)
    """
    from newsie.entities._lexicon import opens_on_surname

    return _CREDIT_NAME.fullmatch(inner) is not None and opens_on_surname(inner)



# an illustration's credit closing an item: who drew it, who wrote it (曹 一图 吕 岩文)
_ART_CREDIT = regex.compile(r"(?:^|[。！？”])[\p{Han}](?: ?[\p{Han}]){0,2}图 +[\p{Han}](?: ?[\p{Han}]){0,2}文$")
_ART_CREDIT_LAST = re.compile("文")


_LONE_DASH = re.compile(r"—{2,4}")


def _join_lone_dashes(lines: list[Line]) -> None:
    """A line that is only a dash (——) is the dash of the line above, wrapped to a line of its
    own: it goes on that line's paragraph and ends it (某歌曲领唱某某 / —— / 最美的歌声献给祖国,
    a part's kicker over its title; 党旗、国旗、军旗，迎风飘扬 / —— / 人民军队永远是…, a
    section's lead-in). Not after a line that ends a sentence or a dash of its own."""
    for above, line in zip(lines, lines[1:]):
        if line.text.startswith("—") and _LONE_DASH.fullmatch(line.text.strip()) is not None:
            text = above.text.rstrip()
            if text and not _ends_terminal(text) and not text.endswith("—"):
                above.breaks_after = False
                line.breaks_after = True


# a line opened by a dash that ends a sentence inside it and goes on past its end (——某某。某某某):
# prose, not a subtitle (——访某某, ——在某某上的讲话)
_DASH_PROSE = regex.compile(r"^——[^。！？]*[。！？][”’]?[^\s]{2}")


def _join_dash_prose(lines: list[Line], widths: tuple[float, ...], facts: _LineFacts) -> None:
    """A line opened by a dash (a block's start: a subtitle's mark) that holds a sentence's end and
    goes on past it (:data:`_DASH_PROSE`), under a full line that ends on a word (no mark, no
    sentence's end), goes on that line's paragraph: the dash is prose's (家里的第一台收音机 / ——某某牌
    收音机。它…; 名字就叫 / ——某某！”说起往事…), set at a line's start by the wrap. A
    subtitle's line ends no sentence inside it. Reading pages (2019 days 01-10, draws 2024, 7, 11,
    13, 17, both routes): 11 such lines, all body; no heading line opens on a dash and holds a
    sentence's end with words after it. Judged in session 77: pdf read pages wrong 290 -> 282,
    headlines missed 751 -> 744, body lost 45.0k -> 43.1k (a long feature's paragraph so cut read as
    a title over a subtitle); every other row level or better."""
    for i in facts.opening(_DASH_FIRST, 1):
        line, above = lines[i], lines[i - 1]
        if not above.breaks_after or above.letter_spaced or line.letter_spaced:
            continue  # (the cheap tests first: most dash lines stand under a break they keep)
        col = widths[i - 1] or widths[i]
        t = above.text.rstrip()
        if (col and col - _SHORT <= above.width <= col + 1.25 and t and _WORD_END.match(t[-1])
                and line.text.startswith("——") and _DASH_PROSE.match(line.text) is not None):
            above.breaks_after = False


# what closes a subtitle set under its headline by its genre (——某某活动侧记, ——写在某某之际,
# ——某某发言摘编, ——某某启示录①): words a subtitle ends on, not a wrap's
_SUBTITLE_ENDS = regex.compile(r"(?:侧记|纪实|之际|观后感?|摘编|综述|述评|手记|札记|启示录[①-⑳]?|回访|主题教育|讲话精神)$")


def _genre_subtitle(text: str) -> bool:
    """Is ``text`` a line opened by a dash that closes on a subtitle's genre words
    (:data:`_SUBTITLE_ENDS`: ——某某活动侧记, ——写在某某之际)? Read by the reflow
    (:func:`_end_dash_subtitles`, :func:`_join_wrapped_attributions`) and by the heads' twins
    (``heads._twin_heads``)."""
    return text.startswith("——") and _SUBTITLE_ENDS.search(text.rstrip()) is not None


def _end_dash_subtitles(lines: list[Line], facts: _LineFacts) -> None:
    """A line opened by a dash that ends no sentence and closes on a subtitle's genre words
    (:data:`_SUBTITLE_ENDS`: ——某某阅兵式侧记, ——写在某某建交某某周年之际) is a subtitle whole on
    its line: it ends its paragraph, whatever the widths say of the body's first line under it
    (the reflow ran 19 such subtitles on into the body on the reading pages, 2019 days 01-10, draws
    2024, 7, 11, both routes; none of the 468 dash lines of body text running on ends so, nor a
    subtitle wrapped over two lines). Judged in session 78, with the same words kept from
    :func:`_join_wrapped_attributions` and from the heads' twins (``heads._twin_heads``): subtitles
    up on every 2019 draw and on the jump pages (pdf .808 -> .814), the other month's pdf draw 101
    .444 -> .458; unseen sim pages wrong 241 -> 240; every other summary row level."""
    for i in facts.opening(_DASH_FIRST):
        line = lines[i]
        t = line.text
        if not line.breaks_after and i + 1 < len(lines) and not _TAIL_STOP.search(t) and _genre_subtitle(t):
            line.breaks_after = True


# a line opened by the paper's reporter as the object of a sentence going on from the line above
# (…接受 / 某报记者采访, …对 / 某报记者谈到): the words a reporter's line never goes on with
_REPORTER_OBJECT = regex.compile(r"^(?:本报|新华社)记者(?:表示|采访|专访|说|介绍|透露|指出|坦言|[，。、：])")
_TAKES_THE_REPORTER = ("对", "向", "给", "跟", "同", "告诉", "接受", "接受了")  # what the line above ends on
_REPORTERS = ("本报记者", "新华社记者")
_REPORTER_FIRST = re.compile("[本新]")  # their first characters
_GOES_ON_MARKS = ("，", "、")  # a sentence left open over a reporter's line (the judged set: not all of _RUNS_ON_MARKS)


def _join_reporters_as_objects(lines: list[Line], facts: _LineFacts) -> None:
    """A line opened by 本报记者 or 新华社记者 (a block's start: a reporter's line) and going on
    with what the reporter was told or asked (表示, 采访, 说…: :data:`_REPORTER_OBJECT`), under a
    line ending on the word that takes the reporter as its object (对, 向, 接受…), goes on that
    line's paragraph: the sentence runs across the line end (某国学者某某对 / 本报记者讲到，…).
    Reading pages (2019 days 01-10, draws 2024, 7, 11, 13, 17, both routes): 48 such lines, all
    body; a reporter's line opens with the reporter's name. Judged in session 77: sim read pages
    wrong 315 -> 314, headlines missed 830 -> 827; pdf subtitles up on six rows; no row lower.

    So does a line opened by either under a line ending on a comma (，、) or leaving a bracket open
    (…近日， / 本报记者走访了…; 老人（见右图， / 新华社记者某某摄）…): a reporter's line follows no
    sentence left open. Reading pages (the same draws): 11 such lines, all body; judged in session
    77: pdf read pages wrong 282 -> 281, headlines missed 744 -> 743, body lost 43.1k -> 42.7k,
    bylines up on six pdf rows; pdf draw 17 one headline fewer."""
    for i in facts.opening(_REPORTER_FIRST, 1):
        above, line = lines[i - 1], lines[i]
        if not above.breaks_after or not line.text.startswith(_REPORTERS):
            continue
        t = above.text.rstrip()
        if ((_REPORTER_OBJECT.match(line.text) is not None and t.endswith(_TAKES_THE_REPORTER))
                or t.endswith(_GOES_ON_MARKS) or t.count("（") > t.count("）")):
            above.breaks_after = False


def _end_art_credits(lines: list[Line], facts: _LineFacts) -> None:
    """A paragraph ends with the credit of its illustration (…出行更加通畅。勾 犇图 付千也文):
    what follows is another item's heading."""
    for i in facts.ending(_ART_CREDIT_LAST, len(lines) - 1):
        line = lines[i]
        if not line.breaks_after and _ART_CREDIT.search(line.text):
            line.breaks_after = True


# a list's marks in a title's words, and the marks a line torn from the one above opens on
_LIST_MARK = regex.compile(r"[、，,]")
_OPENS_ON_MARK = regex.compile(r"^[、，。；：！？,.;:!?）)”’]")
# a bracket giving a name's other name (某厂（原名某某厂）, 某某（简称某某）), never a column's (not a bare
# 现 or 今: 现场评论, 今日谈 are columns)
_OTHER_NAME_OPENINGS = ("现名", "现称", "现为", "原名", "原称", "原为", "今名", "今称", "即", "简称", "前身")
# a column tag in brackets after a headline: 平凡孕育着伟大（今日谈）, …（暖闻热评·身边好人①）
_TITLE_COLUMN = regex.compile(r"^(?P<title>[^。；！？!?;…（(]{4,40}?)[（(](?P<column>[\p{Han}“”·①-⑳\d ]{3,20})[）)]$")


def _end_titles_with_columns(lines: list[Line], facts: _LineFacts) -> None:
    """A line that opens a paragraph and ends in a column tag in brackets is a headline
    with its column (小店经济方便街坊邻里（街巷漫谈）): the body starts on the next line.
    The tag is a standing column's name, or words joined by · (家乡“老物件”·生活篇), or a
    few Chinese characters with no digit (not an abbreviation: 政府和社会资本合作（PPP）). Not a
    dateline and its reporters (本报某地10月7日电（记者某某）: the words before the bracket end on 电,
    or the bracket names a 记者): the body goes on under it (judged in session 77: the other month's
    pdf draw 101 headlines missed 482 -> 480; every other row level but sim draw 2024's body, a hair
    lower). Nor a line over one opening on a mark (…某某村（某某村） / ，…: the sentence goes on), nor
    a name with its other name in the bracket (某某局（某某发展局）, ending on the name's last
    character; 某厂（原名某某厂）): on five reading draws, 7 such lines, all body, and no title of the
    64 (judged in session 78: read pages wrong sim 314 -> 311, pdf 277 -> 271; every other row level
    or better)."""
    from newsie.extractors._columns import is_column_name, is_column_tag

    props = facts.props
    for i in facts.ending(_CLOSING_BRACKET, len(lines) - 1):
        line = lines[i]
        # (or run on from a paragraph whose last line filled the column and closed a sentence:
        # …中国情谊。 / “某某某某”（某某·某某某某） / 共同见证…)
        run_on = i > 0 and not lines[i - 1].breaks_after and "term" in props[i - 1]
        if not (run_on or _opens_and_runs_on(lines, i)):
            continue
        m = _TITLE_COLUMN.match(line.text)
        if m is None or _OPENS_ON_MARK.match(lines[i + 1].text):
            continue  # (a sentence going on below: 某某村（某某村） / ，…)
        column, title = m.group("column"), m.group("title")
        if run_on and _LIST_MARK.search(title):
            continue  # (run on: a list's words, 某部、某校（某学院） / 某部…)
        if title.endswith("电") or "记者" in column:
            continue  # a dateline and its reporters (某地10月7日电（记者某某）): the body goes on
        if column[-1] == title[-1] or column.startswith(_OTHER_NAME_OPENINGS):
            continue  # a name's other name: 某某局（某某发展局）, 某某村（现某某村）: the sentence goes on below
        if run_on and not ("·" in column or is_column_name(column)):
            continue  # (run on: only a series' tag or a standing column's name, not a note: （某大学前身）)
        if is_column_tag(column, shortest=4, spaced=True):
            line.breaks_after = True
            if run_on:
                lines[i - 1].breaks_after = True


#: A jump marker: （下转第3版）, （上接第一版）, 转第2版, （紧接第一版）, （续第1版）, （下转A3版）,
#: （下转第二版·左下） (newsie.continuations.v1 reads them; the reflow keeps one that a line
#: break cuts in one piece).
JUMP_MARKER = regex.compile(
    r"""
    (?P<open>[（(〔【［\[])?                     # full- or half-width bracket, optional
    [ ]*
    (?P<dir>下转|上接|紧接|转|接|续)              # 下转/转: continues on; 上接/紧接/接/续: continued from
    [ ]*第?[ ]*
    (?:[A-DＡ-Ｄ][ ]*)?                          # a lettered section's page: A3, A03
    (?P<num>\d{1,3}|[一二三四五六七八九十两〇零]{1,4})  # the page, Arabic or Chinese
    [ ]*版
    (?P<where>[ ]*[·・．.、，,]?[ ]*(?:[左右][上下中]?|[上中下])[栏方侧角部]?)?  # where on it: ·左下, 右栏
    [ ]*
    (?P<close>[）)〕】］\]])?
    """,
    regex.VERBOSE,
)


_LAST_MARKER = regex.compile(JUMP_MARKER.pattern + r"$", regex.VERBOSE)  # a marker ending the text


def _splits_marker(line: str, nxt: str) -> bool:
    """Does the break between ``line`` and ``nxt`` fall inside a jump marker?

    >>> _splits_marker("在多国共建合作机制框架内（下", "转第2版）"), _splits_marker("内。", "（下转第2版）")
    (True, False)
    """
    tail, head = line[-8:], nxt[:12]
    if "版" not in tail and "版" not in head:
        return False  # no marker without its 版
    m = JUMP_MARKER.search(tail + head)
    # bracketed only: a bare 转第2版 may start a line of its own
    return m is not None and bool(m.group("open") and m.group("close")) and m.start() < len(tail) < m.end()


def _starts_dateline(text: str) -> bool:
    """Is the line the head of a dateline broken before its 电 (本报加德满都10月13日)?"""
    m = _DATELINE_HEAD.search(text)
    return m is not None and m.start() == 0


def one_per_line(lines: list[Line], indents: int | None = None) -> bool:
    """Is the text already one paragraph per line (an e-paper's HTML text)?

    There, most lines are paragraphs opened by an indent (U+3000 or spaces), and the
    lines that are not are headings; hard-wrapped text indents only a paragraph's first
    line, a fraction of its lines. ``indents``: how many lines are indented, when the
    caller has counted them.
    """
    if indents is None:
        indents = sum(1 for ln in lines if ln.indented)
    return indents >= 2 and indents >= 0.4 * len(lines) and not _wrapped_short_paragraphs(lines, indents)


# ems no hard-wrapped column reaches (the widest measured on the benchmark's pages is 21): an
# indented line wider than this is a whole paragraph on its line
_PARAGRAPH_WIDE = 24.0
_SENTENCE_LAST = frozenset(_TERMINAL | _CLOSERS | set(")—"))


def _wrapped_short_paragraphs(lines: list[Line], indents: int) -> bool:
    """Is text whose indented lines are many hard-wrapped all the same? Short paragraphs (a
    page of two- and three-line quotes under one-line heads, all indented) indent nearly half
    the lines of wrapped text. There no indented line is wider than a column, and a tenth or
    more of them run on mid-sentence into the line below, not indented; a paragraph on its
    line ends its sentence, and one heading line follows it only now and then."""
    if any(ln.indented and ln.width > _PARAGRAPH_WIDE for ln in lines):
        return False
    wraps = sum(1 for a, b in zip(lines, lines[1:])
                if a.indented and not b.indented and a.text[-1:] not in _SENTENCE_LAST)
    return wraps >= 0.1 * indents


def _decide_by_marks(lines: list[Line], widths: tuple[float, ...], blank_marked: bool,
                     facts: _LineFacts | None = None) -> None:
    """Paragraph breaks on a page whose paragraphs open with an indented line."""
    if facts is None:
        facts = _LineFacts(lines)
    props, deltas, quote_open, head, tail = facts.props, facts.depth, facts.quote_open, facts.head, facts.tail
    cut = facts.next_to_marks()
    in_paragraph = False  # inside a paragraph that opened with an indented line
    depth = 0  # brackets the paragraph so far leaves open
    for i, line in enumerate(lines):
        if i and lines[i - 1].breaks_after:
            depth = 0
        if line.indented:
            in_paragraph = True
        line.breaks_after = True
        if i + 1 == len(lines):
            break
        nxt = lines[i + 1]
        this, that = props[i], props[i + 1]
        hard = (
            nxt.indented
            or (blank_marked and nxt.blank_before)
            or nxt.letter_spaced
            or line.letter_spaced
            or "block_start" in that
            or "dateline_end" in this
            or "byline_line" in this
        )
        if (head[i] and tail[i + 1]) or (i in cut and _splits_marker(line.text, nxt.text)):
            line.breaks_after = False  # 新华社北京10月4日 | 电; …框架内（下 | 转第2版）
            if deltas[i]:  # (depth is never below 0: a line without brackets leaves it as it is)
                depth = max(0, depth + deltas[i])
            continue
        if not in_paragraph or hard:
            # a line left inside （…） goes on, unless the next line is marked as new
            line.breaks_after = not ((depth + deltas[i] > 0 or quote_open[i]) and not nxt.indented
                                     and not (blank_marked and nxt.blank_before)
                                     and "block_start" not in that)
            in_paragraph = in_paragraph and not line.breaks_after
            if deltas[i]:  # (depth is never below 0: a line without brackets leaves it as it is)
                depth = max(0, depth + deltas[i])
            continue
        col = widths[i] or widths[i + 1]
        heading_next = (
            "term" in this
            and "term" not in that
            and not (col and col - _SHORT <= nxt.width <= col + 1.25)
        ) or bool(
            # a wrap tail well short of the column ends its paragraph even without a stop
            # (咨询电话：028—6871409); an unindented line after it starts something else
            col and line.width < col - _TAIL_SHORT and widths[i + 1] and line.width < widths[i + 1] - _TAIL_SHORT
        )
        line.breaks_after = heading_next
        if heading_next:
            in_paragraph = False
        if deltas[i]:
            depth = max(0, depth + deltas[i])


_DIFF_EDGES = (-4.0, -2.5, -1.5, -0.75, 0.25, 1.25, 4.0)  # line width minus column, in ems
_CHAR_EDGES = (3, 6, 10, 16, 24, 40)  # characters in a line


class _Bins(dict):
    """``bisect_right(edges, x)`` by ``x``, kept as each ``x`` first comes: a line's width less
    its column is a whole number of half ems, a line's length a whole number, so few values
    come, and a dict's look-up costs less than the search. Emptied past 4,096 values."""

    def __init__(self, edges: tuple) -> None:
        super().__init__()
        self.edges = edges

    def __missing__(self, x: float) -> int:
        if len(self) >= 4096:
            self.clear()
        k = self[x] = bisect.bisect_right(self.edges, x)
        return k


_DIFF_BIN, _CHAR_BIN = _Bins(_DIFF_EDGES), _Bins(_CHAR_EDGES)

#: Revise the rules' paragraph breaks with the shipped break model (off only to train it).
USE_BREAK_MODEL = True


# the names of the facts _props reads, in the order it reads them
_PROP_NAMES = ("term", "comma", "close_quote", "quote", "open", "indented", "blank", "ls", "block_start",
               "dateline_end", "byline_line", "credit_end", "digit_end", "digit_start", "dash_end", "dash")


# The first characters a line may open with to match a rule anchored at its start; a line
# opened by any other character is not tried (a line's text opens on no space, which the
# \s of _BLOCK_START might take): _BLOCK_START, _BYLINE_LINE, _SET_APART; and
# _DATELINE_TAIL, tried also on a line opened by anything but a Han character (its \d)
_BLOCK_FIRST = frozenset("据本新（(下上转接—")
_BYLINE_FIRST = frozenset("本新中特见实记通")
_SET_APART_FIRST = frozenset("（(尊亲各女先同朋")
_TAIL_FIRST = frozenset("月日电")
_SET_APART_OPENING = re.compile("[" + re.escape("".join(sorted(_SET_APART_FIRST))) + "]")

_PROPS_OF: dict[tuple[bool, ...], frozenset[str]] = {}  # the facts read, by which are true: one set each


def _props(line: Line) -> frozenset[str]:
    """The break model's facts about one line, computed once (it takes part in two
    boundaries): names prefixed ``this_``; the caller renames those of the next line.
    (:class:`_LineFacts` reads them, with the rest of what the rules read about a line.)"""
    if line.props is None:
        _LineFacts([line])
    return line.props  # type: ignore[return-value]  # (set by _LineFacts)


# the facts of a line read at the boundary before it (the next line), and their names
_NEXT = {"term": "next_term", "quote": "next_quote", "indented": "next_indented", "blank": "next_blank",
         "ls": "next_ls", "block_start": "next_block_start", "digit_start": "next_digit_start",
         "dash": "next_dash"}
# the facts of a line read at the boundary after it
_THIS = ("term", "comma", "close_quote", "open", "indented", "blank", "ls", "dateline_end", "byline_line",
         "credit_end", "digit_end", "dash_end")


def break_features(
    lines: list[Line], widths: tuple[float, ...], i: int, indent_marked: bool, blank_marked: bool
) -> dict[str, float]:
    """What the break model reads about the boundary after line ``i`` (present features only)."""
    line, nxt = lines[i], lines[i + 1]
    after = lines[i + 2] if i + 2 < len(lines) else None
    col = widths[i] or widths[i + 1]
    this, that = _props(line), _props(nxt)
    f = dict.fromkeys([k for k in _THIS if k in this] + [v for k, v in _NEXT.items() if k in that], 1.0)
    if line.breaks_after:
        f["rule"] = 1.0
    if i > 0 and lines[i - 1].breaks_after:
        f["prev_rule"] = 1.0
    if indent_marked:
        f["indent_marked"] = 1.0
    if blank_marked:
        f["blank_marked"] = 1.0
    if nxt.width > line.width + 1.5:
        f["next_wider"] = 1.0
    for prefix, ln in (("w", line), ("nw", nxt), ("aw", after)):
        if ln is None:
            f[f"{prefix}_none"] = 1.0
        elif not col:
            f[f"{prefix}_nocol"] = 1.0
        else:
            f[f"{prefix}{bisect.bisect_right(_DIFF_EDGES, ln.width - col)}"] = 1.0
    f[f"len{bisect.bisect_right(_CHAR_EDGES, len(line.text))}"] = 1.0
    f[f"nlen{bisect.bisect_right(_CHAR_EDGES, len(nxt.text))}"] = 1.0
    if col and _wrap_tail(line, nxt, col, that):
        f["tail"] = 1.0
    return f


_SENTENCE_TAIL = re.compile(r"[^（(“‘《][^（）()]*[。！？!?][”’]?$")  # a sentence's end, no note in brackets


def _wrap_tail(line: Line, nxt: Line, col: float, that: frozenset[str]) -> bool:
    """Is ``nxt`` the short last line of the sentence ``line`` runs on into: ``line`` ends on
    a character, no punctuation, and ``nxt``, well short of the column, ends the sentence
    (…五星红旗 / 最亮眼！)? A line set wider than its column reads as a heading line to the
    widths alone (a heading stands wider than the body's measure); this tells the model it
    is a wrapped sentence's line all the same."""
    return ("term" in that and nxt.width < col + _DIFF_EDGES[0] and line.text[-1:].isalnum()
            and _SENTENCE_TAIL.search(nxt.text) is not None)


# what _BreakScorer reads of a model's weights, by the weights' id (the entry holds the weights,
# so no other dict takes that id): the same for every page
_WEIGHTS_READ: dict[int, tuple[dict[str, float], dict[str, list[float]], dict[str, list[float]],
                               dict[frozenset[str], float], dict[frozenset[str], float]]] = {}


def _weights_read(weights: dict[str, float]) -> tuple[dict[str, list[float]], dict[str, list[float]],
                                                       dict[frozenset[str], float], dict[frozenset[str], float]]:
    """The weights of a model's width bins (``w``, ``nw``, ``aw``: one per bin of
    :data:`_DIFF_EDGES`, then no column, no line) and length bins (``len``, ``nlen``), read
    once per model, with the sums of the weights of a line's facts read after it and before
    it (by its facts, filled in by :class:`_BreakScorer` as facts come). A model's weights
    are read, never changed."""
    entry = _WEIGHTS_READ.get(id(weights))
    if entry is None:
        g = weights.get
        bins = {p: [g(f"{p}{k}", 0.0) for k in range(len(_DIFF_EDGES) + 1)] + [g(f"{p}_nocol", 0.0), g(f"{p}_none", 0.0)]
                for p in ("w", "nw", "aw")}
        lens = {p: [g(f"{p}{k}", 0.0) for k in range(len(_CHAR_EDGES) + 1)] for p in ("len", "nlen")}
        entry = _WEIGHTS_READ[id(weights)] = (weights, bins, lens, {}, {})
    return entry[1:]


class _BreakScorer:
    """The break model's score of each boundary, as ``linear(weights, bias,
    break_features(...))`` gives it, without building the feature dicts: a line's own
    facts count at the boundary after it and, renamed, at the one before, so their
    weights are summed once per line (and the weights of its length bins read once)."""

    def __init__(self, weights: dict[str, float], bias: float, lines: list[Line], widths: tuple[float, ...],
                 indent_marked: bool, blank_marked: bool, props: list[frozenset[str]] | None = None) -> None:
        self.w, self.lines, self.widths = weights, lines, widths
        self.base = bias + (weights.get("indent_marked", 0.0) if indent_marked else 0.0) + (
            weights.get("blank_marked", 0.0) if blank_marked else 0.0)
        g = weights.get
        self.rule, self.prev_rule, self.next_wider = g("rule", 0.0), g("prev_rule", 0.0), g("next_wider", 0.0)
        self.tail = g("tail", 0.0)  # a model fitted before the feature has none
        self.props = props if props is not None else [_props(ln) for ln in lines]
        self.bins, self.lens, this_sums, next_sums = _weights_read(weights)
        # per line: the summed weights of its facts read after it (this_) and before it (next_)
        # and of its length bins; lines with the same facts share one sum, kept with the model's
        for facts in set(self.props).difference(this_sums):
            this_sums[facts] = sum(g(k, 0.0) for k in _THIS if k in facts)
            next_sums[facts] = sum(g(name, 0.0) for k, name in _NEXT.items() if k in facts)
        self.this = [this_sums[f] for f in self.props]
        self.next = [next_sums[f] for f in self.props]
        char_bin = _CHAR_BIN
        bins = [char_bin[len(line.text)] for line in lines]
        lens, nlens = self.lens["len"], self.lens["nlen"]
        self.len = [lens[k] for k in bins]
        self.nlen = [nlens[k] for k in bins]
        self.bw, self.bnw, self.baw = self.bins["w"], self.bins["nw"], self.bins["aw"]

    def scores(self, judged: list[int]) -> list[float]:
        """The score of the boundary after each line of ``judged``, in one loop (the
        scorer's parts read once a page, not once a boundary)."""
        lines, widths, props, n = self.lines, self.widths, self.props, len(self.lines)
        base, this, nexts, lens, nlens = self.base, self.this, self.next, self.len, self.nlen
        rule, prev_rule, next_wider, tail = self.rule, self.prev_rule, self.next_wider, self.tail
        bw, bnw, baw = self.bw, self.bnw, self.baw
        diff_bin = _DIFF_BIN  # (bisect_right(_DIFF_EDGES, d) by d)
        out = []
        for i in judged:
            line, nxt = lines[i], lines[i + 1]
            col = widths[i] or widths[i + 1]
            # the terms are added in the order break_features lists them (the sum is the same to the bit)
            z = base + this[i] + nexts[i + 1]
            if line.breaks_after:
                z += rule
            if i > 0 and lines[i - 1].breaks_after:
                z += prev_rule
            w, nw = line.width, nxt.width
            if nw > w + 1.5:
                z += next_wider
            if not col:
                z += bw[-2]
                z += bnw[-2]
                z += baw[-1] if i + 2 >= n else baw[-2]
            else:
                z += bw[diff_bin[w - col]]
                z += bnw[diff_bin[nw - col]]
                z += baw[-1] if i + 2 >= n else baw[diff_bin[lines[i + 2].width - col]]
            z += lens[i]
            z += nlens[i + 1]
            if tail and col and "term" in props[i + 1] and _wrap_tail(line, nxt, col, props[i + 1]):
                # (_wrap_tail's first test asked here: most lines below end no sentence)
                z += tail
            out.append(z)
        return out


#: Set by :func:`break_examples` only (per thread and task: a page parsed meanwhile elsewhere
#: is judged as usual): where :func:`_revise_breaks` records the boundaries it would judge,
#: with the features it would read, instead of judging them.
_BREAK_RECORD: contextvars.ContextVar[list[tuple[int, dict[str, float]]] | None] = contextvars.ContextVar(
    "newsie_break_record", default=None)


def break_examples(source: str) -> tuple[Document, list[tuple[int, dict[str, float]]]]:
    """The boundaries the break model judges on a page, with what it reads there: the
    training examples of models/build_reflow_breaks.py, taken where and as newsie takes
    them (the rules' decisions before the model and before the rules that run after it;
    boundaries left to the rules skipped). Returns the page's Document (read with the
    rules alone) and ``(i, features)`` for the boundary after line ``i``."""
    record: list[tuple[int, dict[str, float]]] = []
    token = _BREAK_RECORD.set(record)
    try:
        doc = Document(source)
    finally:
        _BREAK_RECORD.reset(token)
    return doc, record


def _revise_breaks(lines: list[Line], widths: tuple[float, ...], indent_marked: bool, blank_marked: bool,
                   facts: _LineFacts | None = None) -> None:
    """Let the shipped break model revise the rules' decisions (models/reflow_breaks.json).

    The model reads the rules' decision with the layout around each boundary; it was
    trained on the segmentation benchmark's dev pages, where the rules' errors are known.
    """
    record = _BREAK_RECORD.get()
    if not USE_BREAK_MODEL and record is None:
        return
    from newsie._resources import load_model

    if facts is None:
        facts = _LineFacts(lines)
    props, head_first = facts.props, facts.head_first
    if record is None:
        model = load_model("reflow_breaks.json")
        weights, bias, threshold = model["weights"], model["bias"], model.get("threshold", 0.5)
        join_below, break_above = model.get("join_below", threshold), model.get("break_above", threshold)
        score = _BreakScorer(weights, bias, lines, widths, indent_marked, blank_marked, props)
    # (the lines opened by a character of _SET_APART_FIRST found by one search of their first characters)
    set_apart = [False] * len(lines)
    for m in _SET_APART_OPENING.finditer(facts.firsts):
        i = m.start()
        set_apart[i] = _SET_APART.match(lines[i].text) is not None
    exp = math.exp
    judged = []  # the boundaries the model judges, scored together after
    apart = []  # the boundaries next to a line set apart: breaks
    # (the two lines of each boundary, their widths, facts and marks, read in step rather than indexed)
    for i, a, b, wa, wb, pa, pb, first_b, apart_a, apart_b in zip(
            range(len(lines) - 1), lines, lines[1:], widths, widths[1:], props, props[1:], head_first[1:],
            set_apart, set_apart[1:]):
        if not (wa or wb):
            continue  # no column measured here: nothing to judge by
        if (a.letter_spaced or b.letter_spaced or "dateline_end" in pa
                or "block_start" in pb or "byline_line" in pa or first_b):
            continue  # display titles and bylines: the rules decide
        if apart_a or apart_b:
            apart.append(i)
            continue
        if record is not None:  # training (break_examples): what the model would read here
            record.append((i, break_features(lines, widths, i, indent_marked, blank_marked)))
            continue
        judged.append(i)
    # the breaks change once every boundary is scored (a score reads the rules' breaks around it);
    # the others keep the rules' decision
    if judged:
        for i, z in zip(judged, score.scores(judged)):
            line = lines[i]
            p = 1.0 / (1.0 + exp(-z))
            # the model overrules the rules only when it is sure
            line.breaks_after = p >= join_below if line.breaks_after else p >= break_above
    for i in apart:
        lines[i].breaks_after = True
    if lines:
        lines[-1].breaks_after = True


_AGENCY = re.compile("本报|新华社|中新社")  # what a dateline's head (_DATELINE_HEAD) holds
# the first characters of a line _DATELINE_TAIL may match (_TAIL_FIRST, or any but a Han character: its \d)
# (one class, so the search tests each character once against it: an alternative of two classes
# is tried at each position)
_TAIL_OPENING = re.compile("[" + "".join(sorted(_TAIL_FIRST)) + "\x00-\u4dff\ua000-\U0010ffff]")
_EDITION = re.compile("版")
_A_SPACE = re.compile(" ")


def _lines_matching(pattern: re.Pattern, joined: str, starts: list[int]) -> list[int]:
    """The lines, in order, in which ``pattern`` (matching within one line) matches: ``joined`` is
    the lines joined by line breaks, line k opening at ``starts[k]`` (and a last entry past the end)."""
    out = []
    m = pattern.search(joined)
    while m is not None:
        i = bisect_right(starts, m.start()) - 1
        out.append(i)
        m = pattern.search(joined, starts[i + 1])
    return out


class _LineFacts:
    """What the reflow's rules and the break model read about each line, read once per line
    (the rules and the model look at each line from both boundaries around it)."""

    __slots__ = ("_flat", "_lines", "credited", "depth", "ends_sentence", "firsts", "head", "head_first", "lasts",
                 "marked", "props", "quote_open", "spaced", "tail")

    def __init__(self, lines: list[Line]) -> None:
        self._lines = lines
        self._flat: str | None = None
        texts = [ln.text for ln in lines]
        # each line's first and last character, one a line (no line is empty): the lines a rule
        # wants by the character they open or end with are found in one search over these
        firsts, lasts = [t[0] for t in texts], [t[-1] for t in texts]
        self.firsts, self.lasts = "".join(firsts), "".join(lasts)
        # the lines holding a word or a character, and those opened by one, are found by a search of
        # the lines joined (and of firsts): most lines hold none, so a scan in C rather than a test
        # per line; line k opens at starts[k] of joined
        joined = "\n".join(texts)
        starts = list(accumulate(map(add, map(len, texts), repeat(1)), initial=0))
        n = len(texts)
        # brackets each line opens (or closes), and a quote left open mid-sentence:
        # a paragraph goes on across the line end where depth + depth[i] > 0 or quote_open[i]
        self.depth = depths = [0] * n
        for i in _lines_matching(_BRACKET_CHARS, joined, starts):
            depths[i] = _pair_depth(texts[i])  # (_bracket_depth of a line holding a bracket)
        props: list[frozenset[str]] = []
        quote_open: list[bool] = []
        self.props, self.quote_open = props, quote_open
        block_start, dateline_end, byline_line, credit_end = (
            _BLOCK_START.match, _DATELINE_END.search, _BYLINE_LINE.match, _CREDIT_END.search)
        props_of = _PROPS_OF
        add_props, add_open = props.append, quote_open.append
        # the lines closed by a photo credit, and those that end a sentence ("credit_end" and
        # "term" of their facts), listed as the facts are read
        credited: list[int] = []
        ends_sentence: list[int] = []
        self.credited, self.ends_sentence = credited, ends_sentence
        for i, ln, t, c, e, d in zip(range(n), lines, texts, firsts, lasts, depths):
            if e == "）" or e == ")":
                term = _ends_terminal(t)
            elif e in _CLOSERS:  # _ends_terminal without a bracketed note
                r = t.rstrip(_CLOSER_CHARS)
                term = bool(r) and r[-1] in _TERMINAL
            else:  # (nothing to strip: the line's last character ends the sentence or not)
                term = e in _TERMINAL
            q = not term and "“" in t and t.count("“") > t.count("”")  # _quote_left_open
            p = ln.props
            if p is None:  # the break model's facts (_PROP_NAMES, in its order)
                key = (
                    term, e in "，、；：", e in "”’", c == "“",
                    d > 0 or q,  # a bracket or quote left open
                    ln.indented, ln.blank_before, ln.letter_spaced,
                    c in _BLOCK_FIRST and block_start(t) is not None,
                    # the searches anchored at the end want the character they end with
                    e == "电" and dateline_end(t) is not None,
                    c in _BYLINE_FIRST and byline_line(t) is not None,
                    "摄" in t and credit_end(t) is not None,
                    e.isdigit(), c.isdigit(), e == "—", c == "—" and t.startswith("——"),
                )
                p = props_of.get(key)
                if p is None:
                    p = props_of[key] = frozenset(compress(_PROP_NAMES, key))
                ln.props = p
            add_open(q)
            add_props(p)
            if term:  # ("term" in p: the first of its facts)
                ends_sentence.append(i)
            if "摄" in t and "credit_end" in p:  # (a credit's end holds 摄)
                credited.append(i)
        # a dateline's head holds its agency, and ends the line; _starts_dateline: it opens it
        head_search = _DATELINE_HEAD.search
        self.head = head = [False] * n
        self.head_first = head_first = [False] * n
        for i in _lines_matching(_AGENCY, joined, starts):
            m = head_search(texts[i])
            if m is not None:
                head[i] = True
                head_first[i] = m.start() == 0
        tail_match = _DATELINE_TAIL.match
        self.tail = tail = [False] * n
        for m in _TAIL_OPENING.finditer(self.firsts):  # (one character a line)
            i = m.start()
            if tail_match(texts[i]) is not None:
                tail[i] = True
        self.marked = _lines_matching(_EDITION, joined, starts)  # lines a jump marker may be in
        self.spaced = _lines_matching(_A_SPACE, joined, starts)  # lines holding a space

    def flat(self) -> str:
        """The page's lines run together without their spaces, built once when first asked for:
        do the characters either side of a line end stand together elsewhere on the page?"""
        if self._flat is None:
            self._flat = "".join(ln.text for ln in self._lines).replace(" ", "")
        return self._flat

    def next_to_marks(self) -> set[int]:
        """The boundaries (after line i) next to a line holding 版, where a jump marker may be cut
        (:func:`_splits_marker` wants a 版 in one of the two lines)."""
        return {j for i in self.marked for j in (i - 1, i)}

    def opening(self, chars: re.Pattern, start: int = 0) -> list[int]:
        """The lines from ``start`` on whose first character ``chars`` (one character) matches, in order."""
        return [m.start() for m in chars.finditer(self.firsts, start)]

    def ending(self, chars: re.Pattern, stop: int | None = None) -> list[int]:
        """The lines before ``stop`` (all by default) whose last character ``chars`` (one character)
        matches, in order."""
        return [m.start() for m in chars.finditer(self.lasts, 0, len(self.lasts) if stop is None else stop)]


_WIDER_BELOW = 8.0  # ems a caption line runs wider than the heading line set above it


_WIDE_PROSE = re.compile(r"[，、。；：,;:]")  # punctuation of prose in a line or the next


def _wide_prose_wrapped(line: Line, nxt: Line, col: float, this: frozenset[str], that: frozenset[str],
                        facts: _LineFacts) -> bool:
    """Is ``line``, a little wider than its column as measured (1.25 to 4 ems over: the pdf's
    glyph widths vary, and a column read over its neighbours may be measured short), a wrapped
    line of prose? It ends no sentence, it or the next line holds prose punctuation (heading
    lines, which hold none, are left to the rules), the next line is full or closes the
    paragraph, and the line end tears a word the page holds (…坚决维 / 护国家主权…). Such a
    line reads as neither full nor a caption set across the page, and a paragraph was cut
    after it mid-word (session 57: judge, 2019 days 11-15 of ten draws, wrong-count pages sim
    265 -> 260, pdf 304 -> 300)."""
    t, nt = line.text.strip(), nxt.text.strip()
    return bool(
        t and nt and "term" not in this and (_WIDE_PROSE.search(t) or _WIDE_PROSE.search(nt))
        and (nxt.width >= col - _SHORT or "term" in that) and _splits_a_page_word(t, nt, facts))


def _decide_by_width(lines: list[Line], widths: tuple[float, ...], facts: _LineFacts | None = None) -> None:
    """Decide paragraph breaks from the line widths alone.

    A wrapped line is *full*: as wide as its column. A paragraph ends after a line that
    is not full, or after a full line that ends a sentence when the next line is short
    (the indented first line of the next paragraph). The first line of a paragraph is
    two ems short and still continues. Lines wider than the column (captions set across
    the page) join while the next line is as wide and no sentence has ended.
    """
    if facts is None:
        facts = _LineFacts(lines)
    props, deltas, quote_open = facts.props, facts.depth, facts.quote_open
    head, head_first, tail = facts.head, facts.head_first, facts.tail
    cut = facts.next_to_marks()
    n = len(lines)
    broke = True  # did a paragraph end before this line?
    depth = 0  # brackets the paragraph so far leaves open
    # (each line with the next, its column, facts and marks read in step rather than indexed; the
    # last line, with none after it, breaks)
    for i, line, nxt, col, this, that, delta, open_quote, heads, tail_next in zip(
            range(n - 1), lines, lines[1:], widths, props, props[1:], deltas, quote_open, head, tail[1:]):
        line.breaks_after = True
        if broke:
            depth = 0
        if heads and tail_next:
            line.breaks_after = False  # 新华社北京10月4日 | 电
        elif i in cut and _splits_marker(line.text, nxt.text):
            line.breaks_after = False  # …框架内（下 | 转第2版）: a jump marker the wrap cut
        elif head_first[i + 1] and i + 2 < n and tail[i + 2]:
            pass  # a dateline broken before its 电 starts a block
        elif (depth + delta > 0 or open_quote) and not (nxt.letter_spaced or "block_start" in that):
            line.breaks_after = False  # a line ending inside （…） or “…” goes on
        elif "byline_line" in this:
            pass  # a reporter line stands alone
        elif col and not (
            line.letter_spaced
            or nxt.letter_spaced
            or nxt.indented
            or "block_start" in that
            or "dateline_end" in this
        ):
            w, nw = line.width, nxt.width
            full = col - _SHORT <= w <= col + 1.25
            # an indented first line, followed by a full line, or by the short last line
            # of a two-line paragraph
            first = broke and col - 3.5 <= w < col - _SHORT and "term" not in this and (
                col - _SHORT <= nw <= col + 1.25 or (nw < col and "term" in that)
            )
            if col + 1.25 < w <= col + 4.0 and _wide_prose_wrapped(line, nxt, col, this, that, facts):
                line.breaks_after = False
            elif w > col + 4.0:  # wider than the column: a caption line set across the page
                # (a line far narrower than the caption line below it is a heading over it)
                line.breaks_after = "term" in this or "credit_end" in this or nw <= col + 4.0 or nw > w + _WIDER_BELOW
            elif (full or first) and nw <= col + 1.5:
                after = lines[i + 2] if i + 2 < n else None
                # the next line opens a paragraph: two ems short, mid-sentence, and a full
                # line after it (a heading line above it may happen to fill the column)
                opens = (
                    col - 3.5 <= nw < col - _INDENTED
                    and "term" not in that
                    and after is not None
                    and col - _SHORT <= after.width <= col + 1.25
                )
                line.breaks_after = ("term" in this and nw <= col - _INDENTED) or opens
        broke = line.breaks_after
        if delta:  # (depth is never below 0: a line without brackets leaves it as it is)
            depth = max(0, depth + delta)
    if lines:
        lines[-1].breaks_after = True
