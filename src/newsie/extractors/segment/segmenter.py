"""The segmenter the pipeline runs: the three steps in order, and the article drafts."""

from __future__ import annotations

import bisect
from typing import Literal

import regex

from newsie.document import Document
from newsie.draft import ArticleDraft, CaptionDraft, Draft
from newsie.extractors.segment.blocks import (
    AUTHOR,
    BODY,
    LEAD,
    MARK_FROM,
    MARK_TO,
    NO_STRUCTURE,
    Block,
    _body_line_off_titles,
    _body_openings_off_headings,
    _closing_notes_off_titles,
    _column_lines_off_titles,
    _display_titles_off,
    _enumeration_heads,
    _exclaimed_titles,
    _kicker_dash_lines_off,
    _letter_closings,
    _letter_labels,
    _run_on_title_lines,
    _speaker_lines_run_on,
    _subtitle_joined_below,
    _tagged_title_off_body,
    _title_first_halves,
    _titles_off_captions,
    _title_joined_below,
    _title_over_dateline_off,
    _title_under_dash_kicker_off,
    _title_over_dash_subtitle_off,
    _head_lines_over_quoted_title,
    _prose_under_subtitle,
    _quoted_title_off_body,
    _unpunctuated_titles,
    classify,
    is_clean_form,
    column_in_title,
)
from newsie.extractors.segment.grouping import (
    _bullets_to_body,
    _closing_lines_off_headings,
    _contents_to_body,
    _forget_bigrams,
    _group,
    _lines_before_bare_markers,
    _openings_off_headings_after,
    _openings_off_leftovers,
    _prose_tails_to_body,
    _Run,
    _briefs_boxes,
    _split_at_credits,
    _split_at_leads,
    _stranded_kickers_on,
    _trailing_columns_off,
    _trailing_headline_on,
)
from newsie.extractors.segment.heads import (
    _SOFT_LOW,
    _absorb_section_heads,
    _closes_caption,
    _opens_caption_item,
)
from newsie.extractors.segment.pairing import _column_like, _pair, _pair_mixed
from newsie.extractors.segment.roles import _heading_parts, _signer_line, pen_names_sign, repeated_labels, signs_by_name
from newsie.registry import extractor


def segment_blocks(
    doc: Document, blocks: list[Block], orientation: str = "auto", page: int | None = None
) -> tuple[list[_Run], list[list[Block]], list[Block]]:
    """Runs with their headings, the heading groups left over, and the caption blocks.

    ``orientation``: where headlines stand, "before" or "after" their bodies, or "auto"
    to let each stretch of the page find out (:func:`_pair_mixed`; an e-paper's text puts
    them before). Once the page is paired, the closing notes that open a heading group go back
    to the text they close (:func:`_closing_lines_off_headings`). The bigram caches are emptied
    after (:func:`_forget_bigrams`: they serve one page).
    """
    try:
        runs, leftovers, captions = _segment_blocks(doc, blocks, orientation, page)
        _closing_lines_off_headings(doc, runs, leftovers, captions)
        return runs, leftovers, captions
    finally:
        _forget_bigrams()


def _segment_blocks(
    doc: Document, blocks: list[Block], orientation: str, page: int | None
) -> tuple[list[_Run], list[list[Block]], list[Block]]:
    """:func:`segment_blocks`'s pairing: the runs, the groups left over and the captions, before
    the closing notes are given back, its caches left as they are."""
    clean_form = is_clean_form(doc)
    blocks = _body_line_off_titles(doc, _title_joined_below(doc, _display_titles_off(doc, blocks)))
    blocks = _quoted_title_off_body(doc, _head_lines_over_quoted_title(doc, _title_over_dateline_off(doc, blocks)))
    blocks = _tagged_title_off_body(doc, blocks)
    blocks = _column_lines_off_titles(doc, _closing_notes_off_titles(doc, blocks))
    blocks = _titles_off_captions(doc, blocks)
    blocks = _title_under_dash_kicker_off(doc, _kicker_dash_lines_off(doc, _subtitle_joined_below(doc, blocks)))
    blocks = _title_over_dash_subtitle_off(doc, blocks)
    _run_on_title_lines(doc, blocks)
    _speaker_lines_run_on(doc, blocks)
    _enumeration_heads(blocks)
    _contents_to_body(blocks)
    _title_first_halves(blocks)
    if not clean_form:  # (an e-paper's text marks its heading lines by their indent)
        _bullets_to_body(blocks)
        _letter_closings(blocks)
        blocks = _letter_labels(doc, blocks)
    _exclaimed_titles(blocks)
    _prose_under_subtitle(blocks)
    _unpunctuated_titles(blocks)
    blocks = _body_openings_off_headings(doc, blocks)
    seq, captions = _group(blocks)
    seq = _lines_before_bare_markers(seq)
    if not clean_form:  # (an e-paper's text indents its paragraphs: a body block there is one)
        seq = _stranded_kickers_on(seq)
    seq = _prose_tails_to_body(doc, seq)
    seq = _split_at_leads(seq)
    soft: dict[int, float] = {}
    if not clean_form:  # in e-paper text a section head is an indented paragraph like any other
        seq, soft = _absorb_section_heads(seq, _SOFT_LOW if orientation == "auto" else None, page)
    if orientation == "auto" and not clean_form:
        _, runs, leftovers = _pair_mixed(seq, soft=soft)
        _trailing_columns_off(runs, leftovers)
        _openings_off_headings_after(runs)
        _openings_off_leftovers(runs, leftovers)
        _trailing_headline_on(runs, leftovers)
        _briefs_boxes(runs, leftovers)
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


