"""Views of a Page: flat records, a DataFrame, HTML for notebooks, plain text."""

from __future__ import annotations

import bisect
import html
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from newsie.errors import MissingExtraError

if TYPE_CHECKING:
    from newsie.records import Article, Page, Span

COLUMNS = ("article_id", "kind", "start", "end", "text", "value")
#: Every column `to_records` can give, in a fixed order (for CSV headers).
ALL_COLUMNS = COLUMNS + (
    "headline", "kicker", "column", "paragraphs", "continued_to", "continued_from", "index",
    "agency", "byline_kind", "place", "date", "direction", "name", "titles", "affiliation",
    "is_leader", "role", "place_kind", "country", "code", "date_kind", "end_date", "granularity",
    "anchor", "figure_kind", "unit", "hedge", "of", "change",
)


def _row(article_id: str | None, kind: str, span: Span, value: Any = None, **extra: Any) -> dict[str, Any]:
    row = {"article_id": article_id, "kind": kind, "start": span.start, "end": span.end,
           "text": span.text, "value": value}
    row.update(extra)
    return row


def _join(items: tuple[str, ...]) -> str:
    return "、".join(items)


def _entity_rows(owner: Any, kind: str, owner_id: str | None) -> list[dict[str, Any]]:
    """Rows for the persons, places or organisations of an article or a caption."""
    rows = []
    for ent in getattr(owner, kind):
        for m in ent.mentions:
            extra: dict[str, Any] = {"name": ent.name}
            if kind == "persons":
                extra.update(titles=_join(ent.titles), affiliation=ent.affiliation, is_leader=ent.is_leader,
                             country=ent.country, role=ent.role)
            elif kind == "places":
                extra.update(place_kind=ent.kind, country=ent.country, code=ent.code)
            rows.append(_row(owner_id, kind[:-1], m, ent.name, **extra))
    return rows


