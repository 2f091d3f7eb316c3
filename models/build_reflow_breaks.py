"""Train the paragraph-break model of the document reflow (models/reflow_breaks.json).

For each boundary between two lines of a page, the rules in `newsie.document` decide
whether a paragraph ends there. This script labels the boundaries of the segmentation
benchmark's DEV pages (days 01-15, both routes) from the pages' truth and fits a logistic
regression on `newsie.document.break_features`, which include the rules' own decision:
the model learns where the rules go wrong. The test pages are never read.

    python models/build_reflow_breaks.py            # needs $NEWSIE_DATA and scikit-learn
    python models/build_reflow_breaks.py --with-pd1998 1-15 --out /tmp/reflow_breaks.json   # + the other month's reading days
"""

from __future__ import annotations

from pathlib import Path

from _train import WS, cli, binary_weights, dev_pages, fit, write
import newsie.document as D

OUT = Path(__file__).with_name("reflow_breaks.json")
VERSION = 1


def examples(pages):
    """(features, label) for each line boundary the model judges (`newsie.document.break_examples`)."""
    for page in pages:
        text = page["text"]
        squashed = WS.sub("", text)
        bounds: set[int] = set()
        pieces = []
        for a in page["articles"]:
            pieces += [x for x in (a.get("kicker"), a["headline"], a.get("column")) if x]
            pieces += list(a.get("subheadlines") or []) + list(a["body"])
        pieces += [c["text"] for c in page["captions"]]
        for piece in pieces:
            p = WS.sub("", piece)
            k = squashed.find(p)
            if k >= 0:
                bounds.update((k, k + len(p)))
        count, src2sq = 0, [0] * (len(text) + 1)
        for k, ch in enumerate(text):
            src2sq[k] = count
            count += not ch.isspace()
        src2sq[len(text)] = count
        # the boundaries the model judges, read as newsie reads them: the rules' decisions
        # before the model (not after the rules that run after it), the same boundaries skipped
        doc, judged = D.break_examples(text)
        for i, features in judged:
            yield features, int(src2sq[doc.lines[i].end] in bounds)


def main(out: Path = OUT) -> None:
    D.USE_BREAK_MODEL = False  # features from the rules alone
    try:
        rows = list(examples(dev_pages()))
    finally:
        D.USE_BREAK_MODEL = True  # the models fitted next read the pages as newsie does
    rule_acc = sum(int(f["rule"]) == y if "rule" in f else y == 0 for f, y in rows) / len(rows)
    names, model, labels, acc = fit(rows)
    bias, weights = binary_weights(names, model)
    write(out, "paragraph-break model of newsie.document: P(a paragraph ends after this line)", labels, acc,
          version=VERSION, rules_accuracy=round(rule_acc, 4), threshold=0.5,
          # the model overrules the rules only when sure: it turns a break into a join below
          # join_below and a join into a break above break_above (tuned on the dev pages)
          join_below=0.1, break_above=0.9, bias=bias, weights=weights)


if __name__ == "__main__":
    cli(main, OUT, __doc__.split("\n\n")[0])