# a bracket after a headline that opens on a year (某某白皮书（2019年10月）, a speech's
# （二〇一九年某月某日 某地）): the document's date, set under its title as a subtitle, which the
# reflow ran into the title's line; no column tag opens on a year of four figures (70年，… does not)
_DATED_TAG = regex.compile(r"\s*[\d〇零一二三四五六七八九十]{4}\s*年")


# what opens a subtitle of its own under another (——在某会议上的讲话 / （2024年10月23日，某地）):
# a dash, or a bracket
_SUBTITLE_OPENS = ("—", "（", "(")


def _subtitles(text: str, subs: list[Block]) -> list[tuple[int, int]]:
    """The clean ranges of a heading's subtitles: a subtitle wrapped over several lines (a
    PDF's narrow heading column: ——庆祝某某 / 成立七十周年 / 系列论坛综述; a deck of names,
    某某出席 / 某某主持) is one, its lines following each other with nothing between them
    (``text``: the clean text) and none but the first opening with a dash or a bracket; a
    line that does opens another subtitle (——在某会上的讲话 / （2024年10月23日，某地）).

    >>> t = "——庆祝某某\\n成立七十周年\\n（2019年9月30日）"
    >>> subs = [Block(0, 0, 6, t[0:6]), Block(1, 7, 13, t[7:13]), Block(2, 14, 26, t[14:26])]
    >>> [t[s:e] for s, e in _subtitles(t, subs)]
    ['——庆祝某某\\n成立七十周年', '（2019年9月30日）']
    """
    out: list[tuple[int, int]] = []
    prev: Block | None = None
    for b in subs:
        if (prev is not None and not b.text.startswith(_SUBTITLE_OPENS)
                and not text[prev.end : b.start].strip()):
            out[-1] = (out[-1][0], b.end)
        else:
            out.append((b.start, b.end))
        prev = b
    return out


def _paragraphs(blocks: list[Block]) -> list[tuple[int, int]]:
    """The clean ranges of an article's paragraphs, its text blocks: an opening line cut off a
    heading (:attr:`Block.runs_on`) and the body block right below it, which goes on with its
    sentence, are one paragraph."""
    out: list[tuple[int, int]] = []
    runs_on = False
    for b in blocks:
        if b.kind not in (BODY, LEAD, MARK_TO, MARK_FROM):
            runs_on = False
            continue
        if runs_on and b.kind == BODY:
            out[-1] = (out[-1][0], b.end)
        else:
            out.append((b.start, b.end))
        runs_on = b.runs_on
    return out


