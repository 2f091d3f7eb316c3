"""Train the heading-line role model of the article segmenter (models/segment_roles.json).

Each line of a heading group is a column tag, a kicker (引题), the headline, or a
subtitle (副题). This script labels the heading lines of the segmentation benchmark's DEV
pages (days 01-15, both routes) from the pages' truth and fits a multinomial logistic
regression on `newsie.extractors.segment.line_features`. The test pages are never read.

    python models/build_segment_roles.py            # needs $NEWSIE_DATA and scikit-learn
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks" / "segmentation"))

import make_pages  # noqa: E402
from newsie.document import Document  # noqa: E402
from newsie.extractors import segment as S  # noqa: E402

WS = re.compile(r"\s+")
OUT = Path(__file__).with_name("segment_roles.json")
VERSION = 1


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
        seq, _ = S._group(S.classify(doc))
        for x in seq:
            if not isinstance(x, list):
                continue
            group = [b for b in x if b.kind != S.AUTHOR]
            labels = [label(WS.sub("", b.text), pieces) for b in group]
            if not group or any(lab is None for lab in labels):
                continue  # a group with lines the truth does not know (a section head, a fragment)
            for k, lab in enumerate(labels):
                yield S.line_features(group, k), lab


def main() -> None:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_score

    rows = []
    for route in ("sim", "pdf"):
        rows += list(examples(make_pages.generate("dev", route)))
    feats, labels = [f for f, _ in rows], [y for _, y in rows]
    vec = DictVectorizer(sparse=False)
    X = vec.fit_transform(feats)
    model = LogisticRegression(C=1.0, max_iter=3000)
    acc = cross_val_score(model, X, labels, cv=5).mean()
    model.fit(X, labels)
    names = vec.get_feature_names_out()
    classes = list(model.classes_)
    out = {
        "version": VERSION,
        "about": "heading-line role model of newsie.segment.v1: column / kicker / headline / subtitle",
        "trained_on": "segmentation benchmark DEV pages (2019-10-01..15), sim and pdf routes",
        "examples": len(labels),
        "labels": dict(Counter(labels)),
        "cv_accuracy": round(float(acc), 4),
        "classes": list(S.ROLES),
        "bias": {c: round(float(model.intercept_[classes.index(c)]), 4) for c in S.ROLES},
        "weights": {
            c: {n: round(float(w), 4) for n, w in zip(names, model.coef_[classes.index(c)]) if abs(w) >= 1e-4}
            for c in S.ROLES
        },
    }
    OUT.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(labels)} lines {dict(Counter(labels))}, 5-fold accuracy {acc:.3f}")


if __name__ == "__main__":
    main()
