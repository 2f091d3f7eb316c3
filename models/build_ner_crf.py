"""Train newsie's default PER/LOC/ORG model (models/ner-zh/, a CRF) from PFR 1998-01, offline.

    nice -n 10 python3 models/build_ner_crf.py [--data DIR] [--work DIR] [--c1 0.1] [--iters 200]

The sentences, their PER/LOC/ORG spans, the drop of every sentence that also occurs in
the pd-ner or MSRA test sets and the dev split of whole articles are those of
``models/build_ner.py`` (the spaCy build; shared code). Half the sentences have their
full-width digits and letters made ASCII, as PDF text usually has them. Each character
gets the attributes of ``newsie.ner._crf.features`` (with the character and bigram
clusters of ``models/build_ner_clusters.py``, learned from unlabelled text and shipped
beside the weights as ``clusters.tsv``) and a BIOES tag; crfsuite trains a
linear-chain CRF with L-BFGS and elastic-net regularisation (``--c1`` prunes features to
keep the file small). The model is scored on the held-out January articles and on
pd-ner's *dev* file (never its test file), and written with its ``meta.json`` to
``--out``. CPU only; one thread.

``--add-dev all`` (as shipped since 0.4.0) also trains on pd-ner's dev sentences, with the
same test-overlap rule; dev is then scored in two folds by sentence hash (``fold_of``):
``--add-dev A`` trains with fold A and the fold B score is the estimate, and vice versa.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "models"))
sys.path.insert(0, str(ROOT / "benchmarks" / "entities"))

from build_ner import data_dir, norm, split, test_overlap, test_sentences, to_half
from ner_f1 import read_bio, score

from newsie.ner._decode import extend_orgs
from newsie.ner._crf import (
    CLUSTERS_FILE,
    FEATURES_VERSION,
    Clusters,
    features,
    spans_of_tags,
    tags_of_spans,
)

OUT = ROOT / "models" / "ner-zh"
NEWSIE_NER_FORMAT = "newsie-ner-crf-1"
NEWSIE_NER_VERSION = "0.4.1"


FOLDS = ("A", "B")


def fold_of(sentence: str) -> str:
    """The half of pd-ner dev a sentence falls in, by a stable hash of its normalised text."""
    import zlib

    return FOLDS[zlib.crc32(norm(sentence).encode()) % 2]


def pd_ner_dev(data: Path) -> tuple[list[tuple[str, list]], dict]:
    """pd-ner's dev sentences with the test overlap dropped (the rule of the PFR sentences)."""
    rows = read_bio(data / "pd-ner" / "example.dev")
    drop, exact, contained, containing = test_overlap([norm(s) for s, _ in rows], test_sentences(data))
    kept = [r for r, d in zip(rows, drop) if not d]
    stats = {"sentences": len(rows), "dropped": exact + contained + containing, "kept": len(kept),
             "A": sum(fold_of(s) == "A" for s, _ in kept), "chars": sum(len(s) for s, _ in kept)}
    stats["B"] = stats["kept"] - stats["A"]
    return kept, stats


#: The decoding step's settings (``newsie.ner._decode.extend_orgs``), chosen on the dev folds.
ORG_RATIO = 0.3
ORG_MAX_CHARS = 6
ORG_MIN_COUNT = 3


def org_heads(rows, max_chars: int = ORG_MAX_CHARS, min_count: int = ORG_MIN_COUNT) -> list[str]:
    """The heads of organisations named after a place, learned from training spans.

    For every ORG span that begins with a place seen at least twice as a LOC span of
    ``rows`` (the longest such), the rest, when it has at most ``max_chars`` characters,
    counts for each of its last one, two and three characters (财政部 -> 部, 政部, 财政部);
    those counted ``min_count`` times or more are the heads.
    """
    from collections import Counter

    locs: Counter = Counter(text[s:e] for text, spans in rows for s, e, lab in spans if lab == "LOC")
    places = {p for p, c in locs.items() if c >= 2}
    longest = max(map(len, places), default=0)
    counts: Counter = Counter()
    for text, spans in rows:
        for s, e, lab in spans:
            if lab != "ORG":
                continue
            org = text[s:e]
            for k in range(min(longest, len(org) - 1), 0, -1):
                if org[:k] in places:
                    rest = org[k:]
                    if len(rest) <= max_chars:
                        counts.update(rest[-j:] for j in range(1, min(3, len(rest)) + 1))
                    break
    return sorted(h for h, c in counts.items() if c >= min_count)


