"""False figures on the 人民日报 e-paper month: the "not figures" check of issue 5.

Reads every article of ``$NEWSIE_DATA/rmrb-epaper-2019-10`` (one paragraph a line), finds
its figures with newsie, and prints:

- the figures found per 10,000 characters, by kind;
- how many figures touch a "not figure": a figure overlapping one of the listed words
  (一批, 进一步, 统一, 一起, 一流, 之一, 一带一路, 十四五, 3+1, …) or having the form of a
  year (2019年), a date (10月1日), a clock time (10时30分) or a phone number; each hit is
  printed, so that it can be checked;
- a reproducible random sample of figures (``--sample 50``, ``--seed 5``) with their
  context, for a reader to check by eye.

    PYTHONPATH=src python3 benchmarks/figures/false_figures.py [--articles N] [--sample 50] [--seed 5]

The text belongs to 人民日报 and is used for evaluation only; nothing of it is stored.
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

#: The issue's list of words that hold a numeral and are not figures, and a few of the
#: same kind; a figure overlapping one of them is false.
NOT_FIGURES = ("一批", "进一步", "统一", "一起", "一流", "之一", "一带一路", "十四五", "十三五", "3+1",
               "一系列", "一些", "一定", "一直", "唯一", "万一", "千方百计", "千家万户", "十分", "一方面",
               "一致", "一般", "两岸", "一国两制", "百姓", "四川")
_NOT = re.compile("|".join(re.escape(w) for w in sorted(NOT_FIGURES, key=len, reverse=True)))
#: Forms that belong to the dates extractor or are codes: a figure's whole text in one of
#: them is false.
_FORMS = re.compile(
    r"^(?:\d{4}年|[零〇一二三四五六七八九]{4}年|\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]|\d{1,2}[时点]\d{1,2}分"
    r"|\d{3,4}-\d{7,8}|1[3-9]\d{9})$"
)


def _legit(line: str, m: re.Match) -> bool:
    """A listed word inside a figure form of its own: 第一批 (the first batch), 四分之一,
    几十分钟."""
    s, e = m.start(), m.end()
    return (line[s - 1 : s] == "第" or m.group() == "之一" and line[s - 1 : s] == "分"
            or m.group() == "十分" and line[e : e + 1] == "钟")


def articles(root: Path, limit: int | None):
    files = sorted((root / "rmrb-epaper-2019-10").glob("*/*.txt"))
    if limit:
        files = files[:limit]
    for f in files:
        yield f.name, [ln.strip("\u3000 \t\r") for ln in f.read_text(encoding="utf-8").splitlines()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=0, help="only the first N articles (0: all)")
    ap.add_argument("--sample", type=int, default=50)
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args(argv)
    root = data_root()
    if not (root / "rmrb-epaper-2019-10").is_dir():
        print(f"e-paper month not found under {root} (set NEWSIE_DATA)", file=sys.stderr)
        return 2
    chars = 0
    kinds: Counter = Counter()
    found = []  # (file, line, figure)
    hits = []
    n_articles = 0
    for name, lines in articles(root, args.articles or None):
        n_articles += 1
        for line in lines:
            if not line:
                continue
            chars += len(line)
            words = [(m.start(), m.end()) for m in _NOT.finditer(line) if not _legit(line, m)]
            for f in figures_in(line):
                kinds[f.kind] += 1
                found.append((name, line, f))
                s, e = f.span.start, f.span.end
                if any(a < e and s < b for a, b in words) or _FORMS.match(f.span.text):
                    hits.append((name, line, f))
    total = sum(kinds.values())
    per = total / chars * 10000 if chars else 0.0
    print(f"false_figures articles={n_articles} chars={chars} figures={total} per_10k_chars={per:.1f} "
          f"not_figure_hits={len(hits)}")
    print("by_kind " + " ".join(f"{k}={v}" for k, v in kinds.most_common()))
    for name, line, f in hits:
        print(f"HIT {name} {_context(line, f)} kind={f.kind} value={f.value}")
    rng = random.Random(args.seed)
    sample = rng.sample(found, min(args.sample, len(found)))
    print(f"sample seed={args.seed} n={len(sample)}")
    for i, (name, line, f) in enumerate(sample, 1):
        extra = " ".join(f"{k}={v}" for k in ("unit", "currency", "hedge", "low", "high", "of", "change", "reason")
                         if (v := getattr(f, k)) is not None)
        print(f"{i:02d} {name} {_context(line, f)} kind={f.kind} value={f.value} {extra}")
    return 0


def _context(line: str, f) -> str:
    s, e = f.span.start, f.span.end
    return f"{line[max(0, s - 10):s]}[{line[s:e]}]{line[e:e + 10]}"


if __name__ == "__main__":
    sys.exit(main())
