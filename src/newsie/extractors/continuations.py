"""Jump markers: （下转第3版）, （上接第一版）, 转第2版, 接第1版, （紧接第一版）, （下转第二版·左下）
→ :class:`Continuation`."""

from __future__ import annotations

import bisect
from functools import lru_cache

from newsie.document import JUMP_MARKER as _MARKER
from newsie.document import Document
from newsie.draft import Draft
from newsie.numerals import small_int
from newsie.records import Continuation
from newsie.registry import extractor

__all__ = ["find_continuations", "make_continuations"]

_OPENERS = "（(〔【［["


def find_continuations(doc: Document) -> list[tuple[int, int, Continuation]]:
    """Every jump marker in the clean text, as ``(clean_start, clean_end, record)``.

    A bare 转/接 (without 下/上) counts only inside brackets or as a paragraph of its
    own, so that 直接第3版 in running text is not taken for a marker.

    >>> [(c.direction, c.page, c.span.text) for _, _, c in find_continuations(Document("眼前一亮。 （下转第 3版）"))]
    [('to', 3, '（下转第3版）')]
    """
    return [(start, end, Continuation(span=doc.span(start, end), direction=direction, page=page))
            for start, end, direction, page in jump_markers(doc.match_text)]


@lru_cache(maxsize=2)
def jump_markers(text: str) -> tuple[tuple[int, int, str, int], ...]:
    """:func:`find_continuations` over a clean text, as ``(start, end, direction, page)``
    (no record built: what the segmenter reads of the markers). Kept for the last texts read:
    the segmenter reads a page's markers, then the continuations extractor the same page's."""
    found = []
    for m in _MARKER.finditer(text):
        bracketed = bool(m.group("open") and m.group("close"))
        if bool(m.group("open")) != bool(m.group("close")):
            continue  # half a bracket: part of something else
        start, end = m.span()
        if m.group("where") and not bracketed:
            end = m.start("where")  # 下转3版上…: a place on the page is read inside brackets only
        direction = "to" if m.group("dir") in ("下转", "转") else "from"
        if len(m.group("dir")) == 1 and not bracketed:
            before = text[start - 1] if start else "\n"
            after = text[end] if end < len(text) else "\n"
            if before != "\n" or after != "\n":
                continue
        if len(m.group("dir")) == 2 and not bracketed and start and text[start - 1] not in "\n。！？”":
            continue  # 下转 in running text, e.g. 上下转第一版 is not a marker
        page = small_int(m.group("num"))
        if not page:
            continue
        found.append((start, end, direction, page))
    return tuple(found)


@extractor("newsie.continuations.v1", assigns=("continuations",))
def make_continuations(*, trim_paragraphs: bool = True):
    """Find jump markers and attach them to the article they cut.

    Args:
        trim_paragraphs: take the marker out of the article's paragraphs and heading lines
            (it is neither body nor heading text); a paragraph or heading line holding only
            the marker is dropped.
    """

    def continuations(doc: Document, draft: Draft) -> None:
        found = find_continuations(doc)
        if not found:
            return  # (most pages: no marker to place, nothing to trim)
        locate = draft.article_locator()
        starts = sorted((a.extent[0][0], i) for i, a in enumerate(draft.articles) if a.extent)
        cut: dict[int, list[tuple[int, int]]] = {}
        for start, end, record in found:
            draft.continuations.append(record)
            art = locate(start)
            if art is None and starts:
                # A marker outside every article belongs to the one it follows (to) or
                # the one it precedes (from).
                k = bisect.bisect_right(starts, (start, len(starts)))
                if record.direction == "to" and k > 0:
                    art = draft.articles[starts[k - 1][1]]
                elif record.direction == "from" and k < len(starts):
                    art = draft.articles[starts[k][1]]
            if art is not None:
                art = _part_it_closes(draft.articles, art, start, record.direction)
            if art is None:
                continue
            art.continuations.append(record)
            cut.setdefault(id(art), []).append((start, end))
        if trim_paragraphs:
            every = sorted(m for ms in cut.values() for m in ms)
            for art in draft.articles:
                if id(art) in cut:
                    art.paragraphs = _trim(art.paragraphs, cut[id(art)], doc.match_text)
                if every:
                    _trim_headings(art, every, doc.match_text)

    return continuations


def _part_it_closes(articles: list, art, start: int, direction: str):
    """The article a jump marker located in ``art`` belongs to.

    A 下转 marker closes the part of an article that it follows. One that stands before
    ``art``'s first paragraph was read into ``art``'s heading lines (the marker and the next
    headline set on one line: ……就这样结束了。（下转第5版） 新的标题; or the last body line
    above it taken for a subtitle), so it goes to the article whose body ends last before
    it. Otherwise (a 上接 marker, one inside or after ``art``'s body, or no article's body
    ending before it) the marker stays with ``art``.
    """
    if direction != "to" or not art.paragraphs or start >= min(ps for ps, _ in art.paragraphs):
        return art
    best, best_end = None, -1
    for other in articles:
        if other is art or not other.paragraphs:
            continue
        last = max(pe for _, pe in other.paragraphs)
        if best_end < last <= start:
            best, best_end = other, last
    return art if best is None else best


def _trim_headings(art, markers: list[tuple[int, int]], text: str) -> None:
    """Cut jump markers out of ``art``'s heading lines: a marker set on one line with the
    next article's title (……（下转第7版） 新的标题) is read into that title's heading, but
    it is never heading text, whichever article it goes to."""
    for name in ("headline", "kicker", "column", "author"):
        ranges = getattr(art, name)
        if ranges:
            setattr(art, name, _trim(ranges, markers, text) or None)
    for name in ("subheadlines", "section_heads"):
        setattr(art, name, _trim(getattr(art, name), markers, text))


def _trim(paragraphs: list[tuple[int, int]], markers: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Cut each marker out of the paragraph holding it, at the paragraph's edge.

    A paragraph holding only a marker is dropped; a marker inside running text stays.
    """
    markers = sorted(markers)
    out: list[tuple[int, int]] = []
    k = 0
    for ps, pe in paragraphs:
        while k < len(markers) and markers[k][1] <= ps:
            k += 1
        j = k
        while j < len(markers) and markers[j][0] < pe:
            start, end = markers[j]
            j += 1
            if not (ps <= start and end <= pe):
                continue
            head, tail = text[ps:start].strip(), text[end:pe].strip()
            if not head and not tail:
                ps = pe  # nothing but the marker
            elif not tail:
                pe = start
                while pe > ps and text[pe - 1] == " ":
                    pe -= 1
            elif not head:
                ps = end
                while ps < pe and text[ps] == " ":
                    ps += 1
        if ps < pe:
            out.append((ps, pe))
    return out
