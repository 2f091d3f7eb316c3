"""Jump markers: （下转第3版）, （上接第一版）, 转第2版, 接第1版 → :class:`Continuation`."""

from __future__ import annotations

import regex

from newsie.document import Document
from newsie.draft import Draft
from newsie.numerals import small_int
from newsie.records import Continuation
from newsie.registry import extractor

__all__ = ["find_continuations", "make_continuations"]

_MARKER = regex.compile(
    r"""
    (?P<open>[（(〔【［\[])?                     # full- or half-width bracket, optional
    [ ]*
    (?P<dir>下转|上接|转|接)                      # 下转/转: continues on; 上接/接: continued from
    [ ]*第?[ ]*
    (?P<num>\d{1,3}|[一二三四五六七八九十两〇零]{1,4})  # the page, Arabic or Chinese
    [ ]*版
    [ ]*
    (?P<close>[）)〕】］\]])?
    """,
    regex.VERBOSE,
)

_OPENERS = "（(〔【［["


def find_continuations(doc: Document) -> list[tuple[int, int, Continuation]]:
    """Every jump marker in the clean text, as ``(clean_start, clean_end, record)``.

    A bare 转/接 (without 下/上) counts only inside brackets or as a paragraph of its
    own, so that 直接第3版 in running text is not taken for a marker.

    >>> [(c.direction, c.page, c.span.text) for _, _, c in find_continuations(Document("眼前一亮。 （下转第 3版）"))]
    [('to', 3, '（下转第3版）')]
    """
    text = doc.text
    found = []
    for m in _MARKER.finditer(text):
        bracketed = bool(m.group("open") and m.group("close"))
        if bool(m.group("open")) != bool(m.group("close")):
            continue  # half a bracket: part of something else
        direction = "to" if m.group("dir") in ("下转", "转") else "from"
        if len(m.group("dir")) == 1 and not bracketed:
            before = text[m.start() - 1] if m.start() else "\n"
            after = text[m.end()] if m.end() < len(text) else "\n"
            if before != "\n" or after != "\n":
                continue
        if len(m.group("dir")) == 2 and not bracketed and m.start() and text[m.start() - 1] not in "\n。！？”":
            continue  # 下转 in running text, e.g. 上下转第一版 is not a marker
        page = small_int(m.group("num"))
        if not page:
            continue
        start, end = m.span()
        found.append((start, end, Continuation(span=doc.span(start, end), direction=direction, page=page)))
    return found


@extractor("newsie.continuations.v1", assigns=("continuations",))
def make_continuations(*, trim_paragraphs: bool = True):
    """Find jump markers and attach them to the article they cut.

    Args:
        trim_paragraphs: take the marker out of the article's paragraphs (it is not body
            text); a paragraph holding only the marker is dropped.
    """

    def continuations(doc: Document, draft: Draft) -> None:
        for start, end, record in find_continuations(doc):
            draft.continuations.append(record)
            art = draft.article_at(start)
            if art is None:
                # A marker outside every article belongs to the one it follows (to) or
                # the one it precedes (from).
                before = [a for a in draft.articles if a.extent and a.extent[0][0] < start]
                after = [a for a in draft.articles if a.extent and a.extent[0][0] >= start]
                art = (before[-1] if before else None) if record.direction == "to" else (
                    after[0] if after else None
                )
            if art is None:
                continue
            art.continuations.append(record)
            if trim_paragraphs:
                _trim(art.paragraphs, start, end, doc.text)

    return continuations


def _trim(paragraphs: list[tuple[int, int]], start: int, end: int, text: str) -> None:
    """Cut ``[start, end)`` out of the paragraph holding it, at its edge."""
    for i, (ps, pe) in enumerate(paragraphs):
        if ps <= start and end <= pe:
            if text[ps:start].strip() == "" and text[end:pe].strip() == "":
                del paragraphs[i]
            elif text[end:pe].strip() == "":
                new_end = start
                while new_end > ps and text[new_end - 1] == " ":
                    new_end -= 1
                paragraphs[i] = (ps, new_end)
            elif text[ps:start].strip() == "":
                new_start = end
                while new_start < pe and text[new_start] == " ":
                    new_start += 1
                paragraphs[i] = (new_start, pe)
            return
