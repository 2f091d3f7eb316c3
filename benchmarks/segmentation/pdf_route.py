"""The ``pdf`` route: typeset a page plan into a multi-column PDF and extract its text.

The lines come from the same renderer as the ``sim`` route (:class:`make_pages.SimRenderer`,
so wrapping, letter-spacing, datelines, markers and captions follow the same habits),
but here they are *placed*: every article becomes a block spanning 1-3 columns of a
4-8 column grid (skyline packing), with its headline on top in a large size, the body
flowed through the block's columns, first lines indented 2 em. A caption becomes a
block with a grey photo box and the caption in small type across the block, the credit
set flush right. A space in a rendered line is not drawn: it becomes a gap of about a
third of an em, which is what makes PDF text extraction print ``10 月 22 日`` and
``登 高 望 远``. Letter-spaced titles are drawn glyph by glyph inside
``saveState()/restoreState()``.

The order of drawing is the order of the extracted text: as on the seed page, most
headlines are drawn after their body. The PDF is made with reportlab's built-in CID
font ``STSong-Light`` (no font file needed) and read back with pypdfium2's plain text
extraction (``get_text_range``), so the page text has real extraction artifacts
(``\\r\\n`` line ends, spaces from gaps, lines joined where baselines meet).

The truth is carried over by aligning the non-whitespace characters drawn (each with
its label) to those extracted. pdfium joins text on a shared baseline into one line,
so now and then two neighbouring blocks interleave; :func:`make_pages.generate` checks
every page with :func:`make_pages.check_truth` and lays an inconsistent page out again
(another grid and sizes), dropping it after four tries.
"""

from __future__ import annotations

import difflib
import io
import math
import random
from dataclasses import dataclass

from make_pages import CaptionInfo, Label, PagePlan, PlacedArticle, SimRenderer

__all__ = ["PdfRenderer", "available", "render_pdf"]

FONT = "STSong-Light"
_registered = False


def available() -> str | None:
    """None when the pdf route can run, else the reason it cannot."""
    try:
        import pypdfium2  # noqa: F401
        import reportlab  # noqa: F401
    except ImportError as exc:
        return f"{exc.name} is not installed (pip install reportlab pypdfium2)"
    return None


def _register() -> None:
    global _registered
    if not _registered:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont

        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
        _registered = True


@dataclass
class Block:
    """A placed rectangle of lines: an article or a caption."""

    kind: str  # article | caption
    index: int
    cols: int
    head: list[int]  # line indices (into the renderer's lines)
    body: list[int]
    column: list[int]


