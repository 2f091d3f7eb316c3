"""Whole issues: parse every page and stitch articles cut by 下转 to their 上接 parts."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Mapping, Sequence, Set
from typing import Literal

import regex

from newsie.pipeline import Pipeline, _error_page, check_issue_date, parse
from newsie.records import Article, Issue, Page, Span

__all__ = ["assemble", "parse_issue", "stitch"]

_HAN = regex.compile(r"\p{Han}")


def parse_issue(
    pages: Mapping[int, str] | Sequence[str],
    *,
    issue_date: dt.date | str | None = None,
    pipeline: Pipeline | Sequence[str] | None = None,
    newspaper: str | None = None,
    on_error: Literal["raise", "collect"] = "raise",
) -> Issue:
    """Parse the pages of one issue and join each jumped article with its other part.

    Args:
        pages: page texts by page number (``{1: text, 3: text}``), or a list of texts
            for pages 1, 2, 3 ...
        issue_date: the issue's date; inferred from the datelines if absent.
        pipeline: as for :func:`newsie.parse`.
        newspaper: the newspaper's name.
        on_error: ``"raise"`` (default) re-raises a page's failure; ``"collect"`` keeps the
            page in ``pages`` with the error in its ``errors``, stitches the others, and
            warns on the issue.

    Returns:
        An :class:`~newsie.records.Issue` whose ``articles`` hold each jumped article
        once, its paragraphs from every page it runs on.

    Raises:
        TypeError: ``pages`` is not a mapping or list of texts.
        ValueError: a page number is not an int >= 1.

    Example:
        >>> issue = parse_issue({1: "头版要闻\\n新华社北京10月1日电 正文开头。（下转第2版）",
        ...                      2: "（上接第1版）正文结尾。"}, issue_date="2024-10-02")
        >>> [a.body for a in issue.articles]
        ['正文开头。\\n正文结尾。']
    """
    if isinstance(pages, Mapping):
        items = list(pages.items())
    elif isinstance(pages, Sequence) and not isinstance(pages, (str, bytes)):
        items = list(enumerate(pages, 1))
    else:
        raise TypeError(f"pages must map page numbers to texts, got {type(pages).__name__}")
    for number, _ in items:
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise ValueError(f"page numbers must be ints >= 1, got {number!r}")
    if on_error not in ("raise", "collect"):
        raise ValueError(f"on_error must be 'raise' or 'collect', got {on_error!r}")
    date = check_issue_date(issue_date)
    parsed = []
    for number, text in sorted(items):
        try:
            parsed.append(parse(text, issue_date=date, page=number, pipeline=pipeline, newspaper=newspaper))
        except Exception as exc:
            if on_error == "raise":
                raise
            parsed.append(_error_page(text, exc).model_copy(update={"page_number": number}))
    return assemble(parsed, issue_date=date, newspaper=newspaper)


def assemble(pages: Sequence[Page], *, issue_date: dt.date | None = None, newspaper: str | None = None) -> Issue:
    """The :class:`~newsie.records.Issue` of pages already parsed (each with its ``page_number``).

    A page that failed (its ``errors`` set, as ``Pipeline.pipe(..., on_error="collect")``
    gives it) is kept in ``pages`` but joins no article, and the issue warns of it. Without
    ``issue_date``, the latest date the pages inferred is the issue's.
    """
    parsed = sorted(pages, key=lambda p: p.page_number or 0)
    good = [p for p in parsed if p.ok]
    warnings = [f"page {p.page_number}: failed ({p.errors[0].type}: {p.errors[0].message}); "
                "its articles are missing" for p in parsed if not p.ok]
    date = issue_date
    if date is None:
        inferred = [p.issue_date for p in good if p.issue_date is not None]
        date = max(inferred) if inferred else None
    articles, stitched = stitch(good)
    return Issue(issue_date=date, newspaper=newspaper, pages=tuple(parsed), articles=tuple(articles),
                 warnings=tuple(warnings + stitched))


def _bigrams(text: str) -> set[str]:
    han = "".join(_HAN.findall(text))
    return {han[i : i + 2] for i in range(len(han) - 1)}


def _similarity(a: Article, b: Article) -> float:
    """How likely ``b`` (a 上接 part) continues ``a``: shared headline, shared words."""
    score = 0.0
    ha = a.headline.text.replace(" ", "") if a.headline else ""
    hb = b.headline.text.replace(" ", "") if b.headline else ""
    if ha and hb:
        if ha == hb:
            score += 3.0
        elif ha in hb or hb in ha:
            score += 2.0
        else:
            score += len(_bigrams(ha) & _bigrams(hb)) / max(1, len(_bigrams(hb)))
    ba, bb = _bigrams(a.body), _bigrams(b.body)
    if ba and bb:
        score += 2.0 * len(ba & bb) / min(len(ba), len(bb))
    return score


def _heading_pieces(a: Article) -> list[str]:
    """The words of ``a``'s heading that a jump part may repeat as its headline: the
    headline, kicker and column, each subtitle, and the subtitles read on as one (a title
    block cut into the wrong roles still holds the words the jump part repeats)."""
    pieces = [x.text for x in (a.headline, a.kicker, a.column) if x is not None]
    pieces += [s.text for s in a.subheadlines]
    if len(a.subheadlines) > 1:
        pieces.append("".join(s.text for s in a.subheadlines))
    return [t for t in (p.replace(" ", "") for p in pieces) if len(t) >= 4]


def _common_pieces(articles: list[Article]) -> set[str]:
    """The heading pieces (:func:`_heading_pieces`) two or more of ``articles`` hold: a
    series' column tag set over each of its articles (某某新事·某某篇), which tells none
    of them apart from the others."""
    seen = Counter(p for a in articles for p in set(_heading_pieces(a)))
    return {p for p, n in seen.items() if n > 1}


def _shared_heading(a: Article, b: Article, common: Set[str] = frozenset()) -> float:
    """3.0 where a piece of ``a``'s heading and one of ``b``'s are the same words, 2.0 where
    one holds the other, else 0: the heading a jump part repeats, wherever the segmenter
    filed it on either page (kicker, headline or subtitle). A piece in ``common`` (held by
    more than one part on either page, :func:`_common_pieces`) is not counted."""
    best = 0.0
    for x in _heading_pieces(a):
        if x in common:
            continue
        for y in _heading_pieces(b):
            if y in common:
                continue
            if x == y:
                return 3.0
            if x in y or y in x:
                best = 2.0
    return best


def _pieces_bonus(a: Article, b: Article, common: Set[str] = frozenset()) -> float:
    """What :func:`_shared_heading` adds to :func:`_similarity`'s headline score: the
    heading words the two parts share outside their headlines (a jump part's headline
    that is the page-1 part's kicker or subtitle, where the segmenter filed it there),
    not counting the ``common`` pieces."""
    ha = a.headline.text.replace(" ", "") if a.headline else ""
    hb = b.headline.text.replace(" ", "") if b.headline else ""
    counted = 3.0 if ha and ha == hb else 2.0 if ha and hb and (ha in hb or hb in ha) else 0.0
    return max(0.0, _shared_heading(a, b, common) - counted)


def _on_page(span: Span, page: int | None) -> Span:
    return span if span.page is not None else span.model_copy(update={"page": page})


def _mark(article: Article, page: int | None) -> Article:
    """The article with every span saying which page it points into."""
    return article.model_copy(update={
        "headline": _on_page(article.headline, page) if article.headline else None,
        "kicker": _on_page(article.kicker, page) if article.kicker else None,
        "column": _on_page(article.column, page) if article.column else None,
        "author": _on_page(article.author, page) if article.author else None,
        "subheadlines": tuple(_on_page(s, page) for s in article.subheadlines),
        "section_heads": tuple(_on_page(s, page) for s in article.section_heads),
        "paragraphs": tuple(_on_page(s, page) for s in article.paragraphs),
        "bylines": tuple(b.model_copy(update={"span": _on_page(b.span, page)}) for b in article.bylines),
        "continuations": tuple(c.model_copy(update={"span": _on_page(c.span, page)}) for c in article.continuations),
    })


def _squeeze(text: str) -> str:
    """``text`` without its spaces and line breaks."""
    return "".join(text.split())


def _opening_as_headline(first: Article, second: Article,
                         sources: Mapping[int | None, str] | None = None) -> Article:
    """``first`` with its headline read as the opening words of its body where the jump part
    ``second`` repeats, as its headline, the words ``first`` filed as its kicker or column:
    the jump part repeats the article's headline, so that piece of ``first``'s heading is the
    headline and the line read as one (a lead-in phrase or a body line set above the text)
    opens the body (an in-body section head). Only across a 下转/上接 cut, and only where
    that line comes before the first paragraph with no subtitle under it (a real headline
    under a title line, with its subtitle, keeps its place). Where a tag set over the
    repeated headline was read with it as one kicker or column (某某论坛·某某 over the
    title), that piece is cut at the line break before the title, the tag keeping its role.
    A kicker or column set under that headline, over the line read as one (a round-up's
    first part: its place or person closed by a dash over its own title), opens the body too."""
    if first.continued_to is None or second.continued_from is None:
        return first
    if first.headline is None or second.headline is None or not first.paragraphs:
        return first
    hb = second.headline.text.replace(" ", "")
    if len(hb) < 4 or first.headline.text.replace(" ", "") == hb:
        return first
    line, opening = first.headline, first.paragraphs[0]
    if line.start >= opening.start or first.subheadlines:
        return first  # a subtitle under it: a headline over its article, not a body line
    found = None
    for role in ("kicker", "column"):
        piece = getattr(first, role)
        if piece is not None and piece.text.replace(" ", "") == hb:
            found = role, piece, None
            break
    source = (sources or {}).get(line.page)
    if found is None and source is not None:  # the headline under a tag on the lines above it, read as one piece
        for role in ("kicker", "column"):
            piece = getattr(first, role)
            if piece is None or line.start < piece.end:
                continue
            words = _squeeze(piece.text)
            if len(words) <= len(hb) or not words.endswith(hb):
                continue
            cut = _cut_after(piece, len(words) - len(hb), source)
            if cut is not None:
                found = role, cut[1], cut[0]
                break
    if found is None:
        return first
    role, title, tag = found
    update = {"headline": title, role: tag}
    heads = [first.headline]
    other = "column" if role == "kicker" else "kicker"
    piece = getattr(first, other)
    if piece is not None and title.end <= piece.start < opening.start:
        heads.append(piece)  # a part's label under the title (某地—— over the part's own title)
        update[other] = None
    update["section_heads"] = tuple(sorted((*heads, *first.section_heads), key=lambda x: (x.page or 0, x.start)))
    return first.model_copy(update=update)


def _cut_after(line: Span, size: int, source: str) -> tuple[Span, Span] | None:
    """``line`` cut after its first ``size`` characters (white space not counted), where the
    page's text breaks there (a line end or a space): those characters and the rest, each a
    span of its own; None where the span's text is not the page's, or the page does not
    break there (nothing to cut it by)."""
    if _squeeze(source[line.start : line.end]) != _squeeze(line.text):
        return None
    cut, seen = line.start, 0
    while seen < size:  # just past the size-th character in the page's text
        seen += not source[cut].isspace()
        cut += 1
    if cut >= line.end or not source[cut].isspace():
        return None
    rest = cut
    while source[rest].isspace():
        rest += 1
    at, seen = 0, 0  # the same place in the headline's reading text (a wrap joins without a space)
    while seen < size:
        seen += not line.text[at].isspace()
        at += 1
    title = line.model_copy(update={"end": cut, "text": line.text[:at].rstrip()})
    under = line.model_copy(update={"start": rest, "text": line.text[at:].strip()})
    return title, under


def _title_read_on(first: Article, second: Article, sources: Mapping[int | None, str]) -> Article:
    """``first`` with the lines its headline holds under the title its jump part ``second``
    repeats taken out of the headline: the jump part repeats the whole title, so what the
    segmenter read on under it is not the title. Where the jump part holds heads inside its
    body (小标题), the line is the first of them (the body's opening head: a head inside
    ``first``); otherwise it is the subtitle the title ran into. Only across a 下转/上接 cut,
    where the repeated title ends at a line break of ``first``'s headline."""
    if first.continued_to is None or second.continued_from is None:
        return first
    if first.headline is None or second.headline is None:
        return first
    line, hb = first.headline, _squeeze(second.headline.text)
    source = sources.get(line.page)
    if len(hb) < 4 or source is None:
        return first
    if not _squeeze(line.text).startswith(hb):
        return first
    cut = _cut_after(line, len(hb), source)  # (None unless a line of the page ends the title there)
    if cut is None:
        return first
    title, under = cut
    if second.section_heads:
        heads = tuple(sorted((under, *first.section_heads), key=lambda s: s.start))
        return first.model_copy(update={"headline": title, "section_heads": heads})
    return first.model_copy(update={"headline": title, "subheadlines": (under, *first.subheadlines)})


def _subtitle_read_on(first: Article, second: Article, sources: Mapping[int | None, str]) -> Article:
    """``first`` with the words its subtitle holds past the subtitle its jump part ``second``
    repeats taken out of the subtitle: they open its body (the segmenter read the subtitle on
    into the lines under it). Only across a 下转/上接 cut, where the repeated subtitle ends at
    a line break of ``first``'s, and where ``second``'s page does not go on with those words
    after its own subtitle (a repeated subtitle cut short there is no measure of the title)."""
    if first.continued_to is None or second.continued_from is None:
        return first
    for k, line in enumerate(first.subheadlines):
        source = sources.get(line.page)
        if source is None:
            continue
        whole = _squeeze(line.text)
        for rep in second.subheadlines:
            shown = _squeeze(rep.text)
            if len(shown) < 4 or len(whole) <= len(shown) or not whole.startswith(shown):
                continue
            cut = _cut_after(line, len(shown), source)
            if cut is None:
                continue
            title, rest = cut
            there = sources.get(rep.page)
            if there is not None and _squeeze(there[rep.end : rep.end + 40]).startswith(_squeeze(rest.text)[:4]):
                continue
            before = [p for p in first.paragraphs if p.page == rest.page and p.start < rest.start]
            paragraphs = list(first.paragraphs)
            paragraphs.insert(paragraphs.index(before[-1]) + 1 if before else 0, rest)
            return first.model_copy(update={
                "subheadlines": (*first.subheadlines[:k], title, *first.subheadlines[k + 1 :]),
                "paragraphs": tuple(paragraphs),
                "body": "\n".join(p.text for p in paragraphs),
            })
    return first


_RUNS_ON = regex.compile(r"^(?:——|[，、；：。！？”」）]|（(?![一二三四五六七八九十\d]+）))")  # a paragraph going on with the line above


def _subtitle_opens_body(first: Article, second: Article) -> Article:
    """``first`` with the subtitle right over its first paragraph read as the body's opening
    line, where that line's sentence runs on into the paragraph (the paragraph opens on a
    dash, a clause stop, a closing quote or a note in brackets) or the line is a lead-in
    closed by a dash (说起这座老桥——), and the jump part ``second`` does not repeat
    it. Only across a 下转/上接 cut; nothing (a byline, a kicker) between line and text."""
    if first.continued_to is None or second.continued_from is None or not first.paragraphs:
        return first
    opening = first.paragraphs[0]
    over = [s for s in first.subheadlines if s.page == opening.page and s.end <= opening.start]
    if not over:
        return first
    line = max(over, key=lambda s: s.start)
    between = (first.kicker, first.column, first.author, *first.section_heads, *(b.span for b in first.bylines))
    if any(x is not None and x.page == line.page and line.end <= x.start < opening.start for x in between):
        return first
    text = _squeeze(line.text)
    if text in {_squeeze(p) for p in (*_heading_pieces(second), *(s.text for s in second.subheadlines))}:
        return first
    if not (_RUNS_ON.match(_squeeze(opening.text)) or (text.endswith("——") and not text.startswith("——"))):
        return first
    paragraphs = (line, *first.paragraphs)
    return first.model_copy(update={
        "subheadlines": tuple(s for s in first.subheadlines if s is not line),
        "paragraphs": paragraphs,
        "body": "\n".join(p.text for p in paragraphs),
    })


_TITLE_PART = 8  # characters of a title's short first part (中国队 / 某某创新高), at most: longer, a tag line


def _headline_by_repeat(first: Article, second: Article, sources: Mapping[int | None, str]) -> Article:
    """``first`` with its headline set to the title its jump part ``second`` repeats, where
    the page-1 reading cut that title between two heading roles: its last words read as the
    subtitle right under it; or shifted the roles by one line: the title read as the kicker or
    column over its subtitle read as the headline, in a heading set under its text (over it,
    :func:`_opening_as_headline` reads the line as the body's opening; not where the jump page
    holds that line's words too: the jump part repeating the kicker over the title, read as its
    headline), or the title read as the subtitle (or the first lines of one) under its kicker
    read as the headline; or a headline holding a tag line (longer than :data:`_TITLE_PART`)
    over the repeated title, cut at that line's break, the line kept as the kicker (not where
    the jump page holds the tag's words: its own part read the stack's second line as its
    headline, a coin's toss which line is the title). Only across a 下转/上接 cut, only where
    the pieces are adjacent lines of the page, and not where the jump part holds the page-1
    headline as a heading line of its own (its column tag or subtitle read as its headline).
    (A short kicker over the headline making the repeated title is left as it is: the jump
    part repeats the kicker too, and may read the two lines as one.) A kicker closing on the
    title's first words (某县多措并举培养某某 / 到基层成长, the reflow's one piece, over 在一线
    发光 read as the headline) is cut at the line break before them, they open the headline;
    not where the jump page holds the kicker's other words unless its part reads them as its
    kicker too (a jump part reading the kicker's last line into its own title). Reading jump
    pages (session 42, draws 2024, 41, 43 and 44, both routes): 14 stitched headlines made
    right, 1 made wrong."""
    if first.continued_to is None or second.continued_from is None:
        return first
    if first.headline is None or second.headline is None:
        return first
    line, hb = first.headline, _squeeze(second.headline.text)
    ha, source = _squeeze(line.text), sources.get(line.page)
    if len(hb) < 4 or ha == hb or source is None:
        return first
    if ha in {*_heading_pieces(second), *(_squeeze(x.text) for x in second.section_heads)}:
        return first  # the jump part holds this headline too (its column tag or subtitle read as its headline)
    there = _squeeze(sources.get(second.headline.page) or "")
    for role in ("kicker", "column"):  # the title as the kicker or column over its subtitle read as the headline
        piece = getattr(first, role)
        if piece is None or piece.page != line.page or piece.end > line.start or source[piece.end : line.start].strip():
            continue
        if (_squeeze(piece.text) == hb and first.paragraphs and line.start >= first.paragraphs[0].start
                and ha not in there):  # (a jump page holding the line read as the headline: the title, its kicker repeated)
            return first.model_copy(update={"headline": piece, role: None, "subheadlines": (line, *first.subheadlines)})
    under = [s for s in first.subheadlines if s.page == line.page and s.start >= line.end]
    sub = min(under, key=lambda s: s.start) if under else None
    if sub is not None and first.kicker is None and _squeeze(sub.text).startswith(hb) and not source[line.end : sub.start].strip():
        rest = tuple(s for s in first.subheadlines if s is not sub)  # the title read as the subtitle
        cut = (sub, None) if _squeeze(sub.text) == hb else _cut_after(sub, len(hb), source)  # (its own subtitle read on)
        if cut is not None:
            return first.model_copy(update={"headline": cut[0], "kicker": line,
                                            "subheadlines": rest if cut[1] is None else (cut[1], *rest)})
    if sub is not None and not source[line.end : sub.start].strip() and ha + _squeeze(sub.text) == hb:
        title = line.model_copy(update={"end": sub.end, "text": f"{line.text} {sub.text}"})  # its last words as the subtitle
        return first.model_copy(update={"headline": title,
                                        "subheadlines": tuple(s for s in first.subheadlines if s is not sub)})
    kicker = first.kicker
    if (kicker is not None and kicker.page == line.page and kicker.end <= line.start
            and not source[kicker.end : line.start].strip() and len(hb) > len(ha) and hb.endswith(ha)):
        lead, kw = hb[: len(hb) - len(ha)], _squeeze(kicker.text)  # the title's first words closing the kicker
        rest = kw[: len(kw) - len(lead)]  # (the kicker's own words)
        its_own = second.kicker is not None and _squeeze(second.kicker.text) == rest
        if len(kw) > len(lead) and kw.endswith(lead) and (rest not in there or its_own):
            cut = _cut_after(kicker, len(kw) - len(lead), source)
            if cut is not None:
                tag, words = cut
                title = words.model_copy(update={"end": line.end, "text": f"{words.text} {line.text}"})
                return first.model_copy(update={"headline": title, "kicker": tag})
    tag_words = ha[: len(ha) - len(hb)]
    if (first.kicker is None and len(tag_words) > _TITLE_PART and ha.endswith(hb)  # a tag line read into the title
            and tag_words not in there):  # (a jump page repeating those words: its own reading cut the title short)
        cut = _cut_after(line, len(tag_words), source)
        if cut is not None:
            tag, title = cut
            return first.model_copy(update={"headline": title, "kicker": tag})
    return first


def _join(first: Article, second: Article, sources: Mapping[int | None, str] | None = None) -> Article:
    first = _opening_as_headline(first, second, sources)
    if sources:
        first = _headline_by_repeat(first, second, sources)
        first = _title_read_on(first, second, sources)
        first = _subtitle_read_on(first, second, sources)
    first = _subtitle_opens_body(first, second)
    return first.model_copy(update={
        "id": f"{first.id}+{second.id}",
        "headline": first.headline or second.headline,
        "kicker": first.kicker or second.kicker,
        "column": first.column or second.column,
        "author": first.author or second.author,
        "subheadlines": first.subheadlines or second.subheadlines,
        "section_heads": first.section_heads + second.section_heads,
        "bylines": first.bylines + second.bylines,
        "paragraphs": first.paragraphs + second.paragraphs,
        "body": "\n".join(x for x in (first.body, second.body) if x),
        "continued_to": second.continued_to,
        "continuations": first.continuations + second.continuations,
        "persons": first.persons + second.persons,
        "places": first.places + second.places,
        "organizations": first.organizations + second.organizations,
        "dates": first.dates + second.dates,
        "figures": first.figures + second.figures,
    })


def _same_headline(a: Article, b: Article) -> bool:
    """Do ``a`` and ``b`` carry one headline (the same words, or one holding the other)?"""
    ha = a.headline.text.replace(" ", "") if a.headline else ""
    hb = b.headline.text.replace(" ", "") if b.headline else ""
    return len(ha) >= 4 and len(hb) >= 4 and (ha in hb or hb in ha)


_RUN_ON_MAX = 2  # how many articles next to a jumping part on its page may still be parts of it


def _free(page_number: int, article: Article, nxt: dict, taken: set) -> bool:
    """May ``article`` join a neighbouring part: no jump marker of its own, joined to nothing yet?"""
    key = (page_number, article.id)
    return article.continued_from is None and article.continued_to is None and key not in taken and key not in nxt


def _parts_up_to(page_number: int, arts: list[Article], k: int, step: int, carries, nxt: dict,
                 taken: set) -> list[Article]:
    """The articles next to ``arts[k]`` in direction ``step`` (+1 after it, -1 before it) up to
    the first, at most ``_RUN_ON_MAX`` away, that ``carries`` a headline: more of the part
    ``arts[k]``, in page order; none when a non-:func:`_free` article comes first."""
    for j in range(k + step, k + step * (_RUN_ON_MAX + 1), step):
        if not 0 <= j < len(arts) or not _free(page_number, arts[j], nxt, taken):
            return []
        if carries(arts[j]):
            return arts[k + 1 : j + 1] if step > 0 else arts[j:k]
    return []


def _run_on_parts(first: Article, target: Page, part_id: str, nxt: dict, taken: set) -> list[Article]:
    """The articles after jump part ``part_id`` on page ``target`` that are more of it:
    where the part does not carry the headline of the article it continues (``first``) and
    one of the next articles there does, the part was cut short at a section head inside it
    (机制之变 / 释红利 read as its headline): the articles up to that one go on with it.
    Never past an article that carries a jump marker of its own or is joined elsewhere.
    """
    arts = list(target.articles)
    k = next((i for i, a in enumerate(arts) if a.id == part_id), None)
    if k is None or _same_headline(first, arts[k]):
        return []
    return _parts_up_to(target.page_number, arts, k, 1, lambda b: _same_headline(first, b), nxt, taken)


_PROSE_STOP = regex.compile(r"[，；]")  # a clause's stop: a title holds at most one
_SAYS = regex.compile(r"[说道][：:]")  # a quote opened in running text: 某某说：“……
_PROSE_TITLE = 17  # characters of a title with a comma, at most (a longer one is a body line)
_DASH_PART = regex.compile(r"^\p{Han}{2,8}——$")  # a round-up part's place or topic: 东岸渡口——
_LABEL_PART = regex.compile(r"^(\p{Han}{1,4})[：:]")  # a part's label: 站点：……


def _reads_like_prose(text: str) -> bool:
    """Is ``text`` (a headline) a line of running text: a quote opened by 说：, two clause
    stops, or one in a line longer than a title runs? A title set in quotes may hold
    clauses (“……，……”) and stays a title."""
    t = _squeeze(text)
    if not t or t[0] in "“「" and t[-1] in "”」":
        return False
    stops = len(_PROSE_STOP.findall(t))
    return bool(_SAYS.search(t)) or stops >= 2 or (stops == 1 and len(t) > _PROSE_TITLE) or t[-1] in "，、"


def _part_heads(a: Article) -> list[str]:
    """The heading lines inside article ``a``: its section heads and its kicker."""
    return [_squeeze(x.text) for x in (*a.section_heads, *((a.kicker,) if a.kicker else ()))]


_GOES_ON = "，、；：。！？”」）"  # a paragraph opening on one goes on with the line above it


def _reads_on(first: Article, part: Article, after: Article) -> bool:
    """Does ``after``, the article right below the jump part ``part`` of ``first``, go on
    with that part? A jump part holding no paragraph goes on in the piece under it, where
    that piece has no byline of its own. A round-up's jump part is cut at its parts' heads,
    and the reflow may cut its text at a body line read as a title: ``after``'s headline
    reads as running text, or its first paragraph opens on a clause stop or a closing quote
    (the sentence of the line read as its headline goes on there; neither a photo's caption:
    no photo credit), or its kicker is a part's head in the form of one inside ``first`` or
    ``part`` (a short place or topic closed by a dash, or the same label before a colon)."""
    if not part.paragraphs and not after.bylines and not after.continuations:
        return True  # a jump part of nothing but its heading: its text is the piece under it
    if after.headline is not None and (_reads_like_prose(after.headline.text)
                                       or (after.paragraphs and after.paragraphs[0].text[:1] in _GOES_ON)):
        return not any(b.kind == "摄" for b in after.bylines)
    if after.kicker is None:
        return False
    kicker = _squeeze(after.kicker.text)
    heads = _part_heads(part) + _part_heads(first)
    if _DASH_PART.match(kicker):
        return any(_DASH_PART.match(h) for h in heads)
    label = _LABEL_PART.match(kicker)
    return label is not None and any(h.startswith((label.group(1) + "：", label.group(1) + ":")) for h in heads)


def _banner_words(article: Article, jump: Article) -> int | None:
    """How many words of ``article``'s kicker are the headline its jump part ``jump``
    repeats: a round-up's banner read as the kicker of its first part's own heading (all
    of the kicker, or its first words with the first part's label under them); None where
    the kicker does not open on that headline, or ``article`` carries it as its headline."""
    if article.kicker is None or jump.headline is None or _same_headline(article, jump):
        return None
    hb, words = _squeeze(jump.headline.text), article.kicker.text.split()
    if len(hb) < 4:
        return None
    return next((k for k in range(1, len(words) + 1) if "".join(words[:k]) == hb), None)


def _banner_as_headline(article: Article, k: int, source: str | None) -> Article:
    """``article`` (the first part of a round-up, its banner read as its kicker) with the
    banner, the first ``k`` words of its kicker, as its headline: the rest of the kicker
    (the part's label), its headline and its subtitles are heads inside its body."""
    kicker = article.kicker
    if kicker is None:
        return article
    if k < len(kicker.text.split()):
        cut = _cut_after(kicker, len("".join(kicker.text.split()[:k])), source) if source else None
        if cut is None:
            return article
        banner, label = cut
        heads = [label]
    else:
        banner, heads = kicker, []
    heads += [x for x in (article.headline,) if x is not None]
    heads += [*article.subheadlines, *article.section_heads]
    return article.model_copy(update={
        "headline": banner, "kicker": None, "subheadlines": (),
        "section_heads": tuple(sorted(heads, key=lambda s: s.start)),
    })


_LABEL_KICKER = regex.compile(r"^\p{Han}{3,12}$")  # a part's label: a person's role and name, no stop


def _is_label(span: Span | None) -> bool:
    """Is ``span`` a round-up part's label (:data:`_LABEL_KICKER`)?"""
    return span is not None and _LABEL_KICKER.match(_squeeze(span.text)) is not None


def _labelled_part(first: Article, after: Article) -> bool:
    """Is ``after`` one more part of the round-up whose part ``first`` jumps, where the
    round-up's parts each carry a label as their kicker over their title (某某专家某某某
    over a title): ``first`` and ``after`` both a short label kicker over a headline."""
    return all(x.headline is not None and _is_label(x.kicker) for x in (first, after))


def _run_in_parts(page: Page, part_id: str, jump: Article, nxt: dict, taken: set) -> list[Article]:
    """The articles right before ``part_id`` on ``page`` that are more of it: where the part
    that jumps does not carry the headline its jump part repeats (``jump``) and one of the
    articles before it does, the part was cut at a heading inside it (a pull quote set in
    display type read as a headline): the articles from that one on are its beginning. An
    article whose kicker opens on that headline carries it too (a round-up's banner read
    as the kicker of its first part, :func:`_banner_words`).
    Never past an article with a jump marker of its own or joined elsewhere.
    """
    arts = list(page.articles)
    k = next((i for i, a in enumerate(arts) if a.id == part_id), None)
    if k is None or _same_headline(arts[k], jump):
        return []
    return _parts_up_to(page.page_number, arts, k, -1,
                        lambda b: _same_headline(b, jump) or _banner_words(b, jump) is not None, nxt, taken)


_DASH_OPENING = regex.compile(r"^\p{Han}{2,8}——")  # a kicker opening on a part's head (the title read on)


_FRAGMENT_MAX = 30  # characters of a part's head cut off from the piece above it, at most


def _dash_fragment(article: Article) -> bool:
    """Is ``article`` (a part that jumps) nothing but the tail of a part's head closed by a
    dash (……的某某——): no heading, no byline, one short paragraph ending on the dash? The
    head's first words were read as the headline of the piece above: the part goes on from it."""
    if article.headline is not None or article.kicker is not None or article.subheadlines:
        return False
    if article.section_heads or article.bylines or len(article.paragraphs) != 1:
        return False
    t = _squeeze(article.paragraphs[0].text)
    return len(t) <= _FRAGMENT_MAX and t.endswith("——") and len(t) > 2


def _reads_in(first: Article, jump: Article, before: Article) -> bool:
    """Does ``before``, the article right above ``first`` (a part that jumps to ``jump``),
    open that part? ``first`` is only the dash-closed tail of a part's head
    (:func:`_dash_fragment`); or a round-up cut at its parts' heads: ``before``'s kicker opens
    on a part's head (a short place or topic closed by a dash), and ``first`` or ``jump``
    holds a head in that form."""
    if _dash_fragment(first):
        return True
    if before.kicker is None or not _DASH_OPENING.match(_squeeze(before.kicker.text)):
        return False
    return any(_DASH_PART.match(h) for h in _part_heads(first) + _part_heads(jump))


def _neighbour(page: Page, part_id: str, step: int) -> Article | None:
    """The article right after (``step`` +1) or before (-1) article ``part_id`` on ``page``."""
    arts = list(page.articles)
    k = next((i for i, a in enumerate(arts) if a.id == part_id), None)
    return arts[k + step] if k is not None and 0 <= k + step < len(arts) else None


def _as_part(article: Article) -> Article:
    """A round-up's part read as an article of its own, as a part of the article it goes on
    with: its kicker, headline and subtitles are section heads in that article's body."""
    heads = [x for x in (article.kicker, article.headline) if x is not None] + list(article.subheadlines)
    if not heads:
        return article
    return article.model_copy(update={
        "headline": None, "kicker": None, "subheadlines": (),
        "section_heads": tuple(sorted((*heads, *article.section_heads), key=lambda s: s.start)),
    })


def _labels_its_parts(first: Article, after: Article) -> bool:
    """Is ``after`` one more part of the round-up ``first`` (a part that jumps), read whole
    under its banner, where the round-up labels its parts: ``first``'s section heads hold a
    label (:data:`_LABEL_KICKER`) right over another head (某某专家某某某 / a title), and
    ``after`` carries such a label as its kicker over its headline (the labelled kicker of
    :func:`_labelled_part`, where the banner was not read as ``first``'s kicker)."""
    if first.kicker is not None or after.headline is None or not _is_label(after.kicker):
        return False
    heads = sorted(first.section_heads, key=lambda s: s.start)
    return any(_is_label(a) and a.page == b.page and 0 <= b.start - a.end <= 2 for a, b in itertools.pairwise(heads))


def _title_shape(text: str) -> tuple[int, ...]:
    """The lengths of a title's words, in order (某某之乡 某某某某 -> (4, 4))."""
    return tuple(len(w) for w in text.split())


_SHAPED_PARTS = 2  # of the jumping part's section heads set to one shape, at least


def _set_like_its_parts(first: Article, after: Article) -> bool:
    """Is ``after``, under the jump part of ``first`` on its page, one more part of the
    feature ``first`` begins, cut at that part's title: ``after``'s headline is set to the
    shape of :data:`_SHAPED_PARTS` or more of ``first``'s section heads (the same run of word
    lengths: a feature sets its parts' titles alike, 某某熟了 某某甜了 / 某某之乡 某某某某),
    and ``after`` carries no dateline (the parts of a feature open on reporter lines; a news
    item set under the jump part opens on its own 某地…日电). Counted on jump draws 43 and 44
    (both routes, fold models): 10 such pieces, all parts of the jumped article, none not."""
    if after.headline is None or not first.section_heads:
        return False
    shape = _title_shape(after.headline.text)
    if sum(shape) < 4 or min(shape) < 2:
        return False  # too short a title, or one spaced out letter by letter
    if any("日电" in b.span.text for b in after.bylines) or "日电" in after.body[:30]:
        return False
    return sum(_title_shape(h.text) == shape for h in first.section_heads) >= _SHAPED_PARTS


def stitch(pages: list[Page]) -> tuple[list[Article], list[str]]:
    """The issue's articles with each 下转 part joined to its 上接 part.

    Each article that jumps to page N is paired with the article on page N that comes
    from its page, best match first: same headline (or the same heading words filed as a
    kicker or subtitle on either page), shared words, and the same place in the order of
    the jumps (parts are laid out in the order of the articles they continue); pairs are
    one to one. A round-up's parts read as articles of their own next to either part
    (:func:`_reads_on`, :func:`_reads_in`) join it, their headings as section heads.
    """
    by_number = {p.page_number: p for p in pages}
    warnings: list[str] = []
    candidates: list[tuple[float, int, str, int, str]] = []
    for page in pages:
        jumping: dict[int, list[Article]] = {}
        for a in page.articles:
            if a.continued_to in by_number:
                jumping.setdefault(a.continued_to, []).append(a)
        for number, parts in jumping.items():
            target = by_number[number]
            froms = [b for b in target.articles if b.continued_from == page.page_number] or [
                b for b in target.articles if b.continued_from is not None
            ]
            common = _common_pieces(parts) | _common_pieces(froms)  # (a series' tag over several)
            for i, a in enumerate(parts):
                for j, b in enumerate(froms):
                    # jump parts are laid out in the order of the articles they continue
                    order = 1.0 if i == j and len(parts) == len(froms) else 0.0
                    score = _similarity(a, b) + _pieces_bonus(a, b, common) + order
                    candidates.append((score, page.page_number, a.id, number, b.id))
    candidates.sort(key=lambda c: -c[0])
    nxt: dict[tuple[int, str], tuple[int, str]] = {}
    taken: set[tuple[int, str]] = set()
    for _, pa, a, pb, b in candidates:
        if (pa, a) in nxt or (pb, b) in taken:
            continue
        nxt[(pa, a)] = (pb, b)
        taken.add((pb, b))
    index = {(p.page_number, a.id): a for p in pages for a in p.articles}
    pairs = list(nxt.items())
    pieces: set[tuple[int, str]] = set()  # parts read as articles, joined as parts (:func:`_as_part`)
    for key, part in pairs:
        for extra in _run_on_parts(index[key], by_number[part[0]], part[1], nxt, taken):
            taken.add((part[0], extra.id))
            tail = part
            while tail in nxt:
                tail = nxt[tail]
            nxt[tail] = (part[0], extra.id)
            pieces.add(part)  # its headline is a head inside the article, not the article's
            if not _same_headline(index[key], extra):
                pieces.add((part[0], extra.id))
    banners: dict[tuple[int, str], int] = {}  # a round-up's first part, its banner read as its kicker
    labelled: set[tuple[int, str]] = set()  # parts that jump, of a round-up labelling its parts in kickers
    for key, part in pairs:
        before = _run_in_parts(by_number[key[0]], key[1], index[part], nxt, taken)
        if before and (words := _banner_words(before[0], index[part])) is not None:
            banners[(key[0], before[0].id)] = words
            if words < len(before[0].kicker.text.split()):
                labelled.add(key)
        for k, earlier in enumerate(before):  # the chain now starts at the first of them
            following = (key[0], before[k + 1].id) if k + 1 < len(before) else key
            nxt[(key[0], earlier.id)] = following
            taken.add(following)
            pieces.add(following)  # the first of them carries the headline; the others' are heads inside it
    for key, part in pairs:
        after = _neighbour(by_number[part[0]], part[1], 1)
        if after is not None and _free(part[0], after, nxt, taken) and (
                _reads_on(index[key], index[part], after)
                or (key in labelled and _labelled_part(index[key], after))
                or _labels_its_parts(index[key], after)
                or _set_like_its_parts(index[key], after)):
            tail = part
            while tail in nxt:
                tail = nxt[tail]
            while after is not None:  # (and the next parts of that shape under it)
                nxt[tail] = (part[0], after.id)
                tail = nxt[tail]
                taken.add(tail)
                pieces.add(tail)
                after = _neighbour(by_number[part[0]], after.id, 1)
                if after is None or not _free(part[0], after, nxt, taken) or not _set_like_its_parts(index[key], after):
                    after = None
        before = _neighbour(by_number[key[0]], key[1], -1)
        if (before is not None and key not in taken and _free(key[0], before, nxt, taken)
                and _reads_in(index[key], index[part], before)):
            nxt[(key[0], before.id)] = key
            taken.add(key)
            pieces.add((key[0], before.id))
            first = index[key]
            if (first.kicker is not None and _DASH_PART.match(_squeeze(first.kicker.text))
                    and index[part].headline is not None and not _same_headline(first, index[part])):
                pieces.add(key)  # the part that jumps is one of the parts too: the headline is its jump part's
    sources = {p.page_number: p.source for p in pages}
    out: list[Article] = []
    for page in pages:
        for a in page.articles:
            key = (page.page_number, a.id)
            if key in taken:
                continue  # joined to the part it continues
            whole = _mark(a, page.page_number)
            if key in pieces:
                whole = _as_part(whole)
            elif key in banners:
                whole = _banner_as_headline(whole, banners[key], page.source)
            seen = {key}
            while key in nxt and nxt[key] not in seen:
                key = nxt[key]
                seen.add(key)
                piece = _mark(index[key], key[0])
                whole = _join(whole, _as_part(piece) if key in pieces else piece, sources)
            if whole.continued_to and whole.continued_to in by_number:
                warnings.append(f"{whole.id}: jumps to page {whole.continued_to}, found no part there that continues it")
            out.append(whole)
    return out, warnings
