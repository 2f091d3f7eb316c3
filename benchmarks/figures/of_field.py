"""The counted noun (`of`) of newsie's counts, against the PFR 1998 segmentation.

In the PFR 人民日报 1998-01 corpus (``$NEWSIE_DATA/pd1998-01``, research use, evaluation
only) every word carries its part of speech. After a numeral and a measure word
(``１３７１/m 家/q``) the counted noun is the run of nominal words that follows
(``工会/n 帮扶/vn 中心/n``): nouns, verbal and adjectival nouns, abbreviations,
distinguishing words and adjectives inside the run, ending on a noun. That run is the
reference here; a count whose measure word ends where the corpus's ``/q`` word ends is
scored: ``exact`` (same text, or both none), ``over`` (newsie runs on past the noun),
``under`` (newsie stops inside it), ``other``.

    PYTHONPATH=src python3 benchmarks/figures/of_field.py [--days 21-31] [--show 30]

Days 21-31 are the default: the rules were written while reading the e-paper month and
days 1-20 of this corpus.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import data_root  # noqa: E402

from newsie.extractors.figures import figures_in  # noqa: E402

_TOKEN = re.compile(r"^\[?(.+?)/([A-Za-z]+)\]?[a-z]*$")
NOMINAL = {"n", "nr", "ns", "nt", "nz", "nx", "vn", "an", "j", "Ng"}
INSIDE = NOMINAL | {"b", "a"}  # 重大/a 项目/n: an adjective inside the run, never last


def paragraphs(path: Path, days: range):
    for raw in path.read_text(encoding="utf-8").splitlines():
        parts = raw.split()
        if len(parts) < 2 or int(parts[0][6:8]) not in days:
            continue
        toks = []
        for p in parts[1:]:
            m = _TOKEN.match(p.split("]")[0] + ("/" + p.split("/")[-1].split("]")[0] if "]" in p else ""))
            if m is None:
                m = _TOKEN.match(p)
            if m:
                toks.append((m.group(1), m.group(2)))
        yield toks


def reference(toks: list[tuple[str, str]], i: int) -> str | None:
    """The nominal run after token ``i`` (the measure word)."""
    j = i + 1
    while j < len(toks) and toks[j][1] in INSIDE:
        j += 1
    while j > i + 1 and toks[j - 1][1] not in NOMINAL:
        j -= 1
    return "".join(w for w, _ in toks[i + 1 : j]) or None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--days", default="21-31")
    ap.add_argument("--show", type=int, default=30, help="print this many disagreements")
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args(argv)
    path = data_root() / "pd1998-01" / "199801.txt"
    if not path.is_file():
        print(f"PFR corpus not found at {path} (set NEWSIE_DATA)", file=sys.stderr)
        return 2
    a, _, b = args.days.partition("-")
    score, wrong = evaluate(path, range(int(a), int(b or a) + 1))
    n = sum(score.values())
    print(f"of_field days={args.days} counts={n} " + " ".join(
        f"{k}={score[k] / n:.3f}" for k in ("exact", "over", "under", "other")) if n else "of_field counts=0")
    for verdict, ctx, got, want in random.Random(args.seed).sample(wrong, min(args.show, len(wrong))):
        print(f"{verdict:5} {ctx}  newsie={got} pfr={want}")
    return 0


def evaluate(path: Path, days: range) -> tuple[Counter, list]:
    """The verdicts on the counts of the given days, and the disagreements with context."""
    score: Counter = Counter()
    wrong = []
    for toks in paragraphs(path, days):
        text = "".join(w for w, _ in toks)
        ends = {}
        pos = 0
        for k, (w, tag) in enumerate(toks):
            pos += len(w)
            if tag == "q" and k and toks[k - 1][1] == "m":
                ends[pos] = k
        for f in figures_in(text):
            if f.kind != "count" or f.span.end not in ends or f.hedge in ("多", "余", "左右", "以上"):
                continue
            want = reference(toks, ends[f.span.end])
            got = f.of
            if got == want:
                verdict = "exact"
            elif got and want and got.startswith(want):
                verdict = "over"
            elif got and want and want.startswith(got) or want and not got:
                verdict = "under"
            else:
                verdict = "other"
            score[verdict] += 1
            if verdict != "exact":
                s = f.span.start
                wrong.append((verdict, f"{text[max(0, s - 8):s]}[{f.span.text}]{text[f.span.end:f.span.end + 14]}",
                              got, want))
    return score, wrong


if __name__ == "__main__":
    sys.exit(main())