class PdfRenderer(SimRenderer):
    """Lines from :class:`SimRenderer`, placed on a column grid and drawn to a PDF."""

    def __init__(self, plan: PagePlan, seed: int, attempt: int = 0):
        super().__init__(plan, seed)
        self.rng = random.Random(f"{seed}:{plan.page_id}:pdf:{attempt}")
        st = self.style
        st.gap, st.indent, st.lead_space_p, st.punct_w = "none", "", 0.0, 1.0
        st.col_width = self.rng.choice([13, 14, 15, 16, 17, 18, 19, 20])
        self.fs = self.rng.choice([8.5, 9.0, 9.5])  # body size, pt
        self.lead = self.fs * self.rng.uniform(1.45, 1.7)
        self.gutter = self.fs * 1.5
        self.cap_fs = self.fs * 0.85
        total = sum(len("".join(a.paragraphs)) for a in plan.articles)
        lines = total / st.col_width * 1.15 + 40 * len(plan.articles)
        self.ncols = max(4, min(12, math.ceil(lines * self.lead / 9000)), self.rng.randint(4, 8))
        self.cols_of: dict[tuple, int] = {}
        self.head_fs: dict[int, float] = {}

    # ------------------------------------------------------------------ hooks

    def _span_cols(self, p: PlacedArticle) -> int:
        n = len("".join(p.paragraphs))
        k = 1 if n < 700 else 2 if n < 2500 else 3
        k = max(1, min(self.ncols, k + self.rng.choice([-1, 0, 0, 0, 1])))
        return k

    def article_width(self, p: PlacedArticle) -> float:
        return self.style.col_width

    def head_width(self, col_w: float) -> float:
        ai = self._current_article
        k = self.cols_of[("article", ai)]
        hfs = self.head_fs[ai]
        width_pt = k * col_w * self.fs + (k - 1) * self.gutter
        self._head_pt = width_pt
        return max(6.0, width_pt / hfs)

    def dress_width(self, head_w: float) -> float:
        # the kicker and the subtitle are set in the smaller heading type (:meth:`line_size`)
        # across the headline's measure, so a line holds more of their characters than of the
        # headline's; until session 44 they wrapped at the headline's count of characters, short
        # lines no typesetter sets, which read like one title wrapped at its measure
        return max(head_w, self._head_pt / (self.fs * 1.2))

    def caption_width(self, c: CaptionInfo) -> float:
        ci = self._current_caption
        k = self.cols_of[("caption", ci)]
        width_pt = k * self.style.col_width * self.fs + (k - 1) * self.gutter
        return width_pt / self.cap_fs - 1

    def credit_on_last_line(self, line, credit: str, width: float) -> bool:
        used = sum(self.width(ch) for t, _ in line for ch in t)
        return used + 2 + sum(self.width(ch) for ch in credit) <= width

    def article(self, ai: int, p: PlacedArticle) -> None:
        self._current_article = ai
        self.cols_of[("article", ai)] = self._span_cols(p)
        self.head_fs[ai] = self.rng.choice([12, 14, 16, 18, 20, 22]) if len(p.headline) < 24 else 12
        super().article(ai, p)

    def caption(self, ci: int, c: CaptionInfo) -> None:
        self._current_caption = ci
        self.cols_of[("caption", ci)] = max(1, min(self.ncols, self.rng.choice([1, 2, 2, 3])))
        super().caption(ci, c)

    # ------------------------------------------------------------------ layout

    def blocks(self) -> list[Block]:
        """Group the lines into blocks, in drawing order."""
        out: list[Block] = []
        for i, (block, part, _first) in enumerate(self.meta):
            if not out or (out[-1].kind, out[-1].index) != block:
                out.append(Block(block[0], block[1], self.cols_of.get(block, 1), [], [], []))
            b = out[-1]
            {"head": b.head, "column": b.column}.get(part, b.body).append(i)
        return out

    def line_size(self, block: Block, i: int) -> float:
        _, part, _ = self.meta[i]
        if block.kind == "caption":
            return self.cap_fs
        if part == "head":
            frags = self.lines[i][0]
            labels = {lab[0] for _, lab in frags if lab}
            return self.head_fs[block.index] if "headline" in labels else self.fs * 1.2
        if part == "column":
            return self.fs * 1.1
        return self.fs

    def draw(self) -> tuple[bytes, list[tuple[str, Label]]]:
        """Lay the blocks out and draw them; returns the PDF and the drawn characters."""
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfgen import canvas

        _register()
        col_pt = self.style.col_width * self.fs
        margin = 36.0
        width = 2 * margin + self.ncols * col_pt + (self.ncols - 1) * self.gutter
        sky = [0.0] * self.ncols
        placed = []  # (block, x0, y0 from top, line positions)
        for b in self.blocks():
            k = min(b.cols, self.ncols)
            start = min(range(self.ncols - k + 1), key=lambda s: (max(sky[s : s + k]), s))
            y = max(sky[start : start + k]) + (self.lead if max(sky[start : start + k]) else 0)
            x0 = margin + start * (col_pt + self.gutter)
            bw = k * col_pt + (k - 1) * self.gutter
            pos: dict[int, tuple[float, float, float]] = {}  # line -> (x, y_top, size)
            for i in b.column:
                size = self.line_size(b, i)
                pos[i] = (x0, y + size, size)
                y += size * 1.6
            if b.kind == "caption":
                photo_top = y
                y += self.rng.uniform(8, 16) * self.lead  # the photo
                photo_bottom = y
                for i in b.head + b.body:
                    size = self.line_size(b, i)
                    y += size * 1.35
                    pos[i] = (x0, y, size)
                placed.append((b, x0, bw, (photo_top, photo_bottom), pos))
                sky[start : start + k] = [y + self.lead] * k
                continue
            for i in b.head:
                size = self.line_size(b, i)
                y += size * 1.35
                pos[i] = (x0, y, size)
            y += self.lead * 0.5
            body = b.body
            per = max(1, math.ceil(len(body) / k))
            top = y
            for n, i in enumerate(body):
                c = n // per
                y_line = top + (n % per + 1) * self.lead
                indent = 2 * self.fs if self.meta[i][2] else 0.0
                pos[i] = (x0 + c * (col_pt + self.gutter) + indent, y_line, self.fs)
            y = top + min(per, len(body)) * self.lead
            placed.append((b, x0, bw, None, pos))
            sky[start : start + k] = [y + self.lead] * k
        height = max(sky) + 2 * margin

        buf = io.BytesIO()
        cv = canvas.Canvas(buf, pagesize=(width, height), pageCompression=1)
        cv.setTitle(self.plan.page_id)
        drawn: list[tuple[str, Label]] = []
        for b, x0, bw, photo, pos in placed:
            if photo is not None:  # the photo: a grey box above the caption
                cv.setFillGray(0.85)
                cv.rect(x0, height - margin - photo[1], bw, photo[1] - photo[0], fill=1, stroke=0)
                cv.setFillGray(0)
            for i in b.column + b.head + b.body:
                x, y_top, size = pos[i]
                frags = self.lines[i][0]
                baseline = height - margin - y_top
                right = None
                if b.kind == "caption" and any(lab and lab[0] == "credit" for _, lab in frags):
                    right = x0 + bw  # the credit flush right
                self._draw_line(
                    cv,
                    pdfmetrics,
                    frags,
                    x,
                    baseline,
                    size,
                    right,
                    drawn,
                    letter_spaced=self._letter_spaced(frags),
                )
        cv.showPage()
        cv.save()
        return buf.getvalue(), drawn

    @staticmethod
    def _letter_spaced(frags: list[tuple[str, Label]]) -> bool:
        text = "".join(t for t, _ in frags)
        return text.count(" ") >= 3 and text.count(" ") * 2 >= len(text.replace(" ", "")) - 2

    def _draw_line(
        self, cv, pdfmetrics, frags, x, baseline, size, right, drawn, letter_spaced=False
    ) -> None:
        """Draw one line: runs of glyphs, a gap of ~1/3 em for each space."""
        runs: list[tuple[str, list[Label], float]] = []  # text, labels, gap before (em)
        gap = 0.0
        cur, labs = "", []
        for text, lab in frags:
            for ch in text:
                if ch == " ":
                    if cur:
                        runs.append((cur, labs, gap))
                        cur, labs, gap = "", [], 0.0
                    gap += 0.45 if letter_spaced else 0.33
                else:
                    cur += ch
                    labs.append(lab)
        if cur:
            runs.append((cur, labs, gap))
        if not runs:
            return
        widths = [pdfmetrics.stringWidth(t, FONT, size) for t, _, _ in runs]
        if right is not None and len(runs) > 1:
            # the last run (the credit) goes flush right when the line has room for it
            head_w = sum(widths[:-1]) + sum(g * size for _, _, g in runs[1:-1])
            if x + head_w + size + widths[-1] < right:
                runs[-1] = (runs[-1][0], runs[-1][1], (right - widths[-1] - x - head_w) / size)
        if letter_spaced:
            cv.saveState()
        cv.setFont(FONT, size)
        for (t, ls, g), w in zip(runs, widths):
            x += g * size
            cv.drawString(x, baseline, t)
            x += w
            drawn.extend(zip(t, ls))
        if letter_spaced:
            cv.restoreState()


