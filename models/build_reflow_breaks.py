"""Train the paragraph-break model of the document reflow (models/reflow_breaks.json).

For each boundary between two lines of a page, the rules in `newsie.document` decide
whether a paragraph ends there. This script labels the boundaries of the segmentation
benchmark's DEV pages (days 01-15, both routes) from the pages' truth and fits a logistic
regression on `newsie.document.break_features`, which include the rules' own decision:
the model learns where the rules go wrong. The test pages are never read.

    python models/build_reflow_breaks.py            # needs $NEWSIE_DATA and scikit-learn
"""

from __future__ import annotations

from pathlib import Path

from _train import WS, binary_weights, dev_pages, fit, write
import newsie.document as D

OUT = Path(__file__).with_name("reflow_breaks.json")
VERSION = 1


def examples(pages):
    """(features, label) for each line boundary; boundaries next to bylines are skipped."""
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
        doc = D.Document(text)
        lines = doc.lines
        n = len(lines)
        indents = sum(1 for ln in lines if ln.indented)
        blanks = sum(1 for ln in lines if ln.blank_before)
        indent_marked = indents >= 3 and indents >= 0.04 * n
        blank_marked = n >= 6 and 0.02 * n <= blanks <= 0.6 * n
        for i in range(n - 1):
            a, b = lines[i], lines[i + 1]
            if a.letter_spaced or b.letter_spaced:
                continue
            if D._DATELINE_END.search(a.text) or D._BLOCK_START.match(b.text) or D._BYLINE_LINE.match(a.text):
                continue
            if D._SET_APART.match(a.text) or D._SET_APART.match(b.text):
                continue
            label = int(src2sq[a.end] in bounds)
            yield D.break_features(lines, doc.column_widths, i, indent_marked, blank_marked), label


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
    main()