def _pass_on_authors(runs: list, articles: list[ArticleDraft]) -> None:
    """An author line closing a heading group set after its body (a page whose text puts
    headlines after their bodies) signs the body that follows it, not the one above:
    [body A] [headline A] [author B] [body B] … — the author goes to B's article."""
    first = {r.blocks[0].index: k for k, r in enumerate(runs) if r.blocks}
    for k, run in enumerate(runs):
        heading, art = run.heading, articles[k]
        if not heading or not run.blocks or not art.author:
            continue
        last = heading[-1]
        # the names the reflow ran into the headline's block, cut off (roles._name_line_off)
        cut = next(((s, e) for s, e in art.author if last.start < s and e == last.end), None)
        if not last.author_line and cut is None and not (
                last.kind != AUTHOR and (last.start, last.end) in art.author and _signer_line(last.text)):
            continue  # (a signature read as the headline under its title: roles._heading_parts; a
            # speech's office-and-name line closing its heading stays with it)
        if heading[0].start < run.blocks[-1].start or (j := first.get(last.index + 1)) is None or j == k:
            continue
        span = cut or (last.start, last.end)
        if span in art.author:
            art.author.remove(span)
            art.author = art.author or None
            articles[j].author = sorted((articles[j].author or []) + [span])


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
        repeated = repeated_labels([r.heading for r in runs if r.heading] + leftovers)
        clean = is_clean_form(doc)
        bodies = ["".join(doc.match_text[b.start : b.end] for b in run.blocks) for run in runs]
        pen_names = not clean and pen_names_sign(doc, [r.heading for r in runs if r.heading],
                                                 [body for r, body in zip(runs, bodies) if r.heading])
        signed = not clean and not pen_names and signs_by_name([r.heading for r in runs if r.heading])
        for k, run in enumerate(runs, 1):
            art = ArticleDraft(id=f"p{page_no}-a{k}")
            blocks_in = [b for b in run.blocks]
            opener = blocks_in[:1] if blocks_in and blocks_in[0].author_line else []
            art.paragraphs = _paragraphs(blocks_in[len(opener):])
            extent_blocks = blocks_in + (run.heading or []) + run.section_heads
            art.extent = sorted((b.start, b.end + 1) for b in extent_blocks)
            art.section_heads = [(b.start, b.end) for b in run.section_heads]
            if run.heading:
                body = bodies[k - 1]
                after_body = bool(run.blocks) and run.heading[0].start > run.blocks[-1].start
                parts = _heading_parts(doc, run.heading, clean, body, repeated, after_body, pen_names, signed)
                if parts["kicker"]:
                    art.kicker = [(b.start, b.end) for b in parts["kicker"]]
                dated: tuple[int, int] | None = None
                if parts["titles"]:
                    art.headline = [(b.start, b.end) for b in parts["titles"]]
                    last = parts["titles"][-1]
                    m = column_in_title(last.text)
                    if m:  # 平凡孕育着伟大（今日谈）: the column set after the headline
                        t = last.start
                        art.headline = art.headline[:-1] + [(t, t + m.end("title"))]
                        if _DATED_TAG.match(m["column"]):  # 某某白皮书（2019年10月）: its date, a subtitle
                            dated = (t + m.end("title"), t + m.end())
                        else:
                            art.column = [(t + m.start("column"), t + m.end("column"))]
                art.subheadlines = _subtitles(doc.text, parts["subs"])
                if dated:
                    art.subheadlines = [dated] + art.subheadlines
                if parts["columns"] and art.column is None:
                    art.column = [(parts["columns"][0].start, parts["columns"][0].end)]
                elif parts["columns"] and art.kicker is None:
                    # the headline closes on its column tag in brackets (某某（新中国的“第一”·70年）): a
                    # line the roles read as a column over it is the kicker (第一家某某), not lost
                    art.kicker = [(b.start, b.end) for b in parts["columns"]]
                if parts["authors"]:
                    art.author = [(b.start, b.end) for b in parts["authors"]]
            if opener:  # the author line opening the body: the heading's author
                art.author = sorted((art.author or []) + [(opener[0].start, opener[0].end)])
            draft.articles.append(art)
        _pass_on_authors(runs, draft.articles[len(draft.articles) - len(runs):])
        # Column tags go to a nearby article whose body quotes them, else the next article; an
        # author line left over signs the article below it; a tag whose article has a column and
        # a group left over with no run to head are named in the warnings (their text is in no record).
        starts = [a.extent[0][0] if a.extent else 0 for a in draft.articles]
        unplaced: list[list[Block]] = []  # heading groups no article takes
        for group in columns:
            tag = group[0]
            if not draft.articles:
                unplaced.append(group)
                continue
            k = bisect.bisect_left(starts, tag.start)
            below = draft.articles[min(k, len(draft.articles) - 1)]  # the article it stands over (else the last)
            if tag.author_line:
                # the signature a page of headlines set after their bodies prints over a signed
                # piece's text (胡某某 / 本报评论员: blocks._mark_author_lines), not its column tag
                below.author = sorted((below.author or []) + [(tag.start, tag.end)])
                below.extent = sorted(below.extent + [(tag.start, tag.end + 1)])
                continue
            quoted = f"“{tag.text}”"
            near = draft.articles[max(0, k - 4) : k + 4]  # a tag stands near its article
            target = next((a for a in near if any(quoted in doc.match_text[s:e] for s, e in a.paragraphs)), below)
            if target.column is None:
                target.column = [(tag.start, tag.end)]
                target.extent.append((tag.start, tag.end + 1))
                target.extent.sort()
            else:
                unplaced.append(group)
        unplaced += [g for g in leftovers if not _column_like(g)]
        if unplaced:
            draft.warn(_unplaced_warning(doc, unplaced))
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


def _unplaced_warning(doc: Document, groups: list[list[Block]]) -> str:
    """The warning for heading groups the segmenter placed in no article (a group the pairing
    left over with no run to head, a column tag whose article has one already): their text is
    in no record, so the page says where it stands (source offsets, the first five groups)."""
    spans = sorted((doc.span(g[0].start, g[-1].end) for g in groups), key=lambda sp: sp.start)
    where = ", ".join(f"{sp.start}-{sp.end}" for sp in spans[:5]) + (", …" if len(spans) > 5 else "")
    return f"{len(spans)} heading group(s) placed in no article, at source offsets {where}"
