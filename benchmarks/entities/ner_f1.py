"""PER/LOC/ORG span F1 of newsie's entity model beside jieba and thulac, and its speed.

    PYTHONPATH=src python3 benchmarks/entities/ner_f1.py [--sample N] [--systems newsie,jieba,thulac,entities,rules]
                                                        [--model SPEC] [--json OUT]

Sets: ``$NEWSIE_DATA/pd-ner/example.test`` (人民日报 1998, 4,636 sentences) and
``$NEWSIE_DATA/msra-ner/msra_test_bio.txt`` (MSRA/SIGHAN 2006 test, 3,442 sentences).
A predicted entity counts when its span and type both match the gold exactly; scores are
per type and micro-averaged over the three. Systems:

- ``newsie``: ``newsie.ner.load(SPEC)`` (default: the shipped model), texts in batches;
- ``entities`` (not run unless asked): the pipeline's whole entity source, rules and
  gazetteers plus the model's spans (``newsie.entities.page_entities``), its persons',
  places' and organisations' mentions as PER / LOC / ORG; ``rules``: the same in fast mode;
- ``jieba``: ``jieba.posseg`` words tagged nr/nrfg/nrt (PER), ns (LOC), nt (ORG);
- ``thulac``: THULAC words tagged np (PER), ns (LOC), ni (ORG).

Speed is characters per second of each system over the same texts, on one core
(the script pins BLAS/OpenMP to one thread), and newsie's ratio to jieba posseg.
One summary line per system per set; ``--json`` writes every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Callable, Iterable, Sequence

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parents[2]
LABELS = ("PER", "LOC", "ORG")
Span3 = tuple[int, int, str]
SETS = {"pd-ner": ("pd-ner", "example.test"), "msra": ("msra-ner", "msra_test_bio.txt"),
        "pd-ner-dev": ("pd-ner", "example.dev")}  # dev: for choosing among models, not a result


def data_dir() -> Path:
    """$NEWSIE_DATA, or ../shared/data from the project root."""
    return Path(os.environ.get("NEWSIE_DATA") or ROOT.parent / "shared" / "data")


def bio_spans(tags: Sequence[str]) -> list[Span3]:
    """BIO tags -> (start, end, label) spans; a B- after a B- starts a new span.

    >>> bio_spans(["B-LOC", "B-LOC", "O", "B-PER", "I-PER", "I-PER"])
    [(0, 1, 'LOC'), (1, 2, 'LOC'), (3, 6, 'PER')]
    """
    spans: list[Span3] = []
    start, label = 0, None
    for i, tag in enumerate(list(tags) + ["O"]):
        if tag.startswith("I-") and label == tag[2:]:
            continue
        if label is not None:
            spans.append((start, i, label))
            label = None
        if tag.startswith(("B-", "I-")):
            start, label = i, tag[2:]
    return spans


def read_bio(path: Path) -> list[tuple[str, list[Span3]]]:
    """A one-char-per-line BIO file (space or tab before the tag) -> [(sentence, spans)]."""
    out: list[tuple[str, list[Span3]]] = []
    chars: list[str] = []
    tags: list[str] = []
    for raw in path.read_text(encoding="utf-8").splitlines() + [""]:
        line = raw.rstrip("\r")
        if not line.strip():
            if chars:
                out.append(("".join(chars), bio_spans(tags)))
            chars, tags = [], []
            continue
        ch, tag = (line.split("\t")[0], line.split("\t")[-1]) if "\t" in line else line.rsplit(" ", 1)
        chars.append(ch[:1] or " ")
        tags.append(tag.strip())
    return out


def load_set(name: str, sample: int | None = None) -> list[tuple[str, list[Span3]]]:
    """A test set, whole or an evenly spread sample of `sample` sentences."""
    folder, file = SETS[name]
    rows = read_bio(data_dir() / folder / file)
    if sample and sample < len(rows):
        step = len(rows) / sample
        rows = [rows[int(i * step)] for i in range(sample)]
    return rows


def score(gold: Iterable[Sequence[Span3]], pred: Iterable[Sequence[Span3]]) -> dict[str, dict[str, float]]:
    """Exact span-and-type P/R/F per label and overall (micro).

    >>> score([[(0, 2, "PER")]], [[(0, 2, "PER"), (3, 4, "LOC")]])["all"]["f"]
    0.6667
    """
    counts = {lab: [0, 0, 0] for lab in (*LABELS, "all")}  # tp, n_pred, n_gold
    for g, p in zip(gold, pred):
        gs, ps = set(g), set(p)
        for lab in LABELS:
            gl = {x for x in gs if x[2] == lab}
            pl = {x for x in ps if x[2] == lab}
            for key in (lab, "all"):
                counts[key][0] += len(gl & pl)
                counts[key][1] += len(pl)
                counts[key][2] += len(gl)
    out = {}
    for lab, (tp, npred, ngold) in counts.items():
        p = tp / npred if npred else 0.0
        r = tp / ngold if ngold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[lab] = {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "gold": ngold}
    return out


def newsie_system(spec: str = "default") -> Callable[[list[str]], list[list[Span3]]]:
    sys.path.insert(0, str(ROOT / "src"))
    from newsie.ner import load

    return load(spec)


def entities_system(spec: str = "default") -> Callable[[list[str]], list[list[Span3]]]:
    """The whole default entity source of the pipeline: rules, gazetteers and the model
    (``newsie.entities.page_entities``), its person / place / organisation mentions as
    PER / LOC / ORG spans of the raw text; ``spec`` "fast" runs the rules alone."""
    sys.path.insert(0, str(ROOT / "src"))
    from newsie.document import Document
    from newsie.entities import FAST, page_entities
    from newsie.ner import load

    source = None if spec == FAST else load(spec)

    def one(text: str) -> list[Span3]:
        doc = Document(text)
        ents = page_entities(doc, entity_source=source)
        found = [(s, e, "PER") for p in ents.persons.values() for s, e in p.mentions]
        found += [(h.start, h.end, "LOC") for h in ents.places]
        found += [(h.start, h.end, "ORG") for h in ents.orgs]
        out = set()
        for s, e, label in found:
            span = doc.span(s, e)
            out.add((span.start, span.end, label))
        return sorted(out)

    return lambda texts: [one(t) for t in texts]


JIEBA_TAGS = {"nr": "PER", "nrfg": "PER", "nrt": "PER", "ns": "LOC", "nt": "ORG"}
THULAC_TAGS = {"np": "PER", "ns": "LOC", "ni": "ORG"}


def _words_to_spans(words: Iterable[tuple[str, str]], tags: dict[str, str]) -> list[Span3]:
    spans, pos = [], 0
    for word, tag in words:
        if tag in tags:
            spans.append((pos, pos + len(word), tags[tag]))
        pos += len(word)
    return spans


def jieba_system() -> Callable[[list[str]], list[list[Span3]]]:
    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(60)
    jieba.initialize()
    list(pseg.cut("预热"))
    return lambda texts: [_words_to_spans(((w.word, w.flag) for w in pseg.cut(t)), JIEBA_TAGS) for t in texts]


def thulac_system() -> Callable[[list[str]], list[list[Span3]]]:
    import contextlib
    import io

    import thulac

    with contextlib.redirect_stdout(io.StringIO()):
        model = thulac.thulac()
    return lambda texts: [_words_to_spans(((w, t) for w, t in model.cut(x)), THULAC_TAGS) for x in texts]


def run_system(fn, rows, repeat: int = 1) -> tuple[list[list[Span3]], float]:
    """Predictions and chars/s (best of `repeat` timed passes)."""
    texts = [t for t, _ in rows]
    n = sum(map(len, texts))
    best = float("inf")
    pred: list[list[Span3]] = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        pred = fn(texts)
        best = min(best, time.perf_counter() - t0)
    return pred, n / best if best else float("inf")


def evaluate(system: Callable, rows, repeat: int = 1) -> dict:
    """Scores and speed of one system on one set's rows."""
    pred, speed = run_system(system, rows, repeat)
    return {"scores": score([g for _, g in rows], pred), "chars_per_s": round(speed), "sentences": len(rows)}


