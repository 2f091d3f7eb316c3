"""Name + title pairs on CLUENER2020's dev set: newsie (fast mode) beside a jieba baseline.

CLUENER labels people (``name``) and offices or jobs (``position``: 总统, 董事长, 记者 ...)
in 1,343 news sentences. A gold pair is a name and a position that touch (the position
just before the name, 国务院总理李克强, or just after it, 普京总统). newsie's pairs are each
person's name with each of its titles (the office: the shortest lexicon title the printed
phrase ends with) and, for reporters from bylines, their role. The baseline is jieba's posseg: a
token tagged as a person name (nr*) paired with a neighbouring token that ends with a title
of newsie's own lexicon, so the two differ in how they find names and read the patterns,
not in the titles they know.

A pair matches when the names are equal and the gold position ends with the predicted
office (香港特别行政区行政长官 / 行政长官). Scores are micro precision, recall and F1 over
the sentences.

    python benchmarks/entities/pairs.py               # all 1,343 sentences
    python benchmarks/entities/pairs.py --sources fast default   # also with the model's spans

Needs $NEWSIE_DATA/cluener-dev (internal evaluation only; nothing of it is committed).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def data_root() -> Path:
    return Path(os.environ.get("NEWSIE_DATA", ROOT.parent / "shared" / "data"))


def load(limit: int | None = None) -> list[dict]:
    """CLUENER dev sentences: a run of pretty-printed JSON objects, read one by one."""
    raw = (data_root() / "cluener-dev" / "dev.json").read_text(encoding="utf-8")
    dec, i, out = json.JSONDecoder(), 0, []
    while True:
        while i < len(raw) and raw[i].isspace():
            i += 1
        if i >= len(raw) or (limit is not None and len(out) >= limit):
            return out
        obj, i = dec.raw_decode(raw, i)
        out.append(obj)


def gold_pairs(sentence: dict) -> Counter:
    labels = sentence["label"]
    names = [(s, e + 1, n) for n, spans in labels.get("name", {}).items() for s, e in spans]
    positions = [(s, e + 1, p) for p, spans in labels.get("position", {}).items() for s, e in spans]
    pairs = Counter()
    for ns, ne, name in names:
        for ps, pe, pos in positions:
            if pe == ns or ne == ps:
                pairs[(name, pos)] += 1
    return pairs


def _titles() -> list[str]:
    from newsie.entities._lexicon import lexicon

    return sorted(lexicon().titles, key=len)


def office(phrase: str, titles: list[str]) -> str:
    """The shortest lexicon title a printed phrase ends with (俄罗斯总统, 国务院总理 → 总理)."""
    return next((t for t in titles if phrase.endswith(t)), phrase)


def newsie_pairs(texts: list[str], source: str = "fast") -> list[Counter]:
    import newsie

    nlp = newsie.Pipeline(["newsie.segment.flat", "newsie.bylines", "newsie.entities"], entities=source)
    titles = _titles()
    out = []
    for text in texts:
        page = nlp(text)
        pairs = Counter()
        for art in page.articles:
            for p in art.persons:
                for t in p.titles:
                    pairs[(p.name, office(t, titles))] += len(p.mentions) and 1
                if p.role:
                    pairs[(p.name, "记者" if p.role.endswith("记者") else p.role)] += 1
        out.append(pairs)
    return out


def jieba_pairs(texts: list[str]) -> list[Counter]:
    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(60)
    titles = _titles()
    out = []
    for text in texts:
        toks = list(pseg.cut(text))
        pairs = Counter()
        for i, tok in enumerate(toks):
            if not tok.flag.startswith("nr"):
                continue
            for j in (i - 1, i + 1):
                if 0 <= j < len(toks):
                    t = next((t for t in titles if toks[j].word.endswith(t)), None)
                    if t is not None:
                        pairs[(tok.word, t)] += 1
        out.append(pairs)
    return out


def match(pred: Counter, gold: Counter) -> int:
    hits, left = 0, Counter(gold)
    for (name, off), k in pred.items():
        for _ in range(k):
            g = next(((n, p) for (n, p), c in left.items() if c > 0 and n == name and p.endswith(off)), None)
            if g is not None:
                left[g] -= 1
                hits += 1
    return hits


def score(preds: list[Counter], golds: list[Counter]) -> dict[str, float]:
    tp = sum(match(p, g) for p, g in zip(preds, golds))
    n_pred = sum(sum(p.values()) for p in preds)
    n_gold = sum(sum(g.values()) for g in golds)
    prec = tp / n_pred if n_pred else 0.0
    rec = tp / n_gold if n_gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3),
            "gold": n_gold, "predicted": n_pred}


def run(limit: int | None = None, *, baseline: bool = True, sources: tuple[str, ...] = ("fast",)) -> dict[str, dict]:
    sentences = load(limit)
    texts = [s["text"] for s in sentences]
    golds = [gold_pairs(s) for s in sentences]
    results = {}
    for source in sources:
        who = "newsie" if source == "fast" else f"newsie {source}"
        t0 = time.perf_counter()
        results[who] = score(newsie_pairs(texts, source), golds)
        results[who]["seconds"] = round(time.perf_counter() - t0, 2)
    if baseline:
        t0 = time.perf_counter()
        results["jieba"] = score(jieba_pairs(texts), golds)
        results["jieba"]["seconds"] = round(time.perf_counter() - t0, 2)
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--sources", nargs="+", default=["fast"], help="entity sources: fast, default, ...")
    args = ap.parse_args(argv)
    if not (data_root() / "cluener-dev").is_dir():
        print(f"pairs benchmark: {data_root() / 'cluener-dev'} not found (set NEWSIE_DATA)", file=sys.stderr)
        return 2
    for who, r in run(args.limit, sources=tuple(args.sources)).items():
        print(f"{who:14s} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}  "
              f"(gold {r['gold']}, predicted {r['predicted']}, {r['seconds']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
