"""Train the heading-role model of the article segmenter (models/segment_heads.json).

The segmenter groups heading-like lines; each group between two runs of body text either
heads an article or is an in-body section head (小标题). This script labels every such
group on the segmentation benchmark's DEV pages (days 01-15 of the 人民日报 e-paper month,
both routes), from the pages' truth, and fits gradient-boosted trees (version 3; a
logistic regression before; version 4 adds the cues of the text around each group) on the features of
`newsie.extractors.segment.group_features`.
The test pages (days 16-31) are never read.

    python models/build_segment_heads.py            # needs $NEWSIE_DATA and scikit-learn
    python models/build_segment_heads.py --with-pd1998 1-15 --out /tmp/segment_heads.json   # + the other month's reading days

Runs offline on CPU in about a minute. Only the weights are shipped; no text is.
"""

from __future__ import annotations

from pathlib import Path

from _train import WS, cli, dev_pages, fit_trees, tree_fields, write

from newsie.document import Document
from newsie.extractors import segment as S

OUT = Path(__file__).with_name("segment_heads.json")
VERSION = 4
# P(heads an article) from which a group heads one, tuned on the dev pages for body F1
# (v1: 0.15 .. 0.6 tried, 0.3 best; v2 with cohesion: 0.2 .. 0.5, 0.4; v3 trees: see the card)
THRESHOLD = 0.4


def examples(pages):
    """(features, label) for every heading group between two runs, from the truth."""
    for page in pages:
        heads, bodies = set(), set()
        for a in page["articles"]:
            for x in [a.get("kicker"), a["headline"], a.get("column"), *(a.get("subheadlines") or [])]:
                if x:
                    heads.add(WS.sub("", x))
            bodies.update(WS.sub("", p) for p in a["body"])
        head_text, body_text = "|".join(heads), "|".join(bodies)
        doc = Document(page["text"])
        seq, _ = S.grouping._group(S.classify(doc))
        seq = S.grouping._split_at_leads(seq)
        for i, x in enumerate(seq):
            if not isinstance(x, list) or i == 0 or i + 1 == len(seq):
                continue
            if not (isinstance(seq[i - 1], S.grouping._Run) and isinstance(seq[i + 1], S.grouping._Run)):
                continue
            if any(b.letter_spaced or b.wider for b in x):
                continue  # display type: decided by rule, not by the model
            texts = [WS.sub("", b.text) for b in x]
            in_head = sum(1 for t in texts if t and t in head_text)
            in_body = sum(1 for t in texts if t and t in body_text and t not in head_text)
            if in_head == in_body:
                continue  # unknown: a fragment of something else
            yield S.group_features(seq, i), int(in_head > in_body)


def main(out: Path = OUT) -> None:
    names, model, labels, acc = fit_trees(examples(dev_pages()))
    write(out, "heading-role model of newsie.segment.v1: P(group heads an article)", labels, acc,
          version=VERSION, threshold=THRESHOLD, classes=[int(c) for c in model.classes_],
          **tree_fields(names, model))


if __name__ == "__main__":
    cli(main, OUT, __doc__.split("\n\n")[0])
