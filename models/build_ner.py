"""Train a spaCy PER/LOC/ORG pipeline (models/ner-zh-spacy/) from the PFR 1998-01 corpus, offline.

    nice -n 10 python3 models/build_ner.py [--data DIR] [--work DIR] [--minutes 45]

This was newsie's first default model; the shipped default is now the CRF of
``models/build_ner_crf.py``, which scored higher and runs 6-10x faster (models/ner-zh.md).
The spaCy pipeline it writes is not shipped; load it with ``newsie.ner.load("spacy:PATH")``
(extra ``newsie[spacy]``). The corpus reading below (``split``, ``conventions``,
``inner_conventions``) is shared with the CRF build.

Steps: read ``$NEWSIE_DATA/pd1998-01/199801.txt`` (segmented, PKU tags), turn its
``nr``/``ns``/``nt`` words and bracketed ``[...]nt`` / ``[...]ns`` compounds into
character spans (a surname and given name, two ``nr`` words in a row, make one PER),
split paragraphs into sentences, drop every sentence that also occurs in the pd-ner or
MSRA test sets (compared after NFKC and with all whitespace removed, and also when one
contains the other), hold out every 20th article as a dev set, and train a spaCy
``ner`` pipeline over single characters (``spacy.blank("zh")``, char segmenter) with a
small tok2vec, keeping the best model on the dev set. The research data itself never
enters the repository; weights trained on it are for research use (see models/ner-zh.md).

Training runs on CPU (one thread is enough) or, with ``--gpu 0``, on a GPU.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks" / "entities"))

from ner_f1 import read_bio  # noqa: E402  (the test sets' reader, shared with the benchmark)
OUT = ROOT / "models" / "ner-zh-spacy"  # not shipped (see .gitignore)

# A PKU token: word/TAG, optionally opening "[" a compound or closing it with "]TAG".
TOKEN = re.compile(r"^(\[?)(.+)/([A-Za-z]+)(?:\](\w+))?$")
# A sentence ends after 。！？ and any closing quote or bracket that follows.
SENT_END = re.compile(r"[。！？]+[”’」』）)]*")
WS = re.compile(r"\s+")
LABEL_OF = {"nr": "PER", "ns": "LOC", "nt": "ORG"}
# What newsie.ner checks before it uses a model folder as its default.
NEWSIE_NER_FORMAT = "newsie-ner-spacy-1"
NEWSIE_NER_VERSION = "0.1.0"


def data_dir(arg: str | None) -> Path:
    """Where the research data is: --data, $NEWSIE_DATA, or ../shared/data."""
    return Path(arg or os.environ.get("NEWSIE_DATA") or ROOT.parent / "shared" / "data")


def parse_line(
    line: str,
    conventions: dict[tuple[str, str], str] | None = None,
    inner: dict[str, tuple[tuple[int, int, str], ...]] | None = None,
    flat_heads: frozenset[str] = frozenset(),
    join_heads: frozenset[str] = frozenset(),
) -> tuple[str, str, list[tuple[int, int, str]]] | None:
    """One corpus line -> (paragraph id, text, entity spans); None for an empty line.

    ``conventions`` maps (word, tag) of words PFR does not tag as names (abbreviations
    such as 美/j, 欧盟/j) to the label the test sets' convention gives them. ``inner``
    maps words PFR tags as one plain word to the names inside them the test sets'
    convention labels (邓小平理论/n -> 邓小平 PER, 访华/v -> 华 LOC). A bracketed compound
    whose last word is in ``flat_heads`` (``[中国/ns 政府/n]nt``) is no entity; the names
    inside it are. A plain word in ``join_heads`` (队, 女队, 代表团) right after a place
    PFR tags on its own (``印尼/ns 女队/n``) makes one organisation with it.
    """
    conventions = conventions or {}
    inner = inner or {}
    parts = line.split()
    if len(parts) < 2:
        return None
    pid = parts[0].split("/")[0]
    text: list[str] = []
    pos = 0
    words: list[tuple[int, int, str]] = []  # (start, end, tag) of plain words
    compounds: list[tuple[int, int, str]] = []  # (start, end, tag) of [...]TAG
    open_at: int | None = None
    for tok in parts[1:]:
        m = TOKEN.match(tok)
        if not m:  # a stray token: keep its text, tag nothing
            word, tag, opens, closes = tok, "x", "", None
        else:
            opens, word, tag, closes = m.group(1), m.group(2), m.group(3), m.group(4)
        if opens:
            open_at = pos
        text.append(word)
        words.append((pos, pos + len(word), tag))
        pos += len(word)
        if closes is not None and open_at is not None:
            if word not in flat_heads:
                compounds.append((open_at, pos, closes))
            open_at = None
    spans: list[tuple[int, int, str]] = []
    covered: list[tuple[int, int]] = []
    for s, e, tag in compounds:
        if tag in ("nt", "ns", "nr"):
            spans.append((s, e, LABEL_OF[tag]))
            covered.append((s, e))

    def inside(s: int, e: int) -> bool:
        return any(cs <= s and e <= ce for cs, ce in covered)

    i = 0
    while i < len(words):
        s, e, tag = words[i]
        if tag in LABEL_OF and not inside(s, e):
            if tag == "nr":  # surname + given name (江/nr 泽民/nr, 桥本/nr 龙太郎/nr): one person;
                # a list of names run together (江/nr 泽民/nr 李/nr 鹏/nr) is one person per pair
                j = i
                if e - s <= 2 and i + 1 < len(words) and words[i + 1][2] == "nr" and not inside(*words[i + 1][:2]):
                    j = i + 1
                spans.append((s, words[j][1], "PER"))
                i = j + 1
                continue
            if (tag == "ns" and i + 1 < len(words) and words[i + 1][2] == "n" and not inside(*words[i + 1][:2])
                    and "".join(text)[words[i + 1][0] : words[i + 1][1]] in join_heads):
                spans.append((s, words[i + 1][1], "ORG"))
                i += 2
                continue
            spans.append((s, e, LABEL_OF[tag]))
        elif (text_of := "".join(text)[s:e], tag) in conventions and not inside(s, e):
            spans.append((s, e, conventions[(text_of, tag)]))
        elif text_of in inner and tag not in LABEL_OF and not inside(s, e):
            spans.extend((s + a, s + b, lab) for a, b, lab in inner[text_of])
        i += 1
    spans.sort()
    return pid, "".join(text), spans


def sentences(text: str, spans: list[tuple[int, int, str]]):
    """Split a paragraph at sentence ends that cut no entity; yield (text, spans) pieces."""
    cuts = [0]
    for m in SENT_END.finditer(text):
        end = m.end()
        if end < len(text) and not any(s < end < e for s, e, _ in spans):
            cuts.append(end)
    cuts.append(len(text))
    for a, b in zip(cuts, cuts[1:]):
        if b > a:
            yield text[a:b], [(s - a, e - a, lab) for s, e, lab in spans if a <= s and e <= b]


def norm(s: str) -> str:
    """The comparison key of a sentence: NFKC (full-width digits become ASCII), no whitespace."""
    return WS.sub("", unicodedata.normalize("NFKC", s))


def test_sentences(data: Path) -> list[str]:
    """Every test sentence newsie is scored on (pd-ner example.test, MSRA test), normalised."""
    sents = [s for s, _ in read_bio(data / "pd-ner" / "example.test")]
    sents += [s for s, _ in read_bio(data / "msra-ner" / "msra_test_bio.txt")]
    return [norm(s) for s in sents]


def _bare_count(dev, word: str) -> int:
    """How often ``word`` occurs in the dev sentences outside every labelled name."""
    n = 0
    for sent, spans in dev:
        at = sent.find(word)
        while at >= 0:
            if not any(s < at + len(word) and at < e for s, e, _ in spans):
                n += 1
            at = sent.find(word, at + 1)
    return n


def conventions(data: Path, log=print, bare: bool = False) -> dict[tuple[str, str], str]:
    """Abbreviations and other words PFR leaves untagged that pd-ner labels as names.

    PFR tags 美, 俄, 京, 欧盟, 十五大 ... as ``j`` (abbreviation); the pd-ner sets, made from
    other months of the same paper, label them LOC or ORG (``中 B-LOC 美 B-LOC``). The label
    of each such word is read from pd-ner's *dev* file (never its test file): a ``j`` word
    takes the label it has most often as a whole entity there; an ``n``/``nz`` word only
    when at least 3 of its occurrences there, and at least half, are whole entities (with
    ``bare``, also when at least 2 are and no more occur outside every name).
    """
    from collections import Counter, defaultdict

    dev = read_bio(data / "pd-ner" / "example.dev")
    labelled: dict[str, Counter] = defaultdict(Counter)
    for sent, spans in dev:
        for s, e, label in spans:
            labelled[sent[s:e]][label] += 1
    blob = "\n".join(sent for sent, _ in dev)
    text = (data / "pd1998-01" / "199801.txt").read_text(encoding="utf-8")
    words = set(re.findall(r"(?<=\s)\[?([^\s\[\]/]+)/(j|n|nz)(?=[\s\]])", text))
    out: dict[tuple[str, str], str] = {}
    for word, tag in words:
        counts = labelled.get(word)
        if not counts:
            continue
        label, n = counts.most_common(1)[0]
        if tag == "j" or (len(word) > 1 and n >= 3 and n >= 0.5 * blob.count(word)):
            out[(word, tag)] = label
        elif bare and len(word) > 1 and n >= 2 and n >= _bare_count(dev, word):
            out[(word, tag)] = label  # 县委, 内阁: as often a name of its own as a bare word
    log(f"conventions from pd-ner dev: {len(out)} words, e.g. " + ", ".join(f"{w}/{t}={lab}" for (w, t), lab in sorted(out.items())[:12]))
    return out


def _head_counts(dev, h: str, end_label: str | None = None, after_label: str | None = None) -> tuple[int, int]:
    """In the dev sentences: how often ``h`` ends a name that begins before it, and how
    often it follows a name without being inside one (names of the given labels only)."""
    ends = after = 0
    for sent, spans in dev:
        at = sent.find(h)
        while at >= 0:
            if any(e == at + len(h) and s < at and end_label in (None, lab) for s, e, lab in spans):
                ends += 1
            elif any(e == at and after_label in (None, lab) for s, e, lab in spans) and not any(s <= at < e for s, e, _ in spans):
                after += 1
            at = sent.find(h, at + 1)
    return ends, after


def inner_conventions(data: Path, log=print) -> tuple[dict[str, tuple[tuple[int, int, str], ...]], frozenset[str], frozenset[str]]:
    """Names inside PFR's plain words, and compounds PFR brackets that pd-ner does not.

    Both are read from pd-ner's *dev* file (never its test file):

    - a word PFR tags as one plain word (邓小平理论/n, 马克思主义/n, 访华/v, 中美/j) takes the
      names pd-ner labels inside it (邓小平 PER; 华 LOC; 中 LOC + 美 LOC) when at least 2
      of its occurrences in dev, and at least half, carry that same labelling;
    - a bracketed compound's last word (政府 in ``[中国/ns 政府/n]nt``, 地区 in
      ``[中东/ns 地区/n]ns``) is a *flat head* when in dev it follows a labelled name
      without being part of it more often than it ends a labelled name
      (印度政府 -> 印度 LOC; 南亚地区 -> 南亚 LOC);
    - a plain word right after a place (女队 in ``印尼/ns 女队/n``) is a *joining head* when
      in dev it (two characters or more) ends an organisation that begins before it at least twice and more than
      twice as often as it follows a place outside every name (印尼女队 -> one ORG).
    """
    from collections import Counter

    dev = read_bio(data / "pd-ner" / "example.dev")
    text = (data / "pd1998-01" / "199801.txt").read_text(encoding="utf-8")
    plain = {w for w, t in re.findall(r"(?<=[\s\[])([^\s\[\]/]{2,})/([A-Za-z]+)(?=[\s\]])", text) if t not in LABEL_OF}
    heads = set(re.findall(r"(?<=\s)([^\s\[\]/]+)/[A-Za-z]+\](?:nt|ns)", text))
    sents = [s for s, _ in dev]
    blob = "\n".join(sents)
    starts, acc = [], 0
    for s in sents:
        starts.append(acc)
        acc += len(s) + 1
    import bisect

    inner: dict[str, tuple[tuple[int, int, str], ...]] = {}
    for w in plain:
        at = blob.find(w)
        if at < 0:
            continue
        patterns: Counter = Counter()
        while at >= 0:
            k = bisect.bisect_right(starts, at) - 1
            a = at - starts[k]
            b = a + len(w)
            spans = dev[k][1]
            if any(s < a < e or s < b < e for s, e, _ in spans):
                patterns["cross"] += 1
            else:
                patterns[tuple((s - a, e - a, lab) for s, e, lab in spans if a <= s and e <= b)] += 1
            at = blob.find(w, at + 1)
        best, n = patterns.most_common(1)[0]
        if best not in ("cross", ()) and best != ((0, len(w), best[0][2]),) and n >= 2 and n >= 0.5 * sum(patterns.values()):
            inner[w] = best
    # the same for verbs of travel to a place abbreviated to one character (抵京, 赴美, 援藏),
    # too rare one by one: a one-character abbreviation pd-ner dev labels LOC, after such a verb
    abbrev = {w for (w, t), lab in conventions(data, log=lambda *a: None).items() if t == "j" and len(w) == 1 and lab == "LOC"}
    for w, t in re.findall(r"(?<=[\s\[])([来访抵赴离进驻旅援返][^\s\[\]/])/(v|vn)(?=[\s\]])", text):
        if w[1] in abbrev and w not in inner:
            inner[w] = ((1, 2, "LOC"),)
    # and the parties named by such an abbreviation, as dev labels 中方 (美方, 以方, 巴方)
    if inner.get("中方") == ((0, 1, "LOC"),):
        for w in re.findall(r"(?<=[\s\[])([^\s\[\]/]方)/n(?=[\s\]])", text):
            if w[0] in abbrev and w not in inner:
                inner[w] = ((0, 1, "LOC"),)
    flat: set[str] = set()
    for h in heads:
        ends, after = _head_counts(dev, h)
        if after >= 2 and after > ends:
            flat.add(h)
    # plain words after a place that pd-ner counts as one organisation with it (印尼女队)
    after_ns = set(re.findall(r"/ns\s+([^\s\[\]/]+)/n(?=\s)", text))
    join: set[str] = set()
    for h in after_ns:
        joins, apart = _head_counts(dev, h, end_label="ORG", after_label="LOC")
        if len(h) > 1 and joins >= 2 and joins > 2 * apart:
            join.add(h)
    log(f"inner names from pd-ner dev: {len(inner)} words, e.g. "
        + ", ".join(f"{w}={'+'.join(w[a:b] + ':' + lab for a, b, lab in p)}" for w, p in sorted(inner.items())[:15])
        + f"; flat compound heads: {', '.join(sorted(flat))}; joining heads: {', '.join(sorted(join))}")
    return inner, frozenset(flat), frozenset(join)


def corpus(data: Path, inner_names: bool = False):
    """(article id, sentence, spans) for every sentence of pd1998-01."""
    conv = conventions(data, bare=inner_names)
    inner, flat, join = inner_conventions(data) if inner_names else ({}, frozenset(), frozenset())
    with open(data / "pd1998-01" / "199801.txt", encoding="utf-8") as fh:
        for line in fh:
            parsed = parse_line(line, conv, inner, flat, join)
            if parsed is None:
                continue
            pid, text, spans = parsed
            article = pid.rsplit("-", 1)[0]
            for sent, sspans in sentences(text, spans):
                if sent.strip():
                    yield article, sent, sspans


def test_overlap(keys: list[str], tests: list[str]) -> tuple[list[bool], int, int, int]:
    """Which of the normalised sentences ``keys`` to drop because a test sentence is the same,
    contains it or lies inside it (both of 8 characters or more for containment); also the
    three counts (exact, inside a test sentence, containing one)."""
    test_set = set(tests)
    blob = "\n".join(tests)
    drop = [False] * len(keys)
    exact = contained = containing = 0
    for i, k in enumerate(keys):
        if k in test_set:
            drop[i] = True
            exact += 1
        elif len(k) >= 8 and k in blob:  # a training sentence inside a test sentence
            drop[i] = True
            contained += 1
    # a test sentence inside a longer training sentence
    train_blob = "\n".join(keys)
    starts = []
    acc = 0
    for k in keys:
        starts.append(acc)
        acc += len(k) + 1
    import bisect

    for t in test_set:
        if len(t) < 8:
            continue
        at = train_blob.find(t)
        while at != -1:
            i = bisect.bisect_right(starts, at) - 1
            if not drop[i]:
                drop[i] = True
                containing += 1
            at = train_blob.find(t, at + 1)
    return drop, exact, contained, containing


def split(data: Path, log=print, inner_names: bool = False):
    """Train and dev sentences with the test overlap dropped; also the drop counts."""
    rows = list(corpus(data, inner_names))
    drop, exact, contained, containing = test_overlap([norm(s) for _, s, _ in rows], test_sentences(data))
    train, dev = [], []
    for (article, sent, spans), d in zip(rows, drop):
        if d:
            continue
        (dev if hash_bucket(article) == 0 else train).append((sent, spans))
    stats = {
        "sentences": len(rows),
        "dropped_exact": exact,
        "dropped_inside_test": contained,
        "dropped_containing_test": containing,
        "dropped": exact + contained + containing,
        "train": len(train),
        "dev": len(dev),
        "train_chars": sum(len(s) for s, _ in train),
    }
    log(json.dumps(stats))
    return train, dev, stats


def hash_bucket(article: str) -> int:
    """A stable 1-in-20 bucket per article (the dev set is whole articles)."""
    import zlib

    return zlib.crc32(article.encode()) % 20


def to_half(s: str) -> str:
    """Full-width ASCII forms to ASCII (1:1 in length), as PDF text usually has them."""
    return "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else ("" + c if c != "\u3000" else " ") for c in s)


def docbin(nlp, rows, half_ratio: float, seed: int = 0):
    """Rows -> a spaCy DocBin; half_ratio of them with full-width forms made ASCII."""
    from spacy.tokens import DocBin

    rng = random.Random(seed)
    db = DocBin(store_user_data=False)
    skipped = 0
    for text, spans in rows:
        if rng.random() < half_ratio:
            text = to_half(text)
        doc = nlp.make_doc(text)
        ents = []
        for s, e, label in spans:
            span = doc.char_span(s, e, label=label, alignment_mode="strict")
            if span is None:
                skipped += 1
                continue
            ents.append(span)
        try:
            doc.ents = ents
        except ValueError:
            skipped += 1
            continue
        db.add(doc)
    return db, skipped


CONFIG_OVERRIDES = {
    # a small, fast tok2vec: one char per token, so prefix/suffix say nothing new
    "width": 64,
    "depth": 4,
    "rows": [6000, 30000, 200],
    "attrs": ["ORTH", "NORM", "SHAPE"],  # NORM is the character bigram (newsie_char_bigrams)
    "window": 1,
    "maxout_pieces": 2,
    "hidden_width": 64,
}


def write_config(path: Path, hp: dict, train: Path, dev: Path, minutes: float) -> None:
    """A spaCy training config for a char-level zh ner pipeline with a small tok2vec."""
    from spacy.cli.init_config import init_config

    config = init_config(lang="zh", pipeline=["ner"], optimize="efficiency", gpu=False)
    config["paths"]["train"] = str(train)
    config["paths"]["dev"] = str(dev)
    config["nlp"]["tokenizer"] = {"@tokenizers": "spacy.zh.ChineseTokenizer", "segmenter": "char"}
    config["nlp"]["pipeline"] = ["newsie_char_bigrams", "tok2vec", "ner"]
    config["components"]["newsie_char_bigrams"] = {"factory": "newsie_char_bigrams"}
    enc = config["components"]["tok2vec"]["model"]["encode"]
    enc["width"] = hp["width"]
    enc["depth"] = hp["depth"]
    enc["window_size"] = hp["window"]
    enc["maxout_pieces"] = hp["maxout_pieces"]
    emb = config["components"]["tok2vec"]["model"]["embed"]
    emb["width"] = hp["width"]
    emb["attrs"] = hp["attrs"]
    emb["rows"] = hp["rows"]
    emb["include_static_vectors"] = False
    config["components"]["ner"]["model"]["hidden_width"] = hp["hidden_width"]
    t = config["training"]
    t["max_epochs"] = 0
    t["max_steps"] = 0
    t["patience"] = 4000
    t["eval_frequency"] = 500
    t["dropout"] = 0.1
    t["annotating_components"] = ["newsie_char_bigrams"]
    t["batcher"]["size"] = {"@schedules": "compounding.v1", "start": 500, "stop": 2000, "compound": 1.001}
    path.write_text(config.to_str(), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", help="research data folder (default $NEWSIE_DATA or ../shared/data)")
    ap.add_argument("--work", default="/tmp/newsie-ner-build", help="scratch folder for DocBins and checkpoints")
    ap.add_argument("--out", default=str(OUT), help="where to write the shipped model")
    ap.add_argument("--minutes", type=float, default=45.0, help="stop training after this many minutes")
    ap.add_argument("--gpu", type=int, default=-1)
    ap.add_argument("--hp", default="{}", help="JSON overrides of CONFIG_OVERRIDES")
    ap.add_argument("--prepare-only", action="store_true")
    ap.add_argument("--no-inner", action="store_true", help="leave out the names inside PFR words (inner_conventions)")
    ap.add_argument("--resume", help="continue training from this checkpoint folder (e.g. WORK/best of an earlier run)")
    ap.add_argument("--dev", help="(with --finalize-from) the checkpoint's dev scores as JSON")
    ap.add_argument("--finalize-from", help="only write this checkpoint folder (and its split.json) to --out")
    args = ap.parse_args(argv)

    import spacy

    import newsie.ner._components  # noqa: F401  (registers newsie_char_bigrams)

    data = data_dir(args.data)
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    hp = {**CONFIG_OVERRIDES, **json.loads(args.hp)}
    if args.finalize_from:
        ckpt = Path(args.finalize_from)
        stats = json.loads((ckpt.parent / "split.json").read_text(encoding="utf-8"))
        finalize(ckpt, Path(args.out), {"split": stats, "hp": hp, "dev": json.loads(args.dev or "{}")})
        return 0
    t0 = time.time()
    train_rows, dev_rows, stats = split(data, inner_names=not args.no_inner)
    nlp = spacy.blank("zh")  # char segmenter by default
    train_db, sk1 = docbin(nlp, train_rows, half_ratio=0.5, seed=1)
    dev_db, sk2 = docbin(nlp, dev_rows, half_ratio=0.5, seed=2)
    stats["spans_skipped"] = sk1 + sk2
    train_db.to_disk(work / "train.spacy")
    dev_db.to_disk(work / "dev.spacy")
    (work / "split.json").write_text(json.dumps(stats, indent=1), encoding="utf-8")
    print(f"prepared in {time.time() - t0:.0f}s: {stats}", flush=True)
    if args.prepare_only:
        return 0
    cfg = work / "config.cfg"
    write_config(cfg, hp, work / "train.spacy", work / "dev.spacy", args.minutes)
    resume = Path(args.resume) if args.resume else None
    return train(cfg, work, Path(args.out), args.minutes, args.gpu, stats, hp, resume)


def train(
    cfg: Path, work: Path, out: Path, minutes: float, gpu: int, stats: dict, hp: dict, resume: Path | None = None
) -> int:
    """Update the pipeline until the time budget is spent, keeping the best dev F; write it to out."""
    import shutil

    from spacy import registry
    from spacy.schemas import ConfigSchemaTraining
    from spacy.training import Corpus
    from spacy.training.initialize import init_nlp
    from spacy.util import load_config, minibatch

    if gpu >= 0:
        from thinc.api import require_gpu

        require_gpu(gpu)
    if resume:  # go on from a checkpoint (its averaged weights), with a fresh optimizer
        import spacy

        nlp = spacy.load(resume)
        optimizer = nlp.resume_training()
    else:
        config = load_config(cfg, interpolate=False)
        nlp = init_nlp(config, use_gpu=gpu)
        T = registry.resolve(nlp.config.interpolate()["training"], schema=ConfigSchemaTraining)
        optimizer = T["optimizer"]
    train_ex = list(Corpus(str(work / "train.spacy"))(nlp))
    dev_ex = list(Corpus(str(work / "dev.spacy"))(nlp))
    rng = random.Random(0)
    deadline = time.time() + minutes * 60
    best_dir = work / "best"
    best = {"f": -1.0}
    step, epoch, t0 = 0, 0, time.time()
    if resume:  # the checkpoint itself is the score to beat
        sc = nlp.evaluate(dev_ex)
        best = {"f": sc["ents_f"], "p": sc["ents_p"], "r": sc["ents_r"], "per_type": sc["ents_per_type"], "step": 0, "epoch": 0, "resumed_from": str(resume)}
        nlp.to_disk(best_dir)
        print(f"resumed from {resume}: dev F {best['f']:.4f}", flush=True)
    batch_chars = int(hp.get("batch_chars", 1500))
    eval_every = int(hp.get("eval_every", 1000))
    done = False
    while not done:
        epoch += 1
        rng.shuffle(train_ex)
        losses: dict[str, float] = {}
        for batch in _batches(train_ex, batch_chars):
            nlp.update(batch, drop=float(hp.get("dropout", 0.1)), sgd=optimizer, losses=losses, annotates=["newsie_char_bigrams"])
            step += 1
            if step % eval_every == 0 or time.time() > deadline:
                with nlp.use_params(optimizer.averages):
                    sc = nlp.evaluate(dev_ex)
                f = sc["ents_f"]
                print(
                    f"epoch {epoch} step {step} {time.time() - t0:.0f}s loss {losses.get('ner', 0):.0f} "
                    f"dev P {sc['ents_p']:.4f} R {sc['ents_r']:.4f} F {f:.4f} "
                    + " ".join(f"{k} {v['f']:.4f}" for k, v in sorted(sc["ents_per_type"].items())),
                    flush=True,
                )
                if f > best["f"]:
                    best = {"f": f, "p": sc["ents_p"], "r": sc["ents_r"], "per_type": sc["ents_per_type"], "step": step, "epoch": epoch}
                    with nlp.use_params(optimizer.averages):
                        nlp.to_disk(best_dir)
                if time.time() > deadline:
                    done = True
                    break
    finalize(best_dir, out, {"split": stats, "hp": hp, "dev": best, "train_seconds": round(time.time() - t0)})
    print(f"best dev F {best['f']:.4f} at step {best['step']}; written to {out}", flush=True)
    return 0


def finalize(best_dir: Path, out: Path, about: dict) -> None:
    """Write the checkpoint in best_dir to out as newsie's model, with its meta filled in."""
    import shutil

    import spacy

    final = spacy.load(best_dir)
    final.config["paths"]["train"] = None  # scratch paths of the build mean nothing elsewhere
    final.config["paths"]["dev"] = None
    final.meta.update(
        {
            "name": "ner_zh",
            "version": NEWSIE_NER_VERSION,
            "description": "newsie PER/LOC/ORG model over single characters, trained on PFR 1998-01 (research use)",
            "license": "research use only (trained on the PFR 1998 corpus); see models/ner-zh.md",
            # weights of one spaCy minor version load in any patch release of it
            "spacy_version": f">={spacy.__version__.rsplit('.', 1)[0]}.0,<{_next_minor(spacy.__version__)}",
            "newsie": {"format": NEWSIE_NER_FORMAT, **about},
        }
    )
    if out.exists():
        shutil.rmtree(out)
    final.to_disk(out)
    # The vocab's string table holds every character bigram seen in training (NORM values).
    # The model reads only their hashes, and the component sets them afresh on every text,
    # so they are left out of the shipped folder (a third of its size).
    strings_file = out / "vocab" / "strings.json"
    strings = json.loads(strings_file.read_text(encoding="utf-8"))
    kept = [x for x in strings if not (len(x) == 2 and not x.isascii())]
    strings_file.write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")


def _next_minor(version: str) -> str:
    major, minor = version.split(".")[:2]
    return f"{major}.{int(minor) + 1}.0"


def _batches(examples, max_chars: int):
    """Consecutive batches of about max_chars characters."""
    batch, size = [], 0
    for ex in examples:
        n = len(ex.reference)
        if batch and size + n > max_chars:
            yield batch
            batch, size = [], 0
        batch.append(ex)
        size += n
    if batch:
        yield batch


if __name__ == "__main__":
    raise SystemExit(main())
