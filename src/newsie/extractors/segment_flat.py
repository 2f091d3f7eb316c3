"""The fallback segmenter: the whole page as one article.

It is what a page with no recognisable structure gets, and the default until the
article segmenter lands. It keeps every paragraph of the clean text and warns.
"""

from __future__ import annotations

from newsie.document import Document
from newsie.draft import ArticleDraft, Draft
from newsie.registry import extractor

__all__ = ["make_flat_segmenter"]

WARNING = "no article structure recognised: the page is returned as one article"


@extractor("newsie.segment.flat.v1", assigns=("articles",))
def make_flat_segmenter():
    """One article holding all paragraphs of the page, with a warning on the page."""

    def segment(doc: Document, draft: Draft) -> None:
        if not doc.paragraphs:
            return
        draft.articles.append(
            ArticleDraft(
                id=f"p{draft.page_number or 0}-a1",
                paragraphs=list(doc.paragraphs),
                extent=[(0, len(doc.text) + 1)],
            )
        )
        draft.warn(WARNING)

    return segment
