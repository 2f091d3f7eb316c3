"""Article segmentation: a page's paragraphs → articles, headline blocks and captions.

The document has already reflowed the page into blocks (paragraphs). Segmentation runs
in three steps, each a function below:

1. **classify** every block by what it looks like: body text, a dateline that starts an
   article, a heading line (title, kicker ending in ——, subtitle starting with ——, the
   date-and-place line of a speech, a speech's author line), a jump marker, a photo
   caption or its credit;
2. **group** consecutive heading lines into heading groups and body blocks into runs;
   a run ends after a 下转 marker and starts at a 上接 marker or after a heading group;
3. **pair** each run with a heading group. PDF text often puts a headline *after* its
   body (drawing order), an e-paper's text puts it before, and some pages mix the two:
   each group chooses the run before it, the run after it, both (a group holding the
   headlines of its two neighbours, cut between two titles) or none, by a dynamic
   programme that leaves fewer runs without a headline and fewer headings unused, and
   charges each change of side. A heading group left over is a column tag (栏目).

A page with no recognisable structure becomes one article holding all its paragraphs,
with a warning.

Modules, in the order a page goes through them: :mod:`.blocks` (step 1), :mod:`.grouping`
(step 2), :mod:`.heads` (heading or section head), :mod:`.roles` (the heading lines' roles),
:mod:`.pairing` (step 3) and :mod:`.segmenter` (the extractor).
"""

from __future__ import annotations

from newsie.extractors.segment.blocks import (
    AUTHOR,
    BODY,
    CAPTION,
    COLUMN,
    CREDIT,
    HEADING,
    KICKER,
    LEAD,
    MARK_FROM,
    MARK_TO,
    NO_STRUCTURE,
    SUB,
    TITLE,
    Block,
    classify,
    is_clean_form,
)
from newsie.extractors.segment.heads import group_features, heading_probability
from newsie.extractors.segment.roles import ROLES, assign_roles, line_features
from newsie.extractors.segment.segmenter import make_segmenter, segment_blocks

__all__ = [
    "BODY",
    "LEAD",
    "TITLE",
    "KICKER",
    "SUB",
    "AUTHOR",
    "COLUMN",
    "MARK_TO",
    "MARK_FROM",
    "CAPTION",
    "CREDIT",
    "HEADING",
    "NO_STRUCTURE",
    "Block",
    "classify",
    "is_clean_form",
    "group_features",
    "heading_probability",
    "assign_roles",
    "line_features",
    "ROLES",
    "segment_blocks",
    "make_segmenter",
]