def decode_settings(rows) -> dict:
    """What ``meta.json`` carries for the decoding step (``newsie.ner._decode``)."""
    return {"org_heads": org_heads(rows), "org_ratio": ORG_RATIO, "org_max_chars": ORG_MAX_CHARS}


def tag_all(tagger, texts, clusters=None, decode=None):
    out = []
    for t in texts:
        tags = tagger.tag(features(t, clusters))
        if decode:
            tags = extend_orgs(tagger, t, tags, decode["org_heads"], decode["org_ratio"], decode["org_max_chars"])
        out.append(spans_of_tags(tags))
    return out


def evaluate(model: Path, rows, clusters=None, decode=None) -> dict:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    t0 = time.perf_counter()
    pred = tag_all(tagger, [t for t, _ in rows], clusters, decode)
    secs = time.perf_counter() - t0
    sc = score([g for _, g in rows], pred)
    sc["chars_per_s"] = round(sum(len(t) for t, _ in rows) / secs)
    return sc


def brief(sc: dict) -> str:
    return (f"P {sc['all']['p']:.4f} R {sc['all']['r']:.4f} F {sc['all']['f']:.4f} "
            + " ".join(f"{k} {sc[k]['f']:.4f}" for k in ("PER", "LOC", "ORG")))


def score_all(model: Path, dev_rows, pd_dev, clusters, decode, add_dev) -> dict:
    """pd1998 dev, pd-ner dev and its folds, printed without and with the decoding step;
    the figures of the model as shipped (with it) returned for meta.json."""
    out: dict = {}
    for step in ([None, decode] if decode else [None]):
        tag = " + decoding step" if step else ""
        dev_sc = evaluate(model, dev_rows, clusters, step)
        print(f"pd1998-01 dev{tag}: {brief(dev_sc)}", flush=True)
        pdd_sc = evaluate(model, pd_dev, clusters, step)
        print(f"pd-ner dev{tag}:    {brief(pdd_sc)}  {pdd_sc['chars_per_s']:,} chars/s"
              + ("  (trained on some of it)" if add_dev else ""), flush=True)
        folds = {}
        for fold in FOLDS:
            rows = [r for r in pd_dev if fold_of(r[0]) == fold]
            folds[fold] = {k: v for k, v in evaluate(model, rows, clusters, step).items() if k != "chars_per_s"}
            seen = " (trained on it)" if add_dev in (fold, "all") else ""
            print(f"pd-ner dev {fold}{tag}:  {brief(folds[fold])}{seen}", flush=True)
        out = {
            "dev_pd1998": {k: sc for k, sc in dev_sc.items() if k != "chars_per_s"},
            "dev_pd_ner": {k: sc for k, sc in pdd_sc.items() if k != "chars_per_s"},
            "dev_pd_ner_folds": folds,
        }
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", help="research data folder (default $NEWSIE_DATA or ../shared/data)")
    ap.add_argument("--work", default="/tmp/newsie-ner-crf", help="scratch folder")
    ap.add_argument("--out", default=str(OUT), help="where to write the shipped model ('' = do not write)")
    ap.add_argument("--c1", type=float, default=0.1, help="L1 weight (prunes features)")
    ap.add_argument("--c2", type=float, default=0.01, help="L2 weight")
    ap.add_argument("--iters", type=int, default=200, help="L-BFGS iterations at most")
    ap.add_argument("--subset", type=int, default=0, help="train on this many sentences only (quick trials)")
    ap.add_argument("--no-inner", action="store_true", help="leave out the names inside PFR words (build_ner.inner_conventions)")
    ap.add_argument("--clusters", help=f"character/bigram clusters file (default: WORK/{CLUSTERS_FILE}, built by "
                    "models/build_ner_clusters.py when missing)")
    ap.add_argument("--no-clusters", action="store_true", help="train without the cluster features (trials only)")
    ap.add_argument("--add-dev", choices=("A", "B", "all"), help="also train on pd-ner dev sentences "
                    "(test overlap dropped): fold A or B of them (scored on the other fold) or all")
    ap.add_argument("--dev-weight", type=int, default=1, help="how many times the added dev sentences are appended")
    ap.add_argument("--no-decode", action="store_true", help="no decoding step (place + head -> organisation)")
    ap.add_argument("--decode-only", metavar="FOLDER", help="train nothing: learn the decoding step's heads from the "
                    "training sentences (with the same --add-dev as the model's), score FOLDER's model with and "
                    "without it and write them into FOLDER/meta.json")
    args = ap.parse_args(argv)

    import pycrfsuite

    data = data_dir(args.data)
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    clusters_path = None if args.no_clusters else Path(args.clusters or work / CLUSTERS_FILE)
    if clusters_path is not None and not clusters_path.is_file():
        import build_ner_clusters

        build_ner_clusters.write(build_ner_clusters.build(build_ner_clusters.texts(data)), clusters_path)
        print(f"clusters built in {time.time() - t0:.0f}s", flush=True)
    clusters = Clusters.read(clusters_path) if clusters_path is not None else None
    train_rows, dev_rows, stats = split(data, inner_names=not args.no_inner)
    rng = random.Random(1)
    if args.subset:
        train_rows = rng.sample(train_rows, args.subset)
    pd_dev = read_bio(data / "pd-ner" / "example.dev")
    added: list = []
    if args.add_dev:
        kept, dev_stats = pd_ner_dev(data)
        print(f"pd-ner dev for training: {json.dumps(dev_stats)}", flush=True)
        added = [r for r in kept if args.add_dev in ("all", fold_of(r[0]))]
        stats = {**stats, "pd_ner_dev": {**dev_stats, "added": args.add_dev, "weight": args.dev_weight}}
        train_rows = train_rows + added * args.dev_weight
    decode = None if args.no_decode else decode_settings(train_rows)
    if args.decode_only:
        folder = Path(args.decode_only)
        scores = score_all(folder / "model.crfsuite", dev_rows, pd_dev, clusters, decode, args.add_dev)
        meta_path = folder / "meta.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        meta["version"] = NEWSIE_NER_VERSION
        meta["newsie"].update(scores)
        meta["newsie"]["decode"] = decode
        meta_path.write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"decoding step written to {meta_path}", flush=True)
        return 0
    trainer = pycrfsuite.Trainer(verbose=False)
    for text, spans in train_rows:
        if rng.random() < 0.5:
            text = to_half(text)
        trainer.append(features(text, clusters), tags_of_spans(len(text), spans))
    print(f"features of {len(train_rows)} sentences in {time.time() - t0:.0f}s", flush=True)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iters,
                        "feature.possible_transitions": True})
    model = work / "model.crfsuite"
    t1 = time.time()
    trainer.train(str(model))
    train_s = round(time.time() - t1)
    last = trainer.logparser.last_iteration
    print(f"trained in {train_s}s ({last.get('num') if last else '?'} iterations, "
          f"{last.get('active_features') if last else '?'} active features), "
          f"{model.stat().st_size / 1e6:.1f} MB", flush=True)
    scores = score_all(model, dev_rows, pd_dev, clusters, decode, args.add_dev)
    about = {
        "format": NEWSIE_NER_FORMAT,
        "features_version": FEATURES_VERSION if clusters is not None else 1,
        "split": stats if not args.subset else {**stats, "train_subset": args.subset},
        "params": {"c1": args.c1, "c2": args.c2, "max_iterations": args.iters, "iterations": last.get("num") if last else None},
        **scores,
        "train_seconds": train_s,
        **({"decode": decode} if decode else {}),
    }
    (work / "about.json").write_text(json.dumps(about, indent=1, ensure_ascii=False), encoding="utf-8")
    if args.out:
        write(model, Path(args.out), about, clusters_path)
        print(f"written to {args.out}", flush=True)
    return 0


def write(model: Path, out: Path, about: dict, clusters: Path | None = None) -> None:
    """The shipped folder: model.crfsuite, clusters.tsv and meta.json (what newsie.ner checks)."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    shutil.copyfile(model, out / "model.crfsuite")
    if clusters is not None:
        shutil.copyfile(clusters, out / CLUSTERS_FILE)
    meta = {
        "name": "ner_zh",
        "version": NEWSIE_NER_VERSION,
        "description": "newsie PER/LOC/ORG model: a linear-chain CRF over characters, trained on PFR 1998-01"
                       + (" and pd-ner's dev sentences" if "pd_ner_dev" in about["split"] else "") + " (research use)",
        "license": "research use only (trained on the PFR 1998 corpus"
                   + (" and pd-ner's dev file, derived from it" if "pd_ner_dev" in about["split"] else "")
                   + "); see models/ner-zh.md",
        "newsie": about,
    }
    (out / "meta.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
