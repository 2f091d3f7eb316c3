"""Train the heading-line role model of the article segmenter (models/segment_roles.json).

Each line of a heading group is a column tag, a kicker (引题), the headline, or a
subtitle (副题). This script labels the heading lines of the segmentation benchmark's DEV
pages (days 01-15, both routes) from the pages' truth and fits gradient-boosted trees
(version 4; a multinomial logistic regression before; version 5 adds the pieces of a
wrapped heading group to the features, version 6 the wording of each piece and of the
pieces around it) on `newsie.extractors.segment.line_features`.
The test pages are never read.

    python models/build_segment_roles.py            # needs $NEWSIE_DATA and scikit-learn
    python models/build_segment_roles.py --with-pd1998 1-15 --out /tmp/segment_roles.json   # + the other month's reading days
"""

from __future__ import annotations

from pathlib import Path

from _train import WS, cli, dev_pages, fit_trees, tree_fields, write

from newsie.document import Document
from newsie.extractors import segment as S

OUT = Path(__file__).with_name("segment_roles.json")
VERSION = 6


def label(text: str, pieces: list[tuple[str, str]]) -> str | None:
    """The role of the truth piece holding ``text``: exact match first, then containment."""
    for role, piece in pieces:
        if text == piece:
            return role
    for role, piece in pieces:
        if text and text in piece:
            return role
    return None


def examples(pages):
    for page in pages:
        pieces = []
        for a in page["articles"]:
            for role, x in (("column", a.get("column")), ("kicker", a.get("kicker")), ("headline", a["headline"])):
                if x:
                    pieces.append((role, WS.sub("", x)))
            pieces += [("subtitle", WS.sub("", x)) for x in a.get("subheadlines") or []]
        doc = Document(page["text"])
        seq, _ = S.grouping._group(S.classify(doc))
        for x in seq:
            if not isinstance(x, list):
                continue
            group = [b for b in x if b.kind != S.AUTHOR]
            labels = [label(WS.sub("", b.text), pieces) for b in group]
            if not group or any(lab is None for lab in labels):
                continue  # a group with lines the truth does not know (a section head, a fragment)
            for k, lab in enumerate(labels):
                yield S.line_features(group, k), lab


def main(out: Path = OUT) -> None:
    names, model, labels, acc = fit_trees(examples(dev_pages()))
    write(out, "heading-line role model of newsie.segment.v1: column / kicker / headline / subtitle",
          labels, acc, version=VERSION, classes=[str(c) for c in model.classes_], **tree_fields(names, model))


if __name__ == "__main__":
    cli(main, OUT, __doc__.split("\n\n")[0])
