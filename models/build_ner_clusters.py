"""Character and bigram clusters for newsie's entity CRF, from unlabelled text, offline.

    nice -n 10 python3 models/build_ner_clusters.py [--data DIR] [--out FILE]

Distributional classes learned without labels: every character (seen at least
``--min-char`` times) and every Han bigram (at least ``--min-bigram`` times) is described
by the characters just left and right of it (positive PMI over the most frequent
context characters), reduced by truncated SVD and grouped by k-means. Characters get two
cluster ids (coarse and fine), bigrams one. The CRF (``newsie.ner._crf.features``) uses
them so that a name character it never saw in training still looks like the ones it did.

Text: the *training* sentences of pd1998-01 (``build_ner.split``: the held-out articles and
every sentence that also occurs in the pd-ner or MSRA test sets are left out), as they are
and with full-width forms made ASCII; not the e-paper month, which has no licence and is
for internal evaluation only. Only the cluster ids of characters and bigrams are written
(a tab-separated file), no sentence.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "models"))

from build_ner import data_dir, split, to_half

_BOUND = "\u2402"


def texts(data: Path, log=print) -> list[str]:
    """The unlabelled text: the pd1998-01 training sentences (as is and half-width).

    Only pd1998-01 (research use, allowed for shipped models with a card saying so): the
    e-paper month has no licence and is for internal evaluation only, so nothing shipped
    is derived from its text (a cluster file lists characters and bigrams).
    """
    train, _, _ = split(data, log=lambda *_: None)
    out = [s for s, _ in train] + [to_half(s) for s, _ in train]
    log(f"text: {len(train)} pd1998 training sentences (x2)")
    return out


def _han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def embed(units: list[str], left: dict, right: dict, ctx: list[str], dims: int, seed: int):
    """PPMI of left/right context characters, reduced by truncated SVD, rows L2-normalised."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize

    cix = {c: i for i, c in enumerate(ctx)}
    k = len(ctx)
    rows, cols, vals = [], [], []
    for r, u in enumerate(units):
        for side, table in ((0, left), (k, right)):
            for c, n in table[u].items():
                j = cix.get(c)
                if j is not None:
                    rows.append(r)
                    cols.append(side + j)
                    vals.append(n)
    m = csr_matrix((np.array(vals, dtype=np.float64), (rows, cols)), shape=(len(units), 2 * k))
    total = m.sum()
    row = np.asarray(m.sum(axis=1)).ravel()
    col = np.asarray(m.sum(axis=0)).ravel() ** 0.75  # context smoothing (Levy et al.)
    col = col / col.sum() * total
    m = m.tocoo()
    pmi = np.log(m.data * total / (row[m.row] * col[m.col]))
    keep = pmi > 0
    ppmi = csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    vec = TruncatedSVD(n_components=dims, random_state=seed).fit_transform(ppmi)
    return normalize(vec)


def cluster(vec, k: int, seed: int):
    from sklearn.cluster import KMeans, MiniBatchKMeans

    if len(vec) > 20_000:
        return MiniBatchKMeans(n_clusters=k, random_state=seed, batch_size=4096, n_init=3).fit_predict(vec)
    return KMeans(n_clusters=k, random_state=seed, n_init=4).fit_predict(vec)


def build(lines: list[str], *, min_char: int = 3, min_bigram: int = 5, n_ctx: int = 3000, dims: int = 64,
          k_coarse: int = 32, k_fine: int = 256, k_bigram: int = 512, seed: int = 0, log=print) -> list[tuple[str, str]]:
    """(unit, cluster id) rows: characters as 'c' + coarse + '.' + fine, bigrams as 'b' + id."""
    chars: Counter = Counter()
    bigrams: Counter = Counter()
    cl: dict = {}
    cr: dict = {}
    bl: dict = {}
    br: dict = {}
    for line in lines:
        p = _BOUND + line + _BOUND
        chars.update(line)
        for i in range(1, len(p) - 1):
            c = p[i]
            cl.setdefault(c, Counter())[p[i - 1]] += 1
            cr.setdefault(c, Counter())[p[i + 1]] += 1
        for i in range(1, len(p) - 2):
            b = p[i : i + 2]
            if _han(b[0]) and _han(b[1]):
                bigrams[b] += 1
    ctx = [c for c, _ in chars.most_common(n_ctx)] + [_BOUND]
    cunits = [c for c, n in chars.items() if n >= min_char and not c.isspace()]
    bunits = {b for b, n in bigrams.items() if n >= min_bigram}
    for line in lines:
        p = _BOUND + line + _BOUND
        for i in range(1, len(p) - 2):
            b = p[i : i + 2]
            if b in bunits:
                bl.setdefault(b, Counter())[p[i - 1]] += 1
                br.setdefault(b, Counter())[p[i + 2]] += 1
    bunits_l = sorted(bunits)
    cunits.sort()
    log(f"{len(cunits):,} characters, {len(bunits_l):,} bigrams")
    cvec = embed(cunits, cl, cr, ctx, dims, seed)
    coarse = cluster(cvec, k_coarse, seed)
    fine = cluster(cvec, k_fine, seed)
    bvec = embed(bunits_l, bl, br, ctx, dims, seed)
    bid = cluster(bvec, k_bigram, seed)
    out = [(c, f"{a}.{b}") for c, a, b in zip(cunits, coarse, fine)]
    out += [(b, str(i)) for b, i in zip(bunits_l, bid)]
    return out


def write(rows: list[tuple[str, str]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("# newsie ner clusters: unit<TAB>id (characters: coarse.fine, bigrams: id); see models/ner-zh.md\n")
        fh.writelines(f"{u}\t{i}\n" for u, i in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", help="research data folder (default $NEWSIE_DATA or ../shared/data)")
    ap.add_argument("--out", default=str(ROOT / "models" / "ner-zh" / "clusters.tsv"))
    ap.add_argument("--k-fine", type=int, default=256)
    ap.add_argument("--k-bigram", type=int, default=512)
    args = ap.parse_args(argv)
    t0 = time.time()
    lines = texts(data_dir(args.data))
    rows = build(lines, k_fine=args.k_fine, k_bigram=args.k_bigram)
    write(rows, Path(args.out))
    print(f"{len(rows):,} rows written to {args.out} in {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