def _extract(pdf_bytes: bytes) -> str:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        page = doc[0]
        tp = page.get_textpage()
        text = tp.get_text_range()
        tp.close()
        page.close()
    finally:
        doc.close()
    return text.replace("\x00", "")


def _align(text: str, drawn: list[tuple[str, Label]]) -> list[Label]:
    """Labels for the extracted text: drawn non-space characters matched in order."""
    labels: list[Label] = [None] * len(text)
    idx = [i for i, ch in enumerate(text) if not ch.isspace()]
    ext = "".join(text[i] for i in idx)
    src = "".join(ch for ch, _ in drawn)
    if ext == src:
        for i, (_, lab) in zip(idx, drawn):
            labels[i] = lab
        return labels
    sm = difflib.SequenceMatcher(None, src, ext, autojunk=False)
    for a, b, n in sm.get_matching_blocks():
        for k in range(n):
            labels[idx[b + k]] = drawn[a + k][1]
    return labels


def render_pdf(
    plan: PagePlan, seed: int, attempt: int = 0, keep_pdf: str | None = None
) -> tuple[str, list[Label]]:
    """The ``pdf`` route: typeset, extract, and label the extracted text.

    ``attempt`` varies the layout (grid, sizes, block spans) while keeping the page's
    text habits; the generator retries when the extraction interleaves two articles so
    that a truth span would hold another article's text (about 1 page in 80).
    """
    r = PdfRenderer(plan, seed, attempt)
    r.build()
    pdf, drawn = r.draw()
    if keep_pdf:
        with open(keep_pdf, "wb") as fh:
            fh.write(pdf)
    text = _extract(pdf)
    return text, _align(text, drawn)