def _article_rows(a: Article, kind: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    if kind == "articles":
        first = a.paragraphs[0] if a.paragraphs else (a.headline or None)
        if first is not None:
            last = a.paragraphs[-1] if a.paragraphs else first
            from newsie.records import Span as _Span

            whole = _Span(start=min(first.start, last.start), end=max(first.end, last.end), text=a.body)
            rows.append(_row(a.id, "article", whole, None,
                             headline=a.headline.text if a.headline else None,
                             kicker=a.kicker.text if a.kicker else None,
                             column=a.column.text if a.column else None,
                             paragraphs=len(a.paragraphs), continued_to=a.continued_to,
                             continued_from=a.continued_from))
    elif kind == "headings":
        rows += [_row(a.id, name, s, None, index=i) for i, (name, s) in enumerate(_headings(a))]
    elif kind == "paragraphs":
        rows += [_row(a.id, "paragraph", p, None, index=i) for i, p in enumerate(a.paragraphs)]
    elif kind == "bylines":
        rows += [_row(a.id, "byline", b.span, _join(b.reporters), agency=b.agency, byline_kind=b.kind,
                      place=b.place, date=b.date.isoformat() if b.date else None) for b in a.bylines]
    elif kind == "continuations":
        rows += [_row(a.id, "continuation", c.span, c.page, direction=c.direction) for c in a.continuations]
    elif kind in ("persons", "places", "organizations"):
        rows += _entity_rows(a, kind, a.id)
    elif kind == "dates":
        for d in a.dates:
            rows.append(_row(a.id, "date", d.span, d.start_date.isoformat() if d.start_date else None,
                             date_kind=d.kind, end_date=d.end_date.isoformat() if d.end_date else None,
                             granularity=d.granularity, anchor=d.anchor))
    elif kind == "figures":
        for f in a.figures:
            rows.append(_row(a.id, "figure", f.span, f.value, figure_kind=f.kind, unit=f.unit,
                             hedge=f.hedge, of=f.of, change=f.change))
    return rows


def _headings(a: Article) -> list[tuple[str, Span]]:
    """An article's heading spans, each with its kind, in the order of the heading's
    parts (column, kicker, headline, subheadlines, author line; a headline may be printed
    after its body), then the in-body section heads in page order."""
    found = [(name, s) for name in ("column", "kicker", "headline") if (s := getattr(a, name)) is not None]
    found += [("subheadline", s) for s in a.subheadlines]
    found += [("author", a.author)] if a.author is not None else []
    found += [("section_head", s) for s in sorted(a.section_heads, key=lambda s: (s.page or 0, s.start))]
    return found


def to_records(page: Page, kind: str = "all") -> list[dict[str, Any]]:
    from newsie.records import RECORD_KINDS

    if kind != "all" and kind not in RECORD_KINDS:
        raise ValueError(f"unknown record kind {kind!r}; choose one of: all, {', '.join(RECORD_KINDS)}")
    # "all": every record but the article structure (articles, their headings and paragraphs)
    kinds = [k for k in RECORD_KINDS if k not in ("articles", "headings", "paragraphs")] if kind == "all" else [kind]
    rows: list[dict[str, Any]] = []
    for k in kinds:
        if k == "captions":
            for c in page.captions:
                rows.append(_row(None, "caption", c.span, _join(c.photographers), agency=c.agency))
            continue
        if k == "bylines":
            for c in page.captions:
                if c.credit is not None:
                    b = c.credit
                    rows.append(_row(None, "byline", b.span, _join(b.reporters), agency=b.agency,
                                     byline_kind=b.kind, place=b.place, date=None))
        if k == "continuations":
            attached = {c.span.start for a in page.articles for c in a.continuations}
            rows += [_row(None, "continuation", c.span, c.page, direction=c.direction)
                     for c in page.continuations if c.span.start not in attached]
        for a in page.articles:
            rows += _article_rows(a, k)
        if k in ("persons", "places", "organizations"):
            for c in page.captions:
                rows += _entity_rows(c, k, None)
    rows.sort(key=lambda r: (r["start"], r["end"]))
    return rows


def to_frame(page: Page, kind: str = "all"):
    try:
        import pandas as pd
    except ImportError:
        raise MissingExtraError("pandas", "pandas") from None
    rows = to_records(page, kind)
    frame = pd.DataFrame(rows)
    if frame.empty:
        return pd.DataFrame(columns=list(COLUMNS))
    if "value" in frame and frame["value"].map(lambda v: isinstance(v, Decimal)).any():
        frame["value"] = frame["value"].astype(object)
    first = [c for c in COLUMNS if c in frame.columns]
    return frame[first + [c for c in frame.columns if c not in first]]


def iter_spans(page: Page) -> list[tuple[str, str | None, Span]]:
    out: list[tuple[str, str | None, Span]] = []
    for a in page.articles:
        for name in ("headline", "kicker", "column", "author"):
            s = getattr(a, name)
            if s is not None:
                out.append((name, a.id, s))
        out += [("subheadline", a.id, s) for s in a.subheadlines]
        out += [("section_head", a.id, s) for s in a.section_heads]
        out += [("paragraph", a.id, s) for s in a.paragraphs]
        out += [("byline", a.id, b.span) for b in a.bylines]
        out += [("continuation", a.id, c.span) for c in a.continuations]
        out += [("date", a.id, d.span) for d in a.dates]
        out += [("figure", a.id, f.span) for f in a.figures]
        for kind in ("persons", "places", "organizations"):
            out += [(kind[:-1], a.id, m) for e in getattr(a, kind) for m in e.mentions]
    for c in page.captions:
        out.append(("caption", None, c.span))
        if c.credit is not None:
            out.append(("byline", None, c.credit.span))
        for kind in ("persons", "places", "organizations"):
            out += [(kind[:-1], None, m) for e in getattr(c, kind) for m in e.mentions]
    out += [("continuation", None, c.span) for c in page.continuations]
    return out


# -- HTML ------------------------------------------------------------------------------

_STYLE = """<style>
.newsie-page{font-family:system-ui,"Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;line-height:1.6;max-width:60em}
.newsie-page article{border-top:1px solid #ccc;padding:.4em 0}
.newsie-page h3{margin:.2em 0;font-size:1.15em}
.newsie-page .kicker,.newsie-page .sub,.newsie-page .column{color:#555;font-size:.9em;margin:0}
.newsie-page h4.section{margin:.5em 0 .2em;font-size:1em}
.newsie-page mark{border-radius:3px;padding:0 2px}
.newsie-page mark.byline{background:#d6eaff}.newsie-page mark.continuation{background:#ffe0b3}
.newsie-page mark.date{background:#e2f7d4}.newsie-page mark.figure{background:#fff3a8}
.newsie-page mark.person{background:#f6d5f7}.newsie-page mark.place{background:#d7f3f1}
.newsie-page mark.organization{background:#e8e0ff}
.newsie-page .warn{color:#a15c00;font-size:.85em}
</style>"""


def _highlight(doc, span: Span, marks: list[tuple[int, int, str, str]]) -> str:
    """HTML for ``span`` with the parts that ``marks`` (source ranges) cover highlighted.

    Positions are compared in clean offsets, so a mark that crosses a paragraph break
    (a dateline on its own line) is highlighted in each paragraph it touches.
    """
    start, end = doc.to_clean(span.start, span.end)
    cuts = []
    for ms, me, kind, _ in marks:
        cs, ce = doc.to_clean(ms, me)
        cs, ce = max(cs, start), min(ce, end)
        if cs < ce:
            cuts.append((cs, ce, kind))
    cuts.sort(key=lambda c: (c[0], -c[1]))  # at one start the outer mark wins
    out, pos = [], start
    for cs, ce, kind in cuts:
        if cs < pos:
            continue  # overlapping marks: the first one wins
        out.append(html.escape(doc.text[pos:cs]))
        out.append(f'<mark class="{kind}" title="{kind}">{html.escape(doc.text[cs:ce])}</mark>')
        pos = ce
    out.append(html.escape(doc.text[pos:end]))
    return "".join(out).replace("\n", "")


_LONGEST_MARK = 10_000  # bylines, dates, figures and names are far shorter


def _overlapping(marks: list[tuple[int, int, str, str]], starts: list[int], span: Span) -> list:
    """The marks (sorted by start) that overlap ``span``, found by bisect, not by a scan."""
    lo = bisect.bisect_left(starts, span.start - _LONGEST_MARK)
    hi = bisect.bisect_left(starts, span.end)
    return [m for m in marks[lo:hi] if m[1] > span.start]


def page_html(page: Page) -> str:
    from newsie.document import Document

    doc = Document(page.source)
    spans = [(s.start, s.end, kind, s.text) for kind, _, s in iter_spans(page)
             if kind in ("byline", "continuation", "date", "figure", "person", "place", "organization")]
    spans.sort()
    starts = [m[0] for m in spans]
    head = f"第{page.page_number}版 " if page.page_number else ""
    date = page.issue_date.isoformat() if page.issue_date else "issue date unknown"
    parts = [_STYLE, '<div class="newsie-page">',
             f"<p><b>{html.escape(page.newspaper or '')} {head}{date}</b> · "
             f"{len(page.articles)} articles · {len(page.captions)} captions</p>"]
    for w in page.warnings:
        parts.append(f'<p class="warn">⚠ {html.escape(w)}</p>')
    for e in page.errors:
        parts.append(f'<p class="warn">✗ {html.escape(e.type)}: {html.escape(e.message)}</p>')
    for a in page.articles:
        parts.append(f'<article data-id="{html.escape(a.id)}">')
        if a.column:
            parts.append(f'<p class="column">【{html.escape(a.column.text)}】</p>')
        if a.kicker:
            parts.append(f'<p class="kicker">{html.escape(a.kicker.text)}</p>')
        parts.append(f"<h3>{html.escape(a.headline.text) if a.headline else '(no headline)'}</h3>")
        for s in a.subheadlines:
            parts.append(f'<p class="sub">{html.escape(s.text)}</p>')
        if a.author:
            parts.append(f'<p class="sub">{html.escape(a.author.text)}</p>')
        for b in a.bylines:
            if not any(p.start < b.span.end and b.span.start < p.end for p in a.paragraphs):
                parts.append(f'<p><mark class="byline" title="byline">{html.escape(b.span.text)}</mark></p>')
        # the in-body section heads stand between the paragraphs they part, in page order
        heads = sorted(a.section_heads, key=lambda s: (s.page or 0, s.start))
        k = 0
        for p in a.paragraphs:
            while k < len(heads) and (heads[k].page or 0, heads[k].start) < (p.page or 0, p.start):
                parts.append(f'<h4 class="section">{html.escape(heads[k].text)}</h4>')
                k += 1
            inside = _overlapping(spans, starts, p)
            parts.append(f"<p>{_highlight(doc, p, inside)}</p>")
        parts += [f'<h4 class="section">{html.escape(h.text)}</h4>' for h in heads[k:]]
        for c in a.continuations:
            if not any(p.start < c.span.end and c.span.start < p.end for p in a.paragraphs):
                parts.append(f'<p><mark class="continuation" title="continuation">{html.escape(c.span.text)}</mark></p>')
        parts.append("</article>")
    for c in page.captions:
        inside = _overlapping(spans, starts, c.span)
        parts.append(f'<figure><figcaption>{_highlight(doc, c.span, inside)}</figcaption></figure>')
    parts.append("</div>")
    return "".join(parts)


def _person_text(p) -> str:
    office = "、".join(p.titles[-1:]) if p.titles else (p.role or "")
    where = p.country or p.affiliation or ""
    mark = "*" if p.is_leader else ""
    if where and office.startswith(where):
        where = ""  # 俄罗斯总统: the office names the country already
    return f"{mark}{p.name}" + (f"（{where}{office}）" if office or where else "")


def _date_text(d) -> str:
    if d.start_date is None and d.duration_value is None:
        return f"{d.span.text}=?"
    if d.kind == "duration":
        return f"{d.span.text}={d.duration_value} {d.duration_unit}"
    value = d.start_date.isoformat()
    if d.end_date and d.end_date != d.start_date:
        value += f"..{d.end_date.isoformat()}"
    return f"{d.span.text}={value}"


def _figure_text(f) -> str:
    value = f"{f.low}–{f.high}" if f.low is not None and f.high is not None else (
        "?" if f.value is None else str(f.value))
    unit = f.currency or f.unit or ""
    extra = "".join(f" {x}" for x in (f.hedge and f"({f.hedge})", f.of and f"of {f.of}") if x)
    return f"{f.span.text}={value}{(' ' + unit) if unit else ''}{extra}"


def _entity_lines(a, width: int = 110) -> list[str]:
    """The article's people (* = leader), places, organisations, dates and figures, one
    line each, cut to ``width`` characters."""
    rows = (
        ("people", [_person_text(p) for p in a.persons]),
        ("places", [p.name + (f"/{p.code}" if p.code else "") for p in a.places]),
        ("orgs", [o.name for o in a.organizations]),
        ("dates", [_date_text(d) for d in a.dates]),
        ("figures", [_figure_text(f) for f in a.figures]),
    )
    out = []
    for label, items in rows:
        if items:
            line = f"    {label}: " + "; ".join(items)
            out.append(line if len(line) <= width else line[: width - 1] + "…")
    return out


def page_text(page: Page) -> str:
    lines = [repr(page)]
    lines += [f"! {w}" for w in page.warnings]
    for a in page.articles:
        title = a.headline.text if a.headline else "(no headline)"
        lines.append(f"[{a.id}] {title}")
        for label, span in (("column", a.column), ("kicker", a.kicker), ("author", a.author)):
            if span is not None:
                lines.append(f"    {label}: {span.text}")
        lines += [f"    subtitle: {s.text}" for s in a.subheadlines]
        if a.section_heads:
            line = "    section heads: " + " / ".join(s.text for s in a.section_heads)
            lines.append(line if len(line) <= 110 else line[:109] + "…")
        for b in a.bylines:
            parts = [b.kind, b.agency, b.place, b.date.isoformat() if b.date else None, " ".join(b.reporters)]
            lines.append("    " + " ".join(p for p in parts if p))
        if a.paragraphs:
            body = a.body.replace("\n", " ")
            lines.append(f"    {body[:60]}{'…' if len(body) > 60 else ''} ({len(a.paragraphs)} paragraphs)")
        if a.continued_from:
            lines.append(f"    ← continued from page {a.continued_from}")
        if a.continued_to:
            lines.append(f"    → continued on page {a.continued_to}")
        lines += _entity_lines(a)
    for c in page.captions:
        credit = f" [{' '.join(c.photographers)}]" if c.photographers else ""
        lines.append(f"[caption] {c.text[:60]}{'…' if len(c.text) > 60 else ''}{credit}")
    return "\n".join(lines)
