"""Speed of the whole entity stage in chars/s, fast mode and model mode, beside jieba posseg.

The pages are the 人民日报 e-paper month (October 2019, $NEWSIE_DATA/rmrb-epaper-2019-10):
each page's article files joined into one text. For each page the document is built and
segmented and its bylines read outside the clock; then only the entity stage
(``newsie.entities.v1``: rules, lexicon scan, merging and filing records) is timed, on one
core. The peer on the same texts in the same run is jieba's posseg (``pseg.cut``), which
tags words and person/place/organisation names. Ratios, not absolute seconds, are what
carry from machine to machine.

    python benchmarks/entities/stage_speed.py                 # all 488 pages, fast mode
    python benchmarks/entities/stage_speed.py --limit 60 --modes fast default

Mode ``default`` (or any entity source spec) needs newsie.ner; without it that row says so.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def data_root() -> Path:
    return Path(os.environ.get("NEWSIE_DATA", ROOT.parent / "shared" / "data"))


def pages(limit: int | None = None) -> list[str]:
    """Each e-paper page's articles joined into one text, in date and page order."""
    base = data_root() / "rmrb-epaper-2019-10"
    grouped: dict[str, list[Path]] = defaultdict(list)
    for f in sorted(base.glob("*/*.txt")):
        day, page, _ = f.stem.split("-")
        grouped[f"{day}-{page}"].append(f)
    texts = []
    for key in sorted(grouped)[: limit or None]:
        parts = [f.read_text(encoding="utf-8").replace("\r\n", "\n") for f in grouped[key]]
        texts.append("\n\n".join(parts))
    return texts


def prepared(texts: list[str]):
    """(doc, draft) per page, segmented and with bylines: the entity stage's input."""
    import newsie
    from newsie.document import Document
    from newsie.draft import Draft

    before = newsie.Pipeline(["newsie.segment", "newsie.continuations", "newsie.bylines"])
    out = []
    for text in texts:
        doc = Document(text)
        draft = Draft(doc=doc, issue_date=None)
        for _, extract in before._extractors:
            extract(doc, draft)
        out.append((doc, draft))
    return out


def time_newsie(texts: list[str], source: str) -> tuple[float, int]:
    import copy

    from newsie.entities import make_entities

    entities = make_entities(source=source)
    items = prepared(texts)
    doc0, draft0 = copy.deepcopy(items[0])
    entities(doc0, draft0)  # loads the lexicons (and the model) outside the clock
    t0 = time.perf_counter()
    for doc, draft in items:
        entities(doc, draft)
    seconds = time.perf_counter() - t0
    return seconds, sum(p + l + o for _, d in items for p, l, o in
                        [(len(a.persons), len(a.places), len(a.organizations)) for a in d.articles])


def time_jieba(texts: list[str]) -> float:
    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(60)
    list(pseg.cut("俄罗斯总统普京主持会晤。"))  # loads the dictionary outside the clock
    t0 = time.perf_counter()
    for text in texts:
        list(pseg.cut(text))
    return time.perf_counter() - t0


def run(limit: int | None, modes: list[str], jieba: bool = True) -> list[dict]:
    from newsie.errors import ConfigError

    texts = pages(limit)
    chars = sum(map(len, texts))
    rows = []
    for mode in modes:
        try:
            seconds, records = time_newsie(texts, mode)
        except (ConfigError, ImportError) as exc:  # a missing entity source: say so, measure the rest
            rows.append({"who": f"newsie {mode}", "error": f"{type(exc).__name__}: {exc}"})
            continue
        rows.append({"who": f"newsie {mode}", "seconds": seconds, "chars_per_s": chars / seconds,
                     "records": records})
    if jieba:
        seconds = time_jieba(texts)
        rows.append({"who": "jieba posseg", "seconds": seconds, "chars_per_s": chars / seconds})
    for r in rows:
        r["pages"], r["chars"] = len(texts), chars
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="the first N pages")
    ap.add_argument("--modes", nargs="+", default=["fast"], help="entity sources: fast, default, hanlp:NAME ...")
    ap.add_argument("--no-jieba", action="store_true")
    args = ap.parse_args(argv)
    if not (data_root() / "rmrb-epaper-2019-10").is_dir():
        print(f"stage_speed: {data_root() / 'rmrb-epaper-2019-10'} not found (set NEWSIE_DATA)", file=sys.stderr)
        return 2
    rows = run(args.limit, args.modes, jieba=not args.no_jieba)
    ref = next((r for r in rows if r["who"] == "jieba posseg"), None)
    for r in rows:
        if "error" in r:
            print(f"{r['who']:16s} n/a: {r['error']}")
            continue
        ratio = f"  x{r['chars_per_s'] / ref['chars_per_s']:.1f} jieba" if ref and r is not ref else ""
        print(f"{r['who']:16s} {r['chars_per_s']:>10,.0f} chars/s  ({r['chars']:,} chars, {r['pages']} pages, "
              f"{r['seconds']:.2f} s){ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