def line(set_name: str, name: str, res: dict, ref_speed: float | None) -> str:
    s = res["scores"]
    ratio = f" ({res['chars_per_s'] / ref_speed:.2f}x jieba)" if ref_speed else ""
    per = "  ".join(f"{lab} {s[lab]['f']:.3f}" for lab in LABELS)
    return (
        f"{set_name:7s} {name:8s} P {s['all']['p']:.3f} R {s['all']['r']:.3f} F {s['all']['f']:.3f}  "
        f"{per}  {res['chars_per_s']:>9,} chars/s{ratio}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=None, help="sentences per set (default: all)")
    ap.add_argument("--sets", default="pd-ner,msra")
    ap.add_argument("--systems", default="newsie,jieba,thulac")
    ap.add_argument("--model", default="default", help="newsie entity source spec")
    ap.add_argument("--repeat", type=int, default=1, help="timed passes per system (best is kept)")
    ap.add_argument("--json", help="write all figures here")
    args = ap.parse_args(argv)
    if not data_dir().is_dir():
        print(f"no research data at {data_dir()} (set NEWSIE_DATA)", file=sys.stderr)
        return 2
    makers = {"newsie": lambda: newsie_system(args.model), "entities": lambda: entities_system(args.model),
              "rules": lambda: entities_system("fast"), "jieba": jieba_system, "thulac": thulac_system}
    systems = {name: makers[name]() for name in args.systems.split(",")}
    results: dict = {}
    for set_name in args.sets.split(","):
        rows = load_set(set_name, args.sample)
        results[set_name] = {name: evaluate(fn, rows, args.repeat) for name, fn in systems.items()}
        ref = results[set_name].get("jieba", {}).get("chars_per_s")
        for name, res in results[set_name].items():
            print(line(set_name, name, res, ref if name != "jieba" else None), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
