"""Can this machine run the ``pdf`` route? A round trip through reportlab and pdfium.

The pdf route typesets with reportlab's built-in CID font ``STSong-Light``, which is not
embedded in the PDF: pdfium, reading the text back, needs a CJK font on the system to stand
in for it. Without one it silently drops short text runs (a single glyph, a two-character
name), and about half the pages then fail their truth check and are left out (measured in
session 12 on a machine with no CJK font: 289 of 554 pages of the other month dropped). This
probe draws such runs and reads them back, so that a benchmark stops with the reason instead
of scoring a thinned set.

Kept apart from ``pdf_route.py`` on purpose: the page cache is keyed by a hash of that file.
"""

from __future__ import annotations

import io

#: drawn one run at a time: a lone glyph and a two-glyph name are what pdfium drops first
_RUNS = ("新", "闻", "王某", "段落里的一行字")

FONT_HINT = "install a CJK system font, e.g. `apt-get install fonts-wqy-microhei`"


def problem() -> str | None:
    """None when the pdf route can run here, else why it cannot (one line)."""
    try:
        import pypdfium2  # noqa: F401
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas
    except ImportError as exc:
        return f"the pdf route needs {exc.name} (pip install reportlab pypdfium2)"
    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    cv = canvas.Canvas(buf, pagesize=(400, 300))
    y = 250
    for size, run in zip((12, 7.65, 9, 9), _RUNS):
        cv.setFont("STSong-Light", size)
        cv.drawString(36, y, run)
        y -= 40
    cv.showPage()
    cv.save()
    from pdf_route import _extract  # the route's own reading

    got = "".join(ch for ch in _extract(buf.getvalue()) if not ch.isspace())
    want = "".join(_RUNS)
    if got != want:
        return (f"pdfium read back {got!r} for {want!r}: it has no font to stand in for the "
                f"non-embedded CID font STSong-Light; {FONT_HINT}")
    return None


if __name__ == "__main__":
    import sys

    why = problem()
    print(why or "the pdf route can run here")
    sys.exit(1 if why else 0)
